"""Assemble batch8m Part A: messages.jsonl (+ counts for README).

Run: python3 /work/sealed/batch8m/src/build.py
"""
import json
import os
import random
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import data_en_risky, data_en_benign, data_es, data_pt, data_de, data_fr, data_ru, data_it_nl_pl  # noqa: E402
from common import CAT  # noqa: E402

LANGS = ["en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl"]
CATS = list(CAT.values())

SEP_SINGLE = {"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060",
              "dot": ".", "dash": "-", "underscore": "_"}
SEP_CLASS = {"zwsp": "sep_zero_width", "zwnj": "sep_zero_width", "zwj": "sep_zero_width", "wj": "sep_zero_width",
             "bidi": "sep_bidi_isolate", "tag": "sep_tag_chars", "vs": "sep_variation_selector",
             "dot": "sep_punctuation", "dash": "sep_punctuation", "underscore": "sep_punctuation"}


def sep_gen(kind, rng):
    if kind in SEP_SINGLE:
        while True:
            yield SEP_SINGLE[kind]
    if kind == "bidi":
        i = 0
        while True:
            yield chr(0x2066 + i % 4)
            i += 1
    if kind == "tag":
        while True:
            yield chr(rng.randint(0xE0020, 0xE007E))
    if kind == "vs":
        i = rng.randint(0, 15)
        while True:
            yield chr(0xFE00 + i % 16)
            i += 1
    raise ValueError(kind)


def interleave(word, gen):
    out = []
    for i, ch in enumerate(word):
        if i:
            out.append(next(gen))
        out.append(ch)
    return "".join(out)


def apply_sep(text, kind, target, rng):
    gen = sep_gen(kind, rng)
    if target == "*":
        return " ".join(interleave(w, gen) for w in text.split(" "))
    assert target in text, (target, text)
    return text.replace(target, " ".join(interleave(w, gen) for w in target.split(" ")), 1)


def collect():
    rows = []
    for r in data_en_risky.ROWS + data_en_benign.ROWS:
        rows.append(("en", r))
    for mod in (data_es, data_pt, data_de, data_fr, data_ru):
        for r in mod.RISKY + mod.BENIGN:
            rows.append((mod.LANG, r))
    m = data_it_nl_pl
    for lang, lst in (("it", m.IT_RISKY + m.IT_BENIGN), ("nl", m.NL_RISKY + m.NL_BENIGN), ("pl", m.PL_RISKY + m.PL_BENIGN)):
        for r in lst:
            rows.append((lang, r))
    return rows


def main():
    rng = random.Random(20240808)
    out, meta = [], []
    for lang, r in collect():
        text = unicodedata.normalize("NFC", r["text"])
        note = r["note"]
        ev = r["ev"]
        if r["sep"]:
            kind, target = r["sep"]
            text = apply_sep(text, kind, unicodedata.normalize("NFC", target) if target != "*" else "*", rng)
            ev = SEP_CLASS[kind]
        if ev and r["label"] == "risky":
            body = note[len("evasion: "):] if note.startswith("evasion: ") else note
            note = f"evasion: {ev}: {body}"
        obj = {"text": text, "lang": lang, "label": r["label"], "categories": r["categories"],
               "age": r["age"], "note": note}
        out.append(obj)
        meta.append(ev if r["label"] == "risky" else None)

    # ---- validation ----
    errors = []
    seen = set()
    for o in out:
        if o["lang"] not in LANGS:
            errors.append(("lang", o))
        if o["label"] == "risky" and not o["categories"]:
            errors.append(("risky without categories", o))
        if o["label"] == "benign" and o["categories"]:
            errors.append(("benign with categories", o))
        if any(c not in CATS for c in o["categories"]):
            errors.append(("bad category", o))
        if len(set(o["categories"])) != len(o["categories"]):
            errors.append(("dup category", o))
        if o["age"] is not None and not isinstance(o["age"], int):
            errors.append(("age", o))
        if not o["text"].strip():
            errors.append(("empty", o))
        if o["text"] in seen:
            errors.append(("duplicate text", o))
        seen.add(o["text"])
    if errors:
        for e in errors:
            print("ERROR", e[0], e[1]["text"][:80])
        sys.exit(1)

    order = list(range(len(out)))
    random.Random(8).shuffle(order)
    path = os.path.join(OUT, "messages.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i in order:
            f.write(json.dumps(out[i], ensure_ascii=False) + "\n")

    # re-read and check parse
    with open(path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == len(out)
    for o in back:
        assert set(o) == {"text", "lang", "label", "categories", "age", "note"}

    # ---- counts ----
    n = len(out)
    lab = Counter(o["label"] for o in out)
    lang_tot = Counter(o["lang"] for o in out)
    lang_risky = Counter(o["lang"] for o in out if o["label"] == "risky")
    cat = Counter(c for o in out for c in o["categories"])
    evc = Counter(e for e in meta if e)
    ev_lang = Counter(o["lang"] for o, e in zip(out, meta) if e)
    n_risky = lab["risky"]
    stats = {
        "total": n, "labels": dict(lab),
        "lang": {l: [lang_tot[l], lang_risky[l], lang_tot[l] - lang_risky[l], round(100 * lang_tot[l] / n, 1)] for l in LANGS},
        "categories": {c: cat[c] for c in CATS},
        "evasion": dict(evc.most_common()), "evasion_total": sum(evc.values()),
        "evasion_share": round(100 * sum(evc.values()) / n_risky, 1),
        "evasion_lang": {l: ev_lang[l] for l in LANGS},
        "age_declared": sum(1 for o in out if o["age"] is not None),
    }
    # brief minima
    checks = {
        "risky>=220": n_risky >= 220, "benign>=220": lab["benign"] >= 220,
        "every category>=12": all(cat[c] >= 12 for c in CATS), "sexual_talk>=20": cat["sexual_talk"] >= 20,
        "en>=35%": lang_tot["en"] / n >= 0.35,
        "es,pt,de,fr,ru each>=8%": all(lang_tot[l] / n >= 0.08 for l in ["es", "pt", "de", "fr", "ru"]),
        "it+nl+pl>=10%": (lang_tot["it"] + lang_tot["nl"] + lang_tot["pl"]) / n >= 0.10,
        "every language has benign": all(lang_tot[l] - lang_risky[l] > 0 for l in LANGS),
    }
    stats["checks"] = checks
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    if not all(checks.values()):
        print("BRIEF MINIMA NOT MET")
        sys.exit(2)


if __name__ == "__main__":
    main()
