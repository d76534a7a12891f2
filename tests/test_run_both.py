"""`lookout run` with both tokens set: the Discord and the Telegram bot in one process, one service.

Why this test exists: each adapter has its own end-to-end suite, but a combined deployment can
still break in ways neither sees: one bot's start-up or shutdown cancelling the other, the two
adapters opening two services (so one platform's cases would be invisible to the other's
retention, `forget` and reports), process-wide settings clashing, or the runner not returning
cleanly. So this drives `bot.runner.serve` itself, exactly as `lookout run` does, against both
fake platforms at once, and looks at what moderators receive on each side and at what ended up in
the one database.

The bots are observed, never replaced: thin wrappers record the Discord client and the Telegram
Application that `serve` builds, so the test can wait for them to be ready (bounded, no sleeps)
and check they share one service. Conversations show grooming tactics only; names are invented.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import discord
import pytest
from telegram import Update
from telegram.ext import TypeHandler

import bot.platforms.discord as discord_platform
import bot.platforms.telegram.app as telegram_app
from bot.config import Config, StorageConfig, parse_config
from bot.platforms.discord import LookoutBot
from bot.platforms.telegram import runtime_of
from bot.runner import serve
from bot.service import Lookout
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import World as DiscordWorld
from tests.discord.harness import build_world as build_discord_world
from tests.telegram.fake_bot_api import Call, FakeBotAPI
from tests.telegram.harness import GROUP_ID, MODS_ID
from tests.telegram.harness import build_world as build_telegram_world

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")

T = TypeVar("T")
DISCORD_TOKEN = "fake-discord-token-for-run-both"
REPO = Path(__file__).resolve().parents[1]
NO_SHARDS = argparse.Namespace(shard_ids=None, shard_count=None)

# The same tactics on both platforms, in the words the bundled English pack is written for:
# an age question, a check on supervision, secrecy, a move to another app, a photo request.
DISCORD_CHAT = [
    ("child", "anyone want to race on the new parkour map?"),
    ("stranger", "you're really good at this, how old are you?"),
    ("child", "im 13"),
    ("stranger", "are you home alone right now?"),
    ("stranger", "don't tell anyone we talk ok"),
    ("stranger", "add me on snap, it's easier there"),
    ("stranger", "send me a pic"),
]
TELEGRAM_CHAT = [
    ("kid", "who is entering the pixel contest this week?"),
    ("stranger", "your art is amazing, how old are you?"),
    ("kid", "im 13"),
    ("stranger", "are you home alone right now?"),
    ("stranger", "don't tell anyone we talk ok"),
    ("stranger", "add me on snap, it's easier there"),
    ("stranger", "send me a pic"),
]


def config_text(db: Path, fake: FakeDiscord, api: FakeBotAPI) -> str:
    """The config a moderator would write, pointed at the two local fakes (json.dumps quotes)."""
    return f"""
[detection]
languages = ["en"]
strict = true

[storage]
url = {json.dumps(f"sqlite:///{db}")}

[discord]
api_base = {json.dumps(fake.api_base)}
gateway_url = {json.dumps(fake.gateway_url)}
moderator_role = "Moderator"
guild_ready_timeout = 0.05

[telegram]
api_base_url = {json.dumps(f"http://127.0.0.1:{api.port}")}
api_base_file_url = {json.dumps(api.base_file_url)}
"""


@dataclass
class Spies:
    """What `serve` built, recorded on the way past, plus the Telegram updates fully handled."""

    discord_bot: LookoutBot | None = None
    telegram: Any = None  # the PTB Application
    handled: set[int] = field(default_factory=set)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def wait(self, check: Callable[[], bool]) -> None:
        while not check():
            self.changed.clear()
            await self.changed.wait()


@pytest.fixture
def spies(monkeypatch: pytest.MonkeyPatch) -> Spies:
    found = Spies()
    make_bot = discord_platform.build_bot
    make_app = telegram_app.build_application

    def record_bot(*args: Any, **kwargs: Any) -> LookoutBot:
        found.discord_bot = make_bot(*args, **kwargs)
        found.changed.set()
        return found.discord_bot

    def record_app(*args: Any, **kwargs: Any) -> Any:
        app = make_app(*args, **kwargs)

        async def mark(update: Update, context: object) -> None:
            found.handled.add(update.update_id)
            found.changed.set()

        # Group 99 runs after the adapter's own handlers, so "marked" means "fully handled".
        app.add_handler(TypeHandler(Update, mark), group=99)
        found.telegram = app
        found.changed.set()
        return app

    monkeypatch.setattr(discord_platform, "build_bot", record_bot)
    monkeypatch.setattr(telegram_app, "build_application", record_app)
    # run_discord points discord.py's class-wide endpoints at the fake; restore them afterwards.
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
                        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    return found


@pytest.fixture
async def fakes() -> AsyncIterator[tuple[FakeDiscord, FakeBotAPI]]:
    async with FakeDiscord() as fake, FakeBotAPI() as api:
        yield fake, api


async def within(task: asyncio.Task[int], waiter: Awaitable[T], what: str, timeout: float = 5.0) -> T:
    """Wait for `waiter`; if serve() ends first, fail with how it ended instead of timing out."""
    pending: asyncio.Future[T] = asyncio.ensure_future(waiter)
    either: set[asyncio.Future[Any]] = {pending, task}
    done, _ = await asyncio.wait(either, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    if pending in done:
        return pending.result()
    pending.cancel()
    if task in done:
        outcome = task.exception() or task.result()
        raise AssertionError(f"serve() ended ({outcome!r}) while waiting for {what}")
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def discord_alerts(fake: FakeDiscord, world: DiscordWorld) -> list[dict[str, Any]]:
    """Alert embeds posted to the alert channel, as the fake stored them (with later edits)."""
    return [m for m in fake.channel_messages(world.alerts) if m.get("embeds")]


def embed_fields(message: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["value"] for f in message["embeds"][0]["fields"]}


def is_telegram_alert(call: Call) -> bool:
    return call.params.get("chat_id") == MODS_ID and "Case" in str(call.params.get("text", ""))


async def test_run_serves_discord_and_telegram_on_one_service(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    spies: Spies,
    fakes: tuple[FakeDiscord, FakeBotAPI],
) -> None:
    caplog.set_level(logging.INFO)
    fake, api = fakes
    dw = build_discord_world(fake)
    tg = build_telegram_world(api)
    db = tmp_path / "lookout.db"
    config = parse_config(config_text(db, fake, api))
    assert config.detection.strict
    monkeypatch.setenv("LOOKOUT_DISCORD_TOKEN", DISCORD_TOKEN)
    monkeypatch.setenv("LOOKOUT_TELEGRAM_TOKEN", api.token)

    stop = asyncio.Event()
    task = asyncio.create_task(serve(config, NO_SHARDS, stop))
    try:
        # Both bots up: Discord ready (guild cached, commands synced), Telegram long-polling.
        await within(task, spies.wait(lambda: spies.discord_bot is not None and spies.telegram is not None),
                     "both bots to be built")
        assert spies.discord_bot is not None
        await within(task, spies.discord_bot.wait_until_ready(), "the Discord bot to be ready")
        await within(task, api.wait_in_flight("getUpdates"), "Telegram long polling")

        service = spies.discord_bot.lookout
        assert isinstance(service, Lookout)
        assert runtime_of(spies.telegram).lookout is service, "both bots must share one service"
        assert runtime_of(spies.telegram).moderation is spies.discord_bot.moderation, (
            "both bots must share one moderation layer, so an action shows wherever the alert is")
        assert set(spies.discord_bot.moderation.platforms) == {"discord", "telegram"}

        # Discord: the owner points alerts at #mod-alerts with the slash command.
        token = await fake.slash(
            dw.guild, dw.general, dw.owner, "lookout",
            [{"type": 1, "name": "setup",
              "options": [{"type": 7, "name": "alert-channel", "value": str(dw.alerts)}]}],
            resolved=fake.resolved_channel(dw.alerts),
        )
        answer = await within(task, fake.wait_reply(token), "the /lookout setup answer")
        assert f"<#{dw.alerts}>" in answer["data"]["content"]

        # Telegram: the group's admin links the moderators' chat with a one-time code.
        admin, group, mods = tg["admin"], tg["group"], tg["mods"]
        api.private_message(admin, "/start")
        await within(task, api.wait_for_call("sendMessage", chat_id=admin["id"]), "the /start answer")
        api.group_message(group, admin, "/lookout_setup")
        code_msg = await within(task, api.wait_for_call(
            "sendMessage", lambda c: "Setup code" in str(c.params.get("text")), chat_id=admin["id"]),
            "the private setup code")
        code = str(code_msg.params["text"]).split("<code>")[1].split("</code>")[0]
        api.group_message(mods, admin, f"/lookout_link {code}")
        await within(task, api.wait_for_call(
            "sendMessage", lambda c: "Linked" in str(c.params.get("text")), chat_id=MODS_ID), "the link")

        # The same evening on both platforms, interleaved: a stranger works on a child.
        api.member_joined(group, tg["stranger"])
        for (d_who, d_text), (t_who, t_text) in zip(DISCORD_CHAT, TELEGRAM_CHAT, strict=True):
            await fake.send_message(dw.general, getattr(dw, d_who), d_text)
            api.group_message(group, tg[t_who], t_text)

        await within(task, fake.wait_for(lambda: discord_alerts(fake, dw), what="Discord alert"), "Discord alert")
        tg_alert = await within(task, api.wait_for_call("sendMessage", is_telegram_alert), "Telegram alert")
        guild = str(dw.guild)
        await within(task, fake.wait_for(
            lambda: spies.discord_bot is not None
            and spies.discord_bot.board.community(guild).messages_seen == len(DISCORD_CHAT),
            what="every Discord message scanned"), "Discord messages scanned")
        last = api.last_update_id
        await within(task, spies.wait(lambda: bool(spies.handled) and max(spies.handled) >= last),
                     "every Telegram update handled")
        await within(task, spies.discord_bot.alerts.wait_idle(), "Discord alert delivery to finish")
        live_discord = await service.list_cases(guild)
        live_telegram = await service.list_cases(str(GROUP_ID))
    finally:
        stop.set()
        result = await asyncio.wait_for(task, 10)
    assert result == 0, "a clean stop returns 0"

    # Discord: one alert in the alert channel, naming the stranger as suspect and the child.
    [alert] = discord_alerts(fake, dw)
    fields = embed_fields(alert)
    assert f"<@{dw.stranger}>" in fields["Suspect"] and str(dw.stranger) in fields["Suspect"]
    assert f"<@{dw.child}>" in fields["Child"]
    # Telegram: one alert in the linked chat, naming the stranger and the child.
    text = str(tg_alert.params["text"])
    stranger, kid = tg["stranger"], tg["kid"]
    assert "Rex" in text and "@rex_gamer_x" in text and str(stranger["id"]) in text
    assert "Mia" in text and "@mia_draws" in text
    assert len([c for c in api.sent_messages(MODS_ID) if is_telegram_alert(c)]) == 1
    # Neither platform leaked into the other: no Telegram names on Discord, no Discord ids on Telegram.
    assert "rex_gamer_x" not in json.dumps(alert) and str(dw.stranger) not in text

    # While running, the one service saw both cases.
    assert [v.suspect.id for v in live_discord] == [str(dw.stranger)]
    assert [v.suspect.id for v in live_telegram] == [str(stranger["id"])]
    # And both are in the one database file: read it again after the bots stopped.
    reread = await Lookout.open(config)
    try:
        discord_cases = await reread.list_cases(guild)
        telegram_cases = await reread.list_cases(str(GROUP_ID))
        telegram_link = await reread.get_settings(str(GROUP_ID))
        discord_setup = await reread.get_settings(guild)
    finally:
        await reread.close()
    assert [(v.platform, v.suspect.id, v.target.id if v.target else None) for v in discord_cases] == [
        ("discord", str(dw.stranger), str(dw.child))]
    assert [(v.platform, v.suspect.id, v.target.id if v.target else None) for v in telegram_cases] == [
        ("telegram", str(stranger["id"]), str(kid["id"]))]
    assert discord_cases[0].alert_ref and telegram_cases[0].alert_ref == (
        f"{MODS_ID}:{tg_alert.result['message_id']}")
    assert discord_setup.alert_channel_id == str(dw.alerts)
    assert telegram_link.alert_channel_id == str(MODS_ID)

    # Nothing went wrong quietly, and nothing private reached the logs.
    errors = [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], "errors were logged:\n" + "\n".join(errors)
    said = [line for _, line in DISCORD_CHAT + TELEGRAM_CHAT]
    for record in caplog.records:
        line = record.getMessage()
        assert DISCORD_TOKEN not in line and api.token not in line, f"token logged by {record.name}"
        assert not any(s in line for s in said), f"message text logged by {record.name}"
    assert any("Discord and Telegram" in r.getMessage() for r in caplog.records if r.name == "bot.runner")


async def test_serve_without_tokens_explains_and_returns_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("LOOKOUT_DISCORD_TOKEN", raising=False)
    monkeypatch.setenv("LOOKOUT_TELEGRAM_TOKEN", "   ")  # blank counts as unset
    db = tmp_path / "never.db"
    config = Config(storage=StorageConfig(url=f"sqlite:///{db}"))
    assert await asyncio.wait_for(serve(config, NO_SHARDS, asyncio.Event()), 5) == 2
    err = capsys.readouterr().err
    assert "LOOKOUT_DISCORD_TOKEN" in err and "LOOKOUT_TELEGRAM_TOKEN" in err and "README" in err
    assert not db.exists(), "nothing is opened when there is nothing to run"


async def test_serve_rejects_shard_ids_outside_the_shard_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LOOKOUT_DISCORD_TOKEN", DISCORD_TOKEN)
    db = tmp_path / "never.db"
    config = Config(storage=StorageConfig(url=f"sqlite:///{db}"))
    args = argparse.Namespace(shard_ids="5", shard_count=2)
    assert await asyncio.wait_for(serve(config, args, asyncio.Event()), 10) == 2
    assert "shard id(s) [5] are outside 0..1" in capsys.readouterr().err
    assert not db.exists(), "a bad command line is refused before anything is opened"


def test_lookout_run_with_a_bad_shard_id_exits_with_a_clear_error(tmp_path: Path) -> None:
    """The same refusal seen from the command line: non-zero exit, message on stderr, no traceback."""
    env = {**os.environ, "LOOKOUT_DISCORD_TOKEN": DISCORD_TOKEN, "PYTHONPATH": str(REPO)}
    env.pop("LOOKOUT_TELEGRAM_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run", "--shard-ids", "5", "--shard-count", "2"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode != 0
    assert "shard id(s) [5] are outside 0..1" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "lookout.db").exists()


async def test_a_bot_that_fails_is_reported_at_once_and_the_others_stop(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fakes: tuple[FakeDiscord, FakeBotAPI],
) -> None:
    """A rejected Discord token must not leave an operator with a silently half-running Lookout."""
    fake, api = fakes
    build_discord_world(fake)
    build_telegram_world(api)
    fake.fail("GET", r"/users/@me", status=401, code=0, message="401: Unauthorized")
    config = parse_config(config_text(tmp_path / "lookout.db", fake, api))
    monkeypatch.setenv("LOOKOUT_DISCORD_TOKEN", DISCORD_TOKEN)
    monkeypatch.setenv("LOOKOUT_TELEGRAM_TOKEN", api.token)
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
                        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    stop = asyncio.Event()  # never set by the test: serve() must end by itself
    rc = await asyncio.wait_for(serve(config, NO_SHARDS, stop), 15)
    assert rc == 1
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("discord bot" in m and "LOOKOUT_DISCORD_TOKEN" in m for m in errors), errors
