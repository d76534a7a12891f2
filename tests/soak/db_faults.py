"""Taking the database away from a running bot, two ways.

- `Outage` + `FaultyDriver`: every statement, reads included, fails the way SQLite fails when its
  file is gone (an I/O error); when the outage ends, the first reads on each connection fail once
  more, as asyncpg's pooled connections do after a PostgreSQL restart.
- `TcpProxy`: a real cut between the bot and PostgreSQL. Open connections are closed and new ones
  refused until it is restored, so asyncpg sees exactly what a network partition or a server
  restart looks like.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import pytest

import bot.service
from storage import Driver, open_driver
from storage.driver import Row, Tx

# Time compressed tenfold: the writer's retry cap goes from 10 s to 1 s, so a 3 s outage makes
# the writer retry as often, relative to the outage, as a 30 s outage does with the defaults.
COMPRESSED_WRITER = {"retry_initial_s": 0.01, "retry_max_s": 1.0}
STALE_READS_AFTER = 2  # reads that still fail once the database is back (dead pooled connections)


class Outage:
    def __init__(self) -> None:
        self.on = False
        self.failures = 0
        self.stale_reads = 0

    def start(self) -> None:
        self.on = True

    def end(self) -> None:
        self.on = False
        self.stale_reads = STALE_READS_AFTER

    def check(self, *, read: bool = False) -> None:
        if read and not self.on and self.stale_reads > 0:
            self.stale_reads -= 1
            self._fail()
        if self.on:
            self._fail()

    def _fail(self) -> None:
        self.failures += 1
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = 10  # type: ignore[attr-defined]  # SQLITE_IOERR
        raise error


class _FaultyTx:
    def __init__(self, inner: Tx, outage: Outage, read: bool) -> None:
        self._inner, self._outage, self._read = inner, outage, read

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        self._outage.check(read=self._read)
        return await self._inner.execute(sql, params)

    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._outage.check(read=self._read)
        await self._inner.executemany(sql, rows)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        self._outage.check(read=self._read)
        return await self._inner.fetchall(sql, params)

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        self._outage.check(read=self._read)
        return await self._inner.fetchone(sql, params)


class FaultyDriver(Driver):
    def __init__(self, inner: Driver, outage: Outage) -> None:
        self.inner, self.outage = inner, outage
        self.dialect = inner.dialect
        self.description = inner.description

    def transaction(self) -> AbstractAsyncContextManager[Tx]:
        return self._scope(self.inner.transaction(), read=False)

    def reader(self) -> AbstractAsyncContextManager[Tx]:
        return self._scope(self.inner.reader(), read=True)

    @asynccontextmanager
    async def _scope(self, inner: AbstractAsyncContextManager[Tx], *, read: bool) -> AsyncIterator[Tx]:
        self.outage.check(read=read)
        async with inner as tx:
            yield _FaultyTx(tx, self.outage, read)

    def is_transient(self, exc: BaseException) -> bool:
        return self.inner.is_transient(exc)

    async def close(self) -> None:
        await self.inner.close()


def inject(monkeypatch: pytest.MonkeyPatch, outage: Outage | None) -> None:
    """Make the service open its storage through `outage` (None: real driver), with compressed time."""
    real = bot.service.open_storage

    async def opened(url: str, **kwargs: Any) -> Any:
        driver = None if outage is None else FaultyDriver(await open_driver(url), outage)
        return await real(url, driver=driver, writer_options=COMPRESSED_WRITER, **kwargs)

    monkeypatch.setattr(bot.service, "open_storage", opened)


class TcpProxy:
    """127.0.0.1:<port> → target, with a switch that cuts every connection and refuses new ones."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self.cut = False
        self._server: asyncio.base_events.Server | None = None
        self._pipes: set[asyncio.StreamWriter] = set()

    async def start(self) -> TcpProxy:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def stop(self) -> None:
        self.sever()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def sever(self) -> None:
        """The database is gone: close every open connection; new ones are refused until `restore`."""
        self.cut = True
        for writer in list(self._pipes):
            writer.transport.abort()
        self._pipes.clear()

    def restore(self) -> None:
        self.cut = False

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.cut:
            writer.transport.abort()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self._pipes.update((writer, up_writer))
        await asyncio.gather(self._pump(reader, up_writer), self._pump(up_reader, writer))

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                if self.cut:
                    break
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            self._pipes.discard(writer)
            with contextlib.suppress(Exception):
                writer.transport.abort()
