"""Build blind batch 7c (conversations only): exports, labels, README, then validate.

Run from the repository root so that ``eval`` is importable:

    cd /work/main && PYTHONPATH=/work/main python3 /path/to/batch7c/build.py

All paths are relative to this file's folder, so the folder can be moved. Standard library only.
Deterministic: rebuilding unchanged scripts gives byte-identical files.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval.corpus_writer import DISCORD_EPOCH_MS, write_corpus  # noqa: E402

import conversations  # noqa: E402

EXPORTS = HERE / "exports"
LABELS_G = HERE / "labels_grooming.json"
LABELS_B = HERE / "labels_benign.json"


# ------------------------------------------------------------------------------------------ build


def build() -> None:
    write_corpus(conversations.GROOMING, EXPORTS / "grooming", LABELS_G)
    write_corpus(conversations.BENIGN, EXPORTS / "benign", LABELS_B)


# ------------------------------------------------------------------------------------------ validate


def _messages(export: dict) -> list[dict]:
    return export["messages"]


def _author(platform: str, msg: dict) -> str | None:
    if platform == "discord":
        return msg["author"]["id"]
    return msg.get("from_id") or msg.get("actor_id")


def validate() -> list[str]:
    problems: list[str] = []
    seen_ids: set[str] = set()
    for labels_path, kind in ((LABELS_G, "grooming"), (LABELS_B, "benign")):
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        for lab in labels:
            cid = lab["id"]
            if cid in seen_ids:
                problems.append(f"{cid}: id used twice")
            seen_ids.add(cid)
            if lab["kind"] != kind:
                problems.append(f"{cid}: kind {lab['kind']} in {labels_path.name}")
            path = labels_path.parent / lab["file"]
            if not path.is_file():
                problems.append(f"{cid}: export {path} missing")
                continue
            export = json.loads(path.read_text(encoding="utf-8"))
            msgs = _messages(export)
            platform = lab["platform"]
            if platform == "discord":
                for key in ("guild", "channel", "messages", "messageCount"):
                    if key not in export:
                        problems.append(f"{cid}: discord export lacks {key}")
                if export.get("messageCount") != len(msgs):
                    problems.append(f"{cid}: messageCount mismatch")
                for m in msgs:
                    ts = datetime.fromisoformat(m["timestamp"])
                    snow_ms = (int(m["id"]) >> 22) + DISCORD_EPOCH_MS
                    if abs(snow_ms - ts.timestamp() * 1000) > 1:
                        problems.append(f"{cid}: message {m['id']} snowflake/timestamp mismatch")
            else:
                for key in ("name", "type", "id", "messages"):
                    if key not in export:
                        problems.append(f"{cid}: telegram export lacks {key}")
            authors = {_author(platform, m) for m in msgs if m.get("type") != "service"}
            by_id = {str(m["id"]): m for m in msgs}
            for role in ("suspects", "targets"):
                for uid in lab[role]:
                    if uid not in authors:
                        problems.append(f"{cid}: {role[:-1]} {uid} never writes")
            if kind == "grooming":
                if not lab["suspects"] or not lab["targets"]:
                    problems.append(f"{cid}: grooming label needs suspects and targets")
                crit = lab["critical_message_id"]
                msg = by_id.get(str(crit))
                if msg is None:
                    problems.append(f"{cid}: critical message {crit} not in export")
                elif _author(platform, msg) not in lab["suspects"]:
                    problems.append(f"{cid}: critical message {crit} not written by a suspect")
                if set(lab["suspects"]) & set(lab["targets"]):
                    problems.append(f"{cid}: a suspect is also a target")
            else:
                if lab["suspects"] or lab["targets"] or lab["critical_message_id"] is not None:
                    problems.append(f"{cid}: benign label carries suspects/targets/critical")
                if not lab["tactics"]:
                    problems.append(f"{cid}: benign label lists no look-alike cues")
    # the brief's coverage requirements
    g = conversations.GROOMING
    b = conversations.BENIGN
    if len(g) < 24:
        problems.append(f"only {len(g)} grooming conversations (want >= 24)")
    if len(b) < 36:
        problems.append(f"only {len(b)} benign conversations (want >= 36)")
    glang = Counter(c.language for c in g)
    blang = Counter(c.language for c in b)
    others = [lang for lang in ("es", "pt", "de", "fr", "ru", "it", "nl", "pl")
              if glang[lang] >= 2 and blang[lang] >= 3]
    if len(others) < 5:
        problems.append(f"only {others} reach 2 grooming + 3 benign")
    for c in g:
        crit_line = c.lines[c.critical]
        if crit_line.who not in c.suspects:
            problems.append(f"{c.id}: critical line by {crit_line.who}")
    if not any(len(c.lines) >= 40 for c in g):
        problems.append("no long grooming chat")
    if not any(len(c.targets) >= 2 for c in g):
        problems.append("no suspect working two children")
    return problems


# ------------------------------------------------------------------------------------------ README


HEADER = """# Blind batch 7c — conversations (Part B only)

Written blind for Lookout's evaluation from `eval/blind/WRITER_BRIEF.md`, Part B (conversations) only:
the writer did not open the rule packs, tests, bot code, benchmark, other blind batches, the
look-alike or held-out sets, or any export. Every person, handle, server, phone number and code is
invented (phone numbers built on 555 or the UK 07700 900 drama range). The detector was not run by the writer. Content is non-explicit: tactics only; sexual
steering stops at single questions and compliments of the kind safety guidance quotes ("have you ever
kissed anyone", "what do u wear to sleep", "age is just a number, if you were my girlfriend", body
compliments), and threats refer only to "the pic".

## Files

| path | what |
|---|---|
| `grooming_en.py`, `grooming_multi.py` | grooming scripts (notation of `eval/grooming/script.py`; `!` marks the critical line) |
| `benign_en.py`, `benign_multi.py`, `conv_common.py` | benign hard negatives in the same notation |
| `conversations.py` | the lists, plus each grooming chat's evasion class and suspect profile |
| `build.py` | writes `exports/`, `labels_grooming.json`, `labels_benign.json`, this README, and validates |
| `exports/grooming/`, `exports/benign/` | DiscordChatExporter JSON and Telegram Desktop JSON, via `eval/corpus_writer.py` |

Rebuild (deterministic) and validate:

```sh
cd /work/main && PYTHONPATH=/work/main python3 <this folder>/build.py
```

Score (not done by the writer):

```sh
lookout eval <this folder>/labels_grooming.json <this folder>/labels_benign.json
```

## What the batch aims at

- Long, slow chats in the manner of logged adult-to-decoy transcripts: an adult talks for days with
  someone who says they are 12–14, mostly small talk (pets, games, school, chores, a parent's boyfriend),
  the critical move coming late (line 40+ in several).
- Suspects who are not newcomers: a Helper, a Moderator in a ticket thread, an Event Host running a
  contest, a German "Helfer", a three-year-old account; and suspects stating adult ages, teen ages or none.
- Children who show cues themselves (asking the age back, giving their own snap to a friend, "don't tell
  anyone I'm under 13"), so the detector has to see who drives.
- One suspect working two girls in the same thread with one offer.
- Benign chats built to trip a keyword filter: busy class and squad channels where a child and a friend
  both swap snaps, ages, "home alone? let's vc", "delete that pic", "don't tell the teacher"; adult
  strangers trading ages, towns, pet photos, numbers and arranging board games, hikes, coffee, a drink;
  parents, a grandmother, siblings, coaches; moderators' and teachers' posts quoting the tactics.
"""


def readme() -> str:
    g = conversations.GROOMING
    b = conversations.BENIGN
    out = [HEADER]

    def n_msgs(c):
        return len(c.lines)

    out.append("## Counts\n")
    out.append(f"- grooming: {len(g)} conversations, {sum(map(n_msgs, g))} messages; "
               f"benign: {len(b)} conversations, {sum(map(n_msgs, b))} messages")
    out.append(f"- grooming of 40+ messages: {sum(1 for c in g if n_msgs(c) >= 40)} "
               f"({', '.join(str(n_msgs(c)) for c in g if n_msgs(c) >= 40)} messages); "
               f"critical move at or after line 40: {sum(1 for c in g if c.critical >= 39)}")
    for name, convs in (("grooming", g), ("benign", b)):
        plat = Counter(c.platform for c in convs)
        chat = Counter(c.chat for c in convs)
        lang = Counter(c.language for c in convs)
        out.append(f"- {name} by platform: " + ", ".join(f"{k} {v}" for k, v in sorted(plat.items())))
        out.append(f"- {name} by chat: " + ", ".join(f"{k} {v}" for k, v in sorted(chat.items())))
        out.append(f"- {name} by language: " + ", ".join(f"{k} {v}" for k, v in lang.most_common()))
    tac = Counter(t for c in g for t in c.tactics)
    out.append("- grooming tactics (conversations showing each): "
               + ", ".join(f"{k} {v}" for k, v in tac.most_common()))
    out.append(f"- grooming chats with an evasion class inside: {len(conversations.EVASION)}")
    staff = [c.id for c in g if any(r in ("Helper", "Moderator", "Event Host", "Helfer")
                                    for p in c.people if p.key in c.suspects for r in p.roles)]
    out.append(f"- suspects holding a staff role: {len(staff)}")
    out.append("")

    out.append("## Grooming conversations\n")
    out.append("| id | platform / chat | lang | msgs | critical line | suspect | evasion | notes |")
    out.append("|---|---|---|---|---|---|---|---|")
    for c in g:
        crit = c.lines[c.critical].text.replace("|", "\\|")
        out.append(f"| `{c.id}` | {c.platform} / {c.chat} | {c.language} | {n_msgs(c)} | "
                   f"#{c.critical + 1}: “{crit}” | {conversations.SUSPECT_PROFILE.get(c.id, '')} | "
                   f"{conversations.EVASION.get(c.id, '—')} | {c.notes} |")
    out.append("")
    out.append("## Benign conversations\n")
    out.append("| id | platform / chat | lang | msgs | look-alike cues | notes |")
    out.append("|---|---|---|---|---|---|")
    for c in b:
        out.append(f"| `{c.id}` | {c.platform} / {c.chat} | {c.language} | {n_msgs(c)} | "
                   f"{'; '.join(c.tactics)} | {c.notes} |")
    out.append("")
    out.append("## Validation (run by build.py)\n")
    out.append("Every export parses and has the exporter's shape; every label's file exists; suspects and "
               "targets write in their export; each critical message id exists and is written by a suspect; "
               "Discord snowflakes match their timestamps; benign labels carry no suspects, targets or "
               "critical id; ids are unique; the brief's coverage minimums hold.")
    return "\n".join(out) + "\n"


def main() -> int:
    build()
    problems = validate()
    (HERE / "README.md").write_text(readme(), encoding="utf-8")
    g, b = conversations.GROOMING, conversations.BENIGN
    print(f"grooming {len(g)}  benign {len(b)}  exports in {EXPORTS}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        return 1
    print("validation OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
