"""`lookout eval MESSAGES.jsonl`: the per-message score used on blind batches, as the team runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main


def _write(tmp_path: Path, rows: list[dict[str, object]] | str) -> Path:
    path = tmp_path / "set.jsonl"
    text = rows if isinstance(rows, str) else "\n".join(json.dumps(r) for r in rows) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_scores_per_category_and_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, [
        {"text": "add me on snap", "lang": "en", "label": "risky", "categories": ["platform_move"], "age": None},
        {"text": "the weather is nice today", "lang": "en", "label": "risky", "categories": ["isolation"],
         "age": None},
        {"text": "ok see you at practice", "lang": "en", "label": "benign", "categories": [], "age": None},
        {"text": "tengo 13 años", "lang": "es", "label": "benign", "categories": [], "age": 13},
    ])
    assert main(["eval", "--json", str(path)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["caught"], figures["risky"], figures["flagged"], figures["benign"]) == (1, 2, 0, 2)
    assert figures["per_category"] == {"isolation": [0, 1], "platform_move": [1, 1]}
    assert figures["per_language"]["es"]["ages_right"] == 1
    assert main(["eval", str(path)]) == 0
    out = capsys.readouterr().out
    assert "missed (1)" in out and "the weather is nice today" in out


def test_a_broken_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, '{"text": "hi", "lang": "en", "label": "risky", "categories": ["nope"]}\n')
    assert main(["eval", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:1" in err and "nope" in err


def test_message_sets_and_conversation_labels_are_not_mixed(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, [])
    assert main(["eval", str(path), "eval/labels_benign.json"]) == 2
    assert "not both" in capsys.readouterr().err
