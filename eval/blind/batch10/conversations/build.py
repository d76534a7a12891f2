"""Build blind batch 10c (part B): exports/ + labels_grooming.json + labels_benign.json, then validate.

Run from the repository root:
    cd /work/main && PYTHONPATH=/work/main python3 /work/sealed/batch10c/build.py

All paths are relative to this file's folder; the output is deterministic (same scripts, same bytes).
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # leave no __pycache__ next to the scripts or in the repository

import json  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval.corpus_writer import snowflake_time, write_corpus  # noqa: E402

import conversations  # noqa: E402

CATEGORIES = {
    "age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move", "photo_request",
    "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk",
}


def build() -> None:
    exports = HERE / "exports"
    if exports.exists():
        for old in exports.glob("*.json"):
            old.unlink()
    write_corpus(conversations.GROOMING, exports, HERE / "labels_grooming.json")
    write_corpus(conversations.BENIGN, exports, HERE / "labels_benign.json")


def _authors(doc: dict) -> tuple[dict[str, str], set[str]]:
    """Message id -> author id, and every author id, for either export format."""
    by_msg: dict[str, str] = {}
    authors: set[str] = set()
    if "guild" in doc:
        for m in doc["messages"]:
            by_msg[str(m["id"])] = m["author"]["id"]
            authors.add(m["author"]["id"])
            if m["type"] != "GuildMemberJoin":
                when = datetime.fromisoformat(m["timestamp"]).astimezone(UTC)
                delta = abs((snowflake_time(m["id"]) - when).total_seconds())
                assert delta < 0.002, f"snowflake/timestamp mismatch in message {m['id']}"
    else:
        for m in doc["messages"]:
            if m["type"] == "message":
                by_msg[str(m["id"])] = m["from_id"]
                authors.add(m["from_id"])
    return by_msg, authors


def validate() -> None:
    ids: set[str] = set()
    files: set[str] = set()
    for name, kind in (("labels_grooming.json", "grooming"), ("labels_benign.json", "benign")):
        labels = json.loads((HERE / name).read_text(encoding="utf-8"))
        for lab in labels:
            where = f"{name}:{lab['id']}"
            assert lab["id"] not in ids, f"{where}: duplicate id"
            ids.add(lab["id"])
            assert lab["kind"] == kind, f"{where}: kind {lab['kind']}"
            path = HERE / lab["file"]
            assert path.is_file(), f"{where}: export {path} missing"
            files.add(path.name)
            doc = json.loads(path.read_text(encoding="utf-8"))
            by_msg, authors = _authors(doc)
            if kind == "grooming":
                assert lab["suspects"] and lab["targets"], f"{where}: needs suspects and targets"
                assert set(lab["suspects"]) <= authors, f"{where}: suspect never writes"
                assert set(lab["targets"]) <= authors, f"{where}: target never writes"
                assert not set(lab["suspects"]) & set(lab["targets"]), f"{where}: suspect is also a target"
                crit = lab["critical_message_id"]
                assert crit in by_msg, f"{where}: critical message {crit} not in export"
                assert by_msg[crit] in lab["suspects"], f"{where}: critical message not by a suspect"
                assert set(lab["tactics"]) <= CATEGORIES, f"{where}: unknown tactic {set(lab['tactics']) - CATEGORIES}"
            else:
                assert not lab["suspects"] and not lab["targets"], f"{where}: benign with suspects"
                assert lab["critical_message_id"] is None, f"{where}: benign with a critical message"
                assert lab["tactics"], f"{where}: benign without look-alike cues"
    on_disk = {p.name for p in (HERE / "exports").glob("*")}
    assert on_disk == files, f"stray or missing exports: {sorted(on_disk ^ files)}"
    print(f"ok: {len(conversations.GROOMING)} grooming, {len(conversations.BENIGN)} benign, "
          f"{len(on_disk)} exports validated")


if __name__ == "__main__":
    build()
    validate()
