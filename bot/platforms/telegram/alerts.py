"""Posting and updating alerts in a community's alert chat.

An alert is posted once and then edited in place, for escalations and for every moderator action,
so the alert chat holds one living message per case instead of a stream of near-duplicates. The
service decides what to say; this module only knows where (the linked alert chat), how (HTML and
a keyboard) and what to do when Telegram refuses (removed from the chat, message gone).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from telegram import InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.actions import AlertView
from bot.platforms.telegram.faults import call_api, is_removed
from bot.platforms.telegram.render import alert_text, keyboard
from bot.platforms.telegram.runtime import Runtime

log = logging.getLogger("lookout.telegram")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
MAX_LOCKS = 10_000


def parse_ref(alert_ref: str) -> tuple[int, int] | None:
    """'chat_id:message_id' → ints; None for anything else (e.g. a Discord ref)."""
    chat, _, message = alert_ref.rpartition(":")
    try:
        return int(chat), int(message)
    except ValueError:
        return None


async def community_title(rt: Runtime, community_id: str) -> str:
    title = rt.titles.get(community_id)
    if title is not None:
        return title
    try:
        chat = await call_api(lambda: rt.bot.get_chat(int(community_id)), what="getChat", policy=rt.retry)
    except (TelegramError, ValueError):
        return ""
    rt.titles.put(community_id, chat.title or "")
    return chat.title or ""


async def render(rt: Runtime, view: AlertView) -> tuple[str, InlineKeyboardMarkup]:
    return alert_text(view, await community_title(rt, view.community_id)), keyboard(view)


async def deliver_alert(rt: Runtime, view: AlertView) -> str | None:
    """Post `view` to the alert chat, or edit the existing alert; returns the alert ref.

    One delivery per case at a time: the retry loop and a new escalation may both hold a view of a
    case whose first post is still being retried, and the second must edit that post, not add one.
    """
    lock = rt.alert_locks.get(view.case_id)
    if lock is None:
        if len(rt.alert_locks) >= MAX_LOCKS:  # forget idle cases; a busy one keeps its lock
            for case_id in [c for c, held in rt.alert_locks.items() if not held.locked()]:
                del rt.alert_locks[case_id]
        lock = rt.alert_locks[view.case_id] = asyncio.Lock()
    async with lock:
        posted = rt.alert_refs.get(view.case_id)
        if posted and not view.alert_ref:
            view = replace(view, alert_ref=posted)
        ref = await _deliver(rt, view)
        if ref:
            rt.alert_refs.put(view.case_id, ref)
        return ref


async def _deliver(rt: Runtime, view: AlertView) -> str | None:
    settings = await rt.lookout.get_settings(view.community_id)
    alert_chat = settings.alert_channel_id
    if not alert_chat:
        rt.health.problem(
            view.community_id, "no_alert_chat", "no alert chat is linked yet: an admin should run /lookout_setup here"
        )
        return None
    rt.health.clear(view.community_id, "no_alert_chat")
    text, markup = await render(rt, view)
    if view.alert_ref and await edit_alert(rt, view.alert_ref, text, markup):
        # An escalation arrives as an edit: its outbox entry is settled too, or it would wait forever.
        await rt.lookout.alert_delivered(view.case_id, view.alert_ref)
        return view.alert_ref
    try:
        chat_id = int(alert_chat)
    except ValueError:
        rt.health.problem(view.community_id, "bad_alert_chat", f"the alert chat id {alert_chat!r} is not a number")
        return None
    try:
        sent = await call_api(
            lambda: rt.bot.send_message(
                chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW
            ),
            what="sendMessage(alert)",
            policy=rt.retry,
        )
    except Forbidden as err:
        if is_removed(err):
            rt.health.mark_removed(alert_chat, "sending an alert was refused")
        rt.health.problem(
            view.community_id,
            "alert_chat_unreachable",
            "alerts cannot be delivered: the bot was removed from the alert chat "
            "(add it back, or link a new alert chat with /lookout_setup)",
        )
        log.error("telegram: alert for case %s not delivered: %s", view.case_id, err)
        return None
    except TelegramError as err:
        log.error("telegram: alert for case %s not delivered: %s", view.case_id, err)
        return None
    rt.health.clear(view.community_id, "alert_chat_unreachable")
    ref = f"{sent.chat_id}:{sent.message_id}"
    await rt.lookout.alert_delivered(view.case_id, ref)
    return ref


async def edit_alert(rt: Runtime, alert_ref: str, text: str, markup: InlineKeyboardMarkup | None) -> bool:
    """Edit a posted alert; False when it is gone (deleted, or the chat is unreachable)."""
    parsed = parse_ref(alert_ref)
    if parsed is None:
        return False
    chat_id, message_id = parsed
    try:
        await call_api(
            lambda: rt.bot.edit_message_text(
                text,
                chat_id=chat_id,
                message_id=message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=NO_PREVIEW,
            ),
            what="editMessageText(alert)",
            policy=rt.retry,
        )
    except BadRequest as err:
        if "not modified" in str(err).lower():
            return True
        log.info("telegram: alert %s could not be edited (%s); posting a new one", alert_ref, err)
        return False
    except Forbidden as err:
        if is_removed(err):
            rt.health.mark_removed(str(chat_id), "editing an alert was refused")
        return False
    except TelegramError as err:
        log.warning("telegram: alert %s could not be edited: %s", alert_ref, err)
        return False
    return True


async def redeliver_pending(rt: Runtime, limit: int = 100, *, min_age_s: float = 0.0) -> int:
    """Post Telegram alerts a previous run, or a refused post, left undelivered (crash, outage).

    `min_age_s` skips alerts decided more recently than that: their first delivery may still be under way.
    """
    delivered = 0
    cutoff = datetime.now(UTC) - timedelta(seconds=min_age_s)
    try:
        pending = await rt.lookout.pending_deliveries(limit)
    except Exception as err:  # the outbox is a bonus at start-up; never block the bot on it
        log.warning("telegram: could not read undelivered alerts: %s", type(err).__name__)
        return 0
    for item in pending:
        if getattr(item, "kind", "") != "alert" or not getattr(item, "case_id", None):
            continue
        if min_age_s and item.created_at > cutoff:
            continue
        view = await rt.lookout.case_view(item.case_id)
        if view is None or view.platform != "telegram" or view.alert_ref:
            continue  # another platform's, or already posted before the crash
        if await deliver_alert(rt, view):
            delivered += 1
            ops = getattr(rt.lookout, "ops", None)
            if ops is not None and min_age_s:
                ops.redelivered.labels("telegram").inc()
    if delivered:
        log.info("telegram: delivered %d alert(s) left over from a previous run", delivered)
    return delivered
