"""A small youth server in the fake Discord, and a Lookout bot running against it.

Why a shared world: every scenario needs the same cast (a child with an age role, a stranger
with a days-old account, a moderator, two friends) and the same channels, and the bot must be
started and stopped the same careful way (bounded waits, no sleeps as synchronisation).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.config import Config, DiscordConfig
from bot.platforms.discord import LookoutBot, build_bot
from tests.discord.fake_discord import PERM_MANAGE_MESSAGES, FakeDiscord

PERM_BAN = 1 << 2
PERM_MODERATE = 1 << 40


@dataclass
class World:
    fake: FakeDiscord
    guild: int
    owner: int
    general: int
    alerts: int
    child: int
    stranger: int
    moderator: int
    helper: int  # has the moderator role but neither Timeout nor Ban permission
    friend_a: int
    friend_b: int


def build_world(fake: FakeDiscord) -> World:
    now = datetime.now(UTC)
    owner = fake.new_id(now - timedelta(days=2000))
    guild = fake.add_guild("Block Builders Youth", owner_id=owner)
    fake.add_member(guild, "Server Owner", user_id=owner, joined=now - timedelta(days=900))
    fake.add_role(guild, "13-15")
    fake.add_role(guild, "Moderator", PERM_MANAGE_MESSAGES | PERM_MODERATE | PERM_BAN)
    fake.add_role(guild, "Helper")
    general = fake.add_channel(guild, "general")
    alerts = fake.add_channel(guild, "mod-alerts")
    return World(
        fake=fake,
        guild=guild,
        owner=owner,
        general=general,
        alerts=alerts,
        child=fake.add_member(
            guild, "Mia", roles=["13-15"], created=now - timedelta(days=400), joined=now - timedelta(days=200)
        ),
        stranger=fake.add_member(guild, "CoolCoach", created=now - timedelta(days=2), joined=now - timedelta(hours=5)),
        moderator=fake.add_member(
            guild, "Rowan", roles=["Moderator"], created=now - timedelta(days=1500), joined=now - timedelta(days=600)
        ),
        helper=fake.add_member(
            guild, "Sam", roles=["Helper"], created=now - timedelta(days=700), joined=now - timedelta(days=300)
        ),
        friend_a=fake.add_member(
            guild, "Leo", roles=["13-15"], created=now - timedelta(days=500), joined=now - timedelta(days=300)
        ),
        friend_b=fake.add_member(
            guild, "Ivy", roles=["13-15"], created=now - timedelta(days=450), joined=now - timedelta(days=290)
        ),
    )


def bot_config(**discord: Any) -> Config:
    return Config(discord=DiscordConfig(guild_ready_timeout=0.05, **discord))


@contextlib.asynccontextmanager
async def running_bot(
    fake: FakeDiscord, lookout: Any, config: Config | None = None, **kwargs: Any
) -> AsyncIterator[LookoutBot]:
    """Start a Lookout bot against the fake and stop it cleanly (bounded waits)."""
    bot = build_bot(lookout, config or bot_config(), **kwargs)
    task = asyncio.create_task(bot.start("fake-token"))
    try:
        ready = asyncio.create_task(bot.wait_until_ready())
        done, _ = await asyncio.wait({ready, task}, timeout=5, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            ready.cancel()
            task.result()  # raises what stopped the bot
        if ready not in done:
            ready.cancel()
            raise AssertionError("bot did not become ready within 5 s")
        yield bot
    finally:
        await asyncio.wait_for(bot.alerts.wait_idle(), 5)
        await asyncio.wait_for(bot.close(), 5)
        await asyncio.wait_for(task, 5)
