"""Build eval/blind/batch6/messages/messages.jsonl and README.md from the row modules.

Run: cd eval/blind/batch6/messages/src && python3 build.py
"""
import json
import os
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import ev  # noqa: E402
import rows_en_risky, rows_es_pt_risky, rows_de_fr_ru_risky, rows_it_nl_pl_risky  # noqa
import rows_en_benign, rows_other_benign, rows_extra_benign  # noqa

ALLOWED = set(ev.CATS.values())
LANGS = ["en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl"]
FIELDS = ["text", "lang", "label", "categories", "age", "note"]

rows = ev.ROWS

# ---------- checks ----------
seen = set()
for r in rows:
    assert r["lang"] in LANGS, r
    assert r["label"] in ("risky", "benign")
    if r["label"] == "benign":
        assert r["categories"] == [], r
    else:
        assert r["categories"] and set(r["categories"]) <= ALLOWED, r
        assert len(set(r["categories"])) == len(r["categories"]), r
    assert r["age"] is None or isinstance(r["age"], int)
    key = r["text"]
    assert key not in seen, ("duplicate", key)
    seen.add(key)

risky = [r for r in rows if r["label"] == "risky"]
benign = [r for r in rows if r["label"] == "benign"]
n = len(rows)
cat = Counter(c for r in risky for c in r["categories"])
lang_all = Counter(r["lang"] for r in rows)
lang_r = Counter(r["lang"] for r in risky)
lang_b = Counter(r["lang"] for r in benign)
evc = Counter(r["_ev"] for r in risky if r["_ev"])
lac = Counter(r["_la"] for r in benign)
ev_lang = Counter(r["lang"] for r in risky if r["_ev"])
n_ev = sum(evc.values())
adult = sum(v for k, v in lac.items() if k.startswith("adult_adult"))
adult_langs = Counter(r["lang"] for r in benign if r["_la"].startswith("adult_adult"))
la_langs = {}
for r in benign:
    la_langs.setdefault(r["_la"], set()).add(r["lang"])

problems = []
if len(risky) < 240: problems.append("risky < 240")
if len(benign) < 240: problems.append("benign < 240")
for c in ALLOWED:
    if cat[c] < 12: problems.append(f"{c} < 12")
if cat["sexual_talk"] < 20: problems.append("sexual_talk < 20")
if lang_all["en"] / n < 0.35: problems.append("en < 35%")
for l in ["es", "pt", "de", "fr", "ru"]:
    if lang_all[l] / n < 0.08: problems.append(f"{l} < 8%")
if (lang_all["it"] + lang_all["nl"] + lang_all["pl"]) / n < 0.10: problems.append("it+nl+pl < 10%")
if adult < 50: problems.append("adult-adult < 50")
for l in LANGS:
    if lang_b[l] == 0: problems.append(f"no benign in {l}")
if problems:
    print("PROBLEMS:", problems)
    sys.exit(1)

# ---------- write jsonl ----------
path = os.path.join(OUT, "messages.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")

# re-read and validate
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
assert len(lines) == n
for ln in lines:
    o = json.loads(ln)
    assert list(o.keys()) == FIELDS
    assert o["lang"] in LANGS and o["label"] in ("risky", "benign")
    assert (o["label"] == "benign") == (o["categories"] == [])
    assert set(o["categories"]) <= ALLOWED

# invisible-character census for the README
inv = Counter()
for r in risky:
    for ch in r["text"]:
        cp = ord(ch)
        if cp in (0x200B, 0x200C, 0x200D, 0x2060) or 0x2066 <= cp <= 0x2069 \
                or 0xE0020 <= cp <= 0xE007F or 0xFE00 <= cp <= 0xFE0F:
            inv[f"U+{cp:04X}"] += 1

short = sum(1 for r in rows if len(r["text"].split()) <= 6)
long_ = sum(1 for r in rows if len(r["text"].split()) >= 30)

# ---------- README ----------
def table(counter, keys=None, head=("key", "rows")):
    keys = keys or sorted(counter, key=lambda k: (-counter[k], k))
    out = [f"| {head[0]} | {head[1]} |", "|---|---|"]
    out += [f"| {k} | {counter[k]} |" for k in keys]
    return "\n".join(out)

md = []
md.append("# batch6m: blind single-message batch (Part A)\n")
md.append("Written blind (without seeing the detector, its rules, tests or earlier batches) following "
          "`eval/blind/WRITER_BRIEF.md`, Part A only. Every message is invented and non-explicit; all "
          "names, handles and numbers are fictional (555 ranges).\n")
md.append("Flavour of this batch: variety of voice. Very short lines and long rambling ones, "
          "polite/formal adults, gamer jargon, Gen-Z slang, non-native English, regional Spanish "
          "(Argentina voseo, Mexico, Spain) and Portuguese (Brazil, Portugal), voice-to-text without "
          "punctuation, and replies to something said earlier (\"lol ok but…\", \"yeah and…\"). Many risky "
          "lines put the move inside ordinary chatter instead of leading with it.\n")
md.append("## Files\n")
md.append("- `messages.jsonl`: one JSON object per line with the fields "
          "`text, lang, label, categories, age, note`.\n"
          "- `src/`: the build script (`build.py`), evasion helpers (`ev.py`) and the row modules. "
          "Rebuild with `cd src && python3 build.py`. It checks the brief's minimums and re-parses the output.\n")
md.append("`note` begins with `evasion:<class> |` or `plain |` on risky rows and with `look-alike:<class> |` "
          "on benign rows, followed by a short description of what the row tests.\n")
md.append("## Totals\n")
md.append(f"- rows: **{n}**. risky **{len(risky)}**, benign **{len(benign)}**")
md.append(f"- risky rows with evasion: **{n_ev}** ({100*n_ev/len(risky):.1f}% of risky)")
md.append(f"- benign adult-with-adult rows: **{adult}**")
md.append(f"- rows of 6 words or fewer: {short}; rows of 30 words or more: {long_}")
md.append(f"- rows with a declared age (`age` not null): risky {sum(1 for r in risky if r['age'] is not None)}, "
          f"benign {sum(1 for r in benign if r['age'] is not None)}\n")
md.append("## Per language\n")
md.append("| lang | risky | benign | total | share | risky with evasion |\n|---|---|---|---|---|---|")
for l in LANGS:
    md.append(f"| {l} | {lang_r[l]} | {lang_b[l]} | {lang_all[l]} | {100*lang_all[l]/n:.1f}% | {ev_lang[l]} |")
itnlpl = lang_all['it'] + lang_all['nl'] + lang_all['pl']
md.append(f"\nit + nl + pl together: {itnlpl} rows ({100*itnlpl/n:.1f}%).\n")
md.append("## Risky rows per category (a row can have several)\n")
md.append(table(cat, sorted(ALLOWED, key=lambda k: (-cat[k], k)), ("category", "rows")))
md.append("\nCategories per risky row: " + ", ".join(
    f"{k} categor{'y' if k == 1 else 'ies'}: {v}" for k, v in sorted(Counter(len(r['categories']) for r in risky).items())) + "\n")
md.append("## Evasion classes (risky rows)\n")
md.append("| class | rows | what |\n|---|---|---|")
for k in sorted(evc, key=lambda k: (-evc[k], k)):
    md.append(f"| {k} | {evc[k]} | {ev.EVASION_CLASSES[k]} |")
md.append("\nInvisible separator characters used (occurrences): " +
          ", ".join(f"{k}: {v}" for k, v in sorted(inv.items())) + "\n")
md.append("## Look-alike classes (benign rows)\n")
md.append("| class | rows | languages |\n|---|---|---|")
for k in sorted(lac, key=lambda k: (-lac[k], k)):
    md.append(f"| {k} | {lac[k]} | {' '.join(l for l in LANGS if l in la_langs[k])} |")
md.append("\nAdult-with-adult rows per language: " +
          ", ".join(f"{l}: {adult_langs[l]}" for l in LANGS) + "\n")
md.append("## Labelling conventions\n")
md.append("- `age` is the age the writer declares about themself (\"im 15 m\" → 15, \"I'm 12 today\" → 12, "
          "\"ich werd heute 11\" → 11, an adult's \"I'm 34\" → 34); ages of other people or pets are not counted.\n"
          "- A stranger handing over their own contact (number, handle, e-mail) is `platform_move`; asking the "
          "child's number is `personal_info` (plus `platform_move` when a move is proposed).\n"
          "- \"age is just a number\", girlfriend/boyfriend framing, bed/shower/clothes questions and body "
          "compliments are `sexual_talk`; looks praise alone is `flattery`.\n"
          "- Benign rows are hard negatives whose context (a parent, a teacher, a moderator, same-age classmates, "
          "adults with adults, family) makes them innocent; each has `categories: []`.\n")
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(md))

print(f"rows={n} risky={len(risky)} benign={len(benign)} evasion={n_ev} ({100*n_ev/len(risky):.1f}%) adult={adult}")
print("langs", dict(lang_all))
print("cats", dict(cat))
print("ev", dict(evc))
