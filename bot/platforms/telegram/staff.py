"""Who counts as staff on Telegram: the chat's administrators, with the rights they were given.

Telegram has no roles, so the only trustworthy notion of "moderator" is an administrator (or the
creator) of the protected group; muting and banning through the bot also need the admin right
to ban users, as they would by hand. Two uses with different needs:
* marking message authors as staff for the pipeline's damping: a cached administrator list per
  chat (one getChatAdministrators call per chat every few minutes, not one per message);
* authorising a button click or an admin command: a fresh-ish getChatMember for that user
  (cached only briefly, so a demoted admin loses access quickly).
"""

from __future__ import annotations

import logging

from telegram import ChatMember, ChatMemberAdministrator
from telegram.error import Forbidden, TelegramError

from bot.moderation import NO_RIGHTS, Rights
from bot.platforms.telegram.faults import call_api, is_removed
from bot.platforms.telegram.runtime import Runtime

log = logging.getLogger(__name__)


def rights_of(member: ChatMember) -> Rights:
    if member.status == ChatMember.OWNER:
        return Rights(moderate=True, timeout=True, ban=True)
    if isinstance(member, ChatMemberAdministrator):
        may_restrict = bool(member.can_restrict_members)
        return Rights(moderate=True, timeout=may_restrict, ban=may_restrict)
    return NO_RIGHTS


async def rights(rt: Runtime, chat_id: int, user_id: int) -> Rights:
    """What `user_id` may do in `chat_id`; no rights when Telegram cannot tell us."""
    cached = rt.admins.get((chat_id, user_id))
    if cached is not None:
        return cached
    try:
        member = await call_api(lambda: rt.bot.get_chat_member(chat_id, user_id), what="getChatMember", policy=rt.retry)
    except Forbidden as err:
        if is_removed(err):
            rt.board.mark_removed(str(chat_id), "getChatMember refused")
        return NO_RIGHTS
    except TelegramError as err:
        log.info("telegram: could not check admin status in chat %s: %s", chat_id, type(err).__name__)
        return NO_RIGHTS
    result = rights_of(member)
    rt.admins.put((chat_id, user_id), result)
    return result


async def is_admin(rt: Runtime, chat_id: int, user_id: int) -> bool:
    return (await rights(rt, chat_id, user_id)).moderate


async def admin_ids(rt: Runtime, chat_id: int) -> frozenset[int]:
    """The chat's administrators, cached for a few minutes; empty when unknown."""
    cached = rt.admin_lists.get(chat_id)
    if cached is not None:
        return cached
    try:
        members = await call_api(
            lambda: rt.bot.get_chat_administrators(chat_id), what="getChatAdministrators", policy=rt.retry
        )
    except TelegramError as err:
        log.info("telegram: could not list admins of chat %s: %s", chat_id, type(err).__name__)
        ids: frozenset[int] = frozenset()
    else:
        ids = frozenset(m.user.id for m in members)
    rt.admin_lists.put(chat_id, ids)
    return ids


def forget_admin_cache(rt: Runtime, chat_id: int, user_id: int | None = None) -> None:
    """Rights changed (a chat_member update said so): ask Telegram again next time."""
    rt.admin_lists.drop(chat_id)
    if user_id is not None:
        rt.admins.drop((chat_id, user_id))
