"""Validate batch 8c: labels parse, exports exist and have the exporter's shape, suspects/targets are
authors, critical messages exist and are written by a suspect, Discord snowflakes match timestamps,
and the coverage the brief asks for. Run: python3 validate.py (standard library only)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DISCORD_EPOCH_MS = 1_420_070_400_000
problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def authors_and_ids(export: dict, platform: str) -> tuple[dict[str, str], list[dict]]:
    """message id -> author id (ordinary messages only) and the ordinary messages."""
    by_id: dict[str, str] = {}
    msgs = []
    for m in export["messages"]:
        if platform == "discord":
            if m["type"] in ("Default", "Reply"):
                by_id[str(m["id"])] = m["author"]["id"]
                msgs.append(m)
            ts = datetime.fromisoformat(m["timestamp"])
            snow = datetime.fromtimestamp(((int(m["id"]) >> 22) + DISCORD_EPOCH_MS) / 1000, tz=timezone.utc)
            if abs((snow - ts).total_seconds()) > 0.002:
                fail(f"snowflake/timestamp mismatch in message {m['id']}")
        else:
            if m["type"] == "message":
                by_id[str(m["id"])] = m["from_id"]
                msgs.append(m)
    return by_id, msgs


def check(labels_path: Path, kind: str) -> list[dict]:
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    for lab in labels:
        where = lab.get("id")
        if lab["kind"] != kind:
            fail(f"{where}: kind {lab['kind']} in {labels_path.name}")
        path = labels_path.parent / lab["file"]
        if not path.exists():
            fail(f"{where}: export {path} missing")
            continue
        export = json.loads(path.read_text(encoding="utf-8"))
        platform = lab["platform"]
        if platform == "discord":
            for key in ("guild", "channel", "messages", "messageCount"):
                if key not in export:
                    fail(f"{where}: discord export lacks {key}")
        else:
            for key in ("name", "type", "id", "messages"):
                if key not in export:
                    fail(f"{where}: telegram export lacks {key}")
        by_id, msgs = authors_and_ids(export, platform)
        lab["_n"] = len(msgs)
        writers = set(by_id.values())
        if kind == "grooming":
            if not lab["suspects"] or not lab["targets"] or not lab["critical_message_id"]:
                fail(f"{where}: grooming label needs suspects, targets and a critical message")
            for who in lab["suspects"] + lab["targets"]:
                if who not in writers:
                    fail(f"{where}: {who} never writes")
            crit = lab["critical_message_id"]
            if crit not in by_id:
                fail(f"{where}: critical message {crit} not in export")
            elif by_id[crit] not in lab["suspects"]:
                fail(f"{where}: critical message {crit} is not by a suspect")
            else:
                order = [str(m["id"]) for m in msgs]
                lab["_crit_pos"] = order.index(crit) + 1
            if set(lab["suspects"]) & set(lab["targets"]):
                fail(f"{where}: suspect is also a target")
        else:
            if lab["suspects"] or lab["targets"] or lab["critical_message_id"] is not None:
                fail(f"{where}: benign label with suspects/targets/critical")
            if not lab["tactics"]:
                fail(f"{where}: benign label without look-alike cues")
    return labels


g = check(HERE / "labels_grooming.json", "grooming")
b = check(HERE / "labels_benign.json", "benign")
ids = [lab["id"] for lab in g + b]
if len(ids) != len(set(ids)):
    fail("duplicate conversation ids")

# the brief's coverage
if len(g) < 24:
    fail(f"only {len(g)} grooming conversations")
if len(b) < 36:
    fail(f"only {len(b)} benign conversations")
lang_g, lang_b = Counter(x["language"] for x in g), Counter(x["language"] for x in b)
others = [lang for lang in ("es", "pt", "de", "fr", "ru", "it", "nl", "pl") if lang_g[lang] >= 2 and lang_b[lang] >= 3]
if len(others) < 5:
    fail(f"only {others} reach 2 grooming + 3 benign")

for name, labs in (("grooming", g), ("benign", b)):
    print(f"{name}: {len(labs)}")
    print("  platform", dict(Counter(x["platform"] for x in labs)))
    print("  chat    ", dict(Counter(x["chat"] for x in labs)))
    print("  language", dict(Counter(x["language"] for x in labs)))
    sizes = sorted(x["_n"] for x in labs)
    print(f"  messages per conversation: min {sizes[0]}, median {sizes[len(sizes)//2]}, max {sizes[-1]}")
long = [x for x in g if x["_n"] >= 40]
print(f"grooming chats of 40+ messages: {len(long)}:",
      ", ".join(f"{x['id']} ({x['_n']} msgs, critical at #{x.get('_crit_pos')})" for x in long))
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nall checks passed")
