"""Alert buttons: check who clicked, do the platform side, record it, update the alert.

Anyone in the alert chat can press a button, and a forwarded alert can land anywhere, so the
clicker must be an administrator of the *protected* group right now. The platform action (mute,
ban, evidence file) is done here because only the adapter can; the service records it (and what
happened, including failures) and returns the view that the alert is re-rendered from, so the
alert always shows who did what.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from telegram import CallbackQuery, ChatPermissions, InputFile, User
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.events import Author
from bot.platforms.telegram.alerts import edit_alert, render
from bot.platforms.telegram.faults import call_api, is_removed
from bot.platforms.telegram.render import BUTTONS, parse_callback
from bot.platforms.telegram.runtime import Runtime
from bot.platforms.telegram.staff import is_admin
from bot.platforms.telegram.translate import author_of

log = logging.getLogger("lookout.telegram")
MUTE = dt.timedelta(hours=24)


def actor_of(user: User) -> Author:
    return author_of(user, is_staff=True)


async def on_click(rt: Runtime, query: CallbackQuery) -> None:
    click = parse_callback(query.data)
    if click is None:
        await _answer(rt, query, "This button is no longer valid.")
        return
    view = await rt.lookout.case_view(click.case_id)
    if view is None or view.platform != "telegram":
        await _answer(rt, query, "This case no longer exists.", alert=True)
        return
    try:
        group_id = int(view.community_id)
    except ValueError:
        await _answer(rt, query, "This case does not belong to a Telegram group.", alert=True)
        return
    if not await is_admin(rt, group_id, query.from_user.id):
        await _answer(rt, query, "Only admins of the protected group can act on this alert.", alert=True)
        return

    label, action = BUTTONS[click.action]
    actor = actor_of(query.from_user)
    detail = ""
    if action == "timeout":
        detail = await _mute(rt, group_id, view.suspect.id)
    elif action == "ban":
        detail = await _ban(rt, group_id, view.suspect.id)
    elif action == "evidence":
        detail = await _send_evidence(rt, click.case_id, query)
    try:
        updated = await rt.lookout.moderator_action(click.case_id, actor, action, detail)
    except KeyError:
        await _answer(rt, query, "This case no longer exists.", alert=True)
        return
    await _answer(rt, query, f"{label.split(' ', 1)[-1]}: {detail or 'done'}")
    message = query.message
    ref = updated.alert_ref or (f"{message.chat.id}:{message.message_id}" if message is not None else None)
    if ref:
        text, markup = await render(rt, updated)
        await edit_alert(rt, ref, text, markup)


async def _mute(rt: Runtime, group_id: int, suspect_id: str) -> str:
    until = dt.datetime.now(dt.UTC) + MUTE
    try:
        await call_api(
            lambda: rt.bot.restrict_chat_member(
                group_id,
                int(suspect_id),
                ChatPermissions.no_permissions(),
                until_date=until,
                use_independent_chat_permissions=True,
            ),
            what="restrictChatMember",
            policy=rt.retry,
        )
    except (TelegramError, ValueError) as err:
        return _failure("mute", group_id, err, rt)
    return "muted for 24 h"


async def _ban(rt: Runtime, group_id: int, suspect_id: str) -> str:
    try:
        await call_api(lambda: rt.bot.ban_chat_member(group_id, int(suspect_id)), what="banChatMember", policy=rt.retry)
    except (TelegramError, ValueError) as err:
        return _failure("ban", group_id, err, rt)
    return "banned from the group"


def _failure(what: str, group_id: int, err: Exception, rt: Runtime) -> str:
    text = str(err)
    if isinstance(err, Forbidden) and is_removed(err):
        rt.health.mark_removed(str(group_id), f"{what} refused")
        return f"{what} failed: the bot is no longer in the group"
    if isinstance(err, BadRequest) and "rights" in text.lower():
        rt.health.problem(
            str(group_id),
            "no_restrict",
            "the bot is not allowed to restrict or ban members (make it an admin with 'Ban users')",
        )
        return f"{what} failed: the bot needs the admin right to ban users"
    log.warning("telegram: %s in chat %s failed: %s", what, group_id, err)
    return f"{what} failed: {text}"


async def _send_evidence(rt: Runtime, case_id: str, query: CallbackQuery) -> str:
    if query.message is None:
        return "evidence file not sent: the alert message is not accessible"
    chat_id = query.message.chat.id
    try:
        filename, data = await rt.lookout.export_case(case_id)
    except Exception as err:  # the service may fail for many reasons; the moderator needs to know
        log.error("telegram: evidence export for case %s failed: %s", case_id, type(err).__name__)
        return "evidence file could not be created"
    try:
        await call_api(
            lambda: rt.bot.send_document(
                chat_id, InputFile(data, filename=filename), caption=f"Evidence for case {html.escape(case_id)}"
            ),
            what="sendDocument(evidence)",
            policy=rt.retry,
        )
    except TelegramError as err:
        log.warning("telegram: evidence file for case %s not sent: %s", case_id, err)
        return "evidence file could not be sent"
    return f"evidence file sent ({filename})"


async def _answer(rt: Runtime, query: CallbackQuery, text: str, *, alert: bool = False) -> None:
    try:
        await call_api(lambda: query.answer(text[:200], show_alert=alert), what="answerCallbackQuery", policy=rt.retry)
    except TelegramError as err:  # queries expire after a while; nothing else to do
        log.info("telegram: callback answer failed: %s", err)
