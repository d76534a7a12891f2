"""Retention: delete what outlived its time, per community (its overrides, else the storage default)."""

from __future__ import annotations

from datetime import datetime

from storage.driver import Tx
from storage.models import RETENTION_FIELDS, Retention
from storage.sql.case_rows import CASE_CHILD_TABLES, FINAL_SQL
from storage.sql.host import SqlHost, now_or, ts

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
            counts: dict[str, int] = {}
            overrides = await tx.fetchone(_ANY_OVERRIDE) is not None
            await _purge_expired(tx, counts, self.retention, ts(at), overrides=overrides)
            return counts

        return await self._writer.call(write, "purge", barrier=True)


async def _purge_expired(tx: Tx, counts: dict[str, int], default: Retention, now: float, *, overrides: bool) -> None:
    """Delete expired rows in every table; a community's retention columns override `default`."""

    def older(table: str, column: str, kind: str) -> tuple[str, list[float]]:
        """`column < cutoff` for the table's rows, and its parameters."""
        default_cutoff = now - getattr(default, kind) * 86400.0
        if not overrides:
            return f"{column} < ?", [default_cutoff]
        own = f"SELECT ? - s.{kind} * 86400.0 FROM community_settings s WHERE s.community_id = {table}.community_id"
        return f"{column} < COALESCE(({own}), ?)", [now, default_cutoff]

    def add(table: str, count: int) -> None:
        counts[table] = counts.get(table, 0) + count

    for table, column in (("pair_states", "last_seen"), ("suspect_aggregates", "last_seen"), ("pair_events", "ts")):
        where, params = older(table, column, "pair_state_days")
        add(table, await tx.execute(f"DELETE FROM {table} WHERE {where}", params))
    where, params = older("nudges", "at", "nudge_days")
    add("nudges", await tx.execute(f"DELETE FROM nudges WHERE {where}", params))
    where, params = older("outbox", "delivered_at", "nudge_days")
    add("outbox", await tx.execute(f"DELETE FROM outbox WHERE delivered_at IS NOT NULL AND {where}", params))
    where, params = older("cases", "updated_at", "closed_case_days")
    expired = f"SELECT id FROM cases WHERE status IN {FINAL_SQL} AND {where}"
    for table in CASE_CHILD_TABLES:
        add(table, await tx.execute(f"DELETE FROM {table} WHERE case_id IN ({expired})", params))
    add("cases", await tx.execute(f"DELETE FROM cases WHERE id IN ({expired})", params))
    add("link_codes", await tx.execute("DELETE FROM link_codes WHERE expires_at < ?", [now]))

