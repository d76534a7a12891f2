#!/usr/bin/env python3
"""Validate messages.jsonl (blind batch 4, Part A) and print counts.  Stdlib only."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move",
        "photo_request", "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk"}
LANGS = {"en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl"}
KEYS = {"text", "lang", "label", "categories", "age", "note"}


def main(path=None):
    path = path or os.path.join(HERE, "messages.jsonl")
    errs, rows = [], []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"line {i}: bad json {e}")
                continue
            if set(r) != KEYS:
                errs.append(f"line {i}: keys {sorted(r)}")
            if r.get("lang") not in LANGS:
                errs.append(f"line {i}: lang {r.get('lang')}")
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                errs.append(f"line {i}: empty text")
            if not (r.get("age") is None or isinstance(r.get("age"), int)):
                errs.append(f"line {i}: age {r.get('age')!r}")
            cats = r.get("categories")
            if r.get("label") == "risky":
                if not cats or not set(cats) <= CATS or len(set(cats)) != len(cats):
                    errs.append(f"line {i}: risky with bad categories {cats}")
                if not r["note"].startswith("risky: "):
                    errs.append(f"line {i}: note")
            elif r.get("label") == "benign":
                if cats != []:
                    errs.append(f"line {i}: benign with categories {cats}")
                if not r["note"].startswith("look-alike: "):
                    errs.append(f"line {i}: note")
            else:
                errs.append(f"line {i}: label {r.get('label')}")
            rows.append(r)
    texts = collections.Counter(r["text"] for r in rows)
    errs += [f"duplicate text: {t!r}" for t, n in texts.items() if n > 1]

    n = len(rows)
    risky = [r for r in rows if r["label"] == "risky"]
    benign = [r for r in rows if r["label"] == "benign"]
    cat = collections.Counter(c for r in risky for c in r["categories"])
    lang = collections.Counter(r["lang"] for r in rows)
    lang_r = collections.Counter(r["lang"] for r in risky)
    ev = collections.Counter()
    n_ev = 0
    for r in risky:
        if "; evasion: " in r["note"]:
            n_ev += 1
            for e in r["note"].split("; evasion: ")[1].split(","):
                ev[e] += 1
    kinds = collections.Counter(r["note"].split("look-alike: ")[1].split(";")[0] for r in benign)
    ages = collections.Counter(r["age"] for r in rows if r["age"] is not None)

    print(f"rows {n}: risky {len(risky)}, benign {len(benign)}")
    print("categories:", ", ".join(f"{c} {cat[c]}" for c in sorted(CATS)))
    print("languages:", ", ".join(f"{l} {lang[l]} ({100*lang[l]/n:.1f}%, risky {lang_r[l]})"
                                  for l in sorted(LANGS, key=lambda l: -lang[l])))
    itnlpl = lang["it"] + lang["nl"] + lang["pl"]
    print(f"it+nl+pl {itnlpl} ({100*itnlpl/n:.1f}%)")
    print(f"evasion rows {n_ev}/{len(risky)} ({100*n_ev/len(risky):.1f}%):",
          ", ".join(f"{k} {v}" for k, v in ev.most_common()))
    print("benign kinds:", ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    en_b = sum(1 for r in benign if r["lang"] == "en")
    print(f"benign english {en_b}/{len(benign)} ({100*en_b/len(benign):.1f}%)")
    print("declared ages:", dict(sorted(ages.items())))

    checks = [
        (len(risky) >= 300, "risky >= 300"), (len(benign) >= 280, "benign >= 280"),
        (lang["en"] >= 0.45 * n, "en >= 45%"), (en_b >= 0.40 * len(benign), "benign en >= 40%"),
        (itnlpl >= 0.10 * n, "it+nl+pl >= 10%"), (cat["sexual_talk"] >= 20, "sexual_talk >= 20"),
    ]
    checks += [(lang[l] >= 0.08 * n, f"{l} >= 8%") for l in ("es", "pt", "de", "fr", "ru")]
    checks += [(cat[c] >= 15, f"{c} >= 15") for c in sorted(CATS)]
    checks += [(0.28 <= n_ev / len(risky) <= 0.42, "evasion about a third")]
    errs += ["target missed: " + msg for ok, msg in checks if not ok]
    if errs:
        print("\n".join(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
