"""False hits on real benign chat: how often the rule packs fire on ordinary dialogue lines.

Blind batches measure the hard look-alikes; this measures the other half of precision, everyday
talk between adults that nobody wrote to trick the packs. The lines come from `chatterbot-corpus`
(PyPI, a dev extra), a multilingual set of short dialogue turns, read for every bundled pack
language the corpus has (it has no Polish). Every line is checked by the whole engine, as the bots
would, and the report gives per language the lines read, the lines with any hit and the rules that
fire most, so a pack author can see a rule that is too eager on innocent text.

This is a measurement, not a tuning set: read the rule ids, not the lines, and fix a rule by its
tactic (DEVELOPERS.md, "Measuring honestly"). The corpus has quiz answers, jokes and small talk,
not children's chat, so a low figure here is necessary, not sufficient.

Run: `.venv/bin/python bench/background.py [--show N] [--json]`.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from rules.engine import load_default_engine  # noqa: E402

#: chatterbot-corpus folder name for each bundled pack language it covers.
CORPUS_LANGUAGES = {
    "en": "english", "es": "spanish", "pt": "portuguese", "de": "german", "fr": "french",
    "ru": "russian", "it": "italian", "nl": "dutch",
}


def corpus_lines(folder: str) -> list[str]:
    """Every dialogue line of one language of chatterbot-corpus, in file order, de-duplicated."""
    try:
        import chatterbot_corpus
        import yaml
    except ImportError:
        raise SystemExit("bench/background.py needs the dev extra: pip install -e '.[dev]' "
                         "(chatterbot-corpus and pyyaml)") from None
    root = Path(chatterbot_corpus.__file__).parent / "data" / folder
    seen: dict[str, None] = {}
    for path in sorted(root.glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for conversation in doc.get("conversations") or []:
            for turn in conversation or []:
                if isinstance(turn, str) and turn.strip():
                    seen.setdefault(turn.strip(), None)
    return list(seen)


def measure(show: int) -> dict[str, Any]:
    engine = load_default_engine()
    figures: dict[str, Any] = {}
    for lang, folder in CORPUS_LANGUAGES.items():
        lines = corpus_lines(folder)
        rules: collections.Counter[str] = collections.Counter()
        hit_lines: list[tuple[str, tuple[str, ...]]] = []
        for text, det in zip(lines, engine.analyze_many(lines), strict=True):
            if det.rules:
                rules.update(det.rules)
                hit_lines.append((text, det.rules))
        figures[lang] = {
            "lines": len(lines), "lines_hit": len(hit_lines),
            "rate": len(hit_lines) / len(lines) if lines else 0.0,
            "top_rules": rules.most_common(5),
            "examples": hit_lines[:show],
        }
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="print up to N hit lines per language")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    figures = measure(args.show)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    total = sum(f["lines"] for f in figures.values())
    total_hit = sum(f["lines_hit"] for f in figures.values())
    for lang, f in figures.items():
        top = ", ".join(f"{r} {n}" for r, n in f["top_rules"]) or "-"
        print(f"{lang}: {f['lines_hit']}/{f['lines']} lines hit ({f['rate']:.1%}); top rules: {top}")
        for text, rules in f["examples"]:
            print(f"    {text!r} -> {list(rules)}")
    print(f"background: {total_hit}/{total} lines hit ({total_hit / total:.1%}) on chatterbot-corpus")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
