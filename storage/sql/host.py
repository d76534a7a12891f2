"""What every part of the SQL storage shares: the driver, the writer, the seal key, and time helpers.

The SQL storage is split by aggregate (settings, risk state, cases, evidence, outbox, retention,
erasure), one mixin per module, all combined into `storage.sql.SqlStorage`. Each mixin derives
from `SqlHost`, which declares the few attributes they use, so no module needs to import the
class that combines them (the abstract-base pattern Red's moderation cog uses for its mixins).
"""

from __future__ import annotations

from datetime import UTC, datetime

from storage.driver import Driver
from storage.models import Retention, as_utc, utcnow
from storage.seal import SealKey
from storage.writer import BatchWriter


class SqlHost:
    """The state the SQL mixins share; `SqlStorage.__init__` sets it."""

    _driver: Driver
    _writer: BatchWriter
    retention: Retention
    seal_key: SealKey | None  # None only when opened to read without the key file
    # Appends to one case's chain must queue, also across processes sharing PostgreSQL.
    _lock_sql: str

    @property
    def description(self) -> str:
        return self._driver.description


def ts(value: datetime) -> float:
    """A datetime as stored: seconds since the epoch, UTC (see storage.schema)."""
    return as_utc(value).timestamp()


def dt(value: float) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def now_or(value: datetime | None) -> datetime:
    return utcnow() if value is None else as_utc(value)


def summary(counts: dict[str, int]) -> str:
    """Rows per table for a log line, e.g. "3 cases, 12 evidence"."""
    parts = [f"{count} {table}" for table, count in sorted(counts.items()) if count]
    return ", ".join(parts) if parts else "nothing"
