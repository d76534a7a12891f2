"""Validate blind batch 2 (messages.jsonl + both label files and their exports) and print counts.

Reads the exports as raw JSON (not through any Lookout reader). Exit code 1 on any problem.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DISCORD_EPOCH_MS = 1_420_070_400_000
LANGS = {"en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl"}
CATS = {"age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move", "photo_request",
        "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk"}
problems: list[str] = []


def check(cond: bool, msg: str) -> None:
    if not cond:
        problems.append(msg)


def messages_report() -> dict:
    rows = []
    for n, line in enumerate((HERE / "messages.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"messages.jsonl line {n}: {exc}")
            continue
        rows.append(row)
        check(set(row) == {"text", "lang", "label", "categories", "age", "note"}, f"line {n}: keys {sorted(row)}")
        check(row.get("lang") in LANGS, f"line {n}: lang {row.get('lang')}")
        check(row.get("label") in ("risky", "benign"), f"line {n}: label")
        cats = row.get("categories", [])
        check(all(c in CATS for c in cats), f"line {n}: unknown category {cats}")
        check(len(set(cats)) == len(cats), f"line {n}: duplicate category")
        if row.get("label") == "risky":
            check(len(cats) >= 1, f"line {n}: risky without categories")
        else:
            check(cats == [], f"line {n}: benign with categories")
        check(row.get("age") is None or (isinstance(row["age"], int) and 5 <= row["age"] <= 90), f"line {n}: age")
        check(bool(row.get("text", "").strip()) and bool(row.get("note", "").strip()), f"line {n}: empty text/note")
    texts = collections.Counter(r["text"] for r in rows)
    check(all(c == 1 for c in texts.values()), "duplicate texts in messages.jsonl")
    total = len(rows)
    label = collections.Counter(r["label"] for r in rows)
    lang = collections.Counter(r["lang"] for r in rows)
    lang_label = {k: collections.Counter(r["label"] for r in rows if r["lang"] == k) for k in sorted(lang)}
    cat = collections.Counter(c for r in rows for c in r["categories"])
    risky = [r for r in rows if r["label"] == "risky"]
    evasion = [r for r in risky if r["note"].startswith("evasion")]
    check(label["risky"] >= 190 and label["benign"] >= 190, f"need >=190 per label: {dict(label)}")
    for c in CATS:
        check(cat[c] >= (18 if c == "sexual_talk" else 12), f"category {c} has {cat[c]}")
    check(lang["en"] / total >= 0.35, "en share < 35%")
    for k in ("es", "pt", "de", "fr", "ru"):
        check(lang[k] / total >= 0.08, f"{k} share < 8%")
    check(sum(lang[k] for k in ("it", "nl", "pl")) / total >= 0.10, "it+nl+pl share < 10%")
    return {"total": total, "label": dict(label), "lang": {k: dict(v) for k, v in lang_label.items()},
            "lang_share": {k: round(100 * v / total, 1) for k, v in sorted(lang.items())},
            "categories": dict(cat.most_common()), "evasion": len(evasion),
            "evasion_share": round(100 * len(evasion) / max(1, len(risky)), 1),
            "evasion_classes": evasion_classes(evasion)}


def evasion_classes(rows: list[dict]) -> dict:
    out = collections.Counter()
    for r in rows:
        t, note = r["text"], r["note"]
        if any(0x200B <= ord(ch) <= 0x200D or ord(ch) == 0x2060 for ch in t):
            out["zero-width"] += 1
        elif any(0x2066 <= ord(ch) <= 0x2069 for ch in t):
            out["bidi isolates"] += 1
        elif any(0xE0020 <= ord(ch) <= 0xE007F for ch in t):
            out["tag characters"] += 1
        elif any(0xFE00 <= ord(ch) <= 0xFE0F for ch in t) and "emoji" not in note:
            out["variation selectors"] += 1
        elif "fullwidth" in note or "homoglyph" in note:
            out["fullwidth/homoglyph"] += 1
        elif "emoji" in note:
            out["emoji cue"] += 1
        elif "described" in note:
            out["app described"] += 1
        elif "leet" in note or "$" in note or "€" in note or "symbol" in note or "digit" in note:
            out["digits/symbols in words"] += 1
        elif "dotted" in note or "spaced" in note or "underscores" in note:
            out["dotted/spaced letters"] += 1
        elif "number" in note or "handle" in note or "dot name" in note:
            out["contact details in words/handles"] += 1
        elif "phonetic" in note or "misspelt" in note:
            out["phonetic misspelling"] += 1
        elif "shorthand" in note or "asl" in note:
            out["shorthand"] += 1
        else:
            out["other"] += 1
    return dict(out.most_common())


def authors_and_ids(doc: dict, platform: str) -> tuple[dict[str, str], list[str]]:
    """message id -> author id, and the list of author ids of real messages."""
    by_id: dict[str, str] = {}
    if platform == "discord":
        for m in doc["messages"]:
            if m["type"] in ("Default", "Reply"):
                by_id[str(m["id"])] = m["author"]["id"]
                ms = (int(m["id"]) >> 22) + DISCORD_EPOCH_MS
                from datetime import datetime
                ts = datetime.fromisoformat(m["timestamp"])
                check(abs(ts.timestamp() * 1000 - ms) < 1000, f"snowflake/timestamp mismatch {m['id']}")
    else:
        for m in doc["messages"]:
            if m["type"] == "message":
                by_id[str(m["id"])] = m["from_id"]
    return by_id, list(by_id.values())


def labels_report(name: str, kind: str) -> list[dict]:
    path = HERE / name
    labels = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for lab in labels:
        where = f"{name}:{lab.get('id')}"
        check(lab["kind"] == kind, f"{where}: kind")
        export = path.parent / lab["file"]
        if not export.exists():
            problems.append(f"{where}: export {export} missing")
            continue
        doc = json.loads(export.read_text(encoding="utf-8"))
        by_id, authors = authors_and_ids(doc, lab["platform"])
        if kind == "grooming":
            check(bool(lab["suspects"]) and bool(lab["targets"]), f"{where}: suspects/targets")
            for sid in lab["suspects"] + lab["targets"]:
                check(sid in authors, f"{where}: {sid} never writes")
            crit = lab["critical_message_id"]
            check(crit in by_id, f"{where}: critical id {crit} not in export")
            check(by_id.get(crit) in lab["suspects"], f"{where}: critical not by a suspect")
            check(not set(lab["suspects"]) & set(lab["targets"]), f"{where}: suspect is also a target")
        else:
            check(not lab["suspects"] and not lab["targets"] and lab["critical_message_id"] is None,
                  f"{where}: benign with suspects/critical")
        check(bool(lab["tactics"]), f"{where}: no tactics")
        n_msgs = len(by_id)
        crit_pos = None
        if kind == "grooming":
            ids = list(by_id)
            crit_pos = ids.index(lab["critical_message_id"]) + 1 if lab["critical_message_id"] in ids else None
        rows.append({"id": lab["id"], "platform": lab["platform"], "chat": lab["chat"], "language": lab["language"],
                     "messages": n_msgs, "speakers": len(set(authors)), "critical_at": crit_pos})
    return rows


def main() -> None:
    msg = messages_report()
    groom = labels_report("labels_grooming.json", "grooming")
    benign = labels_report("labels_benign.json", "benign")
    ids = [r["id"] for r in groom + benign]
    check(len(ids) == len(set(ids)), "duplicate conversation ids")
    check(len(groom) >= 22 and len(benign) >= 34, f"need >=22 grooming, >=34 benign ({len(groom)}, {len(benign)})")
    for kind, rows, need in (("grooming", groom, 2), ("benign", benign, 3)):
        langs = collections.Counter(r["language"] for r in rows)
        ok = [k for k in ("es", "pt", "de", "fr", "ru", "it", "nl", "pl") if langs[k] >= need]
        check(len(ok) >= 5, f"{kind}: fewer than five other languages with >= {need}")
    check(any(r["messages"] >= 40 for r in groom), "no long grooming chat")
    report = {"messages": msg}
    for kind, rows in (("grooming", groom), ("benign", benign)):
        report[kind] = {
            "count": len(rows),
            "platform": dict(collections.Counter(r["platform"] for r in rows)),
            "chat": dict(collections.Counter(f"{r['platform']}/{r['chat']}" for r in rows)),
            "language": dict(collections.Counter(r["language"] for r in rows)),
            "messages": sum(r["messages"] for r in rows),
            "longest": max(r["messages"] for r in rows),
        }
    (HERE / "stats.json").write_text(json.dumps({**report, "conversations": groom + benign}, ensure_ascii=False,
                                                indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
