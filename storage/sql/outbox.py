"""The outbox: alerts and nudges decided but not yet confirmed delivered, so a restart resends them."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from storage.driver import Tx
from storage.models import OutboxItem
from storage.sql.host import SqlHost, dt, now_or, ts


class OutboxSql(SqlHost):
    async def outbox_put(
        self,
        kind: str,
        community_id: str,
        payload: dict[str, Any],
        *,
        case_id: str | None = None,
        user_id: str | None = None,
        now: datetime | None = None,
    ) -> str:
        item_id = uuid.uuid4().hex
        data = json.dumps(payload, sort_keys=True, default=str)
        at = ts(now_or(now))

        async def write(tx: Tx) -> None:
            await tx.execute(
                "INSERT INTO outbox (id, community_id, kind, case_id, user_id, payload, created_at, delivered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                (item_id, community_id, kind, case_id, user_id, data, at),
            )

        await self._writer.call(write, "outbox")
        return item_id

    async def outbox_pending(self, limit: int = 100) -> list[OutboxItem]:
        async with self._driver.reader() as tx:
            rows = await tx.fetchall(
                "SELECT id, community_id, kind, payload, case_id, user_id, created_at FROM outbox "
                "WHERE delivered_at IS NULL ORDER BY created_at, id LIMIT ?",
                (limit,),
            )
        return [OutboxItem(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], dt(r[6])) for r in rows]

    async def outbox_done(self, item_id: str, now: datetime | None = None) -> None:
        at = ts(now_or(now))

        async def write(tx: Tx) -> None:
            await tx.execute("UPDATE outbox SET delivered_at = ? WHERE id = ?", (at, item_id))

        await self._writer.call(write, "outbox")
