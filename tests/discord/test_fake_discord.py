"""The fake Discord itself: a real discord.py bot connects, hears a message and answers.

If this fails, every other Discord test is meaningless, so it is kept independent of Lookout.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import discord
from discord.ext import commands

from tests.discord.conftest import ErrorLogGuard
from tests.discord.fake_discord import FakeDiscord


def _echo_bot(sharded: bool) -> commands.Bot | commands.AutoShardedBot:
    intents = discord.Intents.default()
    intents.message_content = True
    intents.members = True
    options: dict[str, Any] = {"intents": intents, "guild_ready_timeout": 0.05}
    bot: commands.Bot | commands.AutoShardedBot
    if sharded:
        bot = commands.AutoShardedBot(command_prefix=commands.when_mentioned, **options)
    else:
        bot = commands.Bot(command_prefix=commands.when_mentioned, **options)

    @bot.event
    async def on_message(message: discord.Message) -> None:
        if message.author.bot:
            return
        await message.channel.send(f"heard {len(message.content)} characters")

    @bot.tree.command(name="ping", description="answers pong")
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong", ephemeral=True)

    async def setup_hook() -> None:
        await bot.tree.sync()

    bot.setup_hook = setup_hook  # type: ignore[method-assign]
    return bot


async def _run(fake: FakeDiscord, sharded: bool) -> None:
    guild = fake.add_guild("Pixel Club")
    general = fake.add_channel(guild, "general")
    ada = fake.add_member(guild, "Ada")
    bot = _echo_bot(sharded)
    task = asyncio.create_task(bot.start("fake-token"))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 5)
        assert bot.get_guild(guild) is not None
        # the command tree was synced with the fake
        sync = await fake.wait_request("PUT", rf"/applications/{fake.application_id}/commands")
        assert [c["name"] for c in sync[0].json] == ["ping"]

        await fake.send_message(general, ada, "hello there")
        [reply] = await fake.wait_request("POST", rf"/channels/{general}/messages")
        assert reply.json["content"] == "heard 11 characters"
        assert reply.headers["Authorization"] == "Bot fake-token"

        token = await fake.slash(guild, general, ada, "ping")
        answer = await fake.wait_reply(token)
        assert answer["type"] == 4 and answer["data"]["content"] == "pong"
        assert answer["data"]["flags"] & 64  # ephemeral
    finally:
        started = time.monotonic()
        await asyncio.wait_for(bot.close(), 5)
        await asyncio.wait_for(task, 5)
        assert time.monotonic() - started < 3, "shutdown should be quick"
    assert fake.unhandled == []


async def test_plain_bot_round_trip(fake: FakeDiscord) -> None:
    await _run(fake, sharded=False)


async def test_autosharded_bot_round_trip(fake: FakeDiscord) -> None:
    await _run(fake, sharded=True)
    assert fake.find("GET", r"/gateway/bot"), "AutoShardedBot asks the gateway URL over REST"


async def test_injected_failures(fake: FakeDiscord, error_log: ErrorLogGuard) -> None:
    guild = fake.add_guild("Pixel Club")
    general = fake.add_channel(guild, "general")
    ada = fake.add_member(guild, "Ada")
    bot = commands.Bot(command_prefix="!", intents=discord.Intents.default(), guild_ready_timeout=0.05)
    task = asyncio.create_task(bot.start("fake-token"))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 5)
        channel = bot.get_channel(general)
        assert isinstance(channel, discord.TextChannel)

        fake.rate_limit("POST", rf"/channels/{general}/messages", retry_after=0.01)
        await channel.send("after a rate limit")  # discord.py waits and retries
        statuses = [r.status for r in fake.find("POST", rf"/channels/{general}/messages")]
        assert statuses == [429, 200]

        fake.forbid_channel(general)
        try:
            await channel.send("nope")
        except discord.Forbidden as exc:
            assert exc.code == 50013
        else:
            raise AssertionError("403 was not raised")

        fake.close_dms(ada)
        user = await bot.fetch_user(ada) if bot.get_user(ada) is None else bot.get_user(ada)
        assert user is not None
        try:
            await user.send("tip")
        except discord.Forbidden as exc:
            assert exc.code == 50007
        else:
            raise AssertionError("50007 was not raised")
    finally:
        await asyncio.wait_for(bot.close(), 5)
        await asyncio.wait_for(task, 5)
