"""PTB handlers: where updates enter and where the service's actions leave.

Each handler does the same three things: learn what the update teaches about the chat (titles,
usernames, joins, the bot's own membership), translate it into a neutral event for the service,
and hand what the service decides to the moderation layer. Message text is never logged here.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import ChatMemberUpdated, Message, Update
from telegram.ext import ContextTypes

from bot.events import MemberJoined
from bot.moderation import Problem
from bot.platforms.telegram import callbacks, commands, linking
from bot.platforms.telegram.runtime import ADMIN_STATUSES, Runtime
from bot.platforms.telegram.send import reply
from bot.platforms.telegram.staff import admin_ids, forget_admin_cache
from bot.platforms.telegram.translate import (
    GROUP_TYPES,
    PLATFORM,
    joined_from_service_message,
    joined_member,
    mentioned_users,
    message_event,
)

log = logging.getLogger(__name__)
Handler = Callable[[Update, Any], Coroutine[Any, Any, None]]


def learn_from(rt: Runtime, message: Message) -> None:
    """Remember chat titles and usernames seen, so alerts and @mentions resolve without API calls."""
    chat = message.chat
    if chat.type in GROUP_TYPES and chat.title:
        rt.titles.put(str(chat.id), chat.title)
    replied = message.reply_to_message
    for user in (message.from_user, replied.from_user if replied is not None else None):
        if user is not None and user.username:
            rt.usernames.put((str(chat.id), user.username.lower()), str(user.id))


async def on_group_message(rt: Runtime, update: Update) -> None:
    message = update.effective_message
    if message is None or message.chat.type not in GROUP_TYPES:
        return
    edited = update.edited_message is not None
    learn_from(rt, message)
    chat_id = str(message.chat.id)
    rt.board.mark_present(chat_id)
    for joined in joined_from_service_message(message):
        await _joined(rt, joined.community.id, joined.member.id, joined)
    if await linking.groups_served(rt, chat_id):
        return  # the moderators' alert chat is not a protected group
    text = message.text or ""
    if not edited and linking.looks_like_code(text) and await linking.redeem(rt, text, message):
        return
    user = message.from_user
    if user is None:
        return
    staff = user.id in await admin_ids(rt, message.chat.id)
    ids, names = mentioned_users(message)
    for name in names:
        known = rt.usernames.get((chat_id, name))
        if known:
            ids.append(known)
    event = message_event(
        message, edited=edited, is_staff=staff, joined_at=rt.joined.get((chat_id, str(user.id))), mention_ids=ids
    )
    if event is None:
        return
    await rt.moderation.perform(PLATFORM, await rt.lookout.on_message(event))


async def _joined(rt: Runtime, chat_id: str, user_id: str, event: MemberJoined) -> None:
    """Forward a join once, even when both a chat_member update and a service message tell it."""
    key = (chat_id, user_id)
    previous = rt.joined.get(key)
    rt.joined.put(key, event.timestamp)
    if previous is not None and abs((event.timestamp - previous).total_seconds()) < 120:
        return
    await rt.lookout.on_member_joined(event)


async def on_chat_member(rt: Runtime, update: Update) -> None:
    change = update.chat_member
    if change is None:
        return
    old, new = change.old_chat_member.status, change.new_chat_member.status
    if (old in ADMIN_STATUSES) != (new in ADMIN_STATUSES):
        forget_admin_cache(rt, change.chat.id, change.new_chat_member.user.id)
    joined = joined_member(change)
    if joined is not None:
        await _joined(rt, joined.community.id, joined.member.id, joined)


async def on_my_chat_member(rt: Runtime, update: Update) -> None:
    """The bot itself was added, promoted, demoted or removed."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None:
        return
    chat_id = str(change.chat.id)
    if change.chat.title:
        rt.titles.put(chat_id, change.chat.title)
    status = change.new_chat_member.status
    forget_admin_cache(rt, change.chat.id, rt.bot_id)
    if status in ("left", "kicked"):
        rt.board.mark_removed(chat_id, f"status is now {status}")
        for group in await linking.groups_served(rt, chat_id):
            rt.board.problem(
                group,
                Problem.ALERT_CHANNEL,
                "the bot was removed from the alert chat: alerts cannot be delivered "
                "(add it back, or link a new alert chat with /lookout_setup)",
            )
        return
    rt.board.mark_present(chat_id)
    if change.chat.type in GROUP_TYPES and status == "member" and not rt.can_read_all_group_messages:
        rt.board.problem(
            chat_id, Problem.PRIVACY_MODE, "privacy mode is on and the bot is not an admin, so it only sees commands"
        )
    elif status in ADMIN_STATUSES:
        rt.board.clear(chat_id, Problem.PRIVACY_MODE)


async def on_callback(rt: Runtime, update: Update) -> None:
    if update.callback_query is not None:
        await callbacks.on_click(rt, update.callback_query)


async def on_private_message(rt: Runtime, update: Update) -> None:
    """Non-command text in private: a link code, or someone saying hello."""
    message = update.effective_message
    if message is None or message.from_user is None:
        return
    text = (message.text or "").strip()
    if linking.looks_like_code(text) and await linking.redeem(rt, text, message):
        return
    await commands.start(rt, message, [])


async def _lookout(rt: Runtime, message: Message, args: list[str]) -> None:
    if args[:1] == ["status"]:
        await commands.status(rt, message)
    elif args[:1] == ["language"]:
        await commands.language(rt, message, args[1:])
    else:
        await reply(rt, message, "Try /lookout status or /lookout language &lt;code&gt;")


async def _setup(rt: Runtime, message: Message, args: list[str]) -> None:
    if message.chat.type in GROUP_TYPES and message.from_user is not None:
        await linking.request_code(rt, message.chat, message.from_user, message)
    else:
        await reply(rt, message, "Run /lookout_setup in the group you want to protect.")


async def _report(rt: Runtime, message: Message, args: list[str]) -> None:
    await commands.report(rt, message, " ".join(args))


async def _safety(rt: Runtime, message: Message, args: list[str]) -> None:
    await commands.safety(rt, message)


async def _check(rt: Runtime, message: Message, args: list[str]) -> None:
    # The raw remainder, not the split args: spacing and evasion are part of what is checked.
    await commands.check(rt, message, (message.text or "").partition(" ")[2])


COMMANDS: dict[str, Callable[[Runtime, Message, list[str]], Awaitable[None]]] = {
    "report": _report,
    "safety": _safety,
    "lookout": _lookout,
    "lookout_setup": _setup,
    "lookout_link": commands.link,
    "start": commands.start,
    "cases": commands.cases,
    "case": commands.case,
    "note": commands.note,
    "check": _check,
    "forget": commands.forget,
    "lookout_console": commands.console,
}


def command(rt: Runtime, name: str) -> Handler:
    """Wrap one command into a PTB callback with the runtime bound."""
    run = COMMANDS[name]

    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        learn_from(rt, message)
        await run(rt, message, list(context.args or []))

    return handle


def bind(rt: Runtime, handler: Callable[[Runtime, Update], Awaitable[None]]) -> Handler:
    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await handler(rt, update)

    return handle
