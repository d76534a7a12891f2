"""Listing cases with filters and pages, in the database rather than in memory.

Why a query of its own: `list_cases` serves the chat commands (a community, a status, the newest
few). A screen that pages through months of cases, filtered by category or by a child's id,
must not read them all to show 25; categories and targets are JSON lists, matched here as quoted
strings inside the stored text.
"""

from __future__ import annotations

import json
from typing import Any

from storage.models import SEVERITY_ORDER, Case, CaseQuery
from storage.sql.case_rows import CASE_COLUMNS, case_from_row
from storage.sql.host import SqlHost, ts

_RANK = "CASE severity " + " ".join(f"WHEN '{name}' THEN {rank}" for name, rank in SEVERITY_ORDER.items()) + \
    " ELSE -1 END"


def json_string_like(value: str) -> str:
    """A LIKE pattern finding `value` as a string inside stored JSON (quoted, escaped as stored)."""
    text = json.dumps(value)
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class CaseSearchSql(SqlHost):
    async def search_cases(self, query: CaseQuery) -> tuple[list[Case], int]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.communities is not None:
            if not query.communities:
                return [], 0
            clauses.append(f"community_id IN ({', '.join('?' for _ in query.communities)})")
            params.extend(query.communities)
        if query.statuses:
            clauses.append(f"status IN ({', '.join('?' for _ in query.statuses)})")
            params.extend(query.statuses)
        if query.severity:
            clauses.append("severity = ?")
            params.append(query.severity)
        if query.category:
            clauses.append("categories LIKE ? ESCAPE '\\'")
            params.append(json_string_like(query.category))
        if query.user_id:
            clauses.append("(suspect_id = ? OR targets LIKE ? ESCAPE '\\')")
            params.extend([query.user_id, json_string_like(query.user_id)])
        if query.since is not None:
            clauses.append("created_at >= ?")
            params.append(ts(query.since))
        if query.until is not None:
            clauses.append("created_at < ?")
            params.append(ts(query.until))
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        async with self._driver.reader() as tx:
            total = await tx.fetchone(f"SELECT COUNT(*) FROM cases{where}", params)
            rows = await tx.fetchall(
                f"SELECT {CASE_COLUMNS} FROM cases{where} ORDER BY {_RANK} DESC, updated_at DESC, id "
                "LIMIT ? OFFSET ?", [*params, max(0, query.limit), max(0, query.offset)])
        return [case_from_row(row) for row in rows], int(total[0]) if total else 0
