"""Write messages.jsonl from messages_src.py (standard library only)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from messages_src import ROWS  # noqa: E402


def main():
    out = os.path.join(HERE, "messages.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in ROWS:
            note = r["note"]
            if r["ev"]:
                note = "evasion[%s]: %s" % (r["ev"], note)
            obj = {"text": r["text"], "lang": r["lang"], "label": r["label"],
                   "categories": r["categories"], "age": r["age"], "note": note}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(ROWS), out))


if __name__ == "__main__":
    main()
