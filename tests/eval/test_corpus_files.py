"""The evaluation corpus must be trustworthy: a wrong label silently corrupts every score.

These tests read the committed exports directly (not through bot/readers, which are built
separately) and check that each labels file agrees with its exports: files exist, exports
have the shape the real exporters produce, labelled ids are real authors, and the critical
message exists and is written by a suspect. They also check that the committed exports are
exactly what the readable scripts generate, so nobody hand-edits JSON out of sync.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from eval.corpus_writer import (
    Conversation,
    CorpusError,
    Line,
    Person,
    build_export,
    snowflake_time,
    write_conversation,
    write_corpus,
)
from eval.grooming import build
from eval.grooming.script import ScriptError, parse

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "eval"
LABEL_FILES = sorted(p for p in EVAL.rglob("labels*.json") if "exports" not in p.parts)
LABEL_KEYS = {"file", "kind", "suspects", "targets", "critical_message_id", "tactics", "notes"}
DISCORD_CHANNEL_TYPES = {"GuildTextChat", "GuildPublicThread", "GuildPrivateThread", "DirectTextChat"}
TELEGRAM_CHAT_TYPES = {"personal_chat", "private_group", "private_supergroup", "public_supergroup"}


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _labels() -> list[tuple[Path, dict[str, Any]]]:
    return [(path, label) for path in LABEL_FILES for label in _load(path)]


def _discord_messages(doc: dict[str, Any], where: str) -> dict[str, str]:
    """Check the DiscordChatExporter shape; return message id -> author id."""
    assert set(doc) >= {"guild", "channel", "messages", "messageCount"}, where
    assert {"id", "name"} <= set(doc["guild"]), where
    assert doc["channel"]["type"] in DISCORD_CHANNEL_TYPES, where
    if doc["channel"]["type"] == "DirectTextChat":
        assert doc["guild"]["id"] == "0", where
    assert doc["messageCount"] == len(doc["messages"]), where
    authors: dict[str, str] = {}
    previous = None
    for msg in doc["messages"]:
        assert msg["id"].isdigit() and msg["id"] not in authors, f"{where}: message id {msg['id']}"
        stamp = datetime.fromisoformat(msg["timestamp"])
        assert stamp.tzinfo is not None, where
        # The snowflake's embedded time is the message time (readers may rely on either).
        assert abs(snowflake_time(msg["id"]) - stamp) < timedelta(seconds=1), f"{where}: {msg['id']}"
        assert previous is None or stamp >= previous, f"{where}: messages out of order"
        previous = stamp
        assert msg["type"] in {"Default", "Reply", "GuildMemberJoin"}, where
        assert isinstance(msg["content"], str), where
        author = msg["author"]
        assert author["id"].isdigit() and isinstance(author["isBot"], bool), where
        assert all({"id", "name"} <= set(role) for role in author["roles"]), where
        if msg["type"] == "Reply":
            assert msg["reference"]["messageId"] in authors, f"{where}: reply to unknown/later message"
        for mention in msg["mentions"]:
            assert mention["id"].isdigit(), where
        authors[msg["id"]] = author["id"]
    return authors


def _telegram_messages(doc: dict[str, Any], where: str) -> dict[str, str]:
    """Check the Telegram Desktop single-chat shape; return message id -> from_id (messages only)."""
    assert set(doc) >= {"name", "type", "id", "messages"}, where
    assert doc["type"] in TELEGRAM_CHAT_TYPES and isinstance(doc["id"], int), where
    authors: dict[str, str] = {}
    seen: set[int] = set()
    for msg in doc["messages"]:
        assert isinstance(msg["id"], int) and msg["id"] not in seen, where
        seen.add(msg["id"])
        assert msg["type"] in {"message", "service"}, where
        moment = datetime.fromtimestamp(int(msg["date_unixtime"]), tz=UTC)
        assert moment.strftime("%Y-%m-%dT%H:%M:%S") == msg["date"], where
        if msg["type"] == "service":
            continue
        assert msg["from_id"].startswith("user") and msg["from_id"][4:].isdigit(), where
        text = msg["text"]
        if isinstance(text, list):
            assert all(isinstance(p, str) or {"type", "text"} <= set(p) for p in text), where
        else:
            assert isinstance(text, str), where
        if "reply_to_message_id" in msg:
            assert str(msg["reply_to_message_id"]) in authors, f"{where}: reply to unknown/later message"
        authors[str(msg["id"])] = msg["from_id"]
    if doc["type"] == "personal_chat":
        assert len(set(authors.values())) <= 2, f"{where}: a personal chat has two sides"
    return authors


def _messages(path: Path) -> dict[str, str]:
    doc = _load(path)
    if "guild" in doc:
        return _discord_messages(doc, str(path))
    return _telegram_messages(doc, str(path))


def test_label_files_are_found() -> None:
    names = {p.relative_to(EVAL).as_posix() for p in LABEL_FILES}
    assert {"labels_grooming.json", "holdout/labels_grooming.json"} <= names


@pytest.mark.parametrize("labels_path", LABEL_FILES, ids=lambda p: p.relative_to(EVAL).as_posix())
def test_every_label_matches_its_export(labels_path: Path) -> None:
    labels = _load(labels_path)
    assert isinstance(labels, list), f"{labels_path}: must be a JSON list"
    if "grooming" in labels_path.name:
        assert labels, f"{labels_path}: is empty"
    files = [label["file"] for label in labels]
    assert len(files) == len(set(files)), f"{labels_path}: a file is labelled twice"
    for label in labels:
        where = f"{labels_path.name}:{label.get('file')}"
        assert set(label) >= LABEL_KEYS, f"{where}: missing {LABEL_KEYS - set(label)}"
        assert label["kind"] in {"grooming", "benign"}, where
        export = labels_path.parent / label["file"]
        assert export.is_file(), f"{where}: file does not exist"
        authors = _messages(export)
        writers = set(authors.values())
        for key in ("suspects", "targets"):
            assert isinstance(label[key], list), where
            for person in label[key]:
                assert person in writers, f"{where}: {key} id {person} never writes in the export"
        if label["kind"] == "grooming":
            assert label["suspects"] and label["critical_message_id"] is not None, where
            assert not set(label["suspects"]) & set(label["targets"]), where
        critical = label["critical_message_id"]
        if critical is not None:
            assert critical in authors, f"{where}: critical message {critical} is not in the export"
            assert authors[critical] in label["suspects"], f"{where}: critical message is not by a suspect"


def test_committed_grooming_exports_are_what_the_scripts_generate(tmp_path: Path) -> None:
    for convs, exports, labels_path in (
        (build.dev_conversations(), build.DEV_EXPORTS, build.DEV_LABELS),
        (build.holdout_conversations(), build.HOLDOUT_EXPORTS, build.HOLDOUT_LABELS),
    ):
        base = tmp_path / labels_path.parent.relative_to(EVAL)
        out = base / exports.relative_to(labels_path.parent)
        fresh_labels = base / labels_path.name
        write_corpus(convs, out, fresh_labels)
        assert _load(fresh_labels) == _load(labels_path), f"{labels_path} is stale: run eval/grooming/build.py"
        assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in exports.iterdir()), exports
        for fresh in out.iterdir():
            assert fresh.read_bytes() == (exports / fresh.name).read_bytes(), f"{fresh.name} is stale"


def test_grooming_sets_cover_what_the_issue_asks_for() -> None:
    dev, holdout = build.dev_conversations(), build.holdout_conversations()
    assert len(dev) >= 40 and len(holdout) >= 12
    assert not {c.id for c in dev} & {c.id for c in holdout}
    both = dev + holdout
    platforms = Counter(c.platform for c in both)
    assert min(platforms["discord"], platforms["telegram"]) >= len(both) // 3, platforms
    assert {c.chat for c in dev} == {"group", "thread", "private_thread", "dm"}
    languages = Counter(c.language for c in both)
    for lang in ("es", "pt", "de", "fr", "ru"):
        assert languages[lang] >= 3, languages
    tactics = Counter(t for c in both for t in c.tactics)
    for needed in ("peer_posing", "modeling_lure", "gift_offer", "meeting", "sextortion", "platform_move"):
        assert tactics[needed] >= 3, (needed, tactics[needed])
    assert sum(1 for c in both if any(t.startswith("evasion") for t in c.tactics)) >= 8
    # Slow grooming: at least a few conversations span more than two days.
    assert sum(1 for c in both if c.lines[-1].minutes > 2 * 1440) >= 5


def test_suspect_accounts_are_newer_than_their_targets() -> None:
    """The corpus must carry the relationship signal the detector is meant to use."""
    for conv in build.dev_conversations() + build.holdout_conversations():
        people = {p.key: p for p in conv.people}
        for s in conv.suspects:
            for t in conv.targets:
                assert (people[s].account_days_old or 0) < (people[t].account_days_old or 0), conv.id


# ------------------------------------------------------------------ the writer itself

def _tiny(on: str, chat: str = "group", **changes: Any) -> Conversation:
    conv = Conversation(
        id=f"tiny_{on}_{chat}", platform=on, chat=chat, community="Test Club", channel="general",
        people=[Person("k", "100", "Kid", roles=("13-15",), account_days_old=700),
                Person("s", "200", "Stranger", username="strngr", joined_days_ago=1, account_days_old=3)],
        lines=[Line("k", 0, "hi all"), Line("s", 2.5, "@Kid hey, add me on snap", reply_to=0)],
        kind="grooming", suspects=["s"], targets=["k"], critical=1,
    )
    for key, value in changes.items():
        setattr(conv, key, value)
    return conv


def test_discord_ids_encode_account_age_and_replies(tmp_path: Path) -> None:
    label = write_conversation(_tiny("discord"), tmp_path / "x", tmp_path)
    doc = _load(tmp_path / label["file"])
    start = datetime(2026, 3, 14, 16, tzinfo=UTC)
    suspect_created = snowflake_time(label["suspects"][0])
    assert abs(suspect_created - (start - timedelta(days=3))) < timedelta(seconds=1)
    assert abs(snowflake_time(label["targets"][0]) - (start - timedelta(days=700))) < timedelta(seconds=1)
    kinds = [m["type"] for m in doc["messages"]]
    assert kinds == ["GuildMemberJoin", "Default", "Reply"]
    reply = doc["messages"][2]
    assert reply["id"] == label["critical_message_id"]
    assert reply["reference"]["messageId"] == doc["messages"][1]["id"]
    assert [m["id"] for m in reply["mentions"]] == label["targets"]
    assert doc["messages"][1]["author"]["roles"][0]["name"] == "13-15"


def test_telegram_mentions_replies_and_ids(tmp_path: Path) -> None:
    label = write_conversation(_tiny("telegram"), tmp_path / "x", tmp_path)
    doc = _load(tmp_path / label["file"])
    assert label["suspects"] == ["user200"] and label["targets"] == ["user100"]
    join, first, second = doc["messages"]
    assert join["type"] == "service" and join["actor_id"] == "user200"
    # No username: Telegram shows the name and carries the user id, so attribution is possible.
    assert second["text"] == [{"type": "mention_name", "text": "Kid", "user_id": 100}, " hey, add me on snap"]
    assert second["reply_to_message_id"] == first["id"]
    assert str(second["id"]) == label["critical_message_id"]
    assert second["date"] == "2026-03-14T16:02:30"


def test_telegram_username_mentions_stay_plain_mentions() -> None:
    lines = [Line("s", 0, "hi"), Line("k", 1, "@strngr who are u"), Line("s", 2, "add me on snap")]
    doc, _ = build_export(_tiny("telegram", lines=lines, critical=2))
    assert doc["messages"][-2]["text"] == [{"type": "mention", "text": "@strngr"}, " who are u"]


def test_telegram_personal_chat_is_named_after_the_other_side() -> None:
    doc, _ = build_export(_tiny("telegram", "dm"))
    assert doc["type"] == "personal_chat" and doc["name"] == "Stranger" and doc["id"] == 200


@pytest.mark.parametrize(
    ("changes", "complaint"),
    [
        ({"critical": 0}, "not written by a suspect"),
        ({"suspects": ["nobody"]}, "unknown person"),
        ({"platform": "irc"}, "platform"),
        ({"lines": [Line("k", 5, "a"), Line("s", 1, "b")]}, "earlier than the line before"),
        ({"lines": [Line("k", 0, "a", reply_to=0), Line("s", 1, "b")]}, "not an earlier line"),
    ],
)
def test_inconsistent_descriptions_are_refused(changes: dict[str, Any], complaint: str) -> None:
    with pytest.raises(CorpusError, match=complaint):
        build_export(_tiny("discord", **changes))


def test_script_notation() -> None:
    lines, critical = parse("""
        a: hi
        b +2h ^: hello
        a +1d ^-2 !: again
    """)
    assert [(x.who, x.minutes, x.reply_to) for x in lines] == [("a", 0, None), ("b", 120, 0), ("a", 1560, 0)]
    assert critical == 2
    with pytest.raises(ScriptError):
        parse("a !: x\nb !: y")
    with pytest.raises(ScriptError):
        parse("no colon here")
