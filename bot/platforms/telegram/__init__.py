"""The Telegram adapter: Lookout's protection for Telegram youth groups.

A thin layer over python-telegram-bot. Updates become neutral events for the shared service
(`bot.service.Lookout`); the actions it returns become messages, keyboards and admin calls.
Modules: `app` (setup, polling, webhook), `ordering` (chats side by side, each in order),
`translate` (updates → events), `render` and `alerts` (alert text and keyboard), `port` (the
Bot API calls behind the moderation layer's flows), `surface` (answering moderators), `callbacks`
(buttons), `commands`, `linking` (alert chat codes), `staff` (who is an admin, with which rights),
`faults` (retries), `runtime` (shared state).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from bot.platforms.telegram.app import ALLOWED_UPDATES, build_application, run, runtime_of

if TYPE_CHECKING:
    from bot.config import Config
    from bot.moderation import Moderation
    from bot.ports import LookoutPort

__all__ = ["ALLOWED_UPDATES", "build_application", "run_telegram", "runtime_of"]


async def run_telegram(
    lookout: LookoutPort,
    config: Config,
    *,
    token: str,
    stop: asyncio.Event | None = None,
    moderation: Moderation | None = None,
) -> None:
    """Run the Telegram bot on the shared service until `stop` is set.

    Long polling unless `[telegram] webhook_url` is set; `[telegram] api_base_url` points at a
    self-hosted Bot API server. The token comes from the caller (LOOKOUT_TELEGRAM_TOKEN).
    """
    await run(lookout, config, token=token, stop=stop, moderation=moderation)
