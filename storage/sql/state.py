"""The pipeline's running state: pair risk, per-suspect aggregates, pair events and nudge records.

Pair states, aggregates and events are the hot path (a write per risky message), so they go
through the writer's row queue: batched, not awaited to commit, and the first records dropped
when a long outage fills the queue. Nudge claims are call ops instead: a child must never get the
same tip twice because two decisions raced.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from storage.driver import Tx
from storage.models import NudgeRecord, PairEvent, PairStateRecord, SuspectAggregateRecord
from storage.sql.host import SqlHost, dt, now_or, ts

_INSERT_EVENT = (
    "INSERT INTO pair_events (community_id, suspect_id, target_id, ts, message_id, categories, "
    "rule_ids, risk) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPSERT_PAIR = (
    "INSERT INTO pair_states (community_id, suspect_id, target_id, state, last_seen) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (community_id, suspect_id, target_id) DO UPDATE SET state = excluded.state, "
    "last_seen = excluded.last_seen"
)
_UPSERT_SUSPECT = (
    "INSERT INTO suspect_aggregates (community_id, suspect_id, state, last_seen) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (community_id, suspect_id) DO UPDATE SET state = excluded.state, "
    "last_seen = excluded.last_seen"
)


def _join(values: Sequence[str]) -> str:
    # Categories and rule ids are identifiers (no commas); joining is far cheaper than JSON on the
    # hot pair-event path.
    return ",".join(values)


@lru_cache(maxsize=4096)
def _split(value: str) -> tuple[str, ...]:
    # Few distinct category/rule combinations exist, so the hot read reuses the tuples.
    return tuple(value.split(",")) if value else ()


class StateSql(SqlHost):
    # -- pair and suspect state ---------------------------------------------------------------
    async def save_pair_states(self, records: Sequence[PairStateRecord]) -> None:
        rows = [(r.community_id, r.suspect_id, r.target_id, json.dumps(r.state), ts(r.last_seen)) for r in records]
        self._writer.put_rows(_UPSERT_PAIR, rows, "pair states")
        await self._writer.room()

    async def load_pair_states(self, community_id: str | None = None) -> list[PairStateRecord]:
        sql = "SELECT community_id, suspect_id, target_id, state, last_seen FROM pair_states"
        params: tuple[Any, ...] = ()
        if community_id is not None:
            sql += " WHERE community_id = ?"
            params = (community_id,)
        async with self._driver.reader() as tx:
            rows = await tx.fetchall(sql, params)
        return [PairStateRecord(r[0], r[1], r[2], json.loads(r[3]), dt(r[4])) for r in rows]

    async def save_suspect_aggregates(self, records: Sequence[SuspectAggregateRecord]) -> None:
        rows = [(r.community_id, r.suspect_id, json.dumps(r.state), ts(r.last_seen)) for r in records]
        self._writer.put_rows(_UPSERT_SUSPECT, rows, "suspect aggregates")
        await self._writer.room()

    async def load_suspect_aggregates(self, community_id: str | None = None) -> list[SuspectAggregateRecord]:
        sql = "SELECT community_id, suspect_id, state, last_seen FROM suspect_aggregates"
        params: tuple[Any, ...] = ()
        if community_id is not None:
            sql += " WHERE community_id = ?"
            params = (community_id,)
        async with self._driver.reader() as tx:
            rows = await tx.fetchall(sql, params)
        return [SuspectAggregateRecord(r[0], r[1], json.loads(r[2]), dt(r[3])) for r in rows]

    # -- pair events ---------------------------------------------------------------------------
    async def add_pair_events(self, events: Sequence[PairEvent]) -> None:
        rows = [
            (
                e.community_id,
                e.suspect_id,
                e.target_id,
                ts(e.timestamp),
                e.message_id,
                _join(e.categories),
                _join(e.rule_ids),
                e.risk,
            )
            for e in events
        ]
        self._writer.put_rows(_INSERT_EVENT, rows, "pair events")
        await self._writer.room()

    async def pair_events(self, community_id: str, suspect_id: str, target_id: str, limit: int = 50) -> list[PairEvent]:
        sql = (
            "SELECT ts, message_id, categories, rule_ids, risk FROM pair_events "
            "WHERE community_id = ? AND suspect_id = ? AND target_id = ? ORDER BY ts DESC LIMIT ?"
        )
        params = (community_id, suspect_id, target_id, limit)
        rows = self._driver.quick_fetchall(sql, params) if limit <= 200 else None
        if rows is None:
            async with self._driver.reader() as tx:
                rows = await tx.fetchall(sql, params)
        return [
            PairEvent(community_id, suspect_id, target_id, r[1], dt(r[0]), _split(r[2]), _split(r[3]), r[4])
            for r in rows
        ]

    # -- nudges --------------------------------------------------------------------------------
    async def claim_nudge(self, community_id: str, child_id: str, category: str, now: datetime | None = None) -> bool:
        """Check the daily limit and record the nudge in one step, so two decisions at once send one."""
        at = now_or(now)
        since = ts(at - timedelta(days=1))

        async def write(tx: Tx) -> bool:
            row = await tx.fetchone(
                "SELECT 1 FROM nudges WHERE community_id = ? AND child_id = ? AND category = ? AND at > ? LIMIT 1",
                (community_id, child_id, category, since),
            )
            if row is not None:
                return False
            await tx.execute(
                "INSERT INTO nudges (community_id, child_id, category, at) VALUES (?, ?, ?, ?)",
                (community_id, child_id, category, ts(at)),
            )
            return True

        return await self._writer.call(write, "nudge")

    async def recent_nudges(self, since: datetime, community_id: str | None = None) -> list[NudgeRecord]:
        sql = "SELECT community_id, child_id, category, at FROM nudges WHERE at >= ?"
        params: list[Any] = [ts(since)]
        if community_id is not None:
            sql += " AND community_id = ?"
            params.append(community_id)
        async with self._driver.reader() as tx:
            rows = await tx.fetchall(sql + " ORDER BY at", params)
        return [NudgeRecord(r[0], r[1], r[2], dt(r[3])) for r in rows]
