"""A console over a real SQLite database and a real HTTP server on 127.0.0.1, with a recording
platform port: the same service, moderation layer and storage `lookout run` uses.

Test data is invented and non-explicit (see tests/storage/helpers.py).
"""

from __future__ import annotations

import re
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest

from bot.actions import AlertView
from bot.config import Config
from bot.console import ConsoleBackend, ConsoleServer
from bot.detection_setup import configured_engine
from bot.moderation import EditResult, Effect, Moderation, Rights, Wording
from bot.service import Lookout
from bot.vocabulary import ModAction
from rules.engine import Engine
from storage import Case, Storage, open_storage
from tests.storage.helpers import conversation, new_case

T0 = datetime(2026, 3, 2, 17, 30, tzinfo=UTC)
MOD = "mod-kim"  # moderates g-fandom (Discord) with every right
HELPER = "mod-ash"  # moderates g-fandom, but may not ban or time out
OTHER = "g-other"  # a community neither moderates


class RecordingPort:
    """A Discord stand-in that does what it is told and writes it down."""

    platform = "discord"
    private_is_opt_in = False
    wording = Wording(moderators="this server's moderators", setup_hint="run setup",
                      rights={ModAction.TIMEOUT: "Timeout Members", ModAction.BAN: "Ban Members"})

    def __init__(self) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.rights_of: dict[tuple[str, str], Rights] = {
            ("g-fandom", MOD): Rights(moderate=True, timeout=True, ban=True),
            ("g-fandom", HELPER): Rights(moderate=True),
            (OTHER, "mod-other"): Rights(moderate=True, timeout=True, ban=True),
        }

    def serves(self, community_id: str) -> bool:
        return True

    async def rights(self, community_id: str, user_id: str) -> Rights:
        return self.rights_of.get((community_id, user_id), Rights(moderate=False))

    async def post_alert(self, channel_id: str, view: AlertView) -> str | None:
        self.calls.append(("post", channel_id, view.case_id))
        return f"{channel_id}:1"

    async def edit_alert(self, alert_ref: str, view: AlertView) -> EditResult:
        self.calls.append(("edit", alert_ref, view.case_id, str(view.status)))
        return EditResult.EDITED

    async def announce_escalation(self, alert_ref: str, view: AlertView) -> None:
        self.calls.append(("escalation", alert_ref))

    async def setup_missing(self, community_id: str) -> None:
        self.calls.append(("setup_missing", community_id))

    async def timeout(self, community_id: str, user_id: str, length: timedelta, reason: str) -> Effect:
        self.calls.append(("timeout", community_id, user_id))
        return Effect("timed out for 24 h", "Suspect timed out for 24 hours.")

    async def ban(self, community_id: str, user_id: str, reason: str) -> Effect:
        self.calls.append(("ban", community_id, user_id))
        return Effect("banned", "Suspect banned.")

    async def send_private(self, user_id: str, tip: object) -> bool:
        return True

    async def send_button(self, community_id: str, channel_id: str, child: object, tip: object) -> bool:
        return True


@pytest.fixture(autouse=True)
def no_semantic_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The semantic layer's model is heavy and may be absent: console tests that want its answer
    bring a fake index; the others see a layer that is not installed."""
    monkeypatch.setitem(sys.modules, "rules.semantic", None)


_ENGINE: Engine | None = None


def engine() -> Engine:
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = configured_engine(Config())
    return _ENGINE


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Console:
    backend: ConsoleBackend
    server: ConsoleServer
    storage: Storage
    port: RecordingPort | None
    clock: Clock
    cases: dict[str, Case] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.server.url

    def client(self) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True),
                                     headers={"User-Agent": "ConsoleTest/1.0"})

    async def login(self, client: aiohttp.ClientSession, user_id: str = MOD,
                    communities: tuple[str, ...] = ("g-fandom",)) -> str:
        """Log in through a fresh one-time link; returns the session's CSRF token."""
        link = await self.backend.issue_login("discord", user_id, communities, f"Moderator {user_id}")
        await follow_link(client, link)
        return await csrf_of(client, f"{self.url}/")


async def follow_link(client: aiohttp.ClientSession, link: str) -> aiohttp.ClientResponse:
    """Open a login link and press its button, as a person would."""
    async with client.get(link) as page:
        assert page.status == 200
        token = hidden(await page.text(), "csrf")
    response = await client.post(link, data={"csrf": token})
    await response.read()
    response.release()
    return response


def hidden(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert found, f"no hidden field {name}"
    return found.group(1)


async def csrf_of(client: aiohttp.ClientSession, url: str) -> str:
    async with client.get(url) as page:
        assert page.status == 200, await page.text()
        return hidden(await page.text(), "csrf")


async def seed(storage: Storage) -> dict[str, Case]:
    cases = {
        "fandom": await new_case(storage, community="g-fandom", evidence=conversation(), severity="high", risk=2.4,
                                 decision={"kind": "alert", "risk": 2.4, "signals": ["asked for secrecy"],
                                           "stage": "isolation", "rules": ["en.secrecy.between_us"]}),
        "fandom_low": await new_case(storage, suspect="u-suspect-2", community="g-fandom", risk=0.6,
                                     severity="low"),
        "other": await new_case(storage, suspect="u-suspect-9", target="u-child-9", community=OTHER,
                                evidence=conversation("u-suspect-9", "u-child-9")),
    }
    await storage.set_alert_ref(cases["fandom"].id, "ch-alerts:77")
    await storage.flush()
    return cases


@pytest.fixture
async def console(tmp_path: Path) -> AsyncIterator[Console]:
    storage = await open_storage(f"sqlite:///{tmp_path / 'console.db'}")
    config = Config()
    lookout = Lookout(config, engine(), storage)
    moderation = Moderation(lookout, config)
    port = RecordingPort()
    moderation.attach(port)
    backend = ConsoleBackend.from_lookout(lookout, moderation)
    clock = Clock()
    backend.clock = clock
    server = ConsoleServer(backend, listen="127.0.0.1", port=0, public_url=None)
    await server.start()
    try:
        yield Console(backend, server, storage, port, clock, await seed(storage))
    finally:
        await server.stop()
        await storage.close()


@pytest.fixture
async def standalone(tmp_path: Path) -> AsyncIterator[Console]:
    storage = await open_storage(f"sqlite:///{tmp_path / 'family.db'}")
    backend = ConsoleBackend.standalone(storage, engine=engine())
    clock = Clock()
    backend.clock = clock
    server = ConsoleServer(backend, listen="127.0.0.1", port=0, public_url=None)
    await server.start()
    try:
        yield Console(backend, server, storage, None, clock, await seed(storage))
    finally:
        await server.stop()
        await storage.close()
