"""Plain replies from the bot (command answers, confirmations), with retries and no surprises.

A failed reply is logged and swallowed: an answer to a command is never worth crashing a
handler for, and the error handler would only log it again.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.platforms.telegram.faults import call_api
from bot.platforms.telegram.runtime import Runtime

log = logging.getLogger(__name__)
MAX_CHARS = 4096


async def reply(rt: Runtime, message: Message, text: str, markup: InlineKeyboardMarkup | None = None) -> Message | None:
    """Answer in the same chat (and forum topic) as `message`; HTML, no link previews."""
    thread = message.message_thread_id if message.is_topic_message else None
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS - 1] + "…"
    try:
        return await call_api(
            lambda: rt.bot.send_message(
                message.chat.id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                message_thread_id=thread,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            ),
            what="sendMessage(reply)",
            policy=rt.retry,
        )
    except TelegramError as err:
        log.warning("telegram: reply in chat %s failed: %s", message.chat.id, err)
        return None
