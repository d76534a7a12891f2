"""Erasure: `forget` a person on request, everywhere except where a case still needs their data.

It walks the table registry (storage.tables): cases by the rules below, then every other table
by what the registry says it holds, so a table added there is erased too.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from storage.driver import Tx
from storage.models import ACTIVE_STATUSES, Case, CaseStatus, ForgetResult, utcnow
from storage.sql.case_rows import CASE_COLUMNS, case_from_row, fields, store_case
from storage.sql.cases import CaseSql
from storage.tables import CASE_CHILD_TABLES, TABLES, Erase, Table

FORGOTTEN = "(forgotten)"


def scrub(value: Any, user_id: str) -> Any:
    """A JSON value with the person taken out: list items and keys equal to their id go, and a
    field holding just their id says "(forgotten)"."""
    if isinstance(value, dict):
        return {k: scrub(v, user_id) for k, v in value.items() if k != user_id}
    if isinstance(value, list):
        return [scrub(v, user_id) for v in value if v != user_id]
    return FORGOTTEN if value == user_id else value


def _like(user_id: str) -> str:
    """A LIKE pattern finding the id as it appears in stored JSON (quoted, ASCII-escaped)."""
    text = json.dumps(user_id)
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class ErasureSql(CaseSql):
    async def forget(self, user_id: str, community_id: str | None = None) -> ForgetResult:
        """Erase a person. What stays, and why:

        * Active cases (open, acknowledged) where they are the suspect: a moderator must decide
          first. Cases reported to authorities are kept too, until the closed-case retention
          expires, because the police may still request that evidence.
        * Their messages captured as evidence in someone else's active or reported case: that
          evidence protects them (typically a child asking to be forgotten, whose conversation
          with a suspect is the proof). Deleting it would also break the case digest. It goes
          when the case is closed and its retention runs out, or on a new forget afterwards.
        * In closed cases about someone else, their evidence lines are deleted, they are taken
          off the targets and out of the decisions; the audit trail says lines were removed, so a
          changed digest is explained.
        * Notes and audit entries they wrote as a moderator stay (the record of what was done),
          with their id and name replaced by "(forgotten)".
        * Everything else that names them (risk state, fan-out, events, nudges, the outbox, an
          alert link to their private chat) is deleted, or no longer mentions them.
        """
        scope_sql = "" if community_id is None else " AND community_id = ?"
        scope: list[Any] = [] if community_id is None else [community_id]
        at = utcnow()

        async def write(tx: Tx) -> ForgetResult:
            deleted: dict[str, int] = {}
            kept: list[str] = []

            def add(table: str, count: int) -> None:
                if count:
                    deleted[table] = deleted.get(table, 0) + count

            kept_ids = await self._forget_in_cases(tx, user_id, scope_sql, scope, at, add, kept)
            for table in TABLES:
                if table.erase is Erase.ANONYMISE:
                    await self._anonymise(tx, table, user_id, scope_sql, scope, at, add)
                elif table.erase is Erase.ROWS:
                    await _delete_rows(tx, table, user_id, scope_sql, scope, kept_ids, add)
            return ForgetResult(deleted=deleted, kept=tuple(kept))

        return await self._writer.call(write, "forget", barrier=True)

    async def _forget_in_cases(
        self, tx: Tx, user_id: str, scope_sql: str, scope: list[Any], at: datetime, add: Any, kept: list[str]
    ) -> list[str]:
        """Apply the case rules; returns the ids of the cases kept for them."""
        cases = [
            case_from_row(row)
            for row in await tx.fetchall(f"SELECT {CASE_COLUMNS} FROM cases WHERE 1 = 1{scope_sql}", scope)
        ]
        authored = {
            row[0]: int(row[1])
            for row in await tx.fetchall(
                "SELECT case_id, COUNT(*) FROM evidence WHERE author_id = ? GROUP BY case_id", (user_id,)
            )
        }
        kept_ids: list[str] = []
        for case in cases:
            held = case.status in ACTIVE_STATUSES or case.status == CaseStatus.REPORTED
            if case.suspect_id == user_id:
                if held:
                    kept_ids.append(case.id)
                    kept.append(
                        f"case {case.id} ({case.status}): they are the suspect and a moderator has not decided "
                        "yet; close it, then run forget again" if case.status in ACTIVE_STATUSES else
                        f"case {case.id} (reported to authorities): they are the suspect; kept until the "
                        "closed-case retention ends because authorities may request the evidence"
                    )
                    continue
                for table in CASE_CHILD_TABLES:
                    add(table, await tx.execute(f"DELETE FROM {table} WHERE case_id = ?", (case.id,)))
                add("outbox", await tx.execute("DELETE FROM outbox WHERE case_id = ?", (case.id,)))
                add("cases", await tx.execute("DELETE FROM cases WHERE id = ?", (case.id,)))
                continue
            if user_id not in case.targets and case.id not in authored:
                continue
            if held:
                kept.append(
                    f"case {case.id} ({case.status}) about another user: their {authored.get(case.id, 0)} "
                    "message(s) there are evidence protecting them; kept until the case is closed and its "
                    "retention ends"
                )
                continue
            erased = await tx.fetchall(
                "SELECT message_id FROM evidence WHERE case_id = ? AND author_id = ? ORDER BY seq", (case.id, user_id)
            )
            removed = await tx.execute("DELETE FROM evidence WHERE case_id = ? AND author_id = ?", (case.id, user_id))
            add("evidence", removed)
            # The seal records the erasure (not the content), so the check can tell it from tampering.
            await self._seal(tx, case.id, [("erase", "evidence", str(r[0]), "") for r in erased], at)
            if user_id in case.targets:
                remaining = tuple(t for t in case.targets if t != user_id)
                await store_case(tx, Case(**{**fields(case), "targets": remaining}))
            for row_id, data in await tx.fetchall(
                "SELECT id, data FROM case_decisions WHERE case_id = ? AND data LIKE ? ESCAPE '\\'",
                (case.id, _like(user_id)),
            ):
                cleaned = json.dumps(scrub(json.loads(data), user_id), sort_keys=True)
                add("case_decisions (anonymised)",
                    await tx.execute("UPDATE case_decisions SET data = ? WHERE id = ?", (cleaned, row_id)))
            await self._audit(
                tx, case.id, "lookout", "Lookout", "forget",
                f"a person was forgotten on request; {removed} evidence line(s) removed", at,
            )
        return kept_ids

    async def _anonymise(
        self, tx: Tx, table: Table, user_id: str, scope_sql: str, scope: list[Any], at: datetime, add: Any
    ) -> None:
        """Replace their id and name in a case's record (notes, audit), and seal the rewrite."""
        matches = " OR ".join(f"{column} = ?" for column in table.ids)
        where = f"WHERE ({matches}) AND case_id IN (SELECT id FROM cases WHERE 1 = 1{scope_sql})"
        params = [user_id] * len(table.ids) + scope
        touched = await tx.fetchall(f"SELECT id FROM {table.name} {where}", params)
        sets = ", ".join(f"{column} = ?" for column in (*table.ids, *table.names))
        count = await tx.execute(
            f"UPDATE {table.name} SET {sets} {where}", [FORGOTTEN] * (len(table.ids) + len(table.names)) + params
        )
        add(f"{table.name} (anonymised)", count)
        await self._seal_rewrites(tx, table.name, [int(r[0]) for r in touched], at)


async def _delete_rows(
    tx: Tx, table: Table, user_id: str, scope_sql: str, scope: list[Any], kept_ids: list[str], add: Any
) -> None:
    """Delete rows naming them (not those about a case kept for them), then take them out of the
    JSON of the rows that stay (another suspect's fan-out that lists this child)."""
    matches = " OR ".join(f"{column} = ?" for column in table.ids)
    keep_sql = ""
    if table.case_ref and kept_ids:
        keep_sql = (f" AND ({table.case_ref} IS NULL OR {table.case_ref} NOT IN "
                    f"({', '.join('?' for _ in kept_ids)}))")
    add(table.name, await tx.execute(
        f"DELETE FROM {table.name} WHERE ({matches}){scope_sql}{keep_sql}",
        [user_id] * len(table.ids) + scope + (kept_ids if keep_sql else []),
    ))
    for column in table.json:
        key = ", ".join(table.key)
        rows = await tx.fetchall(
            f"SELECT {key}, {column} FROM {table.name} WHERE {column} LIKE ? ESCAPE '\\'{scope_sql}",
            [_like(user_id), *scope],
        )
        match = " AND ".join(f"{name} = ?" for name in table.key)
        for row in rows:
            cleaned = json.dumps(scrub(json.loads(row[-1]), user_id))
            count = await tx.execute(f"UPDATE {table.name} SET {column} = ? WHERE {match}", [cleaned, *row[:-1]])
            add(f"{table.name} (anonymised)", count)
