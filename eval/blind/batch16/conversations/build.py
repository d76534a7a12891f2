"""Build blind batch 16c, Part B: exports, label files and README, then validate them.

Run:  cd /work/main && PYTHONPATH=/work/main python3 /path/to/batch16c/build.py
Everything is written next to this file, so the folder can be moved and rebuilt elsewhere;
the output is deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
import shutil
import sys

sys.dont_write_bytecode = True
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval.corpus_writer import write_corpus  # noqa: E402

import conversations  # noqa: E402

EXPORTS = HERE / "exports"
LABELS_G = HERE / "labels_grooming.json"
LABELS_B = HERE / "labels_benign.json"


def _authors(export: dict) -> dict[str, str]:
    """Message id -> author id, for either export format."""
    out = {}
    for msg in export["messages"]:
        if "author" in msg:  # Discord
            out[str(msg["id"])] = msg["author"]["id"]
        elif msg.get("type") == "message":  # Telegram
            out[str(msg["id"])] = msg["from_id"]
    return out


def validate() -> list[str]:
    problems: list[str] = []
    for labels_path, kind in ((LABELS_G, "grooming"), (LABELS_B, "benign")):
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        for lab in labels:
            where = f"{labels_path.name}:{lab['id']}"
            path = labels_path.parent / lab["file"]
            if not path.is_file():
                problems.append(f"{where}: export {lab['file']} missing")
                continue
            export = json.loads(path.read_text(encoding="utf-8"))
            authors = _authors(export)
            writers = set(authors.values())
            if lab["kind"] != kind:
                problems.append(f"{where}: kind {lab['kind']}")
            if kind == "benign":
                if lab["suspects"] or lab["targets"] or lab["critical_message_id"] is not None:
                    problems.append(f"{where}: benign label carries suspects/targets/critical")
                continue
            if not lab["suspects"] or not lab["targets"]:
                problems.append(f"{where}: no suspects or targets")
            for who in lab["suspects"] + lab["targets"]:
                if who not in writers:
                    problems.append(f"{where}: {who} never writes")
            crit = lab["critical_message_id"]
            if crit not in authors:
                problems.append(f"{where}: critical message {crit} not in export")
            elif authors[crit] not in lab["suspects"]:
                problems.append(f"{where}: critical message {crit} not written by a suspect")
    return problems


def _line_counts() -> dict[str, int]:
    return {c.id: len(c.lines) for c in conversations.GROOMING + conversations.BENIGN}


def _critical_index() -> dict[str, int]:
    return {c.id: c.critical + 1 for c in conversations.GROOMING}


def readme() -> str:
    g = json.loads(LABELS_G.read_text(encoding="utf-8"))
    b = json.loads(LABELS_B.read_text(encoding="utf-8"))
    n = _line_counts()
    crit = _critical_index()

    def table(labels: list[dict]) -> str:
        rows = []
        for key in ("platform", "chat", "language"):
            c = Counter(lab[key] for lab in labels)
            rows.append(f"- {key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
        return "\n".join(rows)

    tactic_counts = Counter(t for lab in g for t in lab["tactics"])
    lines = [
        "# Blind batch 16c: conversations (Part B only)",
        "",
        "Hand-written, non-explicit conversations written as real exports (DiscordChatExporter JSON and",
        "Telegram Desktop single-chat JSON) with `eval/corpus_writer.py`. No `messages.jsonl` (Part A) in",
        "this batch. All names, handles, servers and phone numbers are invented (555 / 07700 900 ranges).",
        "",
        "Rebuild (deterministic; writes only into this folder, wherever it is):",
        "",
        "```sh",
        "cd /work/main && PYTHONPATH=/work/main python3 /path/to/batch16c/build.py",
        "```",
        "",
        "Files: `conversations.py` (the scripts), `build.py` (writes and validates), `exports/`,",
        "`labels_grooming.json`, `labels_benign.json`.",
        "",
        "## Emphasis of this batch",
        "",
        "- Grooming in **mixed-age communities** (game servers, fandoms, hobby groups with teens) where the",
        "  suspect never states an age and the child only hints at being young (school, parents, bedtime);",
        "  the detector has to work out who the child is.",
        "- **Long, patient, logged-style chats** (70-116 messages) where the first unambiguous move is late.",
        "- **Adult hobby groups** (hiking, running, cycling, photography, gardening, chess, car clubs,",
        "  parents' groups) in nine languages where nobody states an age, newcomers introduce themselves",
        "  and offer photos of their dog/bike/view, numbers are swapped for a club ride, the group moves to",
        "  WhatsApp, and people arrange coffee or a meet-up (b01-b16).",
        "",
        f"## Grooming: {len(g)} conversations",
        "",
        table(g),
        "- tactics (conversations carrying each): " + ", ".join(f"{k} {v}" for k, v in sorted(tactic_counts.items())),
        "",
        "`lines` is the number of messages; `crit` is the 1-based position of the critical line.",
        "",
        "| id | platform/chat | lang | lines | crit | what |",
        "|---|---|---|---|---|---|",
    ]
    for lab in g:
        lines.append(f"| {lab['id']} | {lab['platform']}/{lab['chat']} | {lab['language']} | {n[lab['id']]} | "
                     f"{crit[lab['id']]} | {lab['notes']} |")
    lines += [
        "",
        f"## Benign hard negatives: {len(b)} conversations",
        "",
        table(b),
        "",
        "| id | platform/chat | lang | lines | what |",
        "|---|---|---|---|---|",
    ]
    for lab in b:
        lines.append(f"| {lab['id']} | {lab['platform']}/{lab['chat']} | {lab['language']} | {n[lab['id']]} | "
                     f"{lab['notes']} |")
    lines += [
        "",
        "## Validation (done by build.py)",
        "",
        "Every label's export exists and parses; benign labels carry no suspects, targets or critical id;",
        "every grooming label's suspects and targets write in the export, and its critical message id",
        "exists and is written by a suspect.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    if EXPORTS.exists():
        shutil.rmtree(EXPORTS)
    write_corpus(conversations.GROOMING, EXPORTS, LABELS_G)
    write_corpus(conversations.BENIGN, EXPORTS, LABELS_B)
    ids = [c.id for c in conversations.GROOMING + conversations.BENIGN]
    dupes = [i for i, k in Counter(ids).items() if k > 1]
    problems = validate()
    if dupes:
        problems.append(f"duplicate ids across label files: {dupes}")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    (HERE / "README.md").write_text(readme(), encoding="utf-8")
    print(f"ok: {len(conversations.GROOMING)} grooming, {len(conversations.BENIGN)} benign, "
          f"{len(list(EXPORTS.glob('*.json')))} exports")


if __name__ == "__main__":
    main()
