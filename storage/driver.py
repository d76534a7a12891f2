"""The small database surface the SQL storage needs, so one implementation serves both backends.

SQL is written once with `?` placeholders and a few type tokens; each driver adapts it (the
PostgreSQL driver numbers the placeholders). Drivers also classify errors, because the writer must
tell an outage it should wait out (disk full, connection lost, database locked) from a bad record
it should reject at once.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

Row = tuple[Any, ...]


class Tx(Protocol):
    """One connection inside a transaction (or a read-only scope)."""

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns the number of rows it changed."""
        ...

    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None: ...


class Driver(abc.ABC):
    dialect: str  # "sqlite" | "postgresql"
    description: str  # where the data lives, without secrets
    read_only: bool = False  # opened for reading only (the database is not writable by this process)

    @abc.abstractmethod
    def transaction(self) -> AbstractAsyncContextManager[Tx]:
        """A write transaction: committed on normal exit, rolled back on an exception."""

    @abc.abstractmethod
    def reader(self) -> AbstractAsyncContextManager[Tx]:
        """A scope for reads that sees only committed data."""

    @abc.abstractmethod
    def is_transient(self, exc: BaseException) -> bool:
        """True when retrying later may succeed (outage), False when the statement itself is bad."""

    @abc.abstractmethod
    async def close(self) -> None: ...

    def quick_fetchall(self, sql: str, params: Sequence[Any]) -> list[Row] | None:
        """Run a small indexed read on the calling thread, or return None to use `reader()`.

        Only for reads that take well under a millisecond: a thread hand-off costs more than they do.
        """
        return None

    def types(self) -> dict[str, str]:
        """Column type tokens used in the schema definitions."""
        if self.dialect == "postgresql":
            return {"serial": "BIGSERIAL PRIMARY KEY", "real": "DOUBLE PRECISION"}
        return {"serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "real": "REAL"}
