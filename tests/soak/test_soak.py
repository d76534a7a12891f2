"""The soak at test scale: both bots in one process, many communities, chat with grooming hidden in it.

`bench/live.py` runs the same world at full scale (100 communities, 2,000 members, 200,000
messages) and times it; here it is small enough for `make test` and only correctness is asserted:
every grooming conversation gives exactly one alert, every message is processed exactly once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.discord.fake_discord import FakeDiscord
from tests.soak.harness import check_alerts, check_cases, drive, processed, running, sqlite_url
from tests.soak.world import SoakWorld
from tests.telegram.fake_bot_api import FakeBotAPI

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")


@pytest.fixture
async def world() -> AsyncIterator[SoakWorld]:
    async with FakeDiscord() as fake, FakeBotAPI() as api:
        api.keep_messages = False
        yield SoakWorld.build(fake, api, communities=6, members=60, conversations=8)


async def test_soak_every_conversation_alerts_once_and_every_message_counts(
    world: SoakWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = sqlite_url(tmp_path)
    await world.seed_settings(db)
    async with running(world, db, monkeypatch) as run:
        await drive(world, world.traffic(3_000))
        await run.settled(world)
        check_alerts(world)
        await check_cases(run.service, world)
        assert processed(run.service, "discord") == world.sent["discord"]
        assert processed(run.service, "telegram") == world.sent["telegram"]
