"""What a Telegram alert is made of: the group's title, the HTML text, the keyboard, its ref.

An alert is posted once to the group's linked alert chat and then edited in place, so the alert
chat holds one living message per case; the moderation layer decides when, `TelegramPort` makes
the calls. This module only knows the alert's Telegram shape.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup
from telegram.error import TelegramError

from bot.actions import AlertView
from bot.platforms.telegram.faults import call_api
from bot.platforms.telegram.render import alert_text, keyboard
from bot.platforms.telegram.runtime import Runtime


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
