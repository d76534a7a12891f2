"""The scanner streams exports: a message is turned into an event while the file is still being read,
and odd files (huge numbers, numeric entry types, unreadable folders) cost one error, not the scan."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.events import ChatExport
from bot.readers import ExportError, jsonstream, read_paths, stream_file
from tests.readers.builders import dce_author, dce_export, dce_message, tg_chat, tg_message, write

KID = dce_author("1111111111111111111", "pixelfox", roles=("13-15",))
OTHER = dce_author("1222222222222222222", "skyguy")
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def big_discord(n: int) -> dict[str, Any]:
    messages = [dce_message(str(10**18 + i), f"2026-02-01T{10 + i // 3600:02d}:{(i // 60) % 60:02d}:{i % 60:02d}"
                            "+00:00", KID if i % 2 else OTHER, f"message number {i} about the build contest")
                for i in range(n)]
    return dce_export(messages)


def test_events_come_while_the_file_is_still_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "big.json", big_discord(20_000))
    size = os.path.getsize(path)
    opened: list[io.BufferedReader] = []

    def tracking_open(*args: Any, **kwargs: Any) -> Any:
        raw = open(*args, **kwargs)  # noqa: SIM115 - the reader closes it
        opened.append(raw)
        return raw

    monkeypatch.setattr(jsonstream, "open", tracking_open, raising=False)
    (export,) = list(stream_file(path))[:1]
    assert isinstance(export, ChatExport)
    events = iter(export.events)
    first = next(events)
    assert first.message.text == "message number 0 about the build contest"
    # The outline and the check each read the file; the events pass has read only its first chunk(s).
    reading = opened[-1]
    assert reading.tell() < size / 4, (reading.tell(), size)
    assert sum(1 for _ in events) == 19_999
    assert not isinstance(export.events, list)


def test_account_export_chats_share_one_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chats = [tg_chat([tg_message(i * 10 + j, 1_769_968_800 + j, f"user{j}", f"P{j}", f"c{i} m{j}")
                      for j in range(3)], chat_id=100 + i) for i in range(5)]
    path = write(tmp_path, "result.json", {"chats": {"list": chats}})
    opened: list[str] = []

    def tracking_open(*args: Any, **kwargs: Any) -> Any:
        opened.append(str(args[0]))
        return open(*args, **kwargs)  # noqa: SIM115 - the reader closes it

    monkeypatch.setattr(jsonstream, "open", tracking_open, raising=False)
    texts = [[e.message.text for e in x.events] for x in stream_file(path) if isinstance(x, ChatExport)]
    assert texts == [[f"c{i} m{j}" for j in range(3)] for i in range(5)]
    assert len(opened) == 3, "outline, check and events: one read each, not one per chat"


def test_a_number_over_4300_digits_is_one_error_and_the_scan_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The C parser crashed the whole process on such a number; now only this file is refused.
    bad = tmp_path / "1-huge-number.json"
    document = json.dumps(dce_export([dce_message("1", "2026-02-01T10:00:00+00:00", KID, "hi")]))
    bad.write_text(document.replace('"messageCount": 1', '"messageCount": ' + "9" * 5000), encoding="utf-8")
    digits_in_text = tmp_path / "2-digits-in-text.json"
    digits_in_text.write_text(json.dumps(dce_export([dce_message("1", "2026-02-01T10:00:00+00:00", KID,
                                                                 "7" * 6000)])), encoding="utf-8")
    code = main(["scan", "--json", str(bad), str(digits_in_text), str(EXAMPLES / "telegram_supergroup.json")])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.count("error:") == 1 and str(bad) in err and "4,300 digits" in err
    assert any(json.loads(line)["kind"] == "alert" for line in out.splitlines())
    (export,) = read_paths([str(digits_in_text)])
    assert isinstance(export, ChatExport) and export.events[0].message.text == "7" * 6000


def test_big_number_in_a_big_file_is_still_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.readers as readers

    monkeypatch.setattr(readers, "DIAGNOSE_LIMIT", 0)  # as if the file were too big to parse again
    path = tmp_path / "n.json"
    path.write_text('{"guild": {"id": "1"}, "channel": {"id": "2", "type": "GuildTextChat"}, "messages": [], '
                    '"messageCount": ' + "1" * 4400 + "}", encoding="utf-8")
    (error,) = read_paths([str(path)])
    assert isinstance(error, ExportError) and "4,300 digits" in error.what


def test_a_numeric_discord_message_type_does_not_reject_the_file(tmp_path: Path) -> None:
    messages = [
        dce_message("1", "2026-02-01T10:00:00+00:00", KID, "hi all"),
        dce_message("2", "2026-02-01T10:00:01+00:00", OTHER, "new kind of entry, with text"),
        dce_message("3", "2026-02-01T10:00:02+00:00", OTHER, ""),
    ]
    messages[1]["type"] = 46
    messages[2]["type"] = 44
    (export,) = read_paths([write(tmp_path, "n.json", dce_export(messages))])
    assert isinstance(export, ChatExport)
    # An unknown kind is kept when it carries text, dropped when empty, as for unknown names.
    assert [e.message.id for e in export.events] == ["1", "2"]


def test_an_unreadable_folder_is_an_error_not_a_silent_skip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "a.json", dce_export([dce_message("1", "2026-02-01T10:00:00+00:00", KID, "hi")]))
    locked = tmp_path / "locked"
    write(locked, "inside.json", dce_export([dce_message("1", "2026-02-01T10:00:00+00:00", KID, "hi")]))
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == locked:  # tests run as root, whom permissions do not stop
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    results = list(read_paths([str(tmp_path)]))
    errors = [r for r in results if isinstance(r, ExportError)]
    assert len(errors) == 1 and errors[0].path == str(locked)
    assert "folder cannot be read (Permission denied)" in errors[0].what
    assert [r.source for r in results if isinstance(r, ChatExport)] == [str(tmp_path / "a.json")]
    assert main(["scan", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"error: {locked}: folder cannot be read" in err


def test_files_out_of_time_order_are_still_replayed_in_order(tmp_path: Path) -> None:
    messages = [dce_message(str(i), f"2026-02-01T10:00:0{9 - i}+00:00", KID, f"m{i}") for i in range(5)]
    (export,) = read_paths([write(tmp_path, "o.json", dce_export(messages))])
    assert isinstance(export, ChatExport)
    assert [e.message.text for e in export.events] == ["m4", "m3", "m2", "m1", "m0"]


def test_fields_written_after_the_messages_are_still_read(tmp_path: Path) -> None:
    # Exporters write the small fields first, and the reader relies on that only as a shortcut.
    chat = tg_chat([tg_message(1, 1_769_968_800, "user1", "Mia", "hi"), tg_message(2, 1_769_968_801, "user2",
                                                                                  "Leo", "hey")])
    reordered = {"messages": chat["messages"], "name": chat["name"], "type": "personal_chat", "id": 42}
    (export,) = read_paths([write(tmp_path, "late.json", reordered)])
    assert isinstance(export, ChatExport)
    assert export.community.id == "42" and export.channel.member_ids == ("user1", "user2")
    assert [e.message.text for e in export.events] == ["hi", "hey"]
    broken = dict(reordered, id=[1])
    (error,) = read_paths([write(tmp_path, "late-bad.json", broken)])
    assert isinstance(error, ExportError) and error.where == "id"


def test_a_bad_message_late_in_an_account_export_is_one_error_and_ends_that_file(tmp_path: Path) -> None:
    from bot.pipeline import Pipeline
    from bot.scan import ConversationResult, read_with_progress, scan_exports
    from rules import load_default_engine

    bad = tg_message(9, 1_769_968_900, "user1", "Mia", "x")
    del bad["from_id"]
    chats = [tg_chat([tg_message(1, 1_769_968_800, "user1", "Mia", "hi")], chat_id=1),
             tg_chat([tg_message(2, 1_769_968_800, "user1", "Mia", "ok"), bad], chat_id=2),
             tg_chat([tg_message(3, 1_769_968_800, "user1", "Mia", "never read")], chat_id=3)]
    path = write(tmp_path, "result.json", {"chats": {"list": chats}})
    other = write(tmp_path, "z.json", tg_chat([tg_message(1, 1_769_968_800, "user1", "Mia", "fine")]))
    engine = load_default_engine()
    results = list(scan_exports(read_with_progress([str(tmp_path)]), lambda: Pipeline(engine)))
    kinds = [(type(r).__name__, r.export.community.id if isinstance(r, ConversationResult) else r.where)
             for r in results]
    assert kinds == [("ConversationResult", "1"), ("ExportError", "chats.list[1].messages[1].from_id"),
                     ("ConversationResult", "5550001")]
    assert results[2].export.source == other
    (error,) = read_paths([path])  # the list API keeps the old promise: one error, no conversations
    assert isinstance(error, ExportError) and error.where == "chats.list[1].messages[1].from_id"
