"""Language detector (rules/language.py): accuracy on labelled messages and cost per message.

For each labelled set (the `lang` field of a JSONL file of messages) it counts, per language:
- right: the detector names the message's language;
- own pack runs: routing runs the pack of the message's language (named, too close to call, English
  mixed in, or unknown so every pack runs): a message whose own pack does not run can be missed;
- unknown: too little evidence to tell, so every pack runs (routing does nothing for it).

Then it times `detect` on the engine benchmark's corpus (bench/corpus.py), one message per call,
and the engine (`analyze_many`, as the scanner and `lookout check` call it) with routing and guards
on and off, interleaved, best of `--repeats`: the engine asks the detector and the guards only about
messages some rule matched, so the difference is small.

    .venv/bin/python bench/language.py [FILE.jsonl ...]   # default: tests/data/*.jsonl and eval/blind/batch1
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate_messages  # noqa: E402
from rules.language import LANGUAGES, detect  # noqa: E402
from rules.normalize import normalize  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [*sorted((ROOT / "tests" / "data").glob("*.jsonl")), ROOT / "eval" / "blind" / "batch1" / "messages.jsonl"]


def accuracy(path: Path) -> None:
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    runs: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        lang = row.get("lang")
        if lang not in LANGUAGES:
            continue
        guess = detect(row["text"])
        total[lang] += 1
        right[lang] += guess.language == lang
        runs[lang] += guess.packs is None or lang in guess.packs
        unknown[lang] += guess.packs is None
    print(f"== {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    for lang in sorted(total, key=lambda k: LANGUAGES.index(k)):
        n = total[lang]
        print(f"  {lang}: {n:4d} messages  right {right[lang] / n:6.1%}  own pack runs {runs[lang] / n:6.1%}"
              f"  unknown {unknown[lang] / n:5.1%}")
    n = sum(total.values())
    if n:
        print(f"  all: {n:4d} messages  right {sum(right.values()) / n:6.1%}  own pack runs "
              f"{sum(runs.values()) / n:6.1%}  unknown {sum(unknown.values()) / n:5.1%}")


def speed(messages: int) -> None:
    texts = generate_messages(messages, 2024)
    forms = [normalize(t) for t in texts]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for raw, (light, full) in zip(texts, forms, strict=True):
            detect(raw, light, full)
        best = min(best, time.perf_counter() - start)
    print(f"detect: {best / messages * 1e6:.2f} µs/message ({messages} messages of the engine benchmark's corpus, "
          "best of 3, normalised forms given as the engine gives them)")


def engine_cost(messages: int, repeats: int) -> None:
    from bot.pipeline import tune_gc
    from rules.engine import BATCH_SIZE, build_engine
    from rules.packs_loader import bundled_pack_paths

    texts = generate_messages(messages, 2024)
    on = build_engine(bundled_pack_paths())
    off = build_engine(bundled_pack_paths(), routing=False)
    off.guards = []
    tune_gc()  # as bench/engine.py: the corpus and the engines are frozen out of the collector's walks
    best = {"routing and guards on": float("inf"), "routing and guards off": float("inf")}
    for _ in range(repeats):
        for name, engine in (("routing and guards on", on), ("routing and guards off", off)):
            start = time.perf_counter()
            for i in range(0, len(texts), BATCH_SIZE):
                engine.analyze_many(texts[i:i + BATCH_SIZE])
            best[name] = min(best[name], time.perf_counter() - start)
    screened = [t for t, d in zip(texts, off.analyze_many(texts), strict=True) if d.hits]
    for name, secs in best.items():
        print(f"engine.analyze_many, {name}: {messages / secs:,.0f} msgs/s ({secs / messages * 1e6:.2f} µs/msg)")
    # The difference above is within this machine's noise; the messages that are screened show it.
    each = {"on": float("inf"), "off": float("inf")}
    for _ in range(repeats):
        for name, engine in (("on", on), ("off", off)):
            start = time.perf_counter()
            for text in screened:
                engine.analyze(text)
            each[name] = min(each[name], time.perf_counter() - start)
    extra = (each["on"] - each["off"]) / max(len(screened), 1) * 1e6
    share = len(screened) / messages
    print(f"messages a rule matched (screened): {len(screened)} of {messages} ({share:.1%}); each costs "
          f"{extra:.1f} µs more with routing and guards, {extra * share:.2f} µs per message on average")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    for path in args.files or DEFAULT:
        accuracy(path)
    speed(args.messages)
    engine_cost(args.messages * 5, args.repeats)


if __name__ == "__main__":
    main()
