"""The web console's records: one-time login links (only their hashes) and its audit trail.

A login link is redeemed by deleting its rows, in one statement, so a link works once even when
two requests (or two processes) present it at the same moment; an expired link is refused and
deleted all the same. The purge removes links nobody used (storage.tables: `expires_at`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from storage.driver import Tx
from storage.models import AuditEntry, ConsoleAuditEntry, ConsoleLogin
from storage.sql.host import SqlHost, dt, now_or, ts

_AUDIT_COLUMNS = "at, platform, actor_id, actor_name, action, community_id, case_id, detail, ip, user_agent"


class ConsoleSql(SqlHost):
    async def add_console_login(
        self,
        token_hash: str,
        *,
        platform: str,
        user_id: str,
        display_name: str,
        communities: Sequence[str],
        expires_at: datetime,
        now: datetime | None = None,
    ) -> None:
        if not communities:
            raise ValueError("a console login must cover at least one community")
        at = ts(now_or(now))
        rows = [(token_hash, str(c), platform, user_id, display_name, at, ts(expires_at))
                for c in dict.fromkeys(communities)]

        async def write(tx: Tx) -> None:
            await tx.executemany(
                "INSERT INTO console_logins (token_hash, community_id, platform, user_id, display_name, created_at, "
                "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

        await self._writer.call(write, "console login")

    async def take_console_login(self, token_hash: str, now: datetime | None = None) -> ConsoleLogin | None:
        at = ts(now_or(now))

        async def write(tx: Tx) -> ConsoleLogin | None:
            rows = await tx.fetchall(
                "DELETE FROM console_logins WHERE token_hash = ? "
                "RETURNING community_id, platform, user_id, display_name, expires_at", (token_hash,))
            if not rows or float(rows[0][4]) < at:
                return None
            first = rows[0]
            communities = tuple(sorted(str(r[0]) for r in rows))
            return ConsoleLogin(str(first[1]), str(first[2]), str(first[3]), communities, dt(float(first[4])))

        return await self._writer.call(write, "console login")

    async def add_console_audit(self, entry: ConsoleAuditEntry) -> None:
        values = (ts(entry.at), entry.platform, entry.actor_id, entry.actor_name, entry.action, entry.community_id,
                  entry.case_id, entry.detail, entry.ip, entry.user_agent)

        async def write(tx: Tx) -> None:
            await tx.execute(f"INSERT INTO console_audit ({_AUDIT_COLUMNS}) VALUES "
                             f"({', '.join('?' for _ in values)})", values)

        await self._writer.call(write, "console audit")

    async def console_audit(
        self, communities: Sequence[str] | None = None, *, limit: int = 50, offset: int = 0
    ) -> tuple[list[ConsoleAuditEntry], int]:
        where, params = "", []
        if communities is not None:
            # Entries about no one community (logins, purges) are shown only to whoever sees them all.
            where = f"WHERE community_id IN ({', '.join('?' for _ in communities)})" if communities else "WHERE 1 = 0"
            params = list(communities)
        async with self._driver.reader() as tx:
            total_row = await tx.fetchone(f"SELECT COUNT(*) FROM console_audit {where}", params)
            rows = await tx.fetchall(
                f"SELECT {_AUDIT_COLUMNS}, id FROM console_audit {where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                [*params, limit, offset])
        entries = [ConsoleAuditEntry(dt(float(r[0])), r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], int(r[10]))
                   for r in rows]
        return entries, int(total_row[0]) if total_row else 0

    async def case_actions(
        self, communities: Sequence[str] | None = None, *, limit: int = 50, offset: int = 0
    ) -> tuple[list[AuditEntry], int]:
        where, params = "", []
        if communities is not None:
            if not communities:
                return [], 0
            where = f"WHERE c.community_id IN ({', '.join('?' for _ in communities)})"
            params = list(communities)
        source = f"FROM case_audit a JOIN cases c ON c.id = a.case_id {where}"
        async with self._driver.reader() as tx:
            total_row = await tx.fetchone(f"SELECT COUNT(*) {source}", params)
            rows = await tx.fetchall(
                f"SELECT a.case_id, a.actor_id, a.actor_name, a.action, a.detail, a.at, a.id {source} "
                "ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?", [*params, limit, offset])
        entries = [AuditEntry(r[0], r[1], r[2], r[3], r[4], dt(float(r[5])), int(r[6])) for r in rows]
        return entries, int(total_row[0]) if total_row else 0
