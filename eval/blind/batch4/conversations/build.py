"""Build batch 4's exports and labels.

Run: PYTHONPATH=. python3 eval/blind/batch4/conversations/build.py (from the repository root)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conversations import BENIGN, GROOMING  # noqa: E402

from eval.corpus_writer import write_corpus  # noqa: E402


def main() -> None:
    write_corpus(GROOMING, HERE / "exports" / "grooming", HERE / "labels_grooming.json")
    write_corpus(BENIGN, HERE / "exports" / "benign", HERE / "labels_benign.json")
    print(f"wrote {len(GROOMING)} grooming and {len(BENIGN)} benign conversations under {HERE / 'exports'}")


if __name__ == "__main__":
    main()
