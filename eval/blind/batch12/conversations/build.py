"""Build batch 12c's conversation exports and label files, then validate them.

Run: cd /work/main && PYTHONPATH=/work/main python3 /work/sealed/batch12c/build.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval.corpus_writer import write_corpus  # noqa: E402

from conversations import BENIGN, GROOMING  # noqa: E402


def validate(labels_path: Path) -> list[dict]:
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    for lab in labels:
        path = labels_path.parent / lab["file"]
        assert path.exists(), path
        export = json.loads(path.read_text(encoding="utf-8"))
        msgs = export["messages"]
        if "guild" in export:
            authors = {m["author"]["id"] for m in msgs}
            by_id = {m["id"]: m["author"]["id"] for m in msgs}
        else:
            authors = {m.get("from_id") for m in msgs}
            by_id = {str(m["id"]): m.get("from_id") for m in msgs}
        if lab["kind"] == "grooming":
            assert lab["suspects"] and lab["targets"], lab["id"]
            assert set(lab["suspects"]) <= authors and set(lab["targets"]) <= authors, lab["id"]
            crit = lab["critical_message_id"]
            assert crit in by_id, (lab["id"], crit)
            assert by_id[crit] in lab["suspects"], lab["id"]
        else:
            assert not lab["suspects"] and lab["critical_message_id"] is None, lab["id"]
    return labels


def main() -> None:
    write_corpus(GROOMING, HERE / "exports" / "grooming", HERE / "labels_grooming.json")
    write_corpus(BENIGN, HERE / "exports" / "benign", HERE / "labels_benign.json")
    g = validate(HERE / "labels_grooming.json")
    b = validate(HERE / "labels_benign.json")
    for name, labs, convs in (("grooming", g, GROOMING), ("benign", b, BENIGN)):
        print(name, len(labs))
        print("  platform", dict(Counter(l["platform"] for l in labs)))
        print("  chat", dict(Counter(l["chat"] for l in labs)))
        print("  language", dict(Counter(l["language"] for l in labs)))
        print("  lines", sorted(len(c.lines) for c in convs))
    print("ok")


if __name__ == "__main__":
    main()
