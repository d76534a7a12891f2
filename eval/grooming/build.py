"""Regenerate the grooming exports and labels: dev set and held-out set.

Run from the repository root: ``python -m eval.grooming.build`` (or ``python eval/grooming/build.py``).
The exports are committed too, so scanning them needs no build step; this script exists so a
reviewer edits the readable scripts and never hand-edits JSON.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # allow running as a plain script
    sys.path.insert(0, str(ROOT))

from eval.corpus_writer import Conversation, write_corpus  # noqa: E402

EVAL = ROOT / "eval"
DEV_EXPORTS = EVAL / "grooming" / "exports"
DEV_LABELS = EVAL / "labels_grooming.json"
HOLDOUT_EXPORTS = EVAL / "holdout" / "grooming"
HOLDOUT_LABELS = EVAL / "holdout" / "labels_grooming.json"


def dev_conversations() -> list[Conversation]:
    """Everything the team may read and tune on."""
    from eval.grooming import dev_discord, dev_telegram

    return dev_discord.CONVERSATIONS + dev_telegram.CONVERSATIONS


def holdout_conversations() -> list[Conversation]:
    """Written separately, in other words; only for estimating performance on unseen chats."""
    from eval.holdout import grooming_holdout

    return grooming_holdout.CONVERSATIONS


def build() -> tuple[int, int]:
    """Rewrite both sets from scratch (stale exports of renamed conversations must not linger)."""
    dev, holdout = dev_conversations(), holdout_conversations()
    for folder in (DEV_EXPORTS, HOLDOUT_EXPORTS):
        if folder.exists():
            shutil.rmtree(folder)
    write_corpus(dev, DEV_EXPORTS, DEV_LABELS)
    write_corpus(holdout, HOLDOUT_EXPORTS, HOLDOUT_LABELS)
    return len(dev), len(holdout)


if __name__ == "__main__":
    n_dev, n_holdout = build()
    print(f"grooming corpus: {n_dev} dev conversations -> {DEV_EXPORTS.relative_to(ROOT)}, "
          f"{n_holdout} held-out -> {HOLDOUT_EXPORTS.relative_to(ROOT)}")
