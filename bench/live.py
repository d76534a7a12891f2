"""Live benchmark: the whole bot (`lookout run`, both platforms, one process) under a soak.

The fake Discord gateway and the fake Bot API run in this process; the bot runs as a child
process, exactly as an operator starts it, so its RSS is its own and nothing here shares its event
loop. The world is the soak world of the tests (`tests/soak/world.py`): communities split between
the platforms, members spread over them, ordinary chat with grooming conversations hidden in it.

What is measured:
- messages/s through the whole bot: from the first message sent to the last one processed (read
  from the bot's own /metrics counter), gateway and Bot API parsing included;
- latency from gateway event to alert: the fake's clock when it dispatched the message that
  decided the alert (found in the bot's database) to the fake's clock when the alert post arrived;
- event-loop lag p99: from the bot's /metrics histogram (interpolated within its buckets, as
  Prometheus' histogram_quantile does) and, exactly, over the last minute from its stop line;
- RSS: the child's peak (VmHWM) and its RSS once idle before traffic.

The sender keeps at most `--window` messages sent but not yet processed: the figure is what the bot
sustains, not how deep a queue can grow. Speed is never asserted: the figures go to bench/README.md.

    .venv/bin/python bench/live.py                 # 100 communities, 2,000 members, 200,000 messages
    .venv/bin/python bench/live.py --messages 20000 --conversations 10      # a quick look
    .venv/bin/python bench/live.py --rate 1000     # latency at a steady 1,000 msgs/s instead of flat out
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from storage import open_storage  # noqa: E402
from tests.discord.fake_discord import FakeDiscord  # noqa: E402
from tests.soak.harness import DISCORD_TOKEN, config_text  # noqa: E402
from tests.soak.world import SoakWorld  # noqa: E402
from tests.telegram.fake_bot_api import FakeBotAPI  # noqa: E402

SAMPLE = re.compile(r'^(\w+)(?:\{([^}]*)\})? ([0-9.e+-]+|NaN|\+Inf)$')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def parse_metrics(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
    for line in text.splitlines():
        match = SAMPLE.match(line)
        if not match:
            continue
        labels = tuple(sorted(re.findall(r'(\w+)="([^"]*)"', match.group(2) or "")))
        found[(match.group(1), labels)] = float(match.group(3))
    return found


def histogram_quantile(metrics: dict[Any, float], name: str, q: float) -> float:
    buckets = sorted((float(dict(labels)["le"]), value) for (metric, labels), value in metrics.items()
                     if metric == f"{name}_bucket")
    if not buckets or buckets[-1][1] == 0:
        return float("nan")
    rank = q * buckets[-1][1]
    prev_bound, prev_count = 0.0, 0.0
    for bound, count in buckets:
        if count >= rank:
            if bound == float("inf"):
                return prev_bound
            return prev_bound + (bound - prev_bound) * (rank - prev_count) / max(count - prev_count, 1e-9)
        prev_bound, prev_count = bound, count
    return buckets[-1][0]


def rss_kib(pid: int) -> dict[str, int]:
    values: dict[str, int] = {}
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far (from /proc: clock ticks)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Bot:
    """`lookout run` as a child process, and its /metrics."""

    def __init__(self, config: Path, port: int, env: dict[str, str], log: Path, profile: str | None = None) -> None:
        self.port = port
        self.log = log
        python = [sys.executable] + (["-m", "cProfile", "-o", profile] if profile else [])
        with open(log, "wb") as stderr:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen([*python, "-m", "bot.cli", "run", "--config", str(config)],
                                         cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        self.session = aiohttp.ClientSession()

    async def get(self, path: str) -> tuple[int, str]:
        async with self.session.get(f"http://127.0.0.1:{self.port}{path}", timeout=aiohttp.ClientTimeout(5)) as r:
            return r.status, await r.text()

    async def metrics(self) -> dict[Any, float]:
        return parse_metrics((await self.get("/metrics"))[1])

    async def processed(self) -> int:
        m = await self.metrics()
        return int(sum(v for (name, _), v in m.items() if name == "lookout_messages_processed_total"))

    async def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"the bot exited at start ({self.proc.returncode}):\n{self.log.read_text()[-3000:]}")
            with contextlib.suppress(aiohttp.ClientError, OSError, asyncio.TimeoutError):
                status, _ = await self.get("/readyz")
                if status == 200:
                    return
            await asyncio.sleep(0.1)
        raise SystemExit(f"the bot was not ready within {timeout:.0f} s:\n{self.log.read_text()[-3000:]}")

    async def stop(self) -> int:
        await self.session.close()
        self.proc.send_signal(signal.SIGTERM)
        return await asyncio.to_thread(self.proc.wait, 60)


async def alert_latencies(world: SoakWorld, db_url: str) -> tuple[list[float], int]:
    """Gateway event (the message that decided the alert) to the alert post, per case, from the fakes' clocks."""
    posts: dict[tuple[str, str], float] = {}  # (community, suspect) -> first alert post time
    for dc in world.discord:
        for req in world.fake.find("POST", rf"/channels/{dc.alerts}/messages"):
            if req.status < 300 and (req.json or {}).get("embeds"):
                fields = {f["name"]: f["value"] for f in req.json["embeds"][0].get("fields", [])}
                match = re.search(r"<@(\d+)>", fields.get("Suspect", ""))
                if match:
                    posts.setdefault((str(dc.guild), match.group(1)), req.at)
    for tc in world.telegram:
        for call in world.api.sent_messages(tc.alerts):
            match = re.search(r"Suspect: .*?tg://user\?id=(\d+)", str(call.params.get("text", "")))
            if match:
                posts.setdefault((str(tc.chat["id"]), match.group(1)), call.at)
    store = await open_storage(db_url)
    latencies: list[float] = []
    try:
        for (community, suspect), posted in posts.items():
            cases = await store.cases_for_suspect(community, suspect)
            if not cases:
                continue
            detail = await store.get_case(cases[-1].id)
            first = next((d.data for d in detail.decisions if d.data.get("kind") == "alert"), None)
            if first is None:
                continue
            mid = str(first["message_id"])
            telegram = community.startswith("-")  # Telegram group ids are negative, Discord snowflakes are not
            sent = world.api.pushed_at.get((int(community), int(mid))) if telegram else world.fake.sent_at.get(int(mid))
            if sent is not None:
                latencies.append(posted - sent)
    finally:
        await store.close()
    return latencies, len(posts)


async def run(args: argparse.Namespace) -> None:
    work = Path(tempfile.mkdtemp(prefix="lookout-live-"))
    db_url = args.db or f"sqlite:///{work / 'lookout.db'}"
    async with FakeDiscord() as fake, FakeBotAPI() as api:
        api.keep_messages = False
        world = SoakWorld.build(fake, api, communities=args.communities, members=args.members,
                                conversations=args.conversations, seed=args.seed)
        await world.seed_settings(db_url)
        port = free_port()
        config = work / "config.toml"
        config.write_text(config_text(db_url, fake, api, metrics_port=port))
        env = {**os.environ, "LOOKOUT_DISCORD_TOKEN": DISCORD_TOKEN, "LOOKOUT_TELEGRAM_TOKEN": api.token,
               "PYTHONPATH": str(ROOT)}
        items = list(world.traffic(args.messages))
        members = sum(len(c.members) + 1 for c in world.discord) + sum(len(c.members) for c in world.telegram)
        print(f"Lookout live benchmark: {len(world.discord)} Discord servers + {len(world.telegram)} Telegram "
              f"groups, {members} members (+{len(world.conversations)} strangers), {len(items)} messages, "
              f"{len(world.conversations)} grooming conversations; bot = `lookout run` (pid below), "
              f"storage {db_url.split(':')[0]}", flush=True)
        bot = Bot(config, port, env, work / "bot.log", args.profile)
        try:
            await bot.wait_ready()
            idle = rss_kib(bot.proc.pid)
            print(f"bot pid {bot.proc.pid} ready; RSS idle {idle.get('VmRSS', 0) / 1024:.0f} MiB", flush=True)
            start = time.monotonic()
            cpu_start = cpu_seconds(bot.proc.pid)
            done = 0
            last_report = start
            for n, item in enumerate(items, 1):
                await world.send(item)
                if args.rate:
                    ahead = start + n / args.rate - time.monotonic()
                    if ahead > 0:
                        await asyncio.sleep(ahead)
                if n % 100 == 0:
                    while True:
                        done = await bot.processed()
                        if n - done <= args.window and len(api.pending_updates) <= args.window:
                            break
                        await asyncio.sleep(0.02)
                    now = time.monotonic()
                    if now - last_report > 10:
                        last_report = now
                        print(f"  {n} sent, {done} processed, {done / (now - start):,.0f} msgs/s, "
                              f"RSS {rss_kib(bot.proc.pid).get('VmRSS', 0) / 1024:.0f} MiB", flush=True)
            while done < len(items):
                if bot.proc.poll() is not None:
                    raise SystemExit(f"the bot died:\n{bot.log.read_text()[-3000:]}")
                await asyncio.sleep(0.02)
                done = await bot.processed()
            elapsed = time.monotonic() - start
            cpu = cpu_seconds(bot.proc.pid) - cpu_start
            expected = world.expected_alerts()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not set(expected) <= set(world.alert_posts()):
                await asyncio.sleep(0.1)
            metrics = await bot.metrics()
            rss = rss_kib(bot.proc.pid)
        finally:
            code = await bot.stop()
        posted = world.alert_posts()
        latencies, _ = await alert_latencies(world, db_url)
        lag_p99 = histogram_quantile(metrics, "lookout_event_loop_lag_seconds", 0.99)
        lag_p50 = histogram_quantile(metrics, "lookout_event_loop_lag_seconds", 0.50)
        inside = [histogram_quantile(metrics, "lookout_alert_delivery_seconds", q) for q in (0.5, 0.99)]
        stop_line = next((ln for ln in (work / "bot.log").read_text().splitlines() if "Lookout stopped" in ln), "")
        missing = sorted(s for s in expected if s not in posted)
        doubled = {s: n for s, n in posted.items() if n > 1}
        extra = sorted(s for s in posted if s not in expected)
        decisions = {dict(labels)["kind"]: int(v) for (name, labels), v in metrics.items()
                     if name == "lookout_decisions_total"}
        dropped = int(metrics.get(("lookout_dropped_records_total", ()), 0))
        print(f"processed {done} messages in {elapsed:.1f} s ({cpu:.1f} s of the bot's CPU: {done / cpu:,.0f} msgs per "
              f"CPU-second); decisions {decisions}; dropped records {dropped}")
        print(f"alerts: {len(expected)} conversations, {sum(posted.values())} alert posts, missing {missing}, "
              f"duplicated {doubled}, unexpected {extra}")
        print(f"inside the bot (message handed to the service -> alert accepted, its /metrics histogram): "
              f"p50 {inside[0] * 1000:.0f} ms p99 {inside[1] * 1000:.0f} ms")
        print(f"bot exit code {code}; {stop_line.split('bot.runner:')[-1].strip() if stop_line else 'no stop line'}")
        print(f"live: {done / elapsed:,.0f} msgs/s through the whole bot, gateway->alert p50 "
              f"{percentile(latencies, 0.5) * 1000:.0f} ms p99 {percentile(latencies, 0.99) * 1000:.0f} ms "
              f"({len(latencies)} alerts), event-loop lag p50 {lag_p50 * 1000:.1f} ms p99 {lag_p99 * 1000:.1f} ms, "
              f"RSS peak {rss.get('VmHWM', 0) / 1024:.0f} MiB (idle {idle.get('VmRSS', 0) / 1024:.0f} MiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--communities", type=int, default=100)
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--conversations", type=int, default=40)
    parser.add_argument("--window", type=int, default=2000, help="messages sent but not yet processed, at most")
    parser.add_argument("--rate", type=float, default=0.0,
                        help="messages/s to send (default 0: as fast as the bot takes them)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--db", help="storage URL (default: a fresh SQLite file)")
    parser.add_argument("--profile", help="run the bot under cProfile and write its profile to this file")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
