"""Retention: delete what outlived its time, per community (its overrides, else the storage default).

The purge walks the table registry (storage.tables), so a table added there is purged too.
"""

from __future__ import annotations

from datetime import datetime

from storage.driver import Tx
from storage.models import RETENTION_FIELDS, Retention
from storage.sql.host import SqlHost, now_or, ts
from storage.tables import CASE_CHILD_TABLES, TABLES, Table

_ANY_OVERRIDE = (
    "SELECT 1 FROM community_settings WHERE "
    + " OR ".join(f"{name} IS NOT NULL" for name in RETENTION_FIELDS)
    + " LIMIT 1"
)


class RetentionSql(SqlHost):
    async def purge(self, now: datetime | None = None) -> dict[str, int]:
        """Apply each community's retention (its overrides, else the storage default).

        A community's own retention is read by each DELETE from its settings row (a lookup by
        primary key per candidate row), so the work is a handful of statements however many
        communities have their own retention (a statement per community, or their ids as bind
        parameters, broke past 10,000 on PostgreSQL and took minutes).
        """
        at = now_or(now)

        async def write(tx: Tx) -> dict[str, int]:
            overrides = await tx.fetchone(_ANY_OVERRIDE) is not None
            return await _purge_expired(tx, self.retention, ts(at), overrides=overrides)

        return await self._writer.call(write, "purge", barrier=True)


async def _purge_expired(tx: Tx, default: Retention, now: float, *, overrides: bool) -> dict[str, int]:
    """Delete expired rows in every table; a community's retention columns override `default`."""
    counts: dict[str, int] = {}

    def expired(table: Table) -> tuple[str, list[float]]:
        """The SQL condition for the table's expired rows, and its parameters."""
        column = table.time_column
        if not table.retention:  # rows carry their own expiry time
            where, params = f"{column} < ?", [now]
        else:
            default_cutoff = now - getattr(default, table.retention) * 86400.0
            if overrides:
                own = (f"SELECT ? - s.{table.retention} * 86400.0 FROM community_settings s "
                       f"WHERE s.community_id = {table.name}.community_id")
                where, params = f"{column} < COALESCE(({own}), ?)", [now, default_cutoff]
            else:
                where, params = f"{column} < ?", [default_cutoff]
        return (f"{table.expires_when} AND {where}" if table.expires_when else where), params

    for table in TABLES:
        if table.case_child or not table.time_column:
            continue
        where, params = expired(table)
        if table.name == "cases":  # the case's own rows go first, and rows about it, then the case
            ids = f"SELECT id FROM cases WHERE {where}"
            for child in CASE_CHILD_TABLES:
                counts[child] = await tx.execute(f"DELETE FROM {child} WHERE case_id IN ({ids})", params)
            for other in TABLES:
                if other.case_ref:
                    counts[other.name] = counts.get(other.name, 0) + await tx.execute(
                        f"DELETE FROM {other.name} WHERE {other.case_ref} IN ({ids})", params)
        counts[table.name] = await tx.execute(f"DELETE FROM {table.name} WHERE {where}", params)
    return counts
