"""`lookout scan --save DB PATH…`: a parent's scan becomes cases with sealed evidence, once."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.cli import main
from storage import open_storage

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


async def snapshot(db: Path) -> dict[str, tuple[str, int, int, int, str, str, str]]:
    store = await open_storage(f"sqlite:///{db}", read_only=True)
    try:
        found = {}
        for case in await store.list_cases(limit=1000):
            detail = await store.get_case(case.id)
            assert detail.seal is not None
            found[case.id] = (case.source, len(detail.evidence), len(detail.decisions), detail.seal.entries,
                              detail.seal.head, case.source_file, case.source_chat)
        return found
    finally:
        await store.close()


def test_scan_save_opens_sealed_cases_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "parent.db"
    code, out, _ = run(capsys, "scan", "--json", str(EXAMPLES))
    alerts = [json.loads(line) for line in out.splitlines() if json.loads(line)["kind"] == "alert"]
    conversations = {(a["file"], a["chat_id"], a["suspect_id"]) for a in alerts}

    code, out, _ = run(capsys, "scan", "--save", str(db), str(EXAMPLES))
    assert code == 0 and f"Saved {len(conversations)} case(s) with sealed evidence to {db}: 3 new." in out
    first = asyncio.run(snapshot(db))
    assert len(first) == len(conversations) == 3
    assert {(Path(f).name, chat) for _s, _e, _d, _n, _h, f, chat in first.values()} == {
        (Path(f).name, chat) for f, chat, _suspect in conversations
    }
    for source, evidence, decisions, _entries, _head, source_file, _chat in first.values():
        assert source == "scan" and evidence >= 2 and decisions >= 1
        assert Path(source_file).is_absolute() and Path(source_file).parent == EXAMPLES

    # The same scan again, in JSON mode this time: nothing new, nothing changed in any seal.
    code, out, err = run(capsys, "scan", "--json", "--save", str(db), str(EXAMPLES))
    assert code == 0 and "0 new (3 already there from an earlier scan)" in err
    assert all(json.loads(line)["kind"] in ("alert", "nudge") for line in out.splitlines())  # stdout stays JSON
    assert asyncio.run(snapshot(db)) == first

    # The parent's next steps work on it, and the evidence verifies.
    assert run(capsys, "cases", "verify", "--all", "--db", str(db))[0] == 0
    case_id = next(iter(first))
    code, out, _ = run(capsys, "cases", "export", case_id, "--db", str(db), "--out", str(tmp_path / "police"))
    assert code == 0 and "Seal: intact" in out
    package = json.loads((tmp_path / "police" / f"case-{case_id}.json").read_text("utf-8"))
    assert package["case"]["source"] == "scan" and package["case"]["source_file"] == first[case_id][5]
    assert package["verification"]["status"] == "intact"


def test_scan_save_to_a_place_it_cannot_write_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(SystemExit) as stopped:
        main(["scan", "--save", str(blocker / "p.db"), str(EXAMPLES)])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "Traceback" not in err
    assert f"cannot save cases to {blocker / 'p.db'}" in err and f"{blocker} is a file, not a folder" in err
