"""Detection-engine benchmark: how many messages per second one core can check, against two yardsticks.

Absolute speed depends on the machine, so the figure that matters is measured side by side in one run:
- engine: `Engine.analyze_many` (normalise, Aho-Corasick prefilter, candidate rules, declared age) with the
  bundled packs, on consecutive slices of BATCH_SIZE messages, as the offline scanner and `lookout check`
  read them; and `Engine.analyze`, one message per call, as the live bots call it (same results);
- naive: what the engine replaces: every pattern of every rule run with `regex` on every lowered message;
- floor: a loop doing only `msg.lower()`, the least any text check can cost in Python;
- and, for orientation, the normaliser alone (`rules.normalize.normalize`), the part of the engine's
  cost that does not depend on the packs.
Each is timed a few times in turn on one pinned core and the best run is kept, because noise only ever
makes a run slower. The naive loop is timed on a slice of the corpus (it is slow, and its cost per message
does not depend on which messages it sees).

Besides speed it reports what pack authors need to keep it fast and useful: how many candidate patterns
the prefilter lets through per message, which anchors fire most on innocent chat (anchors that common
make many rules run for nothing), and how many of the seeded cues the packs catch, per disguise.

Run: `make bench`, or `.venv/bin/python bench/engine.py [--messages N]`. The last line is always
`engine: N msgs/s/core, X× the naive loop, Y% of the lower() floor` (N: analyze_many).
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

import ahocorasick_rs  # noqa: E402

from bench.corpus import OBFUSCATIONS, Sample, generate_samples  # noqa: E402
from bot.pipeline import tune_gc  # noqa: E402
from rules.engine import BATCH_SIZE, Engine, StrictLoadError, build_engine, load_default_engine  # noqa: E402
from rules.normalize import normalize  # noqa: E402

DEFAULT_MESSAGES = 200_000
NAIVE_SLICE = 10_000  # messages the naive loop is timed on (it costs the same per message on any slice)


def _idle_ticks() -> dict[int, int]:
    """Idle (plus I/O wait) clock ticks per CPU so far, from /proc/stat; empty where unavailable."""
    ticks: dict[int, int] = {}
    try:
        with open("/proc/stat", encoding="ascii") as f:
            for line in f:
                name, *fields = line.split()
                if name.startswith("cpu") and name[3:].isdigit() and len(fields) >= 5:
                    ticks[int(name[3:])] = int(fields[3]) + int(fields[4])
    except OSError:
        pass
    return ticks


def pin_to_one_core() -> str:
    """Keep the process on one CPU, so that figures are per core; the idlest one, to reduce noise."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this system)"
    allowed = sorted(os.sched_getaffinity(0))
    before = _idle_ticks()
    time.sleep(0.3)
    after = _idle_ticks()
    idle = {cpu: after.get(cpu, 0) - before.get(cpu, 0) for cpu in allowed}
    cpu = max(allowed, key=lambda c: (idle[c], c))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu} (the idlest of {len(allowed)})"


def best_rate(run: Callable[[], object], count: int, timings: list[float]) -> None:
    """Time one run of `run` over `count` messages and record its messages per second."""
    gc.collect()
    start = time.perf_counter()
    run()
    elapsed = time.perf_counter() - start
    timings.append(count / elapsed if elapsed > 0 else float("inf"))


def lower_loop(msgs: Sequence[str]) -> Callable[[], object]:
    def run() -> object:
        for m in msgs:
            m.lower()
        return None

    return run


def normalize_loop(msgs: Sequence[str]) -> Callable[[], object]:
    """The normaliser alone: what every message costs before any rule is looked at."""

    def run() -> object:
        for m in msgs:
            normalize(m)
        return None

    return run


def engine_loop(engine: Engine, msgs: Sequence[str]) -> Callable[[], object]:
    analyze = engine.analyze

    def run() -> object:
        for m in msgs:
            analyze(m)
        return None

    return run


def batch_loop(engine: Engine, msgs: Sequence[str], size: int = BATCH_SIZE) -> Callable[[], object]:
    """`Engine.analyze_many` on consecutive slices of `size` messages, as the offline scanner runs it."""
    batches = [msgs[i:i + size] for i in range(0, len(msgs), size)]
    analyze_many = engine.analyze_many

    def run() -> object:
        for batch in batches:
            analyze_many(batch)
        return None

    return run


def naive_loop(engine: Engine, msgs: Sequence[str]) -> Callable[[], object]:
    """Every rule checked the obvious way: each of its patterns until one matches, on the lowered text."""
    rules = [[p.compiled.search for p in rule.patterns] for rule in engine.rules]

    def run() -> object:
        hits = 0
        for m in msgs:
            text = m.lower()
            for searches in rules:
                for search in searches:
                    if search(text) is not None:
                        hits += 1
                        break
        return hits

    return run


class PrefilterStats:
    """Re-derives what the engine's prefilter lets through, from the packs alone (not engine internals)."""

    def __init__(self, engine: Engine) -> None:
        entries: dict[str, dict[str, list[int]]] = {"normalized": {}, "light": {}, "raw": {}}
        n = 0
        for rule in engine.rules:
            for pat in rule.patterns:
                for anchor in pat.anchors:
                    entries[rule.on].setdefault(anchor, []).append(n)
                n += 1
        self.automata: dict[str, tuple[ahocorasick_rs.AhoCorasick, list[tuple[str, tuple[int, ...]]]]] = {}
        for form, table in entries.items():
            if table:
                keys = list(table)
                self.automata[form] = (ahocorasick_rs.AhoCorasick(keys), [(k, tuple(table[k])) for k in keys])

    def scan(self, text: str) -> tuple[set[int], set[tuple[str, str]]]:
        """Candidate pattern numbers and the (form, anchor) pairs that woke them, for one message."""
        norm = normalize(text)
        forms = {"normalized": norm.full, "light": norm.light, "raw": text.lower()}
        cands: set[int] = set()
        fired: set[tuple[str, str]] = set()
        for form, (auto, values) in self.automata.items():
            for key, _start, _end in auto.find_matches_as_indexes(forms[form], overlapping=True):
                anchor, idxs = values[key]
                cands.update(idxs)
                fired.add((form, anchor))
        return cands, fired


def describe(engine: Engine, samples: Sequence[Sample]) -> list[str]:
    """Untimed figures about the work the prefilter saves and what the packs catch."""
    stats = PrefilterStats(engine)
    n_patterns = sum(len(r.patterns) for r in engine.rules)
    per_anchor: collections.Counter[tuple[str, str]] = collections.Counter()
    woken: dict[tuple[str, str], int] = {}
    total_cands = 0
    benign = 0
    benign_flagged = 0
    caught: collections.Counter[str] = collections.Counter()
    cues: collections.Counter[str] = collections.Counter()
    for s in samples:
        cands, fired = stats.scan(s.text)
        total_cands += len(cands)
        hit = bool(engine.analyze(s.text).hits)
        if s.cue is None:
            benign += 1
            benign_flagged += hit
            per_anchor.update(fired)
        else:
            kind = s.obfuscation or "plain"
            cues[kind] += 1
            caught[kind] += hit
    for form, (_auto, values) in stats.automata.items():
        for anchor, idxs in values:
            woken[(form, anchor)] = len(idxs)
    lines = [
        f"packs: {', '.join(p.id for p in engine.packs)} ({len(engine.rules)} rules, {n_patterns} patterns)",
        f"candidate patterns run per message (prefilter): {total_cands / max(len(samples), 1):.2f} "
        f"of {n_patterns}",
        f"benign messages flagged: {benign_flagged} of {benign} ({100 * benign_flagged / max(benign, 1):.2f}%)",
        "seeded cues caught: " + ", ".join(
            f"{kind} {caught[kind]}/{cues[kind]}" for kind in ("plain", *OBFUSCATIONS) if cues[kind]),
        "anchors firing most on benign messages (form, anchor: % of benign messages, patterns woken):",
    ]
    for (form, anchor), count in per_anchor.most_common(10):
        lines.append(f"  {form:<10} {anchor!r:<24} {100 * count / max(benign, 1):6.2f}%  {woken[(form, anchor)]:3d}")
    return lines


def load_engine(packs_dir: str | None) -> Engine:
    if packs_dir is None:
        try:
            return load_default_engine()
        except StrictLoadError as exc:
            # Speed does not depend on a few failing examples; say so and time the packs anyway.
            print(f"note: {str(exc).splitlines()[0]} (timing them anyway)", file=sys.stderr)
            return load_default_engine(strict=False)
    paths = sorted(Path(packs_dir).glob("*.toml"))
    if not paths:
        raise SystemExit(f"no *.toml packs in {packs_dir}")
    return build_engine(paths, strict=False)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--messages", type=int, default=DEFAULT_MESSAGES, help="corpus size (default 200000)")
    ap.add_argument("--seed", type=int, default=2024, help="corpus seed (default 2024)")
    ap.add_argument("--repeats", type=int, default=5, help="timed runs of each loop; the best is kept (default 5)")
    ap.add_argument("--packs", metavar="DIR", help="time these packs instead of the bundled ones (development)")
    args = ap.parse_args(argv)
    if args.messages < 1 or args.repeats < 1:
        ap.error("--messages and --repeats must be 1 or more")

    pinned = pin_to_one_core()
    samples = generate_samples(args.messages, args.seed)
    msgs = [s.text for s in samples]
    engine = load_engine(args.packs)
    if not engine.rules:
        print("no rules loaded: rules/packs/ has no packs yet, so there is nothing to time", file=sys.stderr)
        return 2
    naive_msgs = msgs[:NAIVE_SLICE]

    loops = {
        "lower() floor": (lower_loop(msgs), len(msgs)),
        "normalize() only": (normalize_loop(msgs), len(msgs)),
        "engine.analyze": (engine_loop(engine, msgs), len(msgs)),
        "engine.analyze_many": (batch_loop(engine, msgs), len(msgs)),
        "naive regex loop": (naive_loop(engine, naive_msgs), len(naive_msgs)),
    }
    engine_loop(engine, msgs[:2000])()  # warm caches before timing
    batch_loop(engine, msgs[:2000])()
    # The garbage collector set up as `lookout scan` and `lookout run` set it up (start-up objects,
    # here the engine and this benchmark's own corpus, frozen out of its walks; rarer collections).
    tune_gc()
    rates: dict[str, list[float]] = {name: [] for name in loops}
    for _ in range(args.repeats):  # interleaved, so that a noisy moment hurts all loops alike
        for name, (run, count) in loops.items():
            best_rate(run, count, rates[name])
    best = {name: max(r) for name, r in rates.items()}

    cues = sum(s.cue is not None for s in samples)
    non_ascii = sum(not m.isascii() for m in msgs)
    print(f"Lookout engine benchmark: {len(msgs)} messages (seed {args.seed}), best of {args.repeats}, {pinned}, "
          "garbage collector as lookout scan/run set it (bot.pipeline.tune_gc)")
    print(f"corpus: {cues} cues ({sum(s.obfuscation is not None for s in samples)} disguised), "
          f"{100 * non_ascii / len(msgs):.1f}% of messages not ASCII (emoji, other languages)")
    print(f"{'loop':<20} {'messages':>9} {'msgs/s (best)':>14} {'µs/msg':>8}")
    for name, (_run, count) in loops.items():
        print(f"{name:<20} {count:>9} {best[name]:>14,.0f} {1e6 / best[name]:>8.2f}")
    for line in describe(engine, samples):
        print(line)
    one = best["engine.analyze"]
    print(f"one message per call (engine.analyze, how the live bots call it): {one:.0f} msgs/s/core, "
          f"{one / best['naive regex loop']:.1f}× the naive loop")
    eng = best["engine.analyze_many"]
    print(f"engine: {eng:.0f} msgs/s/core, {eng / best['naive regex loop']:.1f}× the naive loop, "
          f"{100 * eng / best['lower() floor']:.1f}% of the lower() floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
