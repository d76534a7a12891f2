"""Build blind batch 9c (Part B): exports + labels, then validate them.

Run from the repository root:  cd /work/main && PYTHONPATH=/work/main python3 /work/sealed/batch9c/build.py
All paths are relative to this file's folder; the output is deterministic (byte-identical on rebuild).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

from eval.corpus_writer import write_corpus

HERE = Path(__file__).resolve().parent
CATEGORIES = {"age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move", "photo_request",
              "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk"}


def _load_conversations():
    spec = importlib.util.spec_from_file_location("batch9c_conversations", HERE / "conversations.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _authors(export: dict, platform: str) -> dict[str, str]:
    """message id -> author id, read straight from the export JSON."""
    out = {}
    for msg in export["messages"]:
        if platform == "discord":
            if msg["type"] in ("Default", "Reply"):
                out[str(msg["id"])] = msg["author"]["id"]
        elif msg.get("type") == "message":
            out[str(msg["id"])] = msg["from_id"]
    return out


def validate(labels_path: Path, kind: str) -> list[dict]:
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    problems = []
    for lab in labels:
        where = f"{labels_path.name}:{lab['id']}"
        path = labels_path.parent / lab["file"]
        if not path.is_file():
            problems.append(f"{where}: export {lab['file']} missing")
            continue
        export = json.loads(path.read_text(encoding="utf-8"))
        authors = _authors(export, lab["platform"])
        if lab["kind"] != kind:
            problems.append(f"{where}: kind {lab['kind']} != {kind}")
        if kind == "grooming":
            if not lab["suspects"] or not lab["targets"]:
                problems.append(f"{where}: needs suspects and targets")
            for person in lab["suspects"] + lab["targets"]:
                if person not in authors.values():
                    problems.append(f"{where}: {person} never writes")
            crit = lab["critical_message_id"]
            if crit not in authors:
                problems.append(f"{where}: critical message {crit} not in export")
            elif authors[crit] not in lab["suspects"]:
                problems.append(f"{where}: critical message {crit} not written by a suspect")
            unknown = set(lab["tactics"]) - CATEGORIES
            if unknown or not lab["tactics"]:
                problems.append(f"{where}: tactics {sorted(unknown)} are not categories (or none given)")
            if set(lab["suspects"]) & set(lab["targets"]):
                problems.append(f"{where}: suspect is also a target")
        else:
            if lab["suspects"] or lab["targets"] or lab["critical_message_id"] is not None:
                problems.append(f"{where}: benign label carries suspects/targets/critical")
            if not lab["tactics"]:
                problems.append(f"{where}: benign label names no look-alike cues")
    if problems:
        raise SystemExit("validation failed:\n" + "\n".join(problems))
    return labels


def main() -> None:
    conv = _load_conversations()
    for sub in ("grooming", "benign"):
        folder = HERE / "exports" / sub
        if folder.is_dir():
            for stale in sorted(folder.glob("*.json")):
                stale.unlink()
    write_corpus(conv.GROOMING, HERE / "exports" / "grooming", HERE / "labels_grooming.json")
    write_corpus(conv.BENIGN, HERE / "exports" / "benign", HERE / "labels_benign.json")
    groom = validate(HERE / "labels_grooming.json", "grooming")
    benign = validate(HERE / "labels_benign.json", "benign")
    ids = [lab["id"] for lab in groom + benign]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate conversation ids")
    lengths = {c.id: len(c.lines) for c in conv.GROOMING + conv.BENIGN}
    for name, labels in (("grooming", groom), ("benign", benign)):
        print(f"{name}: {len(labels)} conversations")
        print("  platform:", dict(sorted(Counter(lab["platform"] for lab in labels).items())))
        print("  chat:    ", dict(sorted(Counter(lab["chat"] for lab in labels).items())))
        print("  language:", dict(sorted(Counter(lab["language"] for lab in labels).items())))
    long_g = sorted(c.id for c in conv.GROOMING if 50 <= len(c.lines) <= 120)
    print(f"long grooming (50-120 messages): {len(long_g)}")
    for cid in long_g:
        print(f"  {cid}: {lengths[cid]} messages")
    print(f"messages: {sum(lengths.values())} in total")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
