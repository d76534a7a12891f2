"""SIGTERM in the middle of a burst: `lookout run` (a real process) stops cleanly and loses nothing.

The bot runs as a child process against both fakes, as an operator runs it. Discord's grooming
conversations are played first; then a burst on both platforms carries the Telegram
conversations, and SIGTERM lands in its middle while alert posts are slow (some are in flight).
The burst goes on while the bot is down and after a second start on the same database.

- Telegram keeps undelivered updates, so every update is processed exactly once over the two runs.
- Discord does not send a new session what happened while no session was up (nor what was in the
  network when the bot closed its socket), so Discord messages may be missing over the gap, but
  none twice, and everything sent once the second run is connected is processed.
- Every conversation, including those cut in two by the restart, gives exactly one alert: alerts
  decided before the signal are delivered (by the first run, or from the outbox by the second),
  and the pair's risk carries over in the database.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from storage import open_storage
from tests.discord.fake_discord import FakeDiscord
from tests.soak.harness import DISCORD_TOKEN, check_alerts, check_cases, config_text, drive, eventually, sqlite_url
from tests.soak.test_database_outage import free_port
from tests.soak.world import SoakWorld
from tests.telegram.fake_bot_api import FakeBotAPI

ROOT = Path(__file__).resolve().parents[2]
STOP_LINE = re.compile(r"Lookout stopped: (\d+) messages processed \(discord (\d+), telegram (\d+)\)")
LAST_EVENT = re.compile(r"stopped reading the gateway of shard 0 after event (\d+)")


class BotProcess:
    def __init__(self, config: Path, port: int, env: dict[str, str], log: Path) -> None:
        self.port, self.log = port, log
        with open(log, "ab") as stderr:
            self.proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run", "--config", str(config)],
                                         cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)

    async def get(self, path: str) -> tuple[int, str]:
        async with aiohttp.ClientSession() as session, session.get(
            f"http://127.0.0.1:{self.port}{path}", timeout=aiohttp.ClientTimeout(total=5)
        ) as response:
            return response.status, await response.text()

    async def ready(self) -> None:
        async def answered() -> bool:
            if self.proc.poll() is not None:
                raise AssertionError(f"the bot exited ({self.proc.returncode}):\n{self.log.read_text()[-3000:]}")
            try:
                return (await self.get("/readyz"))[0] == 200
            except (aiohttp.ClientError, OSError):
                return False

        await eventually(answered, "the bot to be ready", 60, every=0.1)

    async def processed(self) -> dict[str, int]:
        _, text = await self.get("/metrics")
        found = re.findall(r'lookout_messages_processed_total\{platform="(\w+)"\} ([0-9.e+]+)', text)
        return {platform: int(float(value)) for platform, value in found}

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture
async def world() -> AsyncIterator[SoakWorld]:
    async with FakeDiscord() as fake, FakeBotAPI() as api:
        api.keep_messages = False
        yield SoakWorld.build(fake, api, communities=6, members=60, conversations=8)


async def test_sigterm_during_a_burst_loses_nothing(world: SoakWorld, tmp_path: Path) -> None:
    fake, api = world.fake, world.api
    db = sqlite_url(tmp_path)
    await world.seed_settings(db)
    port = free_port()
    config = tmp_path / "config.toml"
    config.write_text(config_text(db, fake, api, metrics_port=port))
    env = {**os.environ, "LOOKOUT_DISCORD_TOKEN": DISCORD_TOKEN, "LOOKOUT_TELEGRAM_TOKEN": api.token,
           "PYTHONPATH": str(ROOT)}
    log = tmp_path / "bot.log"
    first = BotProcess(config, port, env, log)
    second: BotProcess | None = None
    try:
        await first.ready()
        # Discord's conversations first, all the way through.
        await drive(world, world.traffic(800, platforms=("discord",)))
        await eventually(lambda: first.processed(), "metrics", 10)

        async def discord_done() -> bool:
            return (await first.processed()).get("discord", 0) >= world.sent["discord"]

        await eventually(discord_done, "the Discord conversations processed", 60, every=0.1)
        api.slow_methods["sendMessage"] = 0.3  # Telegram alerts (and tips) are in flight when the signal comes
        fake.slow("POST", r"/channels/\d+/messages", 0.3)
        burst = list(world.traffic(2_400))
        cut = len(burst) // 2
        await drive(world, burst[:cut], rate=600)
        sent_at_signal = dict(world.sent)
        first.proc.send_signal(signal.SIGTERM)
        # The burst goes on while the bot shuts down and is away: Discord drops what has no session.
        rest = iter(burst[cut:])
        during = []
        while first.proc.poll() is None and len(during) < 600:
            item = next(rest)
            await world.send(item, may_be_lost=True)
            during.append(item)
            await asyncio.sleep(1 / 600)
        code = await asyncio.to_thread(first.proc.wait, 60)
        assert code == 0, f"a clean stop exits 0:\n{log.read_text()[-3000:]}"
        stopped = STOP_LINE.search(log.read_text())
        assert stopped, log.read_text()[-3000:]
        run1 = {"discord": int(stopped.group(2)), "telegram": int(stopped.group(3))}
        assert run1["telegram"] >= sent_at_signal["telegram"] * 0.5, "the first run was busy when stopped"
        last_read = LAST_EVENT.search(log.read_text())
        assert last_read, log.read_text()[-3000:]
        # Every message event the first run read from the gateway was handled, none dropped at shutdown.
        [session_log] = [list(s.sent) for s in fake._sessions] or [fake.closed_logs[-1]]
        read = [e for e in session_log if e[0] <= int(last_read.group(1)) and e[1] == "MESSAGE_CREATE"]
        assert run1["discord"] == len(read), (run1, len(read))
        lost_before_restart = fake.lost_events

        api.slow_methods.clear()
        fake._delays.clear()
        second = BotProcess(config, port, env, log)
        await second.ready()
        sent_before_second = dict(world.sent)
        await drive(world, rest, rate=600)

        async def all_done() -> bool:
            got = await second.processed()  # type: ignore[union-attr]
            return (got.get("telegram", 0) + run1["telegram"] >= world.sent["telegram"]
                    and got.get("discord", 0) >= world.sent["discord"] - sent_before_second["discord"])

        await eventually(all_done, "the second run to process the rest", 90, every=0.1)
        await eventually(lambda: set(world.expected_alerts()) <= set(world.alert_posts()),
                         "an alert for every conversation", 60, every=0.1)
        run2 = await second.processed()
        second.proc.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(second.proc.wait, 60) == 0
    finally:
        first.kill()
        if second is not None:
            second.kill()

    # Telegram: every update exactly once over the two runs.
    assert run1["telegram"] + run2.get("telegram", 0) == world.sent["telegram"]
    # Discord: nothing twice; all of the second run's share; only messages sent while no session could
    # take them (or in the network at the close) missing.
    assert run2.get("discord", 0) == world.sent["discord"] - sent_before_second["discord"]
    handled = run1["discord"] + run2.get("discord", 0)
    assert handled <= world.sent["discord"]
    assert world.sent["discord"] - handled <= len([i for i in during if i.platform == "discord"]), (
        "only messages sent during the shutdown gap may be missing")
    assert fake.lost_events >= lost_before_restart
    check_alerts(world)
    store = await open_storage(db)
    try:
        await check_cases(store, world)
        assert not [i for i in await store.outbox_pending(1000) if i.kind == "alert"], "an alert still waits"
    finally:
        await store.close()
