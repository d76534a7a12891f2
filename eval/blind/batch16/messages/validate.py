import json, collections, os
CATS = {"age_probe","flattery","isolation","secrecy","personal_info","platform_move","photo_request","gift_offer","meeting","modeling_lure","sextortion","sexual_talk"}
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "messages.jsonl")
rows = [json.loads(l) for l in open(p, encoding="utf-8")]
n = len(rows)
lab = collections.Counter(r["label"] for r in rows)
lang = collections.Counter(r["lang"] for r in rows)
cat = collections.Counter(c for r in rows for c in r["categories"])
ev = [r for r in rows if r["label"] == "risky" and r["note"].startswith("evasion")]
ind = [r for r in rows if r["label"] == "risky" and r["note"].startswith("indirect")]
evcls = collections.Counter(r["note"].split(":",1)[1].strip() for r in ev)
for r in rows:
    assert set(r) == {"text","lang","label","categories","age","note"}, r
    assert r["label"] in ("risky","benign")
    assert r["lang"] in ("en","es","pt","de","fr","ru","it","nl","pl")
    assert (r["label"] == "benign") == (r["categories"] == []), r
    assert set(r["categories"]) <= CATS, r
    assert r["age"] is None or isinstance(r["age"], int)
texts = [r["text"] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
print("rows", n, dict(lab)); print("dups", dups)
print("lang", {k: f"{v} ({100*v/n:.1f}%)" for k, v in lang.most_common()}, "it+nl+pl %.1f%%" % (100*(lang['it']+lang['nl']+lang['pl'])/n))
print("lang x label", {l: dict(collections.Counter(r['label'] for r in rows if r['lang']==l)) for l in lang})
print("cats", dict(cat.most_common()))
print("evasion", len(ev), "of", lab["risky"], "= %.1f%%" % (100*len(ev)/lab["risky"]))
nonev = lab["risky"] - len(ev)
print("indirect", len(ind), "of non-evasion", nonev)
print("evasion notes", dict(evcls.most_common()))
assert lab["risky"] >= 240 and lab["benign"] >= 240
assert all(cat[c] >= 12 for c in CATS) and cat["sexual_talk"] >= 20
assert lang["en"]/n >= .35 and all(lang[l]/n >= .08 for l in "es pt de fr ru".split())
assert (lang["it"]+lang["nl"]+lang["pl"])/n >= .10
print("OK")
