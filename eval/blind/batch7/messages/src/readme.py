"""Regenerate ../README.md from the built messages.jsonl (run after build.py)."""
import json, os
from collections import Counter
from build import ROWS, LANGS
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "messages.jsonl"), encoding="utf-8")]
n = len(rows)
lab = Counter(r["label"] for r in rows)
cats = sorted({c for r in rows for c in r["categories"]})
cat_lang = Counter((c, r["lang"]) for r in rows for c in r["categories"])
cat = Counter(c for r in rows for c in r["categories"])
ev = Counter(r["_ev"] for r in ROWS if r["label"] == "risky" and r["_ev"])
ev_lang = Counter((r["_ev"], r["lang"]) for r in ROWS if r["label"] == "risky" and r["_ev"])
L = []
L.append("# batch7m — blind single-message batch (Part A only)\n")
L.append("Written blind for Lookout's grooming detection following `eval/blind/WRITER_BRIEF.md`, Part A only "
         "(no conversations / exports in this batch). Every text, name, handle and number is invented; numbers use 555 ranges. "
         "Content is non-explicit: sexual steering stays at single questions/compliments of the kind safety guidance quotes, "
         "threats refer only to \"the photo/pics/screenshots\".\n")
L.append("## Files\n")
L.append("- `messages.jsonl` — one JSON object per line: `text, lang, label, categories, age, note`.")
L.append("- `src/` — the per-language row sources (`en.py` … `pl.py`), helpers (`common.py`: separator/homoglyph/fullwidth generators), "
         "`build.py` (writes + validates messages.jsonl, checks the brief's minimums), `readme.py` (this file), `stats.json`.")
L.append("- Rebuild: `cd src && python3 build.py && python3 readme.py` (standard library only).\n")
L.append(f"## Totals\n\n{n} rows: **{lab['risky']} risky**, **{lab['benign']} benign**. "
         f"Rows with a self-declared `age`: {sum(1 for r in rows if r['age'] is not None)}.\n")
L.append("## Languages\n")
L.append("| lang | rows | % | risky | benign | evasion rows |")
L.append("|---|---|---|---|---|---|")
for l in LANGS:
    t = sum(1 for r in rows if r["lang"] == l)
    rk = sum(1 for r in rows if r["lang"] == l and r["label"] == "risky")
    e = sum(v for (k, ll), v in ev_lang.items() if ll == l)
    L.append(f"| {l} | {t} | {100*t/n:.1f} | {rk} | {t-rk} | {e} |")
inp = sum(1 for r in rows if r["lang"] in ("it", "nl", "pl"))
L.append(f"\nit+nl+pl together: {inp} rows ({100*inp/n:.1f} %).\n")
L.append("## Risky categories (a row may carry several)\n")
L.append("| category | rows | " + " | ".join(LANGS) + " |")
L.append("|---|---|" + "---|" * len(LANGS))
for c in cats:
    L.append(f"| {c} | {cat[c]} | " + " | ".join(str(cat_lang[(c, l)]) for l in LANGS) + " |")
L.append("\n## Evasion classes (risky rows; the row's `note` starts with `evasion:`)\n")
desc = {
    "zero_width": "U+200B/U+200C/U+200D/U+2060 between every letter of the key phrase (sometimes mid-sentence)",
    "bidi": "bidi isolates U+2066–U+2069 between letters",
    "tag_chars": "tag characters U+E0020–U+E007F between letters",
    "variation_sel": "variation selectors U+FE00–U+FE0F between letters",
    "dots_dashes": "dots / dashes / underscores between letters (s.n.a.p, w-e-b-c-a-m, p_i_c_s)",
    "leet_app": "digits/symbols in app names (sn4pch@t, wh@ts4pp, tele$gram, 1n$ta, t3l3gr@m)",
    "described_app": "app described instead of named (yellow ghost, green phone icon, blue bird, purple camera, paper plane)",
    "emoji_cue": "emoji sequences as the cue (👻❓, 📸➡️📩, 🤫🤐, 🎁↔️📸, 🚗📍, 🏠👨‍👩‍👧❌❓, keycap ages)",
    "shorthand": "asl / a s l / age/sex/loc / asv / tc / wru / hmu / wbu / скок те",
    "phonetic": "phonetic misspellings (wat ur adres, fone numba, snapchap, kiero verte x la kam, bis du aleine)",
    "contact_shape": "contact handed over in odd shapes: digits as words, o for zero, keycap digits, @handle after tg/ig, name dot name",
    "homoglyph": "Cyrillic look-alike letters inside Latin words, fullwidth letters",
}
L.append("| class | rows | what |")
L.append("|---|---|---|")
for k, v in ev.most_common():
    L.append(f"| {k} | {v} | {desc[k]} |")
L.append(f"\nTotal evasion rows: {sum(ev.values())} of {lab['risky']} risky ({100*sum(ev.values())/lab['risky']:.1f} %).\n")
L.append("## What the risky rows cover beyond the obvious\n")
L.append("- implicit requests with no keyword (\"I'm parked by the food court entrance, come out for 5 mins\", \"is your door locked?\", "
         "\"lmk when ur mom leaves for work\", \"what would you do for them 👀\", \"if your mom asks, I'm a girl from your class\");")
L.append("- multi-clause messages with the risky clause in the middle of game/school small talk (notes say `multi-clause`), in every language;")
L.append("- peer-posing suspects declaring a teen age (`age` 14–17) and adults declaring their age (24, 27);")
L.append("- sextortion without the word \"photo\" (\"I already follow your school's insta. your move\").\n")
L.append("## Benign hard look-alikes\n")
L.append("Server rules and safety advice that name the tactics, mod/staff notices (bans for robux-for-pics, scam warnings, 18+ recruiting), "
         "class exercises and worksheets quoting grooming lines, homework/notes/drawing photo requests, practice videos for lessons, "
         "friend requests and adds inside games, parents and relatives arranging pick-ups with family context, a parent asking for an address "
         "for an invitation, classmates swapping snaps/handles with a stated reason, birthday ages, gift lists, adults making plans / dating / "
         "sharing numbers with adults, \"how old is your dog\", \"my sister is a model\", \"are you home? mom says dinner\", "
         "\"what are you wearing\" / \"are you in bed\" / \"are you alone\" in innocent contexts (friends, parents, couples, coworkers), "
         "surprise-party secrets, skin/robux trades among friends, parents reporting incidents, class groups moving to another app — in all 9 languages.\n")
L.append("## Known limitations\n")
L.append("- Larger than the ~300/300 asked for (396 risky / 388 benign) after a second round added modeling_lure, sextortion and age_probe rows and more look-alikes.")
L.append("- The non-English sets share a skeleton: many basic rows (server rule, homework photo, parent pick-up, pet age, gift-for-photo, pick-up with cover story, scout, threat) are the same scenario re-worded per language, so per-language scores partly measure language handling of the same move, not new tactics. English carries most of the implicit/unusual wordings.")
L.append("- Separator evasions put the separator between letters *inside* words (spaces kept), mostly on the key phrase only; the surrounding words are plain.")
L.append("- Labels are single-message judgements; a few benign rows (friend's parent offering a ride, 'are you alone' among friends) rely on the context stated in the same message.\n")
L.append("## Validation\n")
L.append("`build.py` re-reads the file and asserts: every line parses, exactly the six keys, lang in the 9 codes, label risky/benign, "
         "risky rows have ≥1 category from the 12, benign rows have `[]`, age is null or int, no duplicate texts; and the brief's minimums "
         "(≥220 per label, every category ≥12, sexual_talk ≥20, en ≥35 %, es/pt/de/fr/ru ≥8 % each, it+nl+pl ≥10 %).\n")
open(os.path.join(HERE, "..", "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
