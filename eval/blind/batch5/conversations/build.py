"""Build batch 5c: exports under exports/, labels_grooming.json and labels_benign.json next to this file.

Run: PYTHONPATH=. python3 eval/blind/batch5/conversations/build.py (from the repository root)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conversations import BENIGN, GROOMING  # noqa: E402

from eval.corpus_writer import write_corpus  # noqa: E402


def validate() -> None:
    problems = []
    for name, kind in (("labels_grooming.json", "grooming"), ("labels_benign.json", "benign")):
        labels = json.loads((HERE / name).read_text(encoding="utf-8"))
        for lab in labels:
            path = HERE / lab["file"]
            if not path.exists():
                problems.append(f"{lab['id']}: export {path} missing")
                continue
            doc = json.loads(path.read_text(encoding="utf-8"))
            if lab["kind"] != kind:
                problems.append(f"{lab['id']}: kind {lab['kind']} in {name}")
            if lab["platform"] == "discord":
                msgs = [m for m in doc["messages"]]
                authors = {m["author"]["id"] for m in msgs if m["type"] in ("Default", "Reply")}
                by_id = {m["id"]: m["author"]["id"] for m in msgs}
            else:
                msgs = [m for m in doc["messages"] if m["type"] == "message"]
                authors = {m["from_id"] for m in msgs}
                by_id = {str(m["id"]): m["from_id"] for m in msgs}
            for who in lab["suspects"] + lab["targets"]:
                if who not in authors:
                    problems.append(f"{lab['id']}: {who} never writes in the export")
            if kind == "grooming":
                crit = lab["critical_message_id"]
                if not lab["suspects"] or not lab["targets"]:
                    problems.append(f"{lab['id']}: grooming needs suspects and targets")
                if crit not in by_id:
                    problems.append(f"{lab['id']}: critical {crit} not in export")
                elif by_id[crit] not in lab["suspects"]:
                    problems.append(f"{lab['id']}: critical {crit} not written by a suspect")
            else:
                if lab["suspects"] or lab["targets"] or lab["critical_message_id"] is not None:
                    problems.append(f"{lab['id']}: benign label carries suspects/targets/critical")
    if problems:
        raise SystemExit("validation failed:\n" + "\n".join(problems))


def main() -> None:
    exports = HERE / "exports"
    write_corpus(GROOMING, exports / "grooming", HERE / "labels_grooming.json")
    write_corpus(BENIGN, exports / "benign", HERE / "labels_benign.json")
    validate()
    for title, convs in (("grooming", GROOMING), ("benign", BENIGN)):
        print(f"{title}: {len(convs)}",
              dict(Counter(c.platform for c in convs)), dict(Counter(c.language for c in convs)),
              dict(Counter(c.chat for c in convs)))
    longs = [c for c in GROOMING if 40 <= len(c.lines) <= 120]
    print(f"long grooming (40-120 lines): {len(longs)}")


if __name__ == "__main__":
    main()
