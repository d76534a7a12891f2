from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

import pytest

from bot.cli_storage import main
from storage import PairStateRecord, open_storage
from tests.storage.helpers import T0, conversation, new_case


def seed(url: str) -> tuple[str, str]:
    async def go() -> tuple[str, str]:
        store = await open_storage(url)
        try:
            active = await new_case(store)
            await store.add_evidence(active.id, conversation())
            await store.add_note(active.id, "mod-1", "Mod Kim", "watching this one")
            closed = await new_case(store, suspect="u-suspect-2", now=T0 - timedelta(days=400))
            await store.set_status(closed.id, "closed", "mod-1", "Mod Kim", now=T0 - timedelta(days=399))
            await store.save_pair_states([PairStateRecord("g-fandom", "u-suspect-1", "u-child-1", {}, T0)])
            return active.id, closed.id
        finally:
            await store.close()

    return asyncio.run(go())


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, str, str]:
    url = f"sqlite:///{tmp_path}/lookout.db"
    active, closed = seed(url)
    return url, active, closed


def test_cases_list_and_filters(db: tuple[str, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    url, active, closed = db
    assert main(["cases", "list", "--db", url]) == 0
    out = capsys.readouterr().out
    assert active in out and closed in out and "2 case(s)" in out
    assert main(["cases", "list", "--db", url, "--status", "open"]) == 0
    out = capsys.readouterr().out
    assert active in out and closed not in out
    assert main(["cases", "list", "--db", url, "--community", "g-none"]) == 0
    assert "No cases with community g-none" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["cases", "list", "--db", url, "--status", "solved"])
    assert "invalid choice: 'solved'" in capsys.readouterr().err


def test_cases_show(db: tuple[str, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    url, active, _closed = db
    assert main(["cases", "show", active, "--db", url]) == 0
    out = capsys.readouterr().out
    assert f"Case {active} - open" in out
    assert "Sky (u-suspect-1): you seem really mature for your age" in out
    assert "Mod Kim: watching this one" in out and "\nSeal: intact (seal " in out
    assert main(["cases", "show", "nope", "--db", url]) == 1
    assert "no case with id 'nope'" in capsys.readouterr().err


def test_cases_export(db: tuple[str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url, active, _closed = db
    out_dir = tmp_path / "evidence"
    assert main(["cases", "export", active, "--db", url, "--out", str(out_dir)]) == 0
    data = json.loads((out_dir / f"case-{active}.json").read_text("utf-8"))
    assert len(data["items"]) == 5 and data["case_digest"] in capsys.readouterr().out
    assert (out_dir / f"case-{active}.html").exists()


def test_storage_purge_and_forget(db: tuple[str, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    url, active, closed = db
    assert main(["storage", "purge", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "Purged from SQLite database" in out and "cases" in out and "pair_states" in out
    assert main(["storage", "purge", "--db", url]) == 0
    assert "Nothing to purge" in capsys.readouterr().out
    assert main(["storage", "forget", "u-suspect-1", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "Kept, and why:" in out and active in out and "moderator has not decided" in out
    assert main(["storage", "forget", "u-nobody", "--db", url, "--community", "g-fandom"]) == 0
    assert "Nothing stored about user u-nobody in community g-fandom" in capsys.readouterr().out


def test_missing_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo.db"
    assert main(["cases", "list", "--db", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"no Lookout database at {missing}" in err and "--db" in err
    assert not missing.exists()
    assert main(["cases", "list", "--db", "mysql://host/db"]) == 2
    assert "storage url mysql://… is not supported" in capsys.readouterr().err
