"""Write README.md from messages.jsonl (run after build.py)."""
import json
import os
import re
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl"]
CATS = ["age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move", "photo_request",
        "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk"]

rows = [json.loads(l) for l in open(os.path.join(OUT, "messages.jsonl"), encoding="utf-8")]
n = len(rows)
risky = [r for r in rows if r["label"] == "risky"]
benign = [r for r in rows if r["label"] == "benign"]


def evclass(r):
    m = re.match(r"evasion: ([a-z_]+):", r["note"])
    return m.group(1) if m and r["label"] == "risky" else None


lines = []
w = lines.append
w("# batch8m — blind evaluation batch, Part A (single messages)")
w("")
w("Written blind (without looking at the detector, its rules, tests, benches or earlier batches) from the")
w("writer brief `eval/blind/WRITER_BRIEF.md`, **Part A only**: `messages.jsonl`, one JSON object per line with")
w("`text, lang, label, categories, age, note`. Part B (conversations) is not part of this batch.")
w("")
w("All names, handles, servers and numbers are invented (phone numbers in 555 ranges). Content is")
w("non-explicit: tactics only; sexual steering stops at single questions/compliments of the kind")
w("child-safety guidance quotes; threats refer to 'the pics/the photos' only.")
w("")
w(f"## Totals\n\n{n} rows: **{len(risky)} risky**, **{len(benign)} benign**. "
  f"{sum(1 for r in rows if r['age'] is not None)} rows declare the writer's own age (`age`).")
w("")
w("## Per language (rows / risky / benign / share)\n")
w("| lang | rows | risky | benign | share |")
w("|---|---|---|---|---|")
for l in LANGS:
    t = sum(1 for r in rows if r["lang"] == l)
    rk = sum(1 for r in risky if r["lang"] == l)
    w(f"| {l} | {t} | {rk} | {t - rk} | {100 * t / n:.1f}% |")
itnlpl = sum(1 for r in rows if r["lang"] in ("it", "nl", "pl"))
w(f"\nit+nl+pl together: {itnlpl} rows ({100 * itnlpl / n:.1f}%).")
w("")
w("## Risky categories (a row may carry several)\n")
w("| category | rows | " + " | ".join(LANGS) + " |")
w("|---|---|" + "---|" * len(LANGS))
for c in CATS:
    per = Counter(r["lang"] for r in risky if c in r["categories"])
    w(f"| {c} | {sum(per.values())} | " + " | ".join(str(per[l]) for l in LANGS) + " |")
ncat = Counter(len(r["categories"]) for r in risky)
w(f"\nCategories per risky row: " + ", ".join(f"{k}: {v}" for k, v in sorted(ncat.items())))
w("")
ev = Counter(evclass(r) for r in risky if evclass(r))
evl = defaultdict(Counter)
for r in risky:
    if evclass(r):
        evl[evclass(r)][r["lang"]] += 1
tot_ev = sum(ev.values())
w(f"## Evasion classes (risky rows only): {tot_ev} of {len(risky)} risky rows ({100 * tot_ev / len(risky):.1f}%)\n")
w("| class | rows | " + " | ".join(LANGS) + " |")
w("|---|---|" + "---|" * len(LANGS))
for k, v in ev.most_common():
    w(f"| {k} | {v} | " + " | ".join(str(evl[k][l]) for l in LANGS) + " |")
w("")
w("Class meanings:")
w("- `sep_zero_width`: one of U+200B / U+200C / U+200D / U+2060 between every letter of the key word (or of every word)")
w("- `sep_bidi_isolate`: U+2066–U+2069 cycled between letters")
w("- `sep_tag_chars`: random tag characters U+E0020–U+E007E between letters")
w("- `sep_variation_selector`: U+FE00–U+FE0F between letters")
w("- `sep_punctuation`: dots, dashes or underscores between letters (s.n.a.p, d-e-l-e-t-e, h_o_w o_l_d)")
w("- `leet_app`: digits/symbols in app names (sn4pch@t, wh@ts4pp, tele$gram, di$cord, 1nstagr@m, t3l3gr@m, w@ts, $nap)")
w("- `described_app`: app described, not named (yellow ghost, green phone icon, purple camera, paper plane) in 9 languages")
w("- `emoji_cue`: the request carried by emoji (👻❓, 📸➡️📩, 🤫🤐, 🎁↔️📸, 🚗📍, 👨‍👩‍👧🏠❌, 💎→🤳, 📸 voor 💸, 🚗➡️🏫)")
w("- `shorthand`: asl / a s l / age/sex/loc and its translations, wru, hmu, u alone, hbu/r u")
w("- `phonetic`: misspellings (adres, fone numba, snapchap, pik, skool, ke edad/bives, fotto, fotau, фоточьку, sabe/gnt)")
w("- `contact_shape`: a stranger's contact in odd shapes (digits as words in each language, 'o' for zero, 'my tg is @…', 'name dot name', handle after a described app)")
w("- `homoglyph`: Latin o/a inside Russian words")
w("")
w("## Benign look-alikes\n")
bk = Counter()
for r in benign:
    m = re.match(r"look-alike: (.*)", r["note"])
    bk[m.group(1) if m else r["note"]] += 1
w("Every benign row is a hard look-alike sharing vocabulary with the risky rows. Covered in every language:")
w("server rules / staff notices naming the tactics, classroom exercises quoting a grooming line, homework/notes/")
w("board photos, practice videos for a lesson or coach, friend requests inside games, parents and grandparents")
w("arranging pick-ups with family context, 'are you home? dinner', birthday ages, pet ages, 'my sister/cousin is a")
w("model', a parent asking another family's address for a party invitation, drawing compliments, adults making")
w("plans and adult dating talk, surprise-party secrets, 'alone in the voice chat' among friends. Extra English and")
w("es/pt/de/fr/ru rows: mod notices that quote dotted/leet evasions, a relative joking about 'the ghost app',")
w("spelled-out phone numbers of shops/tradesmen, emoji photo/pick-up cues between classmates and family, ASL")
w("(sign language) club, kids comparing parental phone checks, adult hobbyists sharing a Telegram handle.")
w("")
w("## Writers represented (risky)\n")
w("Patient 'mentor' (tutoring/streaming/coach pretexts, 'I'm not like other adults'), fake peer (declares 14/15/17,")
w("'my cam is broken, turn yours on'), scouts (agency, kids' catalogue, influencer page, casting by webcam),")
w("gift-givers (robux, v-bucks, nitro, steam/paysafecard/bol.com cards, Pix, BLIK, phone top-ups, pocket money),")
w("blackmailers (deadlines, class group, teacher's email, parent's facebook, recorded call), and sexual steering")
w("(bed/clothes/sleepwear, kissing, boyfriend, 'age is just a number', body compliments). Many risky rows are")
w("indirect: supervision probes inside small talk (parent's night shift, father away, custody weekends, after-")
w("school care, lockable room), address via a 'birthday surprise', locating the house from a photo.")
w("")
w("## Files\n")
w("- `messages.jsonl` — the batch (rows shuffled with a fixed seed)")
w("- `src/common.py` — notation (R/B rows, category abbreviations)")
w("- `src/data_*.py` — the hand-written rows per language")
w("- `src/build.py` — applies separator evasions, validates, writes `messages.jsonl` and `src/stats.json`")
w("- `src/make_readme.py` — writes this README from `messages.jsonl`")
w("")
w("Rebuild: `python3 src/build.py && python3 src/make_readme.py` (standard library only, deterministic).")
w("")
w("## Validation done\n")
w("Every line parses as JSON with exactly the six keys; `lang` in the nine codes; risky rows have ≥1 of the 12")
w("categories, benign rows have `[]`; no duplicate category in a row; `age` null or int; no duplicate texts;")
w("separator rows contain the intended code points; brief minima checked (≥220 risky and benign, every")
w("category ≥12, sexual_talk ≥20, en ≥35%, es/pt/de/fr/ru each ≥8%, it+nl+pl ≥10%).")
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("\n".join(lines))
