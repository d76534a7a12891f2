"""Build batch 8c: exports under exports/, labels_grooming.json and labels_benign.json next to this file.

Run from the repository root:  cd /work/main && PYTHONPATH=/work/main python3 /path/to/build.py
All paths are relative to this script's own folder, so the folder can be moved.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval.corpus_writer import write_corpus  # noqa: E402

from conversations import BENIGN, GROOMING  # noqa: E402


def main() -> None:
    write_corpus(GROOMING, HERE / "exports" / "grooming", HERE / "labels_grooming.json")
    write_corpus(BENIGN, HERE / "exports" / "benign", HERE / "labels_benign.json")
    print(f"wrote {len(GROOMING)} grooming and {len(BENIGN)} benign conversations under {HERE / 'exports'}")


if __name__ == "__main__":
    main()
