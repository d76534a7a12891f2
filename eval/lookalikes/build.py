#!/usr/bin/env python3
"""Write messages.jsonl (WRITER_BRIEF Part A format) from rows.py. Standard library only."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rows import ROWS  # noqa: E402

KEYS = ("text", "lang", "label", "categories", "age", "note")


def main():
    out = os.path.join(HERE, "messages.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(ROWS), out))


if __name__ == "__main__":
    main()
