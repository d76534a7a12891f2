"""The database goes away for "30 s" in the middle of grooming conversations, then comes back.

Two kinds of outage: SQLite whose every statement fails (reads too) through a fault-injecting
driver, and PostgreSQL cut off by a TCP proxy (open connections killed, new ones refused). Time is
compressed tenfold (`db_faults.COMPRESSED_WRITER`): the outage lasts 3 s and the writer's retry cap
is 1 s instead of 10 s. Detection goes on meanwhile; decisions wait for the database; afterwards
every conversation has exactly one alert and every message was processed exactly once.
/readyz says "not ready" during the outage and "ready" after it.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import pytest

from bot.actions import SendAlert
from bot.config import Config
from bot.service import Lookout
from rules.engine import build_engine
from rules.packs_loader import bundled_pack_paths
from storage import open_driver, open_storage
from tests.discord.fake_discord import FakeDiscord
from tests.pipeline.conftest import Chat, person
from tests.soak.db_faults import COMPRESSED_WRITER, FaultyDriver, Outage, TcpProxy, inject
from tests.soak.harness import check_alerts, check_cases, drive, eventually, processed, running, sqlite_url
from tests.soak.world import SoakWorld
from tests.storage.conftest import PG_ENV, PG_SKIP_REASON, drop_schema, pg_url_with_schema
from tests.telegram.fake_bot_api import FakeBotAPI

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")
OUTAGE_S = 3.0  # stands for 30 s (see the module docstring)
CHILD = person("kid", "13-15")
STRANGER = person("stranger", account_days=3, joined_days=1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def readyz(port: int) -> tuple[int, dict[str, object]]:
    async with aiohttp.ClientSession() as session, session.get(
        f"http://127.0.0.1:{port}/readyz", timeout=aiohttp.ClientTimeout(total=10)
    ) as response:
        return response.status, json.loads(await response.text())


class Switch:
    """Turns either kind of outage on and off."""

    def __init__(self, outage: Outage | None = None, proxy: TcpProxy | None = None) -> None:
        self.outage, self.proxy = outage, proxy

    def off(self) -> None:
        if self.outage:
            self.outage.start()
        if self.proxy:
            self.proxy.sever()

    def on(self) -> None:
        if self.outage:
            self.outage.end()
        if self.proxy:
            self.proxy.restore()


@pytest.fixture(params=["sqlite", "postgresql"])
async def backend(request: pytest.FixtureRequest, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[str, Switch]]:
    if request.param == "sqlite":
        outage = Outage()
        inject(monkeypatch, outage)
        yield sqlite_url(tmp_path), Switch(outage=outage)
        return
    dsn = os.environ.get(PG_ENV)
    if not dsn:
        pytest.skip(PG_SKIP_REASON)
    parts = urlsplit(dsn)
    proxy = await TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432).start()
    auth = parts.netloc.rpartition("@")[0]
    netloc = f"{auth}@127.0.0.1:{proxy.port}" if auth else f"127.0.0.1:{proxy.port}"
    url = pg_url_with_schema(urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")),
                             f"lookout_soak_{os.getpid()}_{uuid.uuid4().hex[:8]}")
    inject(monkeypatch, None)
    try:
        yield url, Switch(proxy=proxy)
    finally:
        proxy.restore()
        await drop_schema(url)
        await proxy.stop()


@pytest.fixture
async def world() -> AsyncIterator[SoakWorld]:
    async with FakeDiscord() as fake, FakeBotAPI() as api:
        api.keep_messages = False
        yield SoakWorld.build(fake, api, communities=6, members=60, conversations=8)


async def test_database_gone_for_30s_and_back(
    world: SoakWorld, backend: tuple[str, Switch], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, switch = backend
    await world.seed_settings(url)
    port = free_port()
    async with running(world, url, monkeypatch, metrics_port=port) as run:
        assert (await readyz(port))[0] == 200
        seen: dict[str, object] = {}

        async def outage() -> None:
            await asyncio.sleep(1.0)
            switch.off()
            await asyncio.sleep(OUTAGE_S / 2)
            seen["during"] = await readyz(port)
            await asyncio.sleep(OUTAGE_S / 2)
            switch.on()

        window = asyncio.create_task(outage())
        # 2,400 messages at 400 a second: the outage falls in the middle of the conversations.
        await drive(world, world.traffic(2_400), rate=400)
        await window
        await run.settled(world, timeout=90)
        check_alerts(world)
        await check_cases(run.service, world)
        assert processed(run.service, "discord") == world.sent["discord"]
        assert processed(run.service, "telegram") == world.sent["telegram"]
        status, body = seen["during"]  # type: ignore[misc]
        assert status == 503 and not body["checks"]["storage"]["ok"], body  # type: ignore[index]
        assert body["checks"]["discord"]["ok"] and body["checks"]["telegram"]["ok"], body  # type: ignore[index]
        async def ready_again() -> bool:
            return (await readyz(port))[0] == 200

        await run.alive(eventually(ready_again, "/readyz to say ready again", 20))


async def test_an_alert_decided_while_reads_fail_is_not_lost(tmp_path: Path) -> None:
    """The window the soak can only hit by luck: the case is written, then the reads that build the
    alert (and put it in the outbox) fail, as on the dead pooled connections right after a
    PostgreSQL restart. The pipeline has moved on by then, so a failed read used to lose the alert."""
    url = sqlite_url(tmp_path)
    outage = Outage()
    store = await open_storage(url, driver=FaultyDriver(await open_driver(url), outage),
                               writer_options=COMPRESSED_WRITER)
    engine = build_engine(bundled_pack_paths(["en"]))
    service = Lookout(Config(), engine, store)
    chat = Chat()
    try:
        for event in (chat.say(CHILD, "anyone up for a match"), chat.say(STRANGER, "how old are you")):
            await service.on_message(event)
        outage.stale_reads = 5
        actions = await service.on_message(chat.say(STRANGER, "add me on snap, i want a pic of you"))
        assert outage.stale_reads == 0, "the reads did fail"
        [alert] = [a for a in actions if isinstance(a, SendAlert)]
        pending = [i for i in await service.pending_deliveries() if i.kind == "alert"]
        assert [i.case_id for i in pending] == [alert.view.case_id], "the alert waits in the outbox"
    finally:
        await service.close()
