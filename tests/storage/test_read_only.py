"""A database this process may not write: write commands say so and stop, read commands still work.

The probe that found this: `lookout storage purge` and `storage forget` on a read-only SQLite
file waited forever, because the writer treats "read-only" as an outage to wait out (right for a
bot whose disk is remounted, wrong for a command a person typed).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli_storage import main
from storage import open_storage
from storage.writer import WriteFailedError
from tests.storage.conftest import FAST_WRITER
from tests.storage.helpers import conversation, new_case
from tests.storage.test_reliability import faulty_store

ROOT = Path(__file__).resolve().parents[2]


async def seed(url: str) -> str:
    store = await open_storage(url, writer_options=FAST_WRITER)
    try:
        case = await new_case(store)
        await store.add_evidence(case.id, conversation())
        return case.id
    finally:
        await store.close()


def read_only_url(db_url: str) -> str:
    """PostgreSQL: the same schema with every transaction read-only, as on a hot standby."""
    return f"{db_url}&default_transaction_read_only=on"


def unwritable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the file and its folder unwritable for this process.

    Permission bits do not stop root, so under root the access check the driver makes is
    answered as it would be for an ordinary user (the subprocess test below uses a real one).
    """
    path.chmod(0o444)
    path.parent.chmod(0o555)
    if os.geteuid() == 0:
        real_access = os.access
        denied = {str(path), str(path.parent)}

        def access(target: object, mode: int, **kwargs: object) -> bool:
            if mode & os.W_OK and str(target) in denied:
                return False
            return real_access(target, mode, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr("storage.sqlite_driver.os.access", access)


@pytest.fixture
def restore_modes(tmp_path: Path) -> Iterator[None]:
    yield
    tmp_path.chmod(0o755)
    for child in tmp_path.iterdir():
        child.chmod(0o644)


async def cli(*argv: str) -> int:
    return await asyncio.to_thread(main, list(argv))


async def test_write_commands_refuse_a_read_only_database_at_once(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    restore_modes: None,
) -> None:
    case_id = await seed(db_url)
    if db_url.startswith("postgresql"):
        url = read_only_url(db_url)
    else:
        url = db_url
        unwritable(tmp_path / "lookout.db", monkeypatch)
    before = sorted(p.name for p in tmp_path.iterdir())
    started = time.monotonic()
    assert await asyncio.wait_for(cli("storage", "purge", "--db", url), 60) == 2
    assert "read-only" in capsys.readouterr().err
    assert await asyncio.wait_for(cli("storage", "forget", "u-child-1", "--db", url), 60) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and "Traceback" not in err
    assert time.monotonic() - started < 10  # refused up front, not after the writer's deadline
    # Reading still works, and nothing new appeared beside the file.
    assert await cli("cases", "list", "--db", url) == 0
    assert case_id in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == before


async def test_writer_gives_up_when_the_database_stays_unwritable(db_url: str) -> None:
    store, outage = await faulty_store(db_url, give_up_after_s=0.3)
    try:
        outage.on = True
        with pytest.raises(WriteFailedError) as error:
            await asyncio.wait_for(store.purge(), 10)
        assert "cannot write to" in str(error.value) and "0.3 s" in str(error.value)
        outage.on = False
        assert isinstance(await store.purge(), dict)  # the next write starts afresh
    finally:
        await store.close()


def _as_nobody() -> list[str]:
    """A command prefix that runs a program as the unprivileged user 'nobody' (we are root)."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv to drop to an ordinary user")
    prefix = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    trial = subprocess.run([*prefix, sys.executable, "-c", "import bot.cli"], cwd=ROOT, capture_output=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    if trial.returncode != 0:
        pytest.skip("running as root, and the user 'nobody' cannot run this checkout's Python")
    return prefix


def test_purge_as_a_user_who_cannot_write_the_file_exits_instead_of_hanging() -> None:
    """The real thing: a separate process run by a user the file's permissions shut out."""
    prefix = _as_nobody() if os.geteuid() == 0 else []
    folder = Path(tempfile.mkdtemp(prefix="lookout-ro-"))
    try:
        url = f"sqlite:///{folder}/lookout.db"
        asyncio.run(seed(url))
        before = sorted(p.name for p in folder.iterdir())  # the database and its seal key
        (folder / "lookout.db").chmod(0o444)
        folder.chmod(0o777)  # the folder stays writable: SQLite would create its journal files here
        child = subprocess.run(
            [*prefix, sys.executable, "-m", "bot.cli", "storage", "purge", "--db", url],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.returncode == 2, child.stderr
        assert "is read-only here" in child.stderr and "Traceback" not in child.stderr
        assert sorted(p.name for p in folder.iterdir()) == before
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
