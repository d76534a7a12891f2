import json, random, collections, sys
HERE = __import__("pathlib").Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import common
import en_risky, en_benign, es_pt, de_fr, ru_it_nl_pl  # noqa: F401  (each adds its rows to common.ROWS)
rows = common.ROWS
CATS = ["age_probe","flattery","isolation","secrecy","personal_info","platform_move","photo_request",
        "gift_offer","meeting","modeling_lure","sextortion","sexual_talk"]
LANGS = ["en","es","pt","de","fr","ru","it","nl","pl"]
# validation
texts = collections.Counter(r["text"] for r in rows)
dups = [t for t,c in texts.items() if c>1]
assert not dups, dups
for r in rows:
    assert r["lang"] in LANGS
    assert r["label"] in ("risky","benign")
    if r["label"]=="risky":
        assert r["categories"] and all(c in CATS for c in r["categories"]), r
        assert len(set(r["categories"]))==len(r["categories"])
    else:
        assert r["categories"]==[]
    assert r["age"] is None or isinstance(r["age"], int)
random.Random(20250501).shuffle(rows)
out = HERE / "messages.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps({k: r[k] for k in ("text","lang","label","categories","age","note")}, ensure_ascii=False) + "\n")
# re-read and check
back = [json.loads(l) for l in open(out, encoding="utf-8")]
assert len(back)==len(rows)
for o in back:
    assert set(o)=={"text","lang","label","categories","age","note"}
N=len(back)
risky=[o for o in rows if o["label"]=="risky"]; benign=[o for o in rows if o["label"]=="benign"]
cat=collections.Counter(c for o in risky for c in o["categories"])
lang=collections.Counter(o["lang"] for o in rows)
langr=collections.Counter(o["lang"] for o in risky); langb=collections.Counter(o["lang"] for o in benign)
ev=collections.Counter(o["_ev"] for o in risky if o["_ev"])
evlang=collections.Counter(o["lang"] for o in risky if o["_ev"])
la=collections.Counter(o["_la"] for o in benign)
ages=collections.Counter(o["label"] for o in rows if o["age"] is not None)
# minimums
assert len(risky)>=240 and len(benign)>=240
assert all(cat[c]>=12 for c in CATS) and cat["sexual_talk"]>=20, cat
assert lang["en"]/N>=0.35
for l in ["es","pt","de","fr","ru"]: assert lang[l]/N>=0.08, l
assert (lang["it"]+lang["nl"]+lang["pl"])/N>=0.10
adult = la["adult-smalltalk"]+la["adult-dating"]
assert adult>=40
nev=sum(ev.values())
print(N, len(risky), len(benign), dict(cat), dict(lang), nev, nev/len(risky), adult)
# README
L=[]
L.append("# batch5m — blind single-message batch (Part A only)\n")
L.append("Written blind (the writer saw neither the detector, its rules/tests, nor earlier batches). "
         "Single chat messages in `messages.jsonl`, one JSON object per line with the fields "
         "`text, lang, label, categories, age, note` as in eval/blind/WRITER_BRIEF.md. "
         "Rows are shuffled deterministically; labels are not in order.\n")
L.append("Flavour: risky lines imitate logged decoy chats — casual, lower-case, run-on, typos, pet names, "
         "indirect openers (\"be honest\", \"just curious\", \"hypothetically\", \"i bet u\"), several tactics per line, "
         "and implicit versions of each tactic (isolation as \"so its just u and the dog tonight?\", platform move as "
         "\"this app is glitchy, got something better?\"). Benign rows are hard look-alikes, with a large share of "
         "small talk between adult strangers (dating between adults, pen pals, hobby groups, number swaps, pet/food/car pics).\n")
L.append("`note` starts with `evasion: <class>;` on evasion rows and `look-alike: <class>;` on every benign row.\n")
L.append("## Totals\n")
L.append(f"| | rows |\n|---|---|\n| total | {N} |\n| risky | {len(risky)} |\n| benign | {len(benign)} |\n"
         f"| risky rows with evasion | {nev} ({100*nev/len(risky):.0f}% of risky) |\n"
         f"| rows with a self-declared `age` | risky {ages['risky']}, benign {ages['benign']} |\n")
L.append("## Languages\n")
L.append("| lang | risky | benign | total | share | risky with evasion |\n|---|---|---|---|---|---|")
for l in LANGS:
    L.append(f"| {l} | {langr[l]} | {langb[l]} | {lang[l]} | {100*lang[l]/N:.1f}% | {evlang[l]} |")
L.append(f"\nit+nl+pl together: {lang['it']+lang['nl']+lang['pl']} rows ({100*(lang['it']+lang['nl']+lang['pl'])/N:.1f}%).\n")
L.append("## Risky categories (a row may carry several)\n")
L.append("| category | rows |\n|---|---|")
for c in CATS: L.append(f"| {c} | {cat[c]} |")
multi=sum(1 for o in risky if len(o["categories"])>1)
L.append(f"\nRisky rows with more than one category: {multi}.\n")
L.append("## Evasion classes (risky rows)\n")
desc={"sep-zero-width":"U+200B/200C/200D/2060 between every letter of a key word",
 "sep-bidi":"bidi isolates U+2066–2069 between letters","sep-tag":"tag characters U+E0020–E007F between letters",
 "sep-variation-selector":"variation selectors U+FE00–FE0F between letters","sep-punct":"dots/dashes/underscores/spaces between letters",
 "leet-app-name":"digits/symbols inside app names (wh@ts4pp, tele$gram, di$cord, 1nstagr@m, sn4p)","leet":"leetspeak outside app names",
 "app-described":"app described instead of named (yellow ghost, green phone icon, purple camera, blue bird)",
 "emoji-cue":"cue made of an emoji sequence","shorthand":"asl variants, wru, wbu, u alone?, hmu, tkt/tof, пжлст",
 "phonetic":"phonetic misspellings (snapchap, fone numba, wat ur adres, ke yevas)",
 "contact-spelled":"phone number written in words / mixed digits / 'o' for zero","contact-handle":"handle after app name, @, 'dot'",
 "homoglyph":"Cyrillic look-alike letters inside a Latin app name","fullwidth":"fullwidth Latin letters"}
L.append("| class | rows | what |\n|---|---|---|")
for k,v in sorted(ev.items(), key=lambda x:-x[1]): L.append(f"| {k} | {v} | {desc.get(k,'')} |")
L.append("\n## Benign look-alike classes\n")
L.append("| class | rows |\n|---|---|")
for k,v in sorted(la.items(), key=lambda x:-x[1]): L.append(f"| {k} | {v} |")
L.append(f"\nAdult-to-adult small talk (adult-smalltalk + adult-dating): {adult} rows.\n")
L.append("## Validation done\n")
L.append("Every line parses as JSON with exactly the six fields; `lang` in the 9 codes; risky rows have ≥1 category, "
         "all from the 12; benign rows have `[]`; `age` is null or int; no duplicate texts; all minimums of the brief "
         "(≥240 risky/≥240 benign for this batch, every category ≥12, sexual_talk ≥20, en ≥35%, es/pt/de/fr/ru ≥8% each, "
         "it+nl+pl ≥10%, ≥40 adult small-talk rows) checked by script. Evasion characters are real Unicode characters "
         "in the file (not escapes). All names, handles and numbers are invented; numbers use 555 ranges. Content is "
         "non-explicit (tactics only; threats mention 'the photo/pics' only).\n")
open(HERE / "README.md","w",encoding="utf-8").write("\n".join(L)+"\n")
