"""Recording in a case: every sealed record (identity, evidence, notes, audit) extends the case's
chain and re-seals it in the writing transaction (see storage.seal and storage.chain)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from storage import chain
from storage.base import StorageError
from storage.driver import Tx
from storage.seal import audit_digest
from storage.sql.host import SqlHost, ts


class SealingSql(SqlHost):
    async def _seal(self, tx: Tx, case_id: str, entries: Sequence[chain.Entry], at: datetime, *,
                    new_case: bool = False) -> None:
        """Append to the case's chain and re-seal it, in the caller's transaction."""
        if self.seal_key is None:
            raise StorageError(
                f"{self.description} was opened without its seal key, so it cannot record anything in a case"
            )
        await chain.append(tx, self.seal_key, case_id, entries, at, lock=self._lock_sql, new_case=new_case)

    async def _audit(
        self, tx: Tx, case_id: str, actor_id: str, actor_name: str, action: str, detail: str, at: datetime
    ) -> None:
        row = await tx.fetchone(
            "INSERT INTO case_audit (case_id, actor_id, actor_name, action, detail, at) VALUES (?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            (case_id, actor_id, actor_name, action, detail, ts(at)),
        )
        assert row is not None
        digest = audit_digest(actor_id, actor_name, action, detail, chain.stored_time(at))
        await self._seal(tx, case_id, [("add", "audit", str(row[0]), digest)], at)

    async def _seal_rewrites(self, tx: Tx, table: str, ids: Sequence[int], at: datetime) -> None:
        """Seal the new content of notes or audit entries the record itself rewrote (anonymised)."""
        kind = "note" if table == "case_notes" else "audit"
        sql = chain.NOTE_ROW_SQL if kind == "note" else chain.AUDIT_ROW_SQL
        per_case: dict[str, list[chain.Entry]] = {}
        for row_id in ids:
            row = await tx.fetchone(sql, (row_id,))
            if row is None:
                continue
            digest = chain.note_entry_digest(row[1:]) if kind == "note" else chain.audit_entry_digest(row[1:])
            per_case.setdefault(row[0], []).append(("update", kind, str(row_id), digest))
        for case_id, entries in per_case.items():
            await self._seal(tx, case_id, entries, at)
