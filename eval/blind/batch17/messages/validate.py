import json, collections, re, sys
CATS={"age_probe","flattery","isolation","secrecy","personal_info","platform_move","photo_request","gift_offer","meeting","modeling_lure","sextortion","sexual_talk"}
LANGS={"en","es","pt","de","fr","ru","it","nl","pl"}
rows=[]; bad=0
for i,l in enumerate(open("messages.jsonl",encoding="utf-8"),1):
    r=json.loads(l); rows.append(r)
    assert set(r)=={"text","lang","label","categories","age","note"},i
    assert r["lang"] in LANGS and r["label"] in ("risky","benign"),i
    assert r["age"] is None or isinstance(r["age"],int),i
    if r["label"]=="risky": assert r["categories"] and set(r["categories"])<=CATS and len(set(r["categories"]))==len(r["categories"]),(i,r)
    else: assert r["categories"]==[],i
    assert r["text"].strip() and r["note"],i
texts=[r["text"] for r in rows]; d=[t for t,c in collections.Counter(texts).items() if c>1]
print("duplicate texts:",d)
N=len(rows); lab=collections.Counter(r["label"] for r in rows); print("total",N,dict(lab))
lc=collections.Counter(r["lang"] for r in rows)
print("lang:",{k:(v,round(100*v/N,1)) for k,v in lc.most_common()}, "it+nl+pl %.1f%%"%(100*(lc["it"]+lc["nl"]+lc["pl"])/N))
print("lang x label:",{k:(sum(1 for r in rows if r["lang"]==k and r["label"]=="risky"),sum(1 for r in rows if r["lang"]==k and r["label"]=="benign")) for k in sorted(LANGS)})
cc=collections.Counter(c for r in rows for c in r["categories"]); print("cats:",dict(cc.most_common()))
risky=[r for r in rows if r["label"]=="risky"]
ev=collections.Counter() 
for r in risky:
    m=re.match(r"evasion: ([a-z\-]+)",r["note"])
    if m: ev[m.group(1)]+=1
print("evasion risky rows:",sum(ev.values()),"of",len(risky),"%.1f%%"%(100*sum(ev.values())/len(risky)),dict(ev.most_common()))
print("age declared:",collections.Counter((r["label"],r["age"]) for r in rows if r["age"] is not None))
ok = lab["risky"]>=240 and lab["benign"]>=240 and all(cc[c]>=12 for c in CATS) and cc["sexual_talk"]>=20 and lc["en"]/N>=.35 and all(lc[l]/N>=.08 for l in "es pt de fr ru".split()) and (lc["it"]+lc["nl"]+lc["pl"])/N>=.10
print("ALL REQUIREMENTS MET" if ok else "REQUIREMENTS NOT MET")
