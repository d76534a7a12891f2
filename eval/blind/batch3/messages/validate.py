"""Validate messages.jsonl and print counts (standard library only)."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move",
        "photo_request", "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk"}
LANGS = {"en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl"}
KEYS = {"text", "lang", "label", "categories", "age", "note"}
MIN_RISKY, MIN_BENIGN, MIN_CAT, MIN_SEX = 230, 230, 14, 22


def main():
    errors, rows = [], []
    with open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append("line %d: bad json %s" % (n, e)); continue
            if set(r) != KEYS:
                errors.append("line %d: keys %s" % (n, sorted(r)))
            if not isinstance(r.get("text"), str) or not r["text"].strip():
                errors.append("line %d: empty text" % n)
            if r.get("lang") not in LANGS:
                errors.append("line %d: lang %r" % (n, r.get("lang")))
            lab, cats = r.get("label"), r.get("categories")
            if lab not in ("risky", "benign"):
                errors.append("line %d: label %r" % (n, lab))
            if not isinstance(cats, list) or len(set(cats)) != len(cats or []):
                errors.append("line %d: categories not a unique list" % n)
            elif lab == "risky" and (not cats or not set(cats) <= CATS):
                errors.append("line %d: risky categories %r" % (n, cats))
            elif lab == "benign" and cats:
                errors.append("line %d: benign with categories" % n)
            if r.get("age") is not None and not (isinstance(r["age"], int) and 5 <= r["age"] <= 99):
                errors.append("line %d: age %r" % (n, r["age"]))
            if not r.get("note"):
                errors.append("line %d: empty note" % n)
            rows.append(r)
    texts = collections.Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text: %r" % t)

    risky = [r for r in rows if r["label"] == "risky"]
    benign = [r for r in rows if r["label"] == "benign"]
    cat = collections.Counter(c for r in risky for c in r["categories"])
    lang = collections.Counter(r["lang"] for r in rows)
    lang_lab = collections.Counter((r["lang"], r["label"]) for r in rows)
    ev = collections.Counter()
    for r in risky:
        m = re.match(r"evasion\[([^\]]+)\]", r["note"])
        if m:
            ev[m.group(1)] += 1
    total = len(rows)

    if len(risky) < MIN_RISKY: errors.append("risky %d < %d" % (len(risky), MIN_RISKY))
    if len(benign) < MIN_BENIGN: errors.append("benign %d < %d" % (len(benign), MIN_BENIGN))
    for c in sorted(CATS):
        need = MIN_SEX if c == "sexual_talk" else MIN_CAT
        if cat[c] < need: errors.append("category %s: %d < %d" % (c, cat[c], need))
    if lang["en"] < 0.35 * total: errors.append("en share %.3f < .35" % (lang["en"] / total))
    for l in ("es", "pt", "de", "fr", "ru"):
        if lang[l] < 0.08 * total: errors.append("%s share %.3f < .08" % (l, lang[l] / total))
    small = lang["it"] + lang["nl"] + lang["pl"]
    if small < 0.10 * total: errors.append("it+nl+pl share %.3f < .10" % (small / total))
    evs = sum(ev.values())
    if not 0.28 <= evs / max(1, len(risky)) <= 0.40:
        errors.append("evasion share %.3f not about a third" % (evs / len(risky)))

    print("rows %d  risky %d  benign %d" % (total, len(risky), len(benign)))
    print("categories:", ", ".join("%s=%d" % (c, cat[c]) for c in sorted(CATS)))
    print("languages:", ", ".join("%s=%d (%.1f%%; risky %d, benign %d)" % (
        l, lang[l], 100.0 * lang[l] / total, lang_lab[(l, "risky")], lang_lab[(l, "benign")])
        for l in ["en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl"]))
    print("evasion: %d of %d risky (%.1f%%):" % (evs, len(risky), 100.0 * evs / len(risky)),
          ", ".join("%s=%d" % kv for kv in sorted(ev.items())))
    print("declared ages: risky %d, benign %d" % (sum(r["age"] is not None for r in risky),
                                                  sum(r["age"] is not None for r in benign)))
    if errors:
        print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
