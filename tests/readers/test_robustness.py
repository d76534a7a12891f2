"""Damaged exports of every shape give a clean, specific error, never an exception.

Each case takes a valid document and overwrites or deletes one to three values anywhere in it with
values of the wrong type; a fixed seed keeps the run reproducible and bounded.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.events import ChatExport
from bot.readers import ExportError, read_file
from tests.readers.builders import dce_author, dce_export, dce_message, tg_chat, tg_message

JUNK: list[Any] = [None, 0, -1, 1.5, True, "", "x", [], {}, [1], {"a": 1}, "2026-13-01", 10**30]


def documents() -> list[Any]:
    kid = dce_author("1111111111111111111", "pixelfox", roles=("13-15",))
    other = dce_author("1222222222222222222", "skyguy")
    discord = dce_export(
        [
            dce_message("1", "2026-02-01T10:00:00+00:00", kid, "hi", attachments=1),
            dce_message("2", "2026-02-01T10:00:01+00:00", other, "", kind="GuildMemberJoin"),
            dce_message("3", "2026-02-01T10:00:02+00:00", other, "yo", kind="Reply", reply_to="1"),
        ]
    )
    join = {"id": 1, "type": "service", "date": "2026-02-01T17:00:00", "actor_id": "user9"}
    join.update({"action": "invite_members", "members": ["Leo"], "text": ""})
    telegram = tg_chat(
        [
            join,
            tg_message(2, 1_769_968_800, "user9", "Leo", ["a ", {"type": "bold", "text": "b"}], photo="p.jpg"),
            tg_message(3, 1_769_968_801, "user8", "Mia", "c", reply_to=2),
        ]
    )
    account = {"chats": {"list": [copy.deepcopy(telegram), tg_chat([], chat_type="personal_chat", chat_id=9)]}}
    return [discord, telegram, account]


def locations(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if path:
        yield path
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in children:
        yield from locations(child, (*path, key))


def damage(document: Any, rng: random.Random) -> Any:
    document = copy.deepcopy(document)
    for _ in range(rng.randint(1, 3)):
        places = list(locations(document))
        if not places:
            break
        place = rng.choice(places)
        parent = document
        for key in place[:-1]:
            parent = parent[key]
        if isinstance(parent, dict) and rng.random() < 0.25:
            del parent[place[-1]]
        else:
            parent[place[-1]] = copy.deepcopy(rng.choice(JUNK))
    return document


def test_damaged_documents_never_raise(tmp_path: Path) -> None:
    rng = random.Random(20260301)
    originals = documents()
    path = tmp_path / "damaged.json"
    outcomes = {"export": 0, "error": 0}
    for _ in range(400):
        path.write_text(json.dumps(damage(rng.choice(originals), rng)), encoding="utf-8")
        results = read_file(str(path))  # may be empty: an account export whose chat list became []
        for result in results:
            if isinstance(result, ExportError):
                assert len(results) == 1
                line = str(result)
                assert "\n" not in line and line.startswith(str(path))
                assert "unexpected structure" not in line, line
                outcomes["error"] += 1
            else:
                assert isinstance(result, ChatExport)
                outcomes["export"] += 1
    # Both outcomes occur: harmless damage (an unknown field's value) is tolerated, real damage reported.
    assert outcomes["export"] > 20 and outcomes["error"] > 100, outcomes


def test_absurd_snowflake_gives_unknown_account_age(tmp_path: Path) -> None:
    author = dce_author("9" * 40, "weird")
    path = tmp_path / "s.json"
    path.write_text(json.dumps(dce_export([dce_message("1", "2026-02-01T10:00:00+00:00", author, "hi")])))
    (export,) = read_file(str(path))
    assert isinstance(export, ChatExport)
    assert export.events[0].author.id == "9" * 40
    assert export.events[0].author.created_at is None
