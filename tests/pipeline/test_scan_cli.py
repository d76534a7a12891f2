"""`lookout scan`, `check` and `eval` end to end, as a parent or moderator runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_scan_json_reports_the_bundled_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scan", "--json", str(EXAMPLES))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows, "the examples must produce decisions"
    keys = {"kind", "file", "platform", "chat_id", "message_id", "timestamp", "suspect_id", "target_id", "risk",
            "severity", "categories", "rules"}
    for r in rows:
        assert set(r) == keys
        assert r["kind"] in ("alert", "nudge") and r["platform"] in ("discord", "telegram")
        assert r["severity"] in ("low", "medium", "high", "critical")
        assert isinstance(r["risk"], float) and r["timestamp"].endswith("Z")
    alerts = [r for r in rows if r["kind"] == "alert"]
    by_file = {Path(r["file"]).name for r in alerts}
    assert by_file == {"discord_server_general.json", "discord_dm.json", "telegram_supergroup.json"}
    tg = [r for r in alerts if r["platform"] == "telegram"]
    assert tg[0]["suspect_id"] == "user7702381145" and tg[0]["target_id"] == "user5113387201"
    benign = [r for r in rows if Path(r["file"]).name == "discord_friends_benign.json"]
    assert benign == []
    nudged = {r["target_id"] for r in rows if r["kind"] == "nudge"}
    assert "user5113387201" in nudged


def test_scan_human_output_has_reasons_evidence_and_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scan", str(EXAMPLES / "discord_server_general.json"))
    assert code == 0
    assert "ALERT" in out and "why:" in out and "evidence:" in out and "NUDGE" in out
    assert "Summary: 1 conversation(s)" in out


def test_malformed_file_is_reported_and_the_rest_still_scanned(capsys: pytest.CaptureFixture[str],
                                                               tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"guild": {"id": "1"}, "channel": ', encoding="utf-8")
    code, out, err = run(capsys, "scan", "--json", str(bad), str(EXAMPLES / "telegram_supergroup.json"))
    assert code == 1
    assert str(bad) in err and err.count("error:") == 1
    assert any(json.loads(line)["kind"] == "alert" for line in out.splitlines())


def test_check_json_one_object_per_message_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--json", "s3nd me a p1c", "nice build!", "im 13")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == ["s3nd me a p1c", "nice build!", "im 13"]
    assert set(rows[0]) == {"text", "categories", "rules", "declared_age", "normalized", "language", "semantic"}
    assert rows[0]["semantic"]["category"] == "photo_request" and rows[0]["semantic"]["nearest"]["id"]
    assert "photo_request" in rows[0]["categories"] and rows[0]["normalized"] == "send me a pic"
    assert rows[1]["categories"] == [] and rows[2]["declared_age"] == 13


def test_eval_reports_the_figures(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps([
        {"file": str(EXAMPLES / "telegram_supergroup.json"), "kind": "grooming", "suspects": ["user7702381145"],
         "targets": ["user5113387201"], "critical_message_id": None, "tactics": [], "notes": ""},
        {"file": str(EXAMPLES / "discord_friends_benign.json"), "kind": "benign", "suspects": [], "targets": [],
         "critical_message_id": None, "tactics": [], "notes": ""},
    ]), encoding="utf-8")
    code, out, _ = run(capsys, "eval", "--json", str(labels))
    figures = json.loads(out)
    assert code == 0
    assert figures["grooming_alerted"] == 1 and figures["benign_alerted"] == 0


def test_rules_test_passes_on_bundled_packs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "test")
    assert code == 0, out
    assert " 0 failed" in out


def test_progress_shows_files_messages_and_alerts_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from bot.scan import Progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(Progress, "DELAY", 0.0)
    monkeypatch.setattr(Progress, "EVERY", 2)
    tty = Tty()
    bar = Progress(2, tty)
    for alerts in (0, 1, 0, 0):
        bar.message(alerts)
    bar.file_done()
    shown = tty.getvalue()
    assert "Scanning" in shown and "1/2" in shown and "4 messages, 1 alert(s)" in shown
    bar.close()
    piped = io.StringIO()
    quiet = Progress(2, piped)  # not a terminal: nothing, ever
    quiet.message(1)
    quiet.file_done()
    quiet.close()
    assert piped.getvalue() == ""


def test_config_option_works_after_the_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cfg = tmp_path / "lookout.toml"
    cfg.write_text("[community]\nthreshold = -3\n", encoding="utf-8")
    code, _, err = run(capsys, "scan", "--config", str(cfg), str(EXAMPLES))
    assert code == 2 and "threshold = -3" in err  # the file was read, and its mistake explained
    code, _, err = run(capsys, f"--config={cfg}", "check", "hi")
    assert code == 2 and "threshold = -3" in err


def test_progress_counts_files_messages_and_alerts_on_a_terminal_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from bot.scan import Progress

    monkeypatch.setattr(Progress, "EVERY", 1)
    monkeypatch.setattr(Progress, "DELAY", 0.0)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    code, out, err = run(capsys, "scan", "--json", str(EXAMPLES))
    assert code == 0
    assert all(json.loads(line) for line in out.splitlines()), "stdout stays pure JSON lines"
    assert "Scanning" in err and "messages" in err and "alert(s)" in err
    assert "/4" in err or "4/4" in err, "files done out of the folder's four exports"
