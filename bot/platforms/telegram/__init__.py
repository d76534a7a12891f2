"""The Telegram adapter: Lookout's protection for Telegram youth groups.

A thin layer over python-telegram-bot. Updates become neutral events for the shared service
(`bot.service.Lookout`); what it decides goes to the moderation layer, whose flows reach Telegram
through `TelegramPort`. Modules: `app` (setup, polling, webhook; `run_telegram` is its `run`),
`ordering` (chats side by side, each in order), `translate` (updates → events), `render` and
`alerts` (alert text and keyboard), `port` (the Bot API calls behind the moderation layer's flows),
`surface` (answering moderators), `callbacks` (buttons), `commands`, `linking` (alert chat codes),
`staff` (who is an admin, with which rights), `faults` (retries), `runtime` (shared state).
"""

from __future__ import annotations

from bot.platforms.telegram.app import ALLOWED_UPDATES, build_application, runtime_of
from bot.platforms.telegram.app import run as run_telegram

__all__ = ["ALLOWED_UPDATES", "build_application", "run_telegram", "runtime_of"]
