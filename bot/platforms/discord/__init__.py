"""Lookout on Discord: run the bot, build it for tests, and make the invite URL.

Why `run_discord` owns the process-wide overrides: discord.py reads its REST base and gateway
URL from class attributes, so a REST proxy (or the tests' local Discord) must be set there
before the client makes its first request.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord
import yarl

from bot.platforms.discord.client import LookoutBot, intents, ready
from bot.platforms.discord.invite import PERMISSION_BITS, PERMISSIONS, invite_url
from bot.platforms.discord.translate import PLATFORM

if TYPE_CHECKING:
    from bot.config import Config
    from bot.moderation import Moderation
    from bot.ports import LookoutPort

__all__ = ["LookoutBot", "PERMISSIONS", "PERMISSION_BITS", "build_bot", "intents", "invite_url", "run_discord"]

log = logging.getLogger(__name__)


class DiscordSetupError(RuntimeError):
    """The bot cannot start; the message says what to change in the developer portal or env."""


def apply_endpoints(config: Config) -> None:
    """Point discord.py at `[discord] api_base` / `gateway_url` when they are configured."""
    if config.discord.api_base:
        discord.http.Route.BASE = config.discord.api_base.rstrip("/")
    if config.discord.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config.discord.gateway_url)


def build_bot(
    lookout: LookoutPort,
    config: Config,
    *,
    moderation: Moderation | None = None,
    shard_ids: Sequence[int] | None = None,
    shard_count: int | None = None,
    sync_commands: bool = True,
) -> LookoutBot:
    return LookoutBot(lookout, config, moderation=moderation, shard_ids=shard_ids, shard_count=shard_count,
                      sync_commands=sync_commands)


async def run_discord(
    lookout: LookoutPort,
    config: Config,
    *,
    token: str,
    moderation: Moderation | None = None,
    shard_ids: list[int] | None = None,
    shard_count: int | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Run until `stop` is set (or the connection ends for good); always closes the client."""
    if not token:
        raise DiscordSetupError(
            "LOOKOUT_DISCORD_TOKEN is empty: copy the bot token from the developer portal "
            "(Bot > Reset Token) into that environment variable"
        )
    if shard_ids and shard_count is None:
        raise DiscordSetupError("--shard-ids needs --shard-count (the total number of shards of the bot)")
    apply_endpoints(config)
    bot = build_bot(lookout, config, moderation=moderation, shard_ids=shard_ids, shard_count=shard_count)
    lookout.ops.set_probe(PLATFORM, lambda: ready(bot))
    runner = asyncio.create_task(bot.start(token), name="lookout-discord")
    waiter = asyncio.create_task((stop or asyncio.Event()).wait(), name="lookout-discord-stop")
    try:
        await asyncio.wait({runner, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
        await bot.alerts.wait_idle()
        await bot.close()
        try:
            await runner
        except discord.LoginFailure:
            raise DiscordSetupError(
                "Discord rejected LOOKOUT_DISCORD_TOKEN: reset the token in the developer "
                "portal (Bot > Reset Token) and set the new one"
            ) from None
        except discord.PrivilegedIntentsRequired:
            raise DiscordSetupError(
                "Discord refused the privileged intents: in the developer portal, Bot > "
                "Privileged Gateway Intents, enable SERVER MEMBERS and MESSAGE CONTENT"
            ) from None
        log.info("Discord client stopped")
