"""Retention: delete what outlived its time, per community (its overrides, else the storage default)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from storage.driver import Tx
from storage.models import Retention
from storage.sql.case_rows import CASE_CHILD_TABLES, FINAL_SQL
from storage.sql.host import SqlHost, now_or, ts

# A per-session scratch table: SQLite keeps TEMP tables per connection, PostgreSQL per session.
_CUTOFF_TABLE = {
    "sqlite": "CREATE TEMP TABLE IF NOT EXISTS purge_cutoffs (community_id TEXT PRIMARY KEY, "
    "state_cutoff REAL NOT NULL, nudge_cutoff REAL NOT NULL, case_cutoff REAL NOT NULL)",
    "postgresql": "CREATE TEMP TABLE IF NOT EXISTS purge_cutoffs (community_id TEXT PRIMARY KEY, "
    "state_cutoff DOUBLE PRECISION NOT NULL, nudge_cutoff DOUBLE PRECISION NOT NULL, "
    "case_cutoff DOUBLE PRECISION NOT NULL) ON COMMIT DELETE ROWS",
}


class RetentionSql(SqlHost):
    async def purge(self, now: datetime | None = None) -> dict[str, int]:
        """Apply each community's retention (its overrides, else the storage default).

        Overrides go into a temporary table that each DELETE consults, so the work is a handful of
        statements however many communities have their own retention (a statement per community,
        or their ids as bind parameters, broke past 10,000 on PostgreSQL and took minutes).
        """
        at = now_or(now)
        dialect = self._driver.dialect

        async def write(tx: Tx) -> dict[str, int]:
            counts: dict[str, int] = {}
            rows = await tx.fetchall("SELECT community_id, data FROM settings")
            cutoffs: list[tuple[str, float, float, float]] = []
            for community_id, data in rows:
                custom = json.loads(data).get("retention") or {}
                if custom:
                    cutoffs.append((community_id, *_cutoffs(self.retention.with_overrides(custom), at)))
            if cutoffs:
                await tx.execute(_CUTOFF_TABLE[dialect])
                await tx.execute("DELETE FROM purge_cutoffs")
                await tx.executemany(
                    "INSERT INTO purge_cutoffs (community_id, state_cutoff, nudge_cutoff, case_cutoff) "
                    "VALUES (?, ?, ?, ?)",
                    cutoffs,
                )
            await _purge_expired(tx, counts, _cutoffs(self.retention, at), overrides=bool(cutoffs))
            if cutoffs:
                await tx.execute("DELETE FROM purge_cutoffs")
            return counts

        return await self._writer.call(write, "purge", barrier=True)


def _cutoffs(retention: Retention, now: datetime) -> tuple[float, float, float]:
    """(pair state, nudge, closed case) cutoffs: records last touched before them expire."""
    return (
        ts(now - timedelta(days=retention.pair_state_days)),
        ts(now - timedelta(days=retention.nudge_days)),
        ts(now - timedelta(days=retention.closed_case_days)),
    )


async def _purge_expired(
    tx: Tx, counts: dict[str, int], defaults: tuple[float, float, float], *, overrides: bool
) -> None:
    """Delete expired rows in every table; a community's row in purge_cutoffs overrides `defaults`."""

    def cutoff(table: str, kind: str) -> str:
        if not overrides:
            return "?"
        return (
            f"COALESCE((SELECT c.{kind} FROM purge_cutoffs c WHERE c.community_id = {table}.community_id), ?)"
        )

    def add(table: str, count: int) -> None:
        counts[table] = counts.get(table, 0) + count

    state, nudge, closed = defaults
    for table, column in (("pair_states", "last_seen"), ("suspect_aggregates", "last_seen"), ("pair_events", "ts")):
        add(table, await tx.execute(f"DELETE FROM {table} WHERE {column} < {cutoff(table, 'state_cutoff')}", [state]))
    add("nudges", await tx.execute(f"DELETE FROM nudges WHERE at < {cutoff('nudges', 'nudge_cutoff')}", [nudge]))
    add(
        "outbox",
        await tx.execute(
            f"DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < {cutoff('outbox', 'nudge_cutoff')}",
            [nudge],
        ),
    )
    expired = f"SELECT id FROM cases WHERE status IN {FINAL_SQL} AND updated_at < {cutoff('cases', 'case_cutoff')}"
    for table in CASE_CHILD_TABLES:
        add(table, await tx.execute(f"DELETE FROM {table} WHERE case_id IN ({expired})", [closed]))
    add("cases", await tx.execute(f"DELETE FROM cases WHERE id IN ({expired})", [closed]))
