"""Files, folders and malformed input: one clear line per bad file, and the scan goes on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.events import ChatExport
from bot.readers import ExportError, jsonstream, read_paths
from tests.readers.builders import dce_author, dce_export, dce_message, tg_chat, tg_message, write

KID = dce_author("1111111111111111111", "pixelfox", roles=("13-15",))
SECRET = "unique-message-words-that-must-not-leak"


def good_discord() -> dict[str, Any]:
    return dce_export([dce_message("1", "2026-02-01T10:00:00+00:00", KID, SECRET)])


def one_error(tmp_path: Path, name: str, content: bytes | str | dict[str, Any]) -> ExportError:
    path = tmp_path / name
    if isinstance(content, dict):
        path.write_text(json.dumps(content), encoding="utf-8")
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    results = list(read_paths([str(path)]))
    assert len(results) == 1, results
    error = results[0]
    assert isinstance(error, ExportError), error
    line = str(error)
    assert "\n" not in line
    assert line.startswith(str(path))
    assert SECRET not in line
    return error


def test_folder_is_searched_recursively_and_sorted(tmp_path: Path) -> None:
    write(tmp_path, "b/inner/z.json", good_discord())
    write(tmp_path, "a.json", tg_chat([tg_message(1, 1_769_968_800, "user1", "Mia", "hi")]))
    write(tmp_path, "b/c.json", good_discord())
    (tmp_path / "notes.txt").write_text("not scanned")
    (tmp_path / "README.md").write_text("not scanned")
    results = list(read_paths([str(tmp_path)]))
    assert [r.source for r in results if isinstance(r, ChatExport)] == [
        str(tmp_path / "a.json"),
        str(tmp_path / "b" / "c.json"),
        str(tmp_path / "b" / "inner" / "z.json"),
    ]


def test_a_file_with_any_name_is_recognised_by_content(tmp_path: Path) -> None:
    path = write(tmp_path, "export.txt", good_discord())
    (result,) = read_paths([path])
    assert isinstance(result, ChatExport) and result.platform == "discord"


def test_bad_files_do_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "1-good.json", good_discord())
    (tmp_path / "2-bad.json").write_text("{not json")
    write(tmp_path, "3-good.json", good_discord())
    results = list(read_paths([str(tmp_path), str(tmp_path / "missing.json")]))
    assert [type(r).__name__ for r in results] == ["ChatExport", "ExportError", "ChatExport", "ExportError"]
    assert "no such file" in str(results[3])


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (result,) = read_paths([str(tmp_path / "empty")])
    assert isinstance(result, ExportError)
    assert "no .json" in result.what


def test_truncated_json(tmp_path: Path) -> None:
    text = json.dumps(good_discord())
    error = one_error(tmp_path, "t.json", text[: len(text) // 2])
    assert "truncated" in error.what
    assert error.where.startswith("line 1, column")


def test_invalid_json_in_the_middle(tmp_path: Path) -> None:
    error = one_error(tmp_path, "i.json", '{"guild": {"id": "1",,}, "messages": []}')
    assert "not valid JSON" in error.what
    assert error.where == "line 1, column 22"


def test_empty_and_blank_files(tmp_path: Path) -> None:
    assert "empty" in one_error(tmp_path, "e.json", b"").what
    assert "empty" in one_error(tmp_path, "w.json", b"  \n\t ").what


def test_binary_junk(tmp_path: Path) -> None:
    error = one_error(tmp_path, "j.json", bytes(range(256)) * 4)
    assert "not UTF-8" in error.what


@pytest.mark.parametrize(
    "document",
    [[1, 2, 3], {"hello": "world"}, "just a string", {"guild": {}, "channel": {}}],
    ids=["list", "other-object", "string", "partial-discord"],
)
def test_wrong_root(tmp_path: Path, document: object) -> None:
    error = one_error(tmp_path, "w.json", json.dumps(document))
    assert error.where == "top level"
    assert "DiscordChatExporter" in error.what and "Telegram" in error.what


def test_discord_missing_timestamp(tmp_path: Path) -> None:
    document = good_discord()
    del document["messages"][0]["timestamp"]
    error = one_error(tmp_path, "d.json", document)
    assert error.where == "messages[0].timestamp"
    assert "missing" in error.what
    assert "export the channel again" in error.what


def test_discord_content_of_wrong_type(tmp_path: Path) -> None:
    document = good_discord()
    document["messages"][0]["content"] = {"text": SECRET}
    error = one_error(tmp_path, "d.json", document)
    assert error.where == "messages[0].content"
    assert "expected text, found an object" in error.what


def test_discord_messages_not_a_list(tmp_path: Path) -> None:
    document = good_discord()
    document["messages"] = {"0": "x"}
    error = one_error(tmp_path, "d.json", document)
    assert error.where == "messages"
    assert "expected a list" in error.what


def test_discord_author_without_id(tmp_path: Path) -> None:
    document = good_discord()
    del document["messages"][0]["author"]["id"]
    assert one_error(tmp_path, "d.json", document).where == "messages[0].author.id"


def test_telegram_text_of_wrong_type(tmp_path: Path) -> None:
    document = tg_chat([tg_message(1, 1_769_968_800, "user1", "Mia", "ok"), tg_message(2, 1, "user1", "Mia", 42)])
    error = one_error(tmp_path, "t.json", document)
    assert error.where == "messages[1].text"
    assert "found a number" in error.what


def test_telegram_entity_of_wrong_type(tmp_path: Path) -> None:
    document = tg_chat([tg_message(1, 1_769_968_800, "user1", "Mia", [SECRET, 7])])
    assert one_error(tmp_path, "t.json", document).where == "messages[0].text[1]"


def test_telegram_missing_date(tmp_path: Path) -> None:
    message = tg_message(1, None, "user1", "Mia", SECRET)
    del message["date"]
    error = one_error(tmp_path, "t.json", tg_chat([message]))
    assert error.where == "messages[0].date"
    assert "Telegram Desktop" in error.what


def test_telegram_bad_date(tmp_path: Path) -> None:
    message = tg_message(1, None, "user1", "Mia", SECRET, date="31/12/2025 10:00")
    error = one_error(tmp_path, "t.json", tg_chat([message]))
    assert error.where == "messages[0].date"
    assert "ISO-8601" in error.what


def test_telegram_bad_unixtime(tmp_path: Path) -> None:
    message = tg_message(1, None, "user1", "Mia", SECRET)
    message["date_unixtime"] = "soon"
    assert one_error(tmp_path, "t.json", tg_chat([message])).where == "messages[0].date_unixtime"


def test_account_export_names_the_chat_in_the_location(tmp_path: Path) -> None:
    bad = tg_message(5, 1_769_968_800, "user1", "Mia", SECRET)
    del bad["from_id"]
    account = {"chats": {"list": [tg_chat([]), tg_chat([tg_message(1, 1, "user1", "Mia", "x"), bad])]}}
    error = one_error(tmp_path, "a.json", account)
    assert error.where == "chats.list[1].messages[1].from_id"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.json", good_discord())

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    # Tests run as root, whom file permissions do not stop: refuse where the reader opens the file.
    monkeypatch.setattr(jsonstream, "open", refuse, raising=False)
    (error,) = read_paths([path])
    assert isinstance(error, ExportError)
    assert str(error) == f"{path}: cannot be read (Permission denied); check the path and permissions"


def test_large_export_is_read_whole(tmp_path: Path) -> None:
    people = [dce_author(str(10**17 + i), f"member{i}", roles=("Member",)) for i in range(50)]
    messages = [
        dce_message(str(10**18 + i), f"2026-02-01T10:{(i // 60) % 60:02d}:{i % 60:02d}+00:00", people[i % 50], "gg")
        for i in range(20_000)
    ]
    (export,) = read_paths([write(tmp_path, "big.json", dce_export(messages))])
    assert isinstance(export, ChatExport)
    assert len(export.events) == 20_000
    # Profiles are shared, not copied per message.
    assert len({id(e.author) for e in export.events}) == 50
