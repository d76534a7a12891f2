"""PostgreSQL through asyncpg, for several bot processes sharing one database.

A `schema` query parameter in the URL (`postgresql://host/db?schema=lookout`) keeps Lookout's
tables in their own schema; the tests use it to give every run a fresh one.
"""

from __future__ import annotations

import asyncio
import itertools
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg

from storage.driver import Driver, Row, Tx

_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")

_TRANSIENT = (
    OSError,
    ConnectionError,
    asyncio.TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.InsufficientResourcesError,  # disk full, out of memory, too many connections
    asyncpg.exceptions.OperatorInterventionError,  # shutdown, cannot connect now
    asyncpg.exceptions.TransactionRollbackError,  # serialization failure, deadlock
    asyncpg.exceptions.ReadOnlySQLTransactionError,  # a standby during fail-over
)


@lru_cache(maxsize=256)
def _numbered(sql: str) -> str:
    """Turn `?` placeholders into `$1, $2, …` (Lookout's SQL has no `?` inside literals)."""
    counter = itertools.count(1)
    return re.sub(r"\?", lambda _m: f"${next(counter)}", sql)


def _changed(status: str) -> int:
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class _PgTx:
    def __init__(self, conn: Any) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return _changed(await self._conn.execute(_numbered(sql), *params))

    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        await self._conn.executemany(_numbered(sql), rows)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return [tuple(record) for record in await self._conn.fetch(_numbered(sql), *params)]

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        record = await self._conn.fetchrow(_numbered(sql), *params)
        return None if record is None else tuple(record)


def split_url(url: str) -> tuple[str, str | None, str]:
    """(DSN for asyncpg, schema or None, description without password)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((value for key, value in query if key == "schema"), None)
    rest = [(key, value) for key, value in query if key != "schema"]
    dsn = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(rest), parts.fragment))
    host = parts.hostname or "localhost"
    where = f"PostgreSQL database {parts.path.lstrip('/') or '(default)'} on {host}:{parts.port or 5432}"
    if schema:
        where += f" (schema {schema})"
    return dsn, schema, where


class PostgresDriver(Driver):
    dialect = "postgresql"

    def __init__(self, pool: Any, where: str) -> None:
        self._pool = pool
        self.description = where

    @classmethod
    async def open(cls, url: str) -> PostgresDriver:
        dsn, schema, where = split_url(url)
        settings: dict[str, str] = {"application_name": "lookout"}
        if schema is not None:
            if not _SCHEMA_NAME.match(schema):
                from storage.base import StorageError

                raise StorageError(f"{where}: schema name {schema!r} must be letters, digits and _")
            conn = await asyncpg.connect(dsn, timeout=10)
            try:
                # Only when missing: a read-only server refuses even CREATE SCHEMA IF NOT EXISTS.
                if not await conn.fetchval("SELECT 1 FROM pg_namespace WHERE nspname = $1", schema):
                    await conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            finally:
                await conn.close()
            settings["search_path"] = schema
        pool = await asyncpg.create_pool(dsn, min_size=1, max_size=4, timeout=10, server_settings=settings)
        driver = cls(pool, where)
        try:
            # A hot standby, or default_transaction_read_only: every write would fail (and be
            # retried as a fail-over), so say so at once.
            async with pool.acquire() as conn:
                driver.read_only = await conn.fetchval("SHOW transaction_read_only") == "on"
        except BaseException:
            await pool.close()
            raise
        return driver

    def transaction(self) -> AbstractAsyncContextManager[Tx]:
        return self._transaction()

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[Tx]:
        async with self._pool.acquire() as conn, conn.transaction():
            yield _PgTx(conn)

    def reader(self) -> AbstractAsyncContextManager[Tx]:
        return self._read_scope()

    @asynccontextmanager
    async def _read_scope(self) -> AsyncIterator[Tx]:
        async with self._pool.acquire() as conn:
            yield _PgTx(conn)

    def is_transient(self, exc: BaseException) -> bool:
        return isinstance(exc, _TRANSIENT)

    async def close(self) -> None:
        await self._pool.close()
