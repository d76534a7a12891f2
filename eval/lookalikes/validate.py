#!/usr/bin/env python3
"""Validate messages.jsonl against the brief and this dev set's targets; print counts.

Exit status 1 on any failure. Standard library only.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl")
CATS = ("age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move",
        "photo_request", "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk")
KEYS = {"text", "lang", "label", "categories", "age", "note"}
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u2066-\u2069\ufe00-\ufe0f\U000e0020-\U000e007f]")
PHONEISH = re.compile(r"\+?\d[\d \-.()]{5,}\d")

errors = []


def err(msg):
    errors.append(msg)


def main():
    path = os.path.join(HERE, "messages.jsonl")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
            except ValueError as e:
                err("line %d: bad JSON (%s)" % (n, e))
                continue
            rows.append((n, row))

    seen = {}
    for n, row in rows:
        if set(row) != KEYS:
            err("line %d: keys %s" % (n, sorted(row)))
            continue
        t = row["text"]
        if not isinstance(t, str) or not t.strip():
            err("line %d: empty text" % n)
        if row["lang"] not in LANGS:
            err("line %d: lang %r" % (n, row["lang"]))
        if row["label"] not in ("risky", "benign"):
            err("line %d: label %r" % (n, row["label"]))
        cats = row["categories"]
        if not isinstance(cats, list) or any(c not in CATS for c in cats) or len(set(cats)) != len(cats):
            err("line %d: categories %r" % (n, cats))
        if row["label"] == "benign" and cats:
            err("line %d: benign row with categories" % n)
        if row["label"] == "risky" and not cats:
            err("line %d: risky row without categories" % n)
        age = row["age"]
        if age is not None and (isinstance(age, bool) or not isinstance(age, int) or not 5 <= age <= 99):
            err("line %d: age %r" % (n, age))
        if age is not None and str(age) not in t and str(age + 1) not in t:
            err("line %d: declared age %d not visible in text" % (n, age))
        if not isinstance(row["note"], str) or not row["note"]:
            err("line %d: note missing" % n)
        key = INVISIBLE.sub("", t).lower().strip()
        if key in seen:
            err("line %d: duplicate of line %d" % (n, seen[key]))
        seen[key] = n
        # every phone-like digit run must be a fictional 555 number
        for m in PHONEISH.finditer(t):
            digits = re.sub(r"\D", "", m.group())
            if len(digits) >= 7 and "555" not in digits:
                err("line %d: phone-like number without 555: %r" % (n, m.group()))

    R = [r for _, r in rows if r["label"] == "risky"]
    B = [r for _, r in rows if r["label"] == "benign"]
    cat_count = collections.Counter(c for r in R for c in r["categories"])
    lang_b = collections.Counter(r["lang"] for r in B)
    lang_r = collections.Counter(r["lang"] for r in R)
    lang_all = collections.Counter(r["lang"] for _, r in rows)

    # targets of this dev set
    if len(B) < 450:
        err("benign rows %d < 450" % len(B))
    if len(R) < 180:
        err("risky rows %d < 180" % len(R))
    for c in CATS:
        if cat_count[c] < 10:
            err("category %s has %d < 10 risky rows" % (c, cat_count[c]))
    for group, total, counter in (("benign", len(B), lang_b), ("all", len(rows), lang_all)):
        share = lambda l: counter[l] / total if total else 0  # noqa: E731
        if share("en") < 0.40:
            err("%s: en share %.1f%% < 40%%" % (group, 100 * share("en")))
        for l in ("es", "pt", "de", "fr", "ru"):
            if share(l) < 0.08:
                err("%s: %s share %.1f%% < 8%%" % (group, l, 100 * share(l)))
        for l in ("it", "nl", "pl"):
            if share(l) < 0.04:
                err("%s: %s share %.1f%% < 4%%" % (group, l, 100 * share(l)))

    print("rows: %d  (benign %d, risky %d)" % (len(rows), len(B), len(R)))
    print("\nlanguage     benign  risky   all   benign%")
    for l in LANGS:
        print("  %-4s      %6d %6d %6d   %5.1f%%" % (l, lang_b[l], lang_r[l], lang_all[l],
                                                   100.0 * lang_b[l] / max(1, len(B))))
    print("\nrisky categories (rows tagged):")
    for c in CATS:
        print("  %-14s %3d" % (c, cat_count[c]))
    ev = sum(1 for r in R if "evasion" in r["note"])
    print("\nrisky rows marked evasion: %d" % ev)
    print("rows with declared age: benign %d, risky %d" % (
        sum(1 for r in B if r["age"] is not None), sum(1 for r in R if r["age"] is not None)))

    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
