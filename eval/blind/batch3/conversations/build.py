"""Build batch 3 part B exports and labels.

Run:  cd /work/main && PYTHONPATH=/work/main python3 eval/blind/batch3/conversations/build.py
Deterministic: unchanged scripts give byte-identical exports and labels.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conversations import BENIGN, GROOMING  # noqa: E402

from eval.corpus_writer import write_corpus  # noqa: E402


def main() -> None:
    out = HERE / "exports"
    write_corpus(GROOMING, out, HERE / "labels_grooming.json")
    write_corpus(BENIGN, out, HERE / "labels_benign.json")
    print(f"wrote {len(GROOMING)} grooming and {len(BENIGN)} benign conversations to {out}")


if __name__ == "__main__":
    main()
