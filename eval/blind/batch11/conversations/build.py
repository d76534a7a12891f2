"""Build blind batch 11c (part B): exports + labels.

Run:  cd /work/main && PYTHONPATH=/work/main python3 /work/sealed/batch11c/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval.corpus_writer import write_corpus  # noqa: E402

import conversations  # noqa: E402


def main() -> None:
    write_corpus(conversations.GROOMING, HERE / "exports" / "grooming", HERE / "labels_grooming.json")
    write_corpus(conversations.BENIGN, HERE / "exports" / "benign", HERE / "labels_benign.json")
    print(f"grooming: {len(conversations.GROOMING)}  benign: {len(conversations.BENIGN)}")


if __name__ == "__main__":
    main()
