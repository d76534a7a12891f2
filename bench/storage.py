"""Storage benchmark: writer throughput, CPU cost at a steady load, and the hot read's latency.

    python bench/storage.py [--rows 1000000] [--events 200000]

The first line is the summary (`storage: sqlite N events/s, …`); details follow. Figures:
* events/s through the single writer (pair events, fire-and-forget, batched) on SQLite and, when
  LOOKOUT_TEST_PG_DSN or a local server answers, on PostgreSQL (in a throw-away schema);
* CPU share of one core while 20,000 events/s are submitted at a steady pace for a few seconds
  (process CPU time, which includes aiosqlite's thread, over wall time);
* p99 of reading a pair's latest 50 events once the table holds `--rows` rows;
* sealed case writes: cases/s opened with 5 evidence lines plus a moderator note each (every write
  extends the case's chain and re-seals it), and the time `cases verify` takes per case.
Targets on SQLite: ≥ 50,000 events/s, ≤ 20% of a core at 20,000 events/s, p99 ≤ 1 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage import EvidenceInput, PairEvent, SealKey, open_storage  # noqa: E402
from storage.sql import SqlStorage  # noqa: E402

T0 = datetime(2026, 1, 1, tzinfo=UTC)
PAIRS_PER_COMMUNITY = 400
CHUNK = 500


def make_events(start: int, count: int, pairs: int) -> list[PairEvent]:
    """Synthetic hits spread over `pairs` pairs, in time order (no text: storage never has any)."""
    events = []
    for n in range(start, start + count):
        pair = n % pairs
        events.append(
            PairEvent(
                community_id=f"g{pair // PAIRS_PER_COMMUNITY}",
                suspect_id=f"s{pair}",
                target_id=f"c{pair * 7 % 1000}",
                message_id=str(1_200_000_000_000_000_000 + n),
                timestamp=T0 + timedelta(milliseconds=n),
                categories=("flattery", "secrecy"),
                rule_ids=("en.flattery.mature", "en.secrecy.between_us"),
                risk=0.42,
            )
        )
    return events


async def throughput(store: SqlStorage, events: list[PairEvent]) -> float:
    started = time.perf_counter()
    for index in range(0, len(events), CHUNK):
        await store.add_pair_events(events[index : index + CHUNK])
        await asyncio.sleep(0)  # producers yield, as the pipeline does between messages
    await store.flush()
    return len(events) / (time.perf_counter() - started)


async def cpu_share(store: SqlStorage, rate: int, seconds: float, pairs: int, offset: int) -> float:
    tick = 0.01
    per_tick = int(rate * tick)
    ticks = int(seconds / tick)
    batches = [make_events(offset + i * per_tick, per_tick, pairs) for i in range(ticks)]
    await store.flush()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for i, batch in enumerate(batches):
        await store.add_pair_events(batch)
        delay = wall0 + (i + 1) * tick - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
    await store.flush()
    return (time.process_time() - cpu0) / (time.perf_counter() - wall0)


async def fill(store: SqlStorage, start: int, total: int, pairs: int) -> None:
    for index in range(start, total, 20_000):
        events = make_events(index, min(20_000, total - index), pairs)
        for at in range(0, len(events), CHUNK):
            await store.add_pair_events(events[at : at + CHUNK])
        await asyncio.sleep(0)
    await store.flush()


async def read_p99(store: SqlStorage, pairs: int, reads: int) -> tuple[float, float, int]:
    rng = random.Random(7)
    timings = []
    rows = 0
    for _ in range(reads):
        pair = rng.randrange(pairs)
        started = time.perf_counter()
        got = await store.pair_events(f"g{pair // PAIRS_PER_COMMUNITY}", f"s{pair}", f"c{pair * 7 % 1000}", 50)
        timings.append(time.perf_counter() - started)
        rows += len(got)
    timings.sort()
    return timings[int(len(timings) * 0.99) - 1] * 1000, timings[len(timings) // 2] * 1000, rows // reads


def pg_dsn() -> tuple[str | None, str]:
    dsn = os.environ.get("LOOKOUT_TEST_PG_DSN")
    if dsn:
        return dsn, ""
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=0.5):
            return "postgresql://postgres@127.0.0.1:5432/test", ""
    except OSError:
        return None, "no server on 127.0.0.1:5432 and LOOKOUT_TEST_PG_DSN unset"


async def bench_pg(events: list[PairEvent]) -> str:
    dsn, reason = pg_dsn()
    if dsn is None:
        return f"postgresql: n/a ({reason})"
    schema = f"lookout_bench_{uuid.uuid4().hex[:10]}"
    url = f"{dsn}{'&' if '?' in dsn else '?'}schema={schema}"
    try:
        store = await open_storage(url, seal_key=SealKey.ephemeral())  # a throw-away schema: a throw-away key
    except Exception as exc:  # report, do not fail the whole benchmark
        return f"postgresql: n/a ({type(exc).__name__}: {str(exc)[:80]})"
    try:
        rate = await throughput(store, events)
    finally:
        await store.close()
        import asyncpg

        conn = await asyncpg.connect(dsn)
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        await conn.close()
    return f"postgresql {rate:,.0f} events/s"


async def case_writes(store: SqlStorage, cases: int) -> tuple[float, float]:
    """(cases/s for open-with-evidence + note, ms per case for verify_all)."""
    started = time.perf_counter()
    for n in range(cases):
        lines = [
            EvidenceInput(f"m{n}-{i}", "ch", f"s{n}" if i % 2 == 0 else f"c{n}", "Sky", T0 + timedelta(seconds=i),
                          "lets keep this between us", flagged=i % 2 == 0)
            for i in range(5)
        ]
        case = await store.open_case(community_id="g-bench", platform="discord", suspect_id=f"s{n}",
                                     targets=[f"c{n}"], severity="high", risk=1.2, stage="secrecy",
                                     categories=["secrecy"], evidence=lines, decision={"risk": 1.2})
        await store.add_note(case.id, "mod-1", "Mod", "looking into it")
    rate = cases / (time.perf_counter() - started)
    started = time.perf_counter()
    checks = await store.verify_all()
    assert all(check.status == "intact" for check in checks)
    return rate, (time.perf_counter() - started) * 1000 / len(checks)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows in pair_events for the read test")
    parser.add_argument("--events", type=int, default=200_000, help="events for the throughput test")
    parser.add_argument("--pg-events", type=int, default=50_000)
    parser.add_argument("--cpu-seconds", type=float, default=3.0)
    parser.add_argument("--reads", type=int, default=5_000)
    parser.add_argument("--cases", type=int, default=500, help="sealed cases for the case-write test")
    args = parser.parse_args()
    pairs = max(1, args.rows // 50)

    with tempfile.TemporaryDirectory(prefix="lookout-bench-") as folder:
        store = await open_storage(f"sqlite:///{folder}/bench.db")
        try:
            events = make_events(0, args.events, pairs)
            sqlite_rate = await throughput(store, events)
            del events
            cpu = await cpu_share(store, 20_000, args.cpu_seconds, pairs, args.events)
            written = args.events + int(20_000 * args.cpu_seconds)
            fill_started = time.perf_counter()
            await fill(store, written, args.rows, pairs)
            fill_s = time.perf_counter() - fill_started
            p99, p50, per_read = await read_p99(store, pairs, args.reads)
            case_rate, verify_ms = await case_writes(store, args.cases)
            load = os.getloadavg()[0]
            size_mb = sum(f.stat().st_size for f in Path(folder).iterdir()) / 1e6
        finally:
            await store.close()
    pg = await bench_pg(make_events(0, args.pg_events, pairs))

    rows = max(args.rows, written)
    print(
        f"storage: sqlite {sqlite_rate:,.0f} events/s, {pg}, cpu {cpu * 100:.1f}% of a core at 20,000 events/s "
        f"(sqlite), p99 {p99:.2f} ms reading a pair's last 50 events at {rows:,} rows"
    )
    print(f"  targets (sqlite): >= 50,000 events/s [{'ok' if sqlite_rate >= 50_000 else 'MISSED'}], "
          f"<= 20% of a core [{'ok' if cpu <= 0.20 else 'MISSED'}], p99 <= 1 ms [{'ok' if p99 <= 1 else 'MISSED'}]")
    print(f"  read: p50 {p50:.2f} ms, {per_read} rows per read, {args.reads} reads over {pairs:,} pairs; "
          f"load average {load:.1f} on {os.cpu_count()} cores (other processes inflate the tail)")
    print(f"  fill of the remaining rows: {max(0, args.rows - written):,} in {fill_s:.1f} s; database {size_mb:.0f} MB")
    print(f"  sealed case writes (sqlite): {case_rate:,.0f} cases/s, each opened with 5 evidence lines and "
          f"given a note; cases verify {verify_ms:.2f} ms per case")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
