"""Pipeline benchmark: normalise + match + pair state + decisions over a replayed synthetic community.

A community of 10,000 members talks in public channels (and some DMs) so that 100,000 pairs are
active; the same seeded chat as the engine benchmark supplies the text (about 1% grooming cues).
Events are built before timing, so the figure is the pipeline's own cost per message on one core.
Memory is measured separately with tracemalloc (which slows Python down) over the same replay.

Last line: `pipeline: N msgs/s/core, B bytes/pair, P pairs, peak M MiB, ...`.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate_messages  # noqa: E402
from bot.events import Author, Channel, ChannelKind, Community, Message, MessageEvent  # noqa: E402
from bot.pipeline import Pipeline, tune_gc  # noqa: E402
from rules import load_default_engine  # noqa: E402

T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def build_events(members: int, pairs: int, messages: int, seed: int) -> tuple[list[MessageEvent], int]:
    rng = random.Random(seed)
    community = Community("g-bench", "discord", "Bench Server")
    roles = [("13-15",), ("16-17",), ("Under 18",), (), (), ("18+",)]
    people = [
        Author(f"u{i:05d}", display_name=f"user{i}", roles=rng.choice(roles),
               created_at=T0 - timedelta(days=rng.uniform(1, 2000)), joined_at=T0 - timedelta(days=rng.uniform(0, 900)))
        for i in range(members)
    ]
    publics = [Channel(f"c{i}", ChannelKind.PUBLIC, f"channel-{i}") for i in range(200)]
    pair_list: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    while len(pair_list) < pairs:
        a, b = rng.randrange(members), rng.randrange(members)
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            pair_list.append((a, b))
    texts = generate_messages(messages, seed)
    events = []
    t = T0
    for n in range(messages):
        a, b = pair_list[n] if n < pairs else pair_list[rng.randrange(pairs)]
        t += timedelta(milliseconds=rng.randrange(50, 400))
        if n % 10 == 0:  # some conversations happen in DMs
            ch = Channel(f"dm-{min(a, b)}-{max(a, b)}", ChannelKind.DIRECT, "", member_ids=(people[a].id, people[b].id))
            msg = Message(f"m{n}", t, texts[n])
        else:
            ch = publics[rng.randrange(len(publics))]
            msg = Message(f"m{n}", t, texts[n], reply_to_id=f"m{max(0, n - 1)}", reply_to_author_id=people[b].id)
        events.append(MessageEvent(community, ch, people[a], msg))
    return events, len(pair_list)


def replay(pipeline: Pipeline, events: list[MessageEvent]) -> tuple[float, int, int]:
    alerts = nudges = 0
    start = time.perf_counter()
    for ev in events:
        for d in pipeline.process(ev):
            if d.kind == "alert":
                alerts += 1
            elif d.kind == "nudge":
                nudges += 1
    return time.perf_counter() - start, alerts, nudges


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=10_000)
    ap.add_argument("--pairs", type=int, default=100_000)
    ap.add_argument("--messages", type=int, default=300_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--semantic", action="store_true", help="with the semantic layer on (rules/semantic, "
                    "bot/pipeline/semantic_signal.py): messages one by one, as the live bots read them")
    ap.add_argument("--no-text-cache", action="store_true", help="with --semantic: switch off the cache of "
                    "readings of repeated lines; the corpus is template-made and repeats lines far more than "
                    "real chat, so this is the honest worst case for the model's share")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    engine = load_default_engine()
    new_semantic = None
    if args.semantic:
        from bot.pipeline.semantic_signal import CACHE_TEXTS, SemanticSignal
        from rules.semantic import shared_index

        index = shared_index()
        cache = 0 if args.no_text_cache else CACHE_TEXTS
        new_semantic = lambda: SemanticSignal(index, cache_texts=cache)  # noqa: E731
    events, n_pairs = build_events(args.members, args.pairs, args.messages, args.seed)
    tune_gc()  # as `lookout run` and `lookout scan` do

    # Speed: best of two full replays on fresh pipelines.
    best = best_rules = float("inf")
    alerts = nudges = 0
    for _ in range(2):
        gc.collect()
        timed = Pipeline(engine, semantic=new_semantic() if new_semantic else None)
        elapsed, alerts, nudges = replay(timed, events)
        best = min(best, elapsed)
        if new_semantic is not None:  # the rules-only figure beside it, interleaved
            gc.collect()
            best_rules = min(best_rules, replay(Pipeline(engine), events)[0])
    rate = len(events) / best

    # Memory: the same replay under tracemalloc; bytes held by the pipeline per active pair.
    gc.collect()
    tracemalloc.start()
    p = Pipeline(engine)
    base = tracemalloc.get_traced_memory()[0]
    replay(p, events)
    gc.collect()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    pairs = len(p.pairs)
    windows = sum(len(w) for w in p.windows._windows.values())
    # Per-pair figure: everything the pipeline holds minus the per-channel evidence windows and the
    # per-member table (both bounded by channels and members, not by pairs), measured by difference.
    tracemalloc.start()
    q = Pipeline(engine)
    for ev in events[: args.members * 2]:
        q.process(ev)
    tracemalloc.stop()
    state_bytes = _pair_bytes(p)
    print(f"events: {len(events):,} messages, {args.members:,} members, {pairs:,} active pairs "
          f"({n_pairs:,} generated), {len(p.members):,} members tracked, {windows:,} window lines")
    print(f"decisions: {alerts} alerts, {nudges} nudges")
    print(f"memory: {(held - base) / 2**20:.1f} MiB held by the pipeline, peak {peak / 2**20:.1f} MiB traced")
    if timed.semantic is not None:
        st = timed.semantic.stats
        print("semantic: " + ", ".join(f"{k} {v:,}" for k, v in sorted(st.items())))
        print(f"semantic: {st['texts read by the model'] / len(events):.2%} of messages read by the model in "
              f"{st['model calls']:,} calls; text cache {'off' if args.no_text_cache else 'on'}")
        print(f"rules only: {len(events) / best_rules:,.0f} msgs/s/core; with semantic {best / best_rules:.2f}x"
              " the time")
    label = "pipeline (with semantic)" if args.semantic else "pipeline"
    print(f"{label}: {rate:,.0f} msgs/s/core, {state_bytes:.0f} bytes/pair, {pairs:,} pairs, "
          f"peak {peak / 2**20:.0f} MiB, {alerts} alerts")


def _pair_bytes(p: Pipeline) -> float:
    """Deep size of the pair table (dict, keys, states, their values) per pair; shared strings excluded."""
    seen: set[int] = set()
    total = sys.getsizeof(p.pairs)
    for key, st in p.pairs.items():
        total += sys.getsizeof(key)
        total += sys.getsizeof(st)
        for slot in type(st).__slots__:
            v = getattr(st, slot)
            if v is None or id(v) in seen or (isinstance(v, int) and -5 <= v <= 256):
                continue
            if isinstance(v, float) and v == 0.0:
                continue
            seen.add(id(v)) if isinstance(v, str) else None
            total += sys.getsizeof(v) if not hasattr(v, "__slots__") or slot != "flags" else _flags_bytes(v)
    return total / max(len(p.pairs), 1)


def _flags_bytes(f: object) -> int:
    size = sys.getsizeof(f)
    for slot in f.__slots__:  # type: ignore[attr-defined]
        v = getattr(f, slot)
        size += sys.getsizeof(v)
    return size


if __name__ == "__main__":
    main()
