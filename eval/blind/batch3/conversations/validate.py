"""Validate batch 3 part B: labels agree with the exports (standard library only).

Run:  python3 eval/blind/batch3/conversations/validate.py
Checks: every label's export exists and has the exporter's shape; suspects and targets are authors;
the critical message exists and is written by a suspect (grooming) or is null (benign); Discord
message snowflakes match their timestamps; conversation ids are unique; prints slice counts.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DISCORD_EPOCH_MS = 1_420_070_400_000
CATEGORIES = {"age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move",
              "photo_request", "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk"}


def snowflake_ms(sf: str) -> int:
    return (int(sf) >> 22) + DISCORD_EPOCH_MS


def messages_of(doc: dict, platform: str) -> list[tuple[str, str, dict]]:
    """(message id, author id, raw) for every message (service/join events included)."""
    out = []
    for m in doc["messages"]:
        if platform == "discord":
            out.append((m["id"], m["author"]["id"], m))
        else:
            out.append((str(m["id"]), m.get("from_id") or m.get("actor_id") or "", m))
    return out


def check(labels_path: Path, kind: str, errors: list[str], seen: set[str]) -> list[dict]:
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    for lab in labels:
        cid = lab["id"]
        where = f"{labels_path.name}:{cid}"
        if cid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(cid)
        if lab["kind"] != kind:
            errors.append(f"{where}: kind {lab['kind']!r}, expected {kind!r}")
        path = labels_path.parent / lab["file"]
        if not path.is_file():
            errors.append(f"{where}: export {path} missing")
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        platform = lab["platform"]
        if platform == "discord":
            for key in ("guild", "channel", "messages", "messageCount"):
                if key not in doc:
                    errors.append(f"{where}: Discord export lacks {key!r}")
        else:
            for key in ("name", "type", "id", "messages"):
                if key not in doc:
                    errors.append(f"{where}: Telegram export lacks {key!r}")
        msgs = messages_of(doc, platform)
        ids = [m[0] for m in msgs]
        if len(set(ids)) != len(ids):
            errors.append(f"{where}: duplicate message ids")
        writers = {a for _, a, raw in msgs
                   if (raw.get("type") in ("Default", "Reply")) or (platform == "telegram" and raw.get("type") == "message")}
        by_id = {m[0]: m for m in msgs}
        for role in ("suspects", "targets"):
            for uid in lab[role]:
                if uid not in writers:
                    errors.append(f"{where}: {role[:-1]} {uid} never writes a message")
        crit = lab["critical_message_id"]
        if kind == "grooming":
            if not lab["suspects"] or not lab["targets"]:
                errors.append(f"{where}: grooming label needs suspects and targets")
            if set(lab["suspects"]) & set(lab["targets"]):
                errors.append(f"{where}: someone is both suspect and target")
            if crit is None or crit not in by_id:
                errors.append(f"{where}: critical message {crit} not in export")
            elif by_id[crit][1] not in lab["suspects"]:
                errors.append(f"{where}: critical message {crit} is not written by a suspect")
            bad = set(lab["tactics"]) - CATEGORIES
            if bad:
                errors.append(f"{where}: unknown tactics {sorted(bad)}")
        else:
            if lab["suspects"] or lab["targets"] or crit is not None:
                errors.append(f"{where}: benign label must have no suspects/targets/critical")
        if platform == "discord":
            for mid, _, raw in msgs:
                ts = datetime.fromisoformat(raw["timestamp"])
                ms = int(ts.astimezone(UTC).timestamp() * 1000)
                if snowflake_ms(mid) != ms:
                    errors.append(f"{where}: message {mid} snowflake time != timestamp {raw['timestamp']}")
                ref = raw.get("reference")
                if ref and ref["messageId"] not in by_id:
                    errors.append(f"{where}: reply to unknown message {ref['messageId']}")
                aid = raw["author"]["id"]
                if snowflake_ms(aid) > ms:
                    errors.append(f"{where}: author {aid} created after their message")
        else:
            for mid, _, raw in msgs:
                r = raw.get("reply_to_message_id")
                if r is not None and str(r) not in by_id:
                    errors.append(f"{where}: reply to unknown message {r}")
        lab["_n"] = sum(1 for _, _, raw in msgs if raw.get("type") in ("Default", "Reply", "message"))
    return labels


def main() -> int:
    errors: list[str] = []
    seen: set[str] = set()
    g = check(HERE / "labels_grooming.json", "grooming", errors, seen)
    b = check(HERE / "labels_benign.json", "benign", errors, seen)
    for name, labs in (("grooming", g), ("benign", b)):
        print(f"{name}: {len(labs)} conversations")
        print("  platform:", dict(Counter(l["platform"] for l in labs)))
        print("  chat:", dict(Counter(l["chat"] for l in labs)))
        print("  language:", dict(sorted(Counter(l["language"] for l in labs).items())))
        lengths = [l["_n"] for l in labs]
        print(f"  messages: {sum(lengths)} total, min {min(lengths)}, max {max(lengths)}, "
              f">=40: {sum(1 for n in lengths if n >= 40)}")
    tac = Counter(t for l in g for t in l["tactics"])
    print("grooming tactics:", dict(sorted(tac.items())))
    if len(g) < 26 or len(b) < 40:
        errors.append("too few conversations")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
