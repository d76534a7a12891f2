"""SQLite through aiosqlite: the default backend, one file, WAL mode.

Two connections: the writer's and a reader's. WAL lets the reader see committed data while a
batch is being written, so moderator commands and restores never wait for the writer. An
in-memory database (tests, the offline scanner) cannot be shared between connections, so it uses
one connection and a lock that keeps reads out of an open write transaction.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager, suppress
from pathlib import Path
from typing import Any

import aiosqlite

from storage.base import StorageError
from storage.driver import Driver, Row, Tx

# Primary result codes that describe the environment, not the statement: worth waiting out.
_TRANSIENT_CODES = {
    5,  # SQLITE_BUSY
    6,  # SQLITE_LOCKED
    7,  # SQLITE_NOMEM
    8,  # SQLITE_READONLY (file made read-only, or a read-only mount)
    10,  # SQLITE_IOERR
    13,  # SQLITE_FULL (disk full)
    14,  # SQLITE_CANTOPEN
    15,  # SQLITE_PROTOCOL
}


class _SqliteTx:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        cursor = await self._conn.execute(sql, tuple(params))
        count = cursor.rowcount
        await cursor.close()
        return max(count, 0)

    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        await self._conn.executemany(sql, rows)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return [tuple(row) for row in await self._conn.execute_fetchall(sql, tuple(params))]

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = await self._conn.execute_fetchall(sql, tuple(params))
        for row in rows:
            return tuple(row)
        return None


def _write_problem(file: Path) -> str | None:
    """Why this process cannot write the database file or its journal files, or None if it can."""
    if file.exists():
        if not os.access(file, os.W_OK):
            return f"this user may not write the file {file}"
        folder = file.parent
    else:
        folder = next((p for p in file.parents if p.exists()), Path("."))
        if not folder.is_dir():
            return f"{folder} is a file, not a folder"
    if not os.access(folder, os.W_OK):
        return f"this user may not write in its folder {folder} (SQLite keeps its journal files there)"
    return None


class SqliteDriver(Driver):
    dialect = "sqlite"

    def __init__(self, writer: aiosqlite.Connection, reader: aiosqlite.Connection | None, where: str) -> None:
        self._writer = writer
        self._reader = reader
        self._shared_lock = asyncio.Lock() if reader is None else None
        self.description = where
        self._quick: sqlite3.Connection | None = None

    @classmethod
    async def open(cls, path: str, *, must_exist: bool = False, read_only: bool = False) -> SqliteDriver:
        """Open (creating on first run) the database file; ":memory:" gives a private in-memory one.

        A file this process may not write is refused before SQLite touches it, unless the caller
        only reads (`read_only`): SQLite would otherwise create its journal files owned by this
        user, and every write would fail as an outage the writer waits out forever.
        """
        if path == ":memory:":
            conn = await aiosqlite.connect(":memory:", isolation_level=None)
            return cls(conn, None, "SQLite in memory")
        file = Path(path).expanduser()
        if must_exist and not file.exists():
            raise StorageError(f"no Lookout database at {file}: check the --db option or the [storage] url setting")
        problem = _write_problem(file)
        if problem is not None:
            if read_only and file.exists():
                return await cls._open_read_only(file)
            raise StorageError(
                f"SQLite database {file} is read-only here ({problem}), and Lookout must write to it for this. "
                "Run it as the user that runs the bot, or make the file and its folder writable."
            )
        file.parent.mkdir(parents=True, exist_ok=True)
        writer = await aiosqlite.connect(str(file), isolation_level=None)
        try:
            await writer.execute("PRAGMA busy_timeout = 5000")
            await writer.execute("PRAGMA journal_mode = WAL")
            # FULL syncs the WAL at each commit: a committed (and then announced) alert survives a
            # power cut, not only a process crash. Batching keeps the cost to one sync per batch.
            await writer.execute("PRAGMA synchronous = FULL")
            reader = await aiosqlite.connect(str(file), isolation_level=None)
            await reader.execute("PRAGMA busy_timeout = 5000")
            await reader.execute("PRAGMA query_only = ON")
        except BaseException:
            await writer.close()
            raise
        driver = cls(writer, reader, f"SQLite database {file}")
        # The hot read (a pair's latest events) runs on the event loop's thread: an indexed lookup
        # of 50 rows takes ~0.1 ms, less than the hand-off to aiosqlite's thread. WAL readers do not
        # wait for the writer; a short busy timeout bounds the rare case where they would.
        quick = sqlite3.connect(str(file), isolation_level=None, check_same_thread=False)
        quick.execute("PRAGMA busy_timeout = 20")
        quick.execute("PRAGMA query_only = ON")
        driver._quick = quick
        return driver

    @classmethod
    async def _open_read_only(cls, file: Path) -> SqliteDriver:
        """Reads only. Without a -wal file no connection is open (the last one to close removes
        it), so the file can be opened immutable, which creates no side files; otherwise the bot
        is running and its shared-memory file exists, and a plain read-only connection joins it."""
        mode = "mode=ro" if Path(f"{file}-wal").exists() else "immutable=1"
        uri = f"{file.resolve().as_uri()}?{mode}"
        conn = await aiosqlite.connect(uri, uri=True, isolation_level=None)
        try:
            await conn.execute("PRAGMA query_only = ON")
            await conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
        except BaseException:
            await conn.close()
            raise
        driver = cls(conn, None, f"SQLite database {file} (read-only)")
        driver.read_only = True
        return driver

    def transaction(self) -> AbstractAsyncContextManager[Tx]:
        return self._transaction()

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[Tx]:
        if self._shared_lock is not None:
            async with self._shared_lock, self._write_scope() as tx:
                yield tx
        else:
            async with self._write_scope() as tx:
                yield tx

    @asynccontextmanager
    async def _write_scope(self) -> AsyncIterator[Tx]:
        # IMMEDIATE takes the write lock up front, so two processes on one file queue on
        # busy_timeout instead of failing half-way through a batch.
        await self._writer.execute("BEGIN IMMEDIATE")
        try:
            yield _SqliteTx(self._writer)
        except BaseException:
            if self._writer.in_transaction:
                with suppress(sqlite3.Error):
                    await self._writer.execute("ROLLBACK")
            raise
        await self._writer.execute("COMMIT")

    def reader(self) -> AbstractAsyncContextManager[Tx]:
        return self._read_scope()

    @asynccontextmanager
    async def _read_scope(self) -> AsyncIterator[Tx]:
        if self._shared_lock is not None:
            async with self._shared_lock:
                yield _SqliteTx(self._writer)
        else:
            assert self._reader is not None
            yield _SqliteTx(self._reader)

    def is_transient(self, exc: BaseException) -> bool:
        if not isinstance(exc, sqlite3.Error):
            return isinstance(exc, OSError)
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:
            return isinstance(exc, sqlite3.OperationalError)
        return (int(code) & 0xFF) in _TRANSIENT_CODES

    def quick_fetchall(self, sql: str, params: Sequence[Any]) -> list[Row] | None:
        if self._quick is None:
            return None
        try:
            return self._quick.execute(sql, tuple(params)).fetchall()
        except sqlite3.OperationalError:
            return None  # busy or unavailable: the caller falls back to the async reader

    async def close(self) -> None:
        if self._quick is not None:
            self._quick.close()
        if self._reader is not None:
            await self._reader.close()
        await self._writer.close()
