"""Build blind batch 17c, part B: exports + labels, written next to this file.

Run from the repository root:  cd /work/main && PYTHONPATH=/work/main python3 <this folder>/build.py
Deterministic: fixed conversation start times, ids derived from names, no clock or randomness.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the folder free of __pycache__
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval.corpus_writer import write_corpus  # noqa: E402

import conversations  # noqa: E402


def main() -> None:
    write_corpus(conversations.GROOMING, HERE / "exports" / "grooming", HERE / "labels_grooming.json")
    write_corpus(conversations.BENIGN, HERE / "exports" / "benign", HERE / "labels_benign.json")
    print(f"{len(conversations.GROOMING)} grooming, {len(conversations.BENIGN)} benign -> {HERE}")


if __name__ == "__main__":
    main()
