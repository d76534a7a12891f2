"""Wrong input to the storage commands gives one clear line and an exit code, never a traceback."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from storage import open_storage


def one_error_line(err: str) -> str:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "error:" in line]
    assert len(lines) == 1, err
    return lines[0]


def test_cases_list_on_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list, not a database\n" * 20, encoding="utf-8")
    assert main(["cases", "list", "--db", str(notes)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert str(notes) in line and "not a database" in line


@pytest.mark.parametrize("limit", ["1e20", "100000000000000000000", "0", "-3", "ten"])
def test_cases_list_limit_out_of_range(tmp_path: Path, capsys: pytest.CaptureFixture[str], limit: str) -> None:
    url = f"sqlite:///{tmp_path}/lookout.db"

    async def create() -> None:
        await (await open_storage(url)).close()

    asyncio.run(create())
    with pytest.raises(SystemExit) as exit_:
        main(["cases", "list", "--db", url, "--limit", limit])
    assert exit_.value.code == 2
    line = one_error_line(capsys.readouterr().err)
    assert "--limit" in line and "use 1 to 100,000" in line
