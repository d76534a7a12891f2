"""Regenerate the benign hard-negative exports and their label files.

Run from the repository root: ``python -m eval.benign.build``. It writes

- ``eval/benign/exports/*.json`` and ``eval/labels_benign.json`` (the development set), and
- ``eval/holdout/benign/exports/*.json`` and ``eval/holdout/labels_benign.json`` (the held-out set,
  written with other wording and situations; nobody tunes the detector on it).

The exports are committed so that `lookout eval` works without running this; rebuilding is
deterministic, so a clean rebuild leaves ``git status`` unchanged unless a script was edited.
Every spec is checked first, so an authoring slip (unknown speaker, 40-line chat, missing
look-alike tag) stops the build with the conversation id instead of producing a skewed corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

from eval.benign.spec import Spec, check_spec, to_conversation
from eval.corpus_writer import write_corpus

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "eval"


def development_specs() -> list[Spec]:
    """The set the team may look at and tune on."""
    from eval.benign import context_chats, discord_en, long_chats, multilingual, telegram_en

    return [
        *discord_en.CONVERSATIONS,
        *telegram_en.CONVERSATIONS,
        *multilingual.CONVERSATIONS,
        *long_chats.CONVERSATIONS,
        *context_chats.CONVERSATIONS,
    ]


def holdout_specs() -> list[Spec]:
    """The held-out set: only ever scored, never used to choose rules or thresholds."""
    from eval.holdout.benign import conversations

    return list(conversations.CONVERSATIONS)


def problems(specs: list[Spec]) -> list[str]:
    """Every authoring problem in `specs`, prefixed with the conversation id."""
    found = [f"{spec.id}: {problem}" for spec in specs for problem in check_spec(spec)]
    ids = [spec.id for spec in specs]
    found += [f"{cid}: id used more than once" for cid in sorted({i for i in ids if ids.count(i) > 1})]
    return found


def build(dev_out: Path, dev_labels: Path, hold_out: Path, hold_labels: Path) -> tuple[int, int]:
    """Write both sets; returns how many conversations each has."""
    dev, hold = development_specs(), holdout_specs()
    issues = problems(dev + hold)
    if issues:
        raise SystemExit("benign corpus has authoring problems:\n  " + "\n  ".join(issues))
    for folder in (dev_out, hold_out):
        # Remove stale exports of renamed conversations so labels and files never drift apart.
        for old in folder.glob("*.json") if folder.exists() else []:
            old.unlink()
    write_corpus([to_conversation(s) for s in dev], dev_out, dev_labels)
    write_corpus([to_conversation(s) for s in hold], hold_out, hold_labels)
    return len(dev), len(hold)


def main() -> int:
    n_dev, n_hold = build(
        EVAL / "benign" / "exports",
        EVAL / "labels_benign.json",
        EVAL / "holdout" / "benign" / "exports",
        EVAL / "holdout" / "labels_benign.json",
    )
    print(f"benign corpus: {n_dev} development conversations, {n_hold} held-out conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
