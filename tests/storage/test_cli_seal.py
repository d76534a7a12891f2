"""`lookout cases verify`, `cases list --json`, and what `cases show` does with hostile text."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.cli_storage import main
from storage import EvidenceInput, open_storage
from tests.storage.conftest import FAST_WRITER
from tests.storage.helpers import T0, conversation, new_case
from tests.storage.test_migrations import version_2_database_with_a_case


async def seed(url: str) -> list[str]:
    store = await open_storage(url, writer_options=FAST_WRITER)
    try:
        ids = []
        for n in (1, 2):
            case = await new_case(store, suspect=f"u-suspect-{n}", evidence=conversation(f"u-suspect-{n}"))
            await store.add_note(case.id, "mod-1", "Mod Kim", "watching this one")
            ids.append(case.id)
        return ids
    finally:
        await store.close()


async def edit(url: str, statement: str, *params: object) -> None:
    store = await open_storage(url, writer_options=FAST_WRITER)
    try:
        async with store._driver.transaction() as tx:
            await tx.execute(statement, params)
    finally:
        await store.close()


async def cli(*argv: str) -> int:
    return await asyncio.to_thread(main, list(argv))


async def test_verify_names_what_changed_and_exits_3(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = await seed(db_url)
    assert await cli("cases", "verify", first, "--db", db_url) == 0
    assert f"case {first}: intact (seal " in capsys.readouterr().out
    await edit(db_url, "UPDATE evidence SET text = 'see you at school' WHERE case_id = ? AND message_id = 'm5'", second)
    await edit(db_url, "DELETE FROM evidence WHERE case_id = ? AND message_id = 'm2'", second)
    assert await cli("cases", "verify", second, "--db", db_url) == 3
    out = capsys.readouterr().out
    assert f"case {second}: TAMPERED: " in out
    assert "altered: evidence item 5 (message m5) was changed after it was sealed" in out
    assert "deleted: evidence item 2 (message m2) was deleted" in out
    assert await cli("cases", "verify", "--all", "--db", db_url) == 3
    out = capsys.readouterr().out
    assert f"case {first}: intact" in out and "2 case(s): 1 intact, 0 sealed on upgrade, 1 changed after sealing" in out
    assert await cli("cases", "show", second, "--db", db_url) == 3
    assert "Seal: TAMPERED: altered: evidence item 5" in capsys.readouterr().out
    assert await cli("cases", "verify", "--db", db_url) == 2
    assert "name a case" in capsys.readouterr().err


def test_verify_with_another_key_or_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path}/lookout.db"
    first, _second = asyncio.run(seed(url))
    other = tmp_path / "other.seal-key"
    assert main(["storage", "purge", "--db", url, "--seal-key", str(other)]) == 2  # a writer refuses it
    assert "seals its cases with key" in capsys.readouterr().err
    assert not other.exists()
    # A key file that exists but is not the one: a seal mismatch, exit 3.
    from storage import SealKey

    SealKey.load(other, create=True)
    assert main(["cases", "verify", first, "--db", url, "--seal-key", str(other)]) == 3
    assert "not the key that sealed the case" in capsys.readouterr().out
    # No key at all: nothing can be checked, and no key file is made up.
    missing = tmp_path / "missing.seal-key"
    assert main(["cases", "verify", first, "--db", url, "--seal-key", str(missing)]) == 2
    assert f"no seal key at {missing}" in capsys.readouterr().err and not missing.exists()
    assert main(["cases", "show", first, "--db", url, "--seal-key", str(missing)]) == 2
    assert "Seal: NOT CHECKED: no seal key at" in capsys.readouterr().out
    # The key is lost for good: adopt the other one, on purpose.
    assert main(["storage", "adopt-seal-key", "--db", url, "--seal-key", str(other)]) == 0
    assert main(["storage", "purge", "--db", url, "--seal-key", str(other)]) == 0


def test_a_case_from_before_sealing_exits_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path}/old.db"
    asyncio.run(version_2_database_with_a_case(url))
    asyncio.run(edit(url, "SELECT 1"))  # the upgrade, by a writer that holds the key
    asyncio.run(edit(url, "UPDATE evidence SET text = 'ok' WHERE message_id = 'm2'"))  # undo the old edit
    assert main(["cases", "verify", "--all", "--db", url]) == 4
    out = capsys.readouterr().out
    assert "case oldcase1: unchanged since sealed on upgrade" in out and "cannot be ruled out" in out


def test_list_json_gives_one_object_per_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path}/lookout.db"
    ids = asyncio.run(seed(url))
    assert main(["cases", "list", "--json", "--db", url]) == 0
    lines = capsys.readouterr().out.splitlines()
    objects = [json.loads(line) for line in lines]
    assert sorted(o["id"] for o in objects) == sorted(ids) and len(lines) == 2
    first = objects[0]
    assert first["status"] == "open" and first["targets"] == ["u-child-1"] and first["source_file"] == ""
    assert first["seal"]["entries"] == 9 and len(first["seal"]["head"]) == 64
    assert first["created_at"].endswith("+00:00")


def test_show_escapes_terminal_control_sequences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path}/lookout.db"

    async def hostile() -> str:
        store = await open_storage(url, writer_options=FAST_WRITER)
        try:
            line = EvidenceInput("m1", "ch", "u-s", "Sky\x1b]0;title\x07", T0,
                                 "hi\x1b[2K\rCase digest ok - evidence intact\x1b[8m \u202egnp.exe\ud800")
            return (await new_case(store, suspect="u-s", evidence=[line])).id
        finally:
            await store.close()

    case_id = asyncio.run(hostile())
    assert main(["cases", "show", case_id, "--db", url]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out and "\x07" not in out
    assert "hi\\x1b[2K\\x0dCase digest ok" in out
    assert "\\u202egnp.exe\ufffd" in out  # a lone surrogate cannot be stored: it is kept as U+FFFD
    assert "Sky\\x1b]0;title\\x07" in out
