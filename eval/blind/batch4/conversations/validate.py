"""Validate batch 4's conversation labels against the exports (reads the JSON directly, stdlib only).

Run: python3 eval/blind/batch4/conversations/validate.py [-v]
Checks: label files parse; every export exists and has the exporter's shape; ids unique; grooming entries
have suspects, targets and a critical message that exists and is written by a suspect; suspects and
targets are real authors; benign entries have none of those; Discord message snowflakes match their
timestamps; the batch's coverage requirements (counts, languages, long chats, platforms).
With -v, prints each conversation's critical line.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DISCORD_EPOCH_MS = 1_420_070_400_000
GROOMING_TACTICS = {"age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move",
                    "photo_request", "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk"}
errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def messages_of(export: dict, platform: str) -> list[tuple[str, str, str]]:
    """(message id, author id, text) of every ordinary message."""
    out = []
    if platform == "discord":
        for m in export["messages"]:
            if m["type"] in ("Default", "Reply"):
                out.append((m["id"], m["author"]["id"], m["content"]))
    else:
        for m in export["messages"]:
            if m.get("type") == "message":
                text = m["text"] if isinstance(m["text"], str) else "".join(
                    p if isinstance(p, str) else p.get("text", "") for p in m["text"])
                out.append((str(m["id"]), m["from_id"], text))
    return out


def check_shape(export: dict, platform: str, where: str) -> None:
    if platform == "discord":
        for key in ("guild", "channel", "messages", "messageCount"):
            if key not in export:
                fail(f"{where}: Discord export lacks {key!r}")
        for m in export.get("messages", []):
            ts = datetime.fromisoformat(m["timestamp"]).astimezone(UTC)
            sf = datetime.fromtimestamp(((int(m["id"]) >> 22) + DISCORD_EPOCH_MS) / 1000, tz=UTC)
            if abs((ts - sf).total_seconds()) > 1:
                fail(f"{where}: message {m['id']} snowflake time {sf} != timestamp {ts}")
    else:
        for key in ("name", "type", "id", "messages"):
            if key not in export:
                fail(f"{where}: Telegram export lacks {key!r}")


def main() -> int:
    verbose = "-v" in sys.argv
    seen_ids: set[str] = set()
    stats: dict[str, list[dict]] = {}
    lengths: dict[str, int] = {}
    for kind, name in (("grooming", "labels_grooming.json"), ("benign", "labels_benign.json")):
        path = HERE / name
        try:
            labels = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            fail(f"{name}: {exc}")
            continue
        stats[kind] = labels
        for lab in labels:
            where = f"{name}:{lab.get('id')}"
            if lab["id"] in seen_ids:
                fail(f"{where}: duplicate id")
            seen_ids.add(lab["id"])
            if lab["kind"] != kind:
                fail(f"{where}: kind {lab['kind']!r} in {name}")
            export_path = path.parent / lab["file"]
            if not export_path.is_file():
                fail(f"{where}: export {export_path} missing")
                continue
            export = json.loads(export_path.read_text(encoding="utf-8"))
            check_shape(export, lab["platform"], where)
            msgs = messages_of(export, lab["platform"])
            lengths[lab["id"]] = len(msgs)
            authors = {a for _, a, _ in msgs}
            if kind == "grooming":
                if not lab["suspects"] or not lab["targets"] or not lab["critical_message_id"]:
                    fail(f"{where}: grooming needs suspects, targets and a critical message")
                for who in lab["suspects"] + lab["targets"]:
                    if who not in authors:
                        fail(f"{where}: {who} never writes in the export")
                if set(lab["suspects"]) & set(lab["targets"]):
                    fail(f"{where}: a suspect is also a target")
                crit = [m for m in msgs if m[0] == lab["critical_message_id"]]
                if not crit:
                    fail(f"{where}: critical message {lab['critical_message_id']} not in export")
                elif crit[0][1] not in lab["suspects"]:
                    fail(f"{where}: critical message not written by a suspect")
                elif verbose:
                    index = [m[0] for m in msgs].index(crit[0][0])
                    print(f"{lab['id']:48} [{index + 1}/{len(msgs)}] {crit[0][2]}")
                unknown = set(lab["tactics"]) - GROOMING_TACTICS
                if unknown:
                    fail(f"{where}: unknown tactics {sorted(unknown)}")
            else:
                if lab["suspects"] or lab["targets"] or lab["critical_message_id"] is not None:
                    fail(f"{where}: benign entry has suspects/targets/critical")
                if not lab["tactics"]:
                    fail(f"{where}: benign entry names no look-alike cue")

    groom, ben = stats.get("grooming", []), stats.get("benign", [])
    # Coverage requirements of the brief and of batch 4.
    if len(groom) < 26:
        fail(f"only {len(groom)} grooming conversations (want >= 26)")
    if len(ben) < 40:
        fail(f"only {len(ben)} benign conversations (want >= 40)")
    langs_g = Counter(lab["language"] for lab in groom)
    langs_b = Counter(lab["language"] for lab in ben)
    total = len(groom) + len(ben)
    en_share = (langs_g["en"] + langs_b["en"]) / max(total, 1)
    if en_share < 0.55:
        fail(f"English share {en_share:.0%} < 55%")
    covered = [lang for lang in ("es", "pt", "de", "fr", "ru", "it", "nl", "pl")
               if langs_g[lang] >= 2 and langs_b[lang] >= 3]
    if len(covered) < 5:
        fail(f"only {covered} have >= 2 grooming and >= 3 benign")
    long_chats = [lab["id"] for lab in groom if 40 <= lengths.get(lab["id"], 0) <= 120]
    if len(long_chats) < 8:
        fail(f"only {len(long_chats)} long (40-120 message) grooming chats")
    adult_small_talk = [lab["id"] for lab in ben if any(
        t in lab["tactics"] for t in ("adult age exchange", "age question", "asl", "edad entre adultos",
                                       "idade entre adultos", "Alter unter Erwachsenen", "âge entre adultes",
                                       "возраст между взрослыми", "età tra adulti", "are you home"))]
    if len(adult_small_talk) < 10:
        fail(f"only {len(adult_small_talk)} adult small-talk chats")
    plat = Counter(lab["platform"] for lab in groom + ben)
    chats = Counter(lab["chat"] for lab in groom + ben)

    print(f"grooming {len(groom)} {dict(langs_g)}")
    print(f"benign   {len(ben)} {dict(langs_b)}")
    print(f"English share {en_share:.1%}; languages with >=2 grooming and >=3 benign: {covered}")
    print(f"platforms {dict(plat)}; chats {dict(chats)}")
    print(f"long grooming chats (40-120 msgs): {len(long_chats)}; adult small talk: {len(adult_small_talk)}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
