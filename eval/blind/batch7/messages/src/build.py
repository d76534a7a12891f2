"""Build /work/sealed/batch7m/messages.jsonl and print statistics.

Run: cd /work/sealed/batch7m/src && python3 build.py
"""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROWS, CATS  # noqa: E402
import en, es, pt, de, fr, ru, it, nl, pl  # noqa: E402,F401

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LANGS = ["en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl"]


def main():
    # duplicate check
    texts = Counter(r["text"] for r in ROWS)
    dups = [t for t, n in texts.items() if n > 1]
    assert not dups, dups

    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            row = {k: r[k] for k in ("text", "lang", "label", "categories", "age", "note")}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    # validate by re-reading
    rows = []
    with open(os.path.join(OUT, "messages.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            o = json.loads(line)
            assert set(o) == {"text", "lang", "label", "categories", "age", "note"}, i
            assert o["lang"] in LANGS, i
            assert o["label"] in ("risky", "benign"), i
            if o["label"] == "risky":
                assert o["categories"] and set(o["categories"]) <= CATS, i
            else:
                assert o["categories"] == [], i
            assert o["age"] is None or isinstance(o["age"], int), i
            assert isinstance(o["text"], str) and o["text"].strip(), i
            assert o["note"], i
            rows.append(o)

    n = len(rows)
    lab = Counter(o["label"] for o in rows)
    cat = Counter(c for o in rows for c in o["categories"])
    lng = Counter(o["lang"] for o in rows)
    lng_lab = Counter((o["lang"], o["label"]) for o in rows)
    ev = Counter(r["_ev"] for r in ROWS if r["label"] == "risky" and r["_ev"])
    ev_lang = Counter(r["lang"] for r in ROWS if r["label"] == "risky" and r["_ev"])
    ages = Counter(o["label"] for o in rows if o["age"] is not None)
    stats = {
        "rows": n, "labels": dict(lab), "categories": dict(sorted(cat.items())),
        "languages": {l: {"total": lng[l], "pct": round(100 * lng[l] / n, 1),
                          "risky": lng_lab[(l, "risky")], "benign": lng_lab[(l, "benign")]} for l in LANGS},
        "it+nl+pl pct": round(100 * (lng["it"] + lng["nl"] + lng["pl"]) / n, 1),
        "evasion": dict(ev.most_common()), "evasion_total": sum(ev.values()),
        "evasion_share_of_risky_pct": round(100 * sum(ev.values()) / lab["risky"], 1),
        "evasion_by_lang": dict(ev_lang), "rows_with_age": dict(ages),
    }
    print(json.dumps(stats, indent=1, ensure_ascii=False))

    # brief minimums
    assert lab["risky"] >= 220 and lab["benign"] >= 220
    assert all(cat[c] >= 12 for c in CATS) and cat["sexual_talk"] >= 20
    assert lng["en"] / n >= 0.35
    assert all(lng[l] / n >= 0.08 for l in ("es", "pt", "de", "fr", "ru"))
    assert (lng["it"] + lng["nl"] + lng["pl"]) / n >= 0.10
    json.dump(stats, open(os.path.join(OUT, "src", "stats.json"), "w"), indent=1, ensure_ascii=False)
    print("OK")


if __name__ == "__main__":
    main()
