"""Build blind batch 2: exports + labels, messages.jsonl, validation, README counts.

    cd /work/main && PYTHONPATH=/work/main python3 eval/blind/batch2/build.py

Writes exports/grooming/*.json, exports/benign/*.json, labels_grooming.json, labels_benign.json
next to this file (deterministic), then messages.jsonl from messages_src.py, then runs
validate.py (exit 1 on any problem) and make_readme.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conversations import BENIGN, GROOMING  # noqa: E402

from eval.corpus_writer import write_corpus  # noqa: E402


def main() -> None:
    write_corpus(GROOMING, HERE / "exports" / "grooming", HERE / "labels_grooming.json")
    write_corpus(BENIGN, HERE / "exports" / "benign", HERE / "labels_benign.json")
    print(f"grooming: {len(GROOMING)} conversations, benign: {len(BENIGN)} conversations")
    import messages_src
    messages_src.main()
    import validate
    validate.main()
    import make_readme
    make_readme.main()


if __name__ == "__main__":
    main()
