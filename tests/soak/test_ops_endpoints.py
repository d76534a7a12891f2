"""/metrics, /healthz and /readyz, scraped over HTTP from a running bot on 127.0.0.1.

The figures are checked against what the test knows it did: messages sent per platform, the
conversations that must alert, a rate limit it injected, a Telegram outage it caused.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.config import Config, parse_config
from tests.discord.fake_discord import FakeDiscord
from tests.soak.harness import check_alerts, drive, eventually, running, sqlite_url
from tests.soak.test_database_outage import free_port
from tests.soak.world import SoakWorld
from tests.telegram.fake_bot_api import FakeBotAPI

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")


async def get(port: int, path: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(
        f"http://127.0.0.1:{port}{path}", timeout=aiohttp.ClientTimeout(total=10)
    ) as response:
        return response.status, response.headers.get("Content-Type", ""), await response.text()


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a Prometheus text exposition, parsed by prometheus-client's own parser."""
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


@pytest.fixture
async def world() -> AsyncIterator[SoakWorld]:
    async with FakeDiscord() as fake, FakeBotAPI() as api:
        api.keep_messages = False
        yield SoakWorld.build(fake, api, communities=4, members=40, conversations=4)


def test_metrics_are_off_unless_asked_for() -> None:
    assert not Config().metrics.enabled
    assert not parse_config("[storage]\nurl = 'x.db'\n").metrics.enabled
    on = parse_config('[metrics]\nenabled = true\nlisten = "0.0.0.0"\nport = 9100\n')
    assert (on.metrics.enabled, on.metrics.listen, on.metrics.port) == (True, "0.0.0.0", 9100)


async def test_scrape_metrics_health_and_readiness(
    world: SoakWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = sqlite_url(tmp_path)
    await world.seed_settings(db)
    port = free_port()
    async with running(world, db, monkeypatch, metrics_port=port) as run:
        status, ctype, body = await get(port, "/healthz")
        assert (status, body) == (200, "ok\n")
        status, _, body = await get(port, "/readyz")
        checks = json.loads(body)["checks"]
        assert status == 200 and {name: c["ok"] for name, c in checks.items()} == {
            "discord": True, "telegram": True, "storage": True}

        world.fake.rate_limit("POST", r"/channels/\d+/messages", retry_after=0.05, times=2)
        await drive(world, world.traffic(1_200))
        await run.settled(world)
        check_alerts(world)

        status, ctype, body = await get(port, "/metrics")
        assert status == 200 and ctype.startswith("text/plain")
        got = samples(body)
        assert got[("lookout_messages_processed_total", (("platform", "discord"),))] == world.sent["discord"]
        assert got[("lookout_messages_processed_total", (("platform", "telegram"),))] == world.sent["telegram"]
        assert got[("lookout_decisions_total", (("kind", "alert"),))] >= len(world.expected_alerts())
        assert got[("lookout_decisions_total", (("kind", "nudge"),))] >= 1
        assert got[("lookout_alert_delivery_seconds_count", ())] >= len(world.expected_alerts())
        assert got[("lookout_event_loop_lag_seconds_count", ())] > 10
        assert got[("lookout_write_queue_depth", ())] >= 0
        assert got[("lookout_dropped_records_total", ())] == 0
        assert got[("lookout_storage_writable", ())] == 1
        assert got[("lookout_platform_errors_total", (("code", "429"), ("platform", "discord")))] >= 2
        assert got[("lookout_ready", ())] == 1
        # Labels are platforms, kinds, codes and buckets: never ids or text.
        labels = {(key, value) for _, pairs in got for key, value in pairs if key != "le"}
        assert {key for key, _ in labels} <= {"platform", "kind", "code"}
        assert {value for key, value in labels if key == "platform"} <= {"discord", "telegram"}
        assert all(value.isdigit() or value == "network" for key, value in labels if key == "code")

        # Telegram unreachable for a while: not ready (503, saying which platform); ready again after.
        world.api.storm("server_error", seconds=3.0, method="getUpdates", status=502)

        async def telegram_down() -> bool:
            code, _, text = await get(port, "/readyz")
            return code == 503 and not json.loads(text)["checks"]["telegram"]["ok"]

        await run.alive(eventually(telegram_down, "/readyz to report Telegram down", 10, every=0.1))
        status, _, body = await get(port, "/readyz")
        assert json.loads(body)["checks"]["discord"]["ok"] and "getUpdates answered HTTP 502" in body

        async def ready_again() -> bool:
            return (await get(port, "/readyz"))[0] == 200

        await run.alive(eventually(ready_again, "/readyz to say ready again", 20, every=0.1))
        got = samples((await get(port, "/metrics"))[2])
        assert got[("lookout_platform_errors_total", (("code", "502"), ("platform", "telegram")))] >= 1
