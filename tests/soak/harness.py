"""Run `lookout run`'s code path (`bot.runner.serve`) in-process against both fakes, and drive it.

The bot is observed, never replaced: `Lookout.open` is wrapped only to keep a reference to the
service that `serve` opens, so tests can read its counters and its database. Waits are bounded
polls of observable state (counters, fake records), never bare sleeps.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.config import Config, parse_config
from bot.runner import serve
from bot.service import Lookout
from tests.discord.fake_discord import FakeDiscord
from tests.soak.world import Item, SoakWorld
from tests.telegram.fake_bot_api import FakeBotAPI

NO_SHARDS = argparse.Namespace(shard_ids=None, shard_count=None)
DISCORD_TOKEN = "soak-discord-token-not-real"
MAX_PENDING_UPDATES = 2_000  # Telegram updates the driver lets queue up before it waits


def config_text(db_url: str, fake: FakeDiscord, api: FakeBotAPI, *, metrics_port: int | None = None) -> str:
    """The config an operator would write, pointed at the fakes (json.dumps quotes TOML strings)."""
    text = f"""
[detection]
languages = ["en"]

[community]
minor_roles = ["13-15"]

[storage]
url = {json.dumps(db_url)}

[discord]
api_base = {json.dumps(fake.api_base)}
gateway_url = {json.dumps(fake.gateway_url)}
guild_ready_timeout = 0.05

[telegram]
api_base_url = {json.dumps(f"http://127.0.0.1:{api.port}")}
api_base_file_url = {json.dumps(api.base_file_url)}
"""
    if metrics_port is not None:
        text += f"\n[metrics]\nenabled = true\nlisten = \"127.0.0.1\"\nport = {metrics_port}\n"
    return text


async def eventually(check: Callable[[], Any], what: str, timeout: float = 30.0, every: float = 0.02) -> Any:
    """Poll `check` until it is truthy; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if isinstance(result, Awaitable):
            result = await result
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        await asyncio.sleep(every)


def processed(service: Lookout, platform: str) -> int:
    value = service.ops.registry.get_sample_value("lookout_messages_processed_total", {"platform": platform})
    return int(value or 0)


@dataclass
class Running:
    service: Lookout
    task: asyncio.Task[int]
    stop: asyncio.Event
    config: Config

    async def ready(self, timeout: float = 15.0) -> None:
        """Both platforms connected (the same checks /readyz runs)."""
        async def both() -> bool:
            for name in ("discord", "telegram"):
                probe = self.service.ops.probes.get(name)
                if probe is None:
                    return False
                ok, _ = probe()  # type: ignore[misc]
                if not ok:
                    return False
            return True

        await self.alive(eventually(both, "both bots connected", timeout))

    async def alive(self, waiter: Awaitable[Any]) -> Any:
        """Await `waiter`, but fail at once (with the reason) if serve() ended meanwhile."""
        pending = asyncio.ensure_future(waiter)
        done, _ = await asyncio.wait({pending, self.task}, return_when=asyncio.FIRST_COMPLETED)
        if pending in done:
            return pending.result()
        pending.cancel()
        raise AssertionError(f"serve() ended early: {self.task.exception() or self.task.result()!r}")

    async def settled(self, world: SoakWorld, timeout: float = 60.0) -> None:
        """Every message sent so far processed, an alert posted for every conversation played to its
        end, and every decided alert delivered (no case without its post, nothing left in the outbox).

        The counter moves when the pipeline has read a message, before its decisions are stored, so
        the outbox alone cannot say that nothing is on its way: the cases are checked too.
        """
        await self.alive(eventually(
            lambda: all(processed(self.service, p) >= n for p, n in world.sent.items()),
            f"all messages processed (sent {world.sent})", timeout))
        await self.alive(eventually(lambda: set(world.expected_alerts()) <= set(world.alert_posts()),
                                    "an alert for every conversation", timeout, every=0.1))

        async def delivered() -> bool:
            pending = await self.service.pending_deliveries(1000)
            if [item for item in pending if item.kind == "alert"]:
                return False
            for community in world.community_ids():
                if any(c.alert_ref is None for c in await self.service.storage.list_cases(community, None)):
                    return False
            return True

        await self.alive(eventually(delivered, "every alert delivered", timeout, every=0.1))


@contextlib.asynccontextmanager
async def running(
    world: SoakWorld, db_url: str, monkeypatch: pytest.MonkeyPatch, *, metrics_port: int | None = None
) -> AsyncIterator[Running]:
    """`serve` with both tokens set, as `lookout run --config` would run it; stopped cleanly afterwards."""
    config = parse_config(config_text(db_url, world.fake, world.api, metrics_port=metrics_port))
    monkeypatch.setenv("LOOKOUT_DISCORD_TOKEN", DISCORD_TOKEN)
    monkeypatch.setenv("LOOKOUT_TELEGRAM_TOKEN", world.api.token)
    # run_discord points discord.py's class-wide endpoints at the fake; restore them afterwards.
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
                        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    opened: list[Lookout] = []
    original = Lookout.open.__func__  # type: ignore[attr-defined]

    async def keep(cls: type[Lookout], *args: Any, **kwargs: Any) -> Lookout:
        service = await original(cls, *args, **kwargs)
        opened.append(service)
        return service

    monkeypatch.setattr(Lookout, "open", classmethod(keep))
    stop = asyncio.Event()
    task = asyncio.create_task(serve(config, NO_SHARDS, stop))
    try:
        await eventually(lambda: opened or task.done(), "the service to open", 15)
        if task.done():
            raise AssertionError(f"serve() ended at start: {task.exception() or task.result()!r}")
        run = Running(opened[0], task, stop, config)
        await run.ready()
        yield run
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(asyncio.shield(task), 30)
        if not task.done():
            task.cancel()


async def drive(world: SoakWorld, items: Iterable[Item], *, every: int = 50, rate: float | None = None,
                between: Callable[[int], Awaitable[None]] | None = None, may_be_lost: bool = False) -> int:
    """Send `items` as fast as the fakes take them (or at `rate` per second); `between(n)` runs after
    every `every` items."""
    count = 0
    start = time.monotonic()
    for item in items:
        await world.send(item, may_be_lost=may_be_lost)
        count += 1
        if rate is not None and (ahead := start + count / rate - time.monotonic()) > 0:
            await asyncio.sleep(ahead)
        if count % every == 0:
            while len(world.api.pending_updates) > MAX_PENDING_UPDATES:
                await asyncio.sleep(0.005)
            await asyncio.sleep(0)
            if between is not None:
                await between(count)
    return count


def check_alerts(world: SoakWorld) -> None:
    """Exactly one alert per grooming conversation, naming its suspect, and no other alert."""
    posted = world.alert_posts()
    expected = world.expected_alerts()
    assert expected, "no conversation was played to the end"
    missing = sorted(s for s in expected if s not in posted)
    doubled = {s: n for s, n in posted.items() if n > 1}
    unexpected = sorted(s for s in posted if s not in expected)
    assert not missing and not doubled and not unexpected, (
        f"{len(expected)} conversations: missing alerts for {missing}, duplicated {doubled}, "
        f"alerts for people who groomed nobody {unexpected}")


async def check_cases(service: Lookout | Any, world: SoakWorld) -> None:
    """One case per conversation, delivered, its evidence free of duplicates (`service`: the service,
    or a storage opened on its database after it stopped)."""
    storage = getattr(service, "storage", service)
    for conv in world.conversations:
        if conv.sent < len(conv.script):
            continue
        community = (str(world.discord[conv.community].guild) if conv.platform == "discord"
                     else str(world.telegram[conv.community].chat["id"]))
        cases = [c for c in await storage.cases_for_suspect(community, str(conv.suspect))]
        assert len(cases) == 1, f"suspect {conv.suspect}: {len(cases)} cases"
        detail = await storage.get_case(cases[0].id)
        assert detail.case.alert_ref, f"case {cases[0].id} was never delivered"
        ids = [e.message_id for e in detail.evidence]
        assert len(ids) == len(set(ids)), f"case {cases[0].id} holds the same message twice: {ids}"
        assert str(conv.child) in detail.case.targets


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'lookout.db'}"
