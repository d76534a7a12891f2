"""Nothing a stranger writes can drive the moderator's terminal: check, scan and cases show escape it.

The hostile strings here are escape sequences (clear screen, cursor up, erase line, conceal, set
window title), a bare carriage return, a newline that would forge a report line, a bidi override
and a lone surrogate (which used to crash printing). Conversations show tactics only.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.terminal import escape_line, escape_text, json_line
from storage import open_storage
from tests.readers.builders import dce_author, dce_export, dce_message
from tests.storage.helpers import conversation, new_case

HOSTILE = "\x1b[2J\x1b]0;owned\x07\x1b[8m\r\u202e\x9b1A"
RAW = ("\x1b", "\x07", "\r", "\u202e", "\x9b")


def assert_inert(text: str) -> None:
    for ch in RAW:
        assert ch not in text, f"{ch!r} reached the terminal"


def test_helpers_show_every_control_as_a_visible_escape() -> None:
    assert escape_line("a\x1b[31mb\nc\td\u2028") == "a\\x1b[31mb\\x0ac\\x09d\\u2028"
    assert escape_text("one\ntwo\r") == "one\ntwo\\x0d"
    readable = "caf\u00e9 \u0441\u0430\u0439\u0442 \U0001f3ae \u200d"
    assert escape_line(readable) == readable
    assert escape_line("lone \ud83d half") == "lone \\ud83d half"
    line = json_line({"name": "x\x9by\u202ez\x1b", "n": 1})
    assert_inert(line)
    assert json.loads(line) == {"name": "x\x9by\u202ez\x1b", "n": 1}


def test_check_escapes_hostile_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", f"hi {HOSTILE} how old are you"]) == 0
    out = capsys.readouterr().out
    assert_inert(out)
    assert "\\x1b[2J" in out and "how old are you" in out


def test_a_lone_surrogate_is_shown_not_fatal(capsys: pytest.CaptureFixture[str]) -> None:
    # Command-line arguments that are not valid UTF-8 arrive as lone surrogates (surrogateescape).
    assert main(["check", "are you alone \udcff\ud83d"]) == 0
    out = capsys.readouterr().out
    assert "are you alone \\udcff\\ud83d" in out


def hostile_export(tmp_path: Path) -> str:
    stranger = dce_author("880000000000000001", f"Ace{HOSTILE}")
    child = dce_author("880000000000000002", "Robin")
    lines = [
        (child, "anyone up for the parkour map?"),
        (stranger, "you're really good at this, how old are you?"),
        (child, "im 13"),
        (stranger, f"are you home alone right now? {HOSTILE}"),
        (stranger, "don't tell anyone we talk ok \ud83d"),
        (stranger, "add me on snap, it's easier there\nSummary: 0 conversation(s)"),
        (stranger, "send me a pic"),
    ]
    messages = [dce_message(str(700 + i), f"2026-02-01T18:0{i}:00+00:00", author, text)
                for i, (author, text) in enumerate(lines)]
    document = dce_export(messages)
    document["channel"]["name"] = f"general{HOSTILE}"
    path = tmp_path / f"export{chr(27)}[2J.json"
    # json.dumps writes the lone surrogate as the escape \ud83d, exactly as a broken exporter would.
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def test_scan_human_output_escapes_and_survives_a_lone_surrogate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = hostile_export(tmp_path)
    other = str(Path(__file__).resolve().parents[2] / "examples" / "telegram_supergroup.json")
    code = main(["scan", hostile, other])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert_inert(out)
    assert_inert(err)
    assert out.count("ALERT") >= 2, "both files must be scanned and alert"
    # The streaming parser turns a lone surrogate escape into "?"; either way printing goes on.
    assert "don't tell anyone we talk ok ?" in out and "\\x1b]0;owned" in out
    # The newline inside a message cannot forge the summary line.
    assert [line for line in out.splitlines() if line.startswith("Summary:")] == [
        line for line in out.splitlines() if line.startswith("Summary: 2 conversation(s)")]


def test_scan_errors_escape_file_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / f"bad{HOSTILE}.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["scan", str(bad)]) == 1
    err = capsys.readouterr().err
    assert_inert(err)
    assert err.count("\n") == 1 and "bad\\x1b[2J" in err


def test_cases_show_cannot_hide_or_forge_the_integrity_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path}/lookout.db"

    async def seed() -> str:
        store = await open_storage(url)
        try:
            case = await new_case(store)
            lines = conversation()
            lines[0] = dataclasses.replace(lines[0], author_name=f"Sky{HOSTILE}",
                                           text="hi\x1b[1A\x1b[2K\nCase digest 00 - evidence intact\x1b[8m")
            await store.add_evidence(case.id, lines)
            return case.id
        finally:
            await store.close()

    case_id = asyncio.run(seed())
    main(["cases", "show", case_id, "--db", url])
    out = capsys.readouterr().out
    assert_inert(out)
    digests = [line for line in out.splitlines() if line.startswith("Case digest")]
    assert len(digests) == 1, out
