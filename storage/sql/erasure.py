"""Erasure: `forget` a person on request, everywhere except where a case still needs their data."""

from __future__ import annotations

from typing import Any

from storage.driver import Tx
from storage.models import ACTIVE_STATUSES, Case, CaseStatus, ForgetResult, utcnow
from storage.sql.case_rows import CASE_CHILD_TABLES, CASE_COLUMNS, case_from_row, fields, store_case
from storage.sql.cases import CaseSql

FORGOTTEN = "(forgotten)"


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
        * In closed cases about someone else, their evidence lines are deleted and they are taken
          off the targets; the audit trail says lines were removed, so a changed digest is explained.
        * Notes and audit entries they wrote as a moderator stay (the record of what was done),
          with their id and name replaced by "(forgotten)".
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
            for case in cases:
                held = case.status in ACTIVE_STATUSES or case.status == CaseStatus.REPORTED
                if case.suspect_id == user_id:
                    if case.status in ACTIVE_STATUSES:
                        kept.append(
                            f"case {case.id} ({case.status}): they are the suspect and a moderator has "
                            "not decided yet; close it, then run forget again"
                        )
                        continue
                    if case.status == CaseStatus.REPORTED:
                        kept.append(
                            f"case {case.id} (reported to authorities): they are the suspect; kept until "
                            "the closed-case retention ends because authorities may request the evidence"
                        )
                        continue
                    for table in CASE_CHILD_TABLES:
                        add(table, await tx.execute(f"DELETE FROM {table} WHERE case_id = ?", (case.id,)))
                    add("outbox", await tx.execute("DELETE FROM outbox WHERE case_id = ?", (case.id,)))
                    add("cases", await tx.execute("DELETE FROM cases WHERE id = ?", (case.id,)))
                    continue
                involved = user_id in case.targets or case.id in authored
                if not involved:
                    continue
                if held:
                    kept.append(
                        f"case {case.id} ({case.status}) about another user: their "
                        f"{authored.get(case.id, 0)} message(s) there are evidence protecting them; kept "
                        "until the case is closed and its retention ends"
                    )
                    continue
                erased = await tx.fetchall(
                    "SELECT message_id FROM evidence WHERE case_id = ? AND author_id = ? ORDER BY seq",
                    (case.id, user_id),
                )
                removed = await tx.execute(
                    "DELETE FROM evidence WHERE case_id = ? AND author_id = ?", (case.id, user_id)
                )
                add("evidence", removed)
                # The seal records the erasure (not the content), so the check can tell it from tampering.
                await self._seal(tx, case.id, [("erase", "evidence", str(r[0]), "") for r in erased], at)
                if user_id in case.targets:
                    remaining = tuple(t for t in case.targets if t != user_id)
                    await store_case(tx, Case(**{**fields(case), "targets": remaining}))
                await self._audit(
                    tx,
                    case.id,
                    "lookout",
                    "Lookout",
                    "forget",
                    f"a person was forgotten on request; {removed} evidence line(s) removed",
                    at,
                )
            for table, column in (("case_notes", "author_id"), ("case_audit", "actor_id")):
                name_column = "author_name" if table == "case_notes" else "actor_name"
                where = f"WHERE {column} = ? AND case_id IN (SELECT id FROM cases WHERE 1 = 1{scope_sql})"
                touched = await tx.fetchall(f"SELECT id FROM {table} {where}", [user_id, *scope])
                count = await tx.execute(
                    f"UPDATE {table} SET {column} = ?, {name_column} = ? {where}",
                    [FORGOTTEN, FORGOTTEN, user_id, *scope],
                )
                if count:
                    deleted[f"{table} (anonymised)"] = count
                await self._seal_rewrites(tx, table, [int(r[0]) for r in touched], at)
            add(
                "pair_states",
                await tx.execute(
                    f"DELETE FROM pair_states WHERE (suspect_id = ? OR target_id = ?){scope_sql}",
                    [user_id, user_id, *scope],
                ),
            )
            add(
                "pair_events",
                await tx.execute(
                    f"DELETE FROM pair_events WHERE (suspect_id = ? OR target_id = ?){scope_sql}",
                    [user_id, user_id, *scope],
                ),
            )
            add(
                "suspect_aggregates",
                await tx.execute(f"DELETE FROM suspect_aggregates WHERE suspect_id = ?{scope_sql}", [user_id, *scope]),
            )
            add("nudges", await tx.execute(f"DELETE FROM nudges WHERE child_id = ?{scope_sql}", [user_id, *scope]))
            kept_ids = [
                c.id
                for c in cases
                if c.suspect_id == user_id and (c.status in ACTIVE_STATUSES or c.status == CaseStatus.REPORTED)
            ]
            keep_sql = ""
            if kept_ids:
                keep_sql = f" AND (case_id IS NULL OR case_id NOT IN ({', '.join('?' for _ in kept_ids)}))"
            add(
                "outbox",
                await tx.execute(
                    f"DELETE FROM outbox WHERE user_id = ?{scope_sql}{keep_sql}", [user_id, *scope, *kept_ids]
                ),
            )
            return ForgetResult(deleted=deleted, kept=tuple(kept))

        return await self._writer.call(write, "forget", barrier=True)
