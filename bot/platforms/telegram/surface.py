"""Where a moderator acted on Telegram: an alert's inline button, or a command in the alert chat.

Why: the moderation flow says *what* to tell the moderator; these say it the Telegram way. A
button is answered with a short notice (a pop-up when refused); a command gets a reply in the same
chat. The evidence file goes to the chat the moderator is in, which is the moderators' alert chat.
Text from the flow is plain, so it is escaped here for Telegram's HTML.
"""

from __future__ import annotations

import html
import logging

from telegram import CallbackQuery, InputFile, Message
from telegram.error import TelegramError

from bot.actions import AlertView
from bot.moderation import Effect
from bot.platforms.telegram.alerts import render
from bot.platforms.telegram.faults import call_api
from bot.platforms.telegram.port import TelegramPort
from bot.platforms.telegram.runtime import Runtime
from bot.platforms.telegram.send import reply

log = logging.getLogger(__name__)
ANSWER_LIMIT = 200  # Telegram's cap on a callback answer's text


async def send_document(rt: Runtime, chat_id: int, filename: str, data: bytes, caption: str) -> Effect:
    try:
        await call_api(
            lambda: rt.bot.send_document(chat_id, InputFile(data, filename=filename), caption=html.escape(caption)),
            what="sendDocument(evidence)",
            policy=rt.retry,
        )
    except TelegramError as err:
        log.warning("telegram: evidence file not sent: %s", err)
        return Effect("evidence file could not be sent")
    return Effect(f"evidence file sent ({filename})", "Evidence file sent to this chat.")


class ButtonSurface:
    """`ActionSurface` for a press on an alert's inline keyboard."""

    def __init__(self, rt: Runtime, query: CallbackQuery) -> None:
        self.rt = rt
        self.query = query

    @property
    def _clicked(self) -> str | None:
        message = self.query.message
        return f"{message.chat.id}:{message.message_id}" if message is not None else None

    @property
    def alert_ref(self) -> str | None:
        return self._clicked

    async def _answer(self, text: str, *, alert: bool) -> None:
        try:
            await call_api(lambda: self.query.answer(text[:ANSWER_LIMIT], show_alert=alert),
                           what="answerCallbackQuery", policy=self.rt.retry)
        except TelegramError as err:  # queries expire after a while; nothing else to do
            log.info("telegram: callback answer failed: %s", err)

    async def refuse(self, text: str) -> None:
        await self._answer(text, alert=True)

    async def accept(self) -> None:
        return None

    async def send_file(self, filename: str, data: bytes, caption: str) -> Effect:
        if self.query.message is None:
            return Effect("evidence file not sent: the alert message is not accessible")
        return await send_document(self.rt, self.query.message.chat.id, filename, data, caption)

    async def finish(self, view: AlertView, message: str) -> None:
        await self._answer(message, alert=False)
        clicked = self._clicked
        if clicked is not None and clicked != view.alert_ref:
            # A copy of the alert (from /case) was pressed: it shows the new state too.
            await TelegramPort(self.rt).edit_alert(clicked, view)


class CommandSurface:
    """`ActionSurface` for a command in the alert chat (`/note`)."""

    def __init__(self, rt: Runtime, message: Message) -> None:
        self.rt = rt
        self.message = message

    @property
    def alert_ref(self) -> str | None:
        return None

    async def refuse(self, text: str) -> None:
        await reply(self.rt, self.message, html.escape(text))

    async def accept(self) -> None:
        return None

    async def send_file(self, filename: str, data: bytes, caption: str) -> Effect:
        return await send_document(self.rt, self.message.chat.id, filename, data, caption)

    async def finish(self, view: AlertView, message: str) -> None:
        await reply(self.rt, self.message, html.escape(message))


async def show_copy(rt: Runtime, message: Message, view: AlertView) -> None:
    """`/case <id>`: the alert as a reply, with its buttons."""
    text, markup = await render(rt, view)
    await reply(rt, message, text, markup)
