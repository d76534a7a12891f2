"""Discord's gateway misbehaving in the middle of grooming conversations: nothing lost, nothing twice.

- The socket drops (a resumable close) while messages keep coming: Discord keeps them for the
  session, the client RESUMEs, gets the missed events and, as Discord may, some it already had.
- Discord invalidates the session (INVALID_SESSION, not resumable): the client IDENTIFYs again.
  Discord replays nothing across a new session, so traffic resumes once the new one is up; the
  conversations' earlier lines live on in the bot's memory and database, so they still add up.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.discord.fake_discord import FakeDiscord
from tests.soak.harness import check_alerts, check_cases, drive, eventually, processed, running, sqlite_url
from tests.soak.world import SoakWorld
from tests.telegram.fake_bot_api import FakeBotAPI


@pytest.fixture
async def world() -> AsyncIterator[SoakWorld]:
    async with FakeDiscord() as fake, FakeBotAPI() as api:
        api.keep_messages = False
        yield SoakWorld.build(fake, api, communities=6, members=60, conversations=8)


async def test_resume_and_invalid_session_mid_conversation(
    world: SoakWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = world.fake
    fake.replay_on_resume = 40  # at-least-once: events the client already had come again
    db = sqlite_url(tmp_path)
    await world.seed_settings(db)
    total = 2_400
    async with running(world, db, monkeypatch) as run:

        async def faults(sent: int) -> None:
            if sent == 600:
                await fake.drop_connection()  # traffic goes on: these events wait for the RESUME
            elif sent == 1_500:
                identified = len(fake.identifies)
                await fake.invalidate_sessions()
                await run.alive(eventually(lambda: fake.connected and len(fake.identifies) > identified,
                                           "a new session after INVALID_SESSION", 20))

        await drive(world, world.traffic(total, platforms=("discord",)), between=faults)
        await run.settled(world)
        assert fake.resumes and fake.invalid_sessions >= 1, "both faults happened"
        assert fake.replayed_missed > 1, "the RESUME brought events sent while the socket was down"
        check_alerts(world)
        await check_cases(run.service, world)
        # Replayed events were seen again by the client, yet each message was processed exactly once.
        assert processed(run.service, "discord") == world.sent["discord"] == total
