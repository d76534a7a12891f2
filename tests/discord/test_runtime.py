"""Running the Discord bot the way `lookout run` does, and the adapter's promises around it:
config endpoints, clean stop, private threads, rate limits, privacy of logs, the invite URL.
"""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import parse_qs, urlparse

import pytest

from bot.actions import Action
from bot.events import ChannelKind, MessageEvent
from bot.platforms.discord import DiscordSetupError, invite_url, run_discord
from bot.platforms.discord.invite import PERMISSIONS
from bot.service import Lookout
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import World, bot_config, build_world, running_bot
from tests.discord.stub_lookout import StubLookout, StubSettings
from tests.discord.test_scenarios import GROOMING


@pytest.fixture
def world(fake: FakeDiscord) -> World:
    return build_world(fake)


def _stub(world: World) -> StubLookout:
    stub = StubLookout()
    stub.settings[str(world.guild)] = StubSettings(
        str(world.guild), alert_channel_id=str(world.alerts), moderator_roles=["Moderator"]
    )
    return stub


async def test_run_discord_uses_configured_endpoints_and_stops_cleanly(
    fake: FakeDiscord, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import discord

    # run_discord must set the endpoints itself from the config
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/unused")
    stub = _stub(world)
    config = bot_config(api_base=fake.api_base, gateway_url=fake.gateway_url)
    stop = asyncio.Event()
    task = asyncio.create_task(
        run_discord(stub, config, token="fake-token", shard_ids=[0], shard_count=1, stop=stop)
    )
    await fake.wait_connected()
    await fake.send_message(world.general, world.child, "hello")
    await fake.wait_for(lambda: stub.events, what="message reached the service")
    stop.set()
    await asyncio.wait_for(task, 5)
    assert fake.identifies[0]["shard"] == [0, 1]
    assert fake.identifies[0]["intents"] & (1 << 15), "message content intent requested"
    assert fake.identifies[0]["intents"] & (1 << 1), "members intent requested"


async def test_run_discord_explains_a_rejected_token(fake: FakeDiscord, world: World) -> None:
    fake.fail("GET", r"/users/@me", status=401, code=0, message="401: Unauthorized")
    config = bot_config(api_base=fake.api_base, gateway_url=fake.gateway_url)
    with pytest.raises(DiscordSetupError, match="LOOKOUT_DISCORD_TOKEN"):
        await asyncio.wait_for(run_discord(_stub(world), config, token="bad"), 5)
    with pytest.raises(DiscordSetupError, match="shard-count"):
        await run_discord(_stub(world), config, token="x", shard_ids=[1])


async def test_private_threads_are_watched_like_dms(fake: FakeDiscord, world: World) -> None:
    stub = _stub(world)
    async with running_bot(fake, stub):
        thread = await fake.create_thread(world.general, world.stranger, "just us", private=True, members=[world.child])
        await fake.wait_request("GET", rf"/channels/{thread}/thread-members")
        await fake.send_message(thread, world.stranger, "this is our private place")
        await fake.wait_for(lambda: stub.events, what="thread message scanned")
    event = stub.events[0]
    assert event.channel.kind is ChannelKind.PRIVATE_THREAD
    assert set(event.channel.member_ids) == {str(world.stranger), str(world.child)}
    assert event.channel.parent_id == str(world.general)


async def test_alerts_survive_a_rate_limit_and_coalesce(fake: FakeDiscord, world: World) -> None:
    stub = _stub(world)

    def decide(ev: MessageEvent) -> list[Action]:
        return [stub.alert(ev, ev.author, case_id="c9")] if ev.author.id == str(world.stranger) else []

    stub.decide = decide
    fake.rate_limit("POST", rf"/channels/{world.alerts}/messages", retry_after=0.2)
    async with running_bot(fake, stub) as bot:
        for i in range(5):  # a burst for one case while the first post is held by the rate limit
            await fake.send_message(world.general, world.stranger, f"burst {i}")
        await fake.wait_for(lambda: len(stub.events) == 5, what="burst scanned")
        await fake.wait_for(lambda: stub.delivered, what="alert delivered after the 429")
        await bot.alerts.wait_idle()
    posts = [r for r in fake.find("POST", rf"/channels/{world.alerts}/messages") if r.status == 200]
    edits = fake.find("PATCH", rf"/channels/{world.alerts}/messages/\d+")
    assert len(posts) == 1, "one alert message per case"
    assert len(edits) <= 2, f"a burst is coalesced into at most one follow-up edit, got {len(edits)}"


async def test_message_text_and_token_never_reach_info_logs(
    fake: FakeDiscord, world: World, tmp_path: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    lookout = await Lookout.open(bot_config(moderator_role="Moderator"), storage_url=f"sqlite:///{tmp_path}/l.db")
    await lookout.update_settings(str(world.guild), alert_channel_id=str(world.alerts), nudge_mode="dm")
    try:
        async with running_bot(fake, lookout, bot_config(moderator_role="Moderator")) as bot:
            for who, text in GROOMING:
                await fake.send_message(world.general, getattr(world, who), text)
            await fake.wait_for(lambda: fake.find("POST", rf"/channels/{world.alerts}/messages"), what="alert")
            await fake.wait_for(lambda: fake.dm_messages(world.child), what="tip")
            await fake.wait_for(
                lambda: bot.board.community(str(world.guild)).messages_seen == len(GROOMING),
                what="all messages scanned",
            )
    finally:
        await lookout.close()
    loud = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert loud, "the bot logs what it does"
    for record in loud:
        text = record.getMessage()
        assert "fake-token" not in text
        for _, line in GROOMING:
            assert line not in text, f"message text logged by {record.name}"


def test_invite_url_requests_exactly_the_documented_permissions() -> None:
    url = invite_url("123456789012345678")
    query = parse_qs(urlparse(url).query)
    assert query["client_id"] == ["123456789012345678"]
    assert query["scope"] == ["bot applications.commands"]
    perms = int(query["permissions"][0])
    assert perms == PERMISSIONS
    assert perms & (1 << 40) and perms & (1 << 2) and perms & (1 << 11) and perms & (1 << 14)
    assert not perms & (1 << 3), "never Administrator"
    assert not perms & (1 << 13), "never Manage Messages (evidence must not be deleted)"
    with pytest.raises(ValueError, match="Application ID"):
        invite_url("my-bot")


@pytest.mark.parametrize("shard_count", [None, 1])
async def test_configured_gateway_url_is_the_only_gateway_ever_connected(
    fake: FakeDiscord, world: World, monkeypatch: pytest.MonkeyPatch, shard_count: int | None
) -> None:
    """Without --shard-count discord.py takes its URL from GET /gateway/bot, and it resumes at READY's
    resume_gateway_url; behind a proxy both point past the proxy. The configured URL must win."""
    import discord
    import yarl

    async with FakeDiscord() as elsewhere:
        fake.advertised_gateway = elsewhere.gateway_url  # what "Discord" says: connect over there
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(elsewhere.gateway_url))
        stub = _stub(world)
        config = bot_config(api_base=fake.api_base, gateway_url=fake.gateway_url)
        stop = asyncio.Event()
        task = asyncio.create_task(
            run_discord(stub, config, token="fake-token", shard_count=shard_count, stop=stop))
        try:
            await fake.wait_connected()
            await fake.drop_connection()  # resumable: the client RESUMEs, at resume_gateway_url by default
            await fake.wait_for(lambda: fake.resumes, what="the bot resumed")
            await fake.send_message(world.general, world.child, "hello again")
            await fake.wait_for(lambda: stub.events, what="message reached the service")
        finally:
            stop.set()
            await asyncio.wait_for(task, 5)
        assert len(fake.identifies) == 1 and len(fake.resumes) == 1
        assert elsewhere.identifies == [] and elsewhere.resumes == []
