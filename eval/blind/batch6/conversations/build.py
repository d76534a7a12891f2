"""Build batch 6c: exports + labels, then validate them and write README.md.

Run: PYTHONPATH=. python3 eval/blind/batch6/conversations/build.py (from the repository root)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval.corpus_writer import write_corpus  # noqa: E402

import conversations  # noqa: E402
from common import LONG_IDS  # noqa: E402


def authors(export: dict, platform: str) -> dict[str, str]:
    """message id -> author id (ordinary messages only)."""
    out = {}
    for m in export["messages"]:
        if platform == "discord":
            if m["type"] in ("Default", "Reply"):
                out[str(m["id"])] = m["author"]["id"]
        elif m.get("type") == "message":
            out[str(m["id"])] = m["from_id"]
    return out


def validate(labels_path: Path, kind: str, convs) -> list[str]:
    problems = []
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    by_id = {c.id: c for c in convs}
    if len(labels) != len(convs):
        problems.append(f"{labels_path.name}: {len(labels)} labels for {len(convs)} conversations")
    for lab in labels:
        f = labels_path.parent / lab["file"]
        if not f.exists():
            problems.append(f"{lab['id']}: export {f} missing")
            continue
        export = json.loads(f.read_text(encoding="utf-8"))
        who = authors(export, lab["platform"])
        conv = by_id[lab["id"]]
        if len(who) != len(conv.lines):
            problems.append(f"{lab['id']}: {len(who)} messages in export, {len(conv.lines)} lines")
        if lab["kind"] != kind:
            problems.append(f"{lab['id']}: kind {lab['kind']}")
        ids_present = set(who.values())
        for s in lab["suspects"] + lab["targets"]:
            if s not in ids_present:
                problems.append(f"{lab['id']}: {s} never writes in the export")
        if kind == "grooming":
            crit = lab["critical_message_id"]
            if crit not in who:
                problems.append(f"{lab['id']}: critical {crit} not in export")
            elif who[crit] not in lab["suspects"]:
                problems.append(f"{lab['id']}: critical written by {who[crit]}, not a suspect")
            if not lab["suspects"] or not lab["targets"]:
                problems.append(f"{lab['id']}: needs suspects and targets")
            if set(lab["suspects"]) & set(lab["targets"]):
                problems.append(f"{lab['id']}: suspect is also a target")
            if lab["id"] in LONG_IDS:
                if not 50 <= len(conv.lines) <= 120:
                    problems.append(f"{lab['id']}: long chat has {len(conv.lines)} lines")
                if conv.critical < 30:
                    problems.append(f"{lab['id']}: critical at line {conv.critical} (< 30)")
        else:
            if lab["suspects"] or lab["targets"] or lab["critical_message_id"] is not None:
                problems.append(f"{lab['id']}: benign label has suspects/targets/critical")
    return problems


def readme(grooming, benign) -> str:
    def table(counter):
        return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))

    g_lang = Counter(c.language for c in grooming)
    b_lang = Counter(c.language for c in benign)
    g_plat = Counter(f"{c.platform}/{c.chat}" for c in grooming)
    b_plat = Counter(f"{c.platform}/{c.chat}" for c in benign)
    g_tac = Counter(t for c in grooming for t in c.tactics)
    out = [
        "# Blind batch 6c: conversations",
        "",
        "Written blind (the writer saw only WRITER_BRIEF.md, eval/README.md, eval/corpus_writer.py,",
        "eval/grooming/script.py, eval/benign/spec.py and the shared tactics background; never the packs,",
        "tests, bot code, earlier batches or other eval scripts). Everything is invented and non-explicit.",
        "",
        "Rebuild: `PYTHONPATH=. python3 eval/blind/batch6/conversations/build.py (from the repository root)`",
        "(deterministic; it also validates labels against the exports and rewrites this file).",
        "",
        "| file | what |",
        "|---|---|",
        "| `labels_grooming.json`, `exports/grooming/` | grooming conversations |",
        "| `labels_benign.json`, `exports/benign/` | benign hard negatives |",
        "| `common.py` | helpers; `[[sep:word]]` in a script puts a separator (zero-width, word joiner, ...) between letters |",
        "| `grooming_long_en.py`, `grooming_long_intl.py` | long grooming chats (50-120 messages, critical after 30+) |",
        "| `grooming_short_en.py`, `grooming_short_intl.py` | fast openers, groups, roles, sextortion, scouts |",
        "| `benign_adults.py` | adult strangers: dating, selling, clubs, language exchange, flat shares |",
        "| `benign_en.py`, `benign_intl.py` | children, families, schools, coaches, moderators |",
        "| `conversations.py`, `build.py` | collection and build/validation |",
        "",
        "## Counts",
        "",
        f"- grooming: {len(grooming)} ({sum(len(c.lines) for c in grooming)} messages); "
        f"long (50-120 messages, critical after 30+ lines): {sum(c.id in LONG_IDS for c in grooming)}",
        f"- benign: {len(benign)} ({sum(len(c.lines) for c in benign)} messages); adult strangers: "
        f"{sum(c.id in conversations.ADULT_STRANGER_IDS for c in benign)}",
        f"- grooming by language: {table(g_lang)}",
        f"- benign by language: {table(b_lang)}",
        f"- grooming by platform/chat: {table(g_plat)}",
        f"- benign by platform/chat: {table(b_plat)}",
        f"- grooming tactics (conversations carrying each): {table(g_tac)}",
        "",
        "Evasion inside grooming chats: zero-width spaces (g6c12), word joiners (g6c31), a bidi isolate (g6c02), variation selectors (g6c06), leetspeak "
        "(sn@p, sn4p, s3lfie, g1ft c@rds, wh@ts4pp, 1nstagr@m, ф0тку), spaced letters (c a m), emoji cues "
        "(📸➡️📩, 👻❓, 👻), an app described instead of named (the purple camera app), a phone number "
        "spelled out in words (g6c27), a request split over lines.",
        "",
        "Suspects: newcomer accounts in most chats; long-time members or role holders in g6c03 (Helper),",
        "g6c09 (Event Host), g6c24 (clan captain), g6c25 (Moderator), g6c31; claimed teen ages in g6c06, g6c11,",
        "g6c12, g6c18, g6c20, g6c23 (with a false 13-15 role), g6c27, g6c30; one suspect works two girls (g6c20).",
        "Children: Discord age roles (13-15, 12-13, 11-12) in the group/thread chats, declared ages in most,",
        "neither in the two sextortion chats (g6c15, g6c28); the child asks the age back, shares her own snap",
        "or game tag, or complies in several (g6c01, g6c04, g6c22, g6c25, g6c30, ...).",
        "",
        "## Grooming conversations",
        "",
        "| id | platform/chat | lang | msgs | critical line | notes |",
        "|---|---|---|---|---|---|",
    ]
    for c in grooming:
        out.append(f"| {c.id} | {c.platform}/{c.chat} | {c.language} | {len(c.lines)} | {c.critical} | "
                   f"{c.notes} |")
    out += ["", "## Benign conversations", "", "| id | platform/chat | lang | msgs | look-alike cues | notes |",
            "|---|---|---|---|---|---|"]
    for c in benign:
        out.append(f"| {c.id} | {c.platform}/{c.chat} | {c.language} | {len(c.lines)} | "
                   f"{'; '.join(c.tactics)} | {c.notes} |")
    return "\n".join(out) + "\n"


def main() -> int:
    grooming, benign = conversations.GROOMING, conversations.BENIGN
    write_corpus(grooming, HERE / "exports" / "grooming", HERE / "labels_grooming.json")
    write_corpus(benign, HERE / "exports" / "benign", HERE / "labels_benign.json")
    problems = validate(HERE / "labels_grooming.json", "grooming", grooming)
    problems += validate(HERE / "labels_benign.json", "benign", benign)
    ids = [c.id for c in grooming + benign]
    if len(set(ids)) != len(ids):
        problems.append("duplicate conversation ids across the two label files")
    (HERE / "README.md").write_text(readme(grooming, benign), encoding="utf-8")
    for p in problems:
        print("PROBLEM:", p)
    print(f"grooming {len(grooming)}, benign {len(benign)}, long {len(LONG_IDS)}, problems {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
