"""Cases: one incident per suspect, with its decisions, notes and audit trail, and their seal checks.

Every write here runs as one writer call (one transaction): a case is never seen half-opened, and
its seal always covers exactly what was committed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from storage import chain
from storage.base import StorageError, UnknownCaseError
from storage.digest import case_digest
from storage.driver import Tx
from storage.models import (
    ACTIVE_STATUSES,
    SEVERITY_ORDER,
    AuditEntry,
    Case,
    CaseDetail,
    CaseStatus,
    DecisionRecord,
    EvidenceInput,
    Note,
)
from storage.seal import Finding, SealCheck, SealRecord, note_digest
from storage.seal import check as seal_check
from storage.sql.case_rows import (
    ACTIVE_SQL,
    CASE_COLUMNS,
    EVIDENCE_COLUMNS,
    case_from_row,
    check_severity,
    evidence_from_row,
    fields,
    load_case,
    merge,
    new_case_id,
    store_case,
)
from storage.sql.evidence import EvidenceSql, Prepared, prepare
from storage.sql.host import dt, now_or, ts


class CaseSql(EvidenceSql):
    # -- writes ----------------------------------------------------------------------------------
    async def open_case(
        self,
        *,
        community_id: str,
        platform: str,
        suspect_id: str,
        targets: Sequence[str],
        severity: str,
        risk: float,
        stage: str,
        categories: Sequence[str],
        source: str = "detection",
        signals: Sequence[Any] = (),
        actor_id: str = "lookout",
        actor_name: str = "Lookout",
        now: datetime | None = None,
        evidence: Sequence[EvidenceInput] = (),
        decision: dict[str, Any] | None = None,
        source_file: str = "",
        source_chat: str = "",
    ) -> Case:
        check_severity(severity)
        at = now_or(now)
        prepared = prepare(evidence)
        decision_data = None if decision is None else json.dumps(decision, sort_keys=True, default=str)
        # Live cases: one active case per suspect. Cases from an export: one per (file, conversation,
        # suspect) whatever its status, so scanning the same export again adds nothing twice.
        lookup = "" if source_file else f" AND status IN {ACTIVE_SQL}"

        async def write(tx: Tx) -> Case:
            for _attempt in range(3):
                row = await tx.fetchone(
                    f"SELECT {CASE_COLUMNS} FROM cases WHERE community_id = ? AND suspect_id = ? "
                    f"AND source_file = ? AND source_chat = ?{lookup}",
                    (community_id, suspect_id, source_file, source_chat),
                )
                if row is not None:
                    case = await self._join_case(
                        tx, case_from_row(row), targets, severity, risk, stage, categories, signals, source, at
                    )
                    await self._record_with(tx, case, prepared, decision_data, at)
                    return case
                case = Case(
                    id=new_case_id(),
                    community_id=community_id,
                    platform=platform,
                    suspect_id=suspect_id,
                    targets=merge((), targets),
                    severity=severity,
                    risk=risk,
                    stage=stage,
                    categories=merge((), categories),
                    status=CaseStatus.OPEN.value,
                    created_at=at,
                    updated_at=at,
                    source=source,
                    signals=merge((), signals),
                    is_new=True,
                    source_file=source_file,
                    source_chat=source_chat,
                )
                inserted = await tx.execute(
                    f"INSERT INTO cases ({CASE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    (
                        case.id,
                        community_id,
                        platform,
                        suspect_id,
                        json.dumps(list(case.targets)),
                        severity,
                        risk,
                        stage,
                        json.dumps(list(case.categories)),
                        case.status,
                        ts(at),
                        ts(at),
                        None,
                        source,
                        json.dumps(list(case.signals)),
                        source_file,
                        source_chat,
                    ),
                )
                if inserted:
                    identity = chain.case_entry(
                        (case.id, community_id, platform, suspect_id, ts(at), source, source_file, source_chat)
                    )
                    await self._seal(tx, case.id, [identity], at, new_case=True)
                    await self._audit(
                        tx,
                        case.id,
                        actor_id,
                        actor_name,
                        "opened",
                        f"{source}: severity {severity}, risk {risk:.2f}, stage {stage}",
                        at,
                    )
                    await self._record_with(tx, case, prepared, decision_data, at)
                    return case
                # Another process opened one meanwhile (or the random id collided): look again.
            raise StorageError(f"could not open a case for suspect {suspect_id} in {community_id}")

        return await self._writer.call(write, "case open")

    async def _record_with(self, tx: Tx, case: Case, prepared: Prepared, decision: str | None, at: datetime) -> None:
        """The evidence and decision that came with `open_case`: in its transaction, so a crash
        can never leave a case without the messages that opened it."""
        if decision is not None:
            await self._insert_decision(tx, case.id, decision, at)
        if prepared:
            await self._insert_evidence(tx, case.id, prepared, at)

    @staticmethod
    async def _insert_decision(tx: Tx, case_id: str, data: str, at: datetime) -> None:
        # The same decision twice (a re-run scan, a replay after a restart) is stored once.
        if await tx.fetchone("SELECT 1 FROM case_decisions WHERE case_id = ? AND data = ?", (case_id, data)):
            return
        await tx.execute("INSERT INTO case_decisions (case_id, at, data) VALUES (?, ?, ?)", (case_id, ts(at), data))

    async def _join_case(
        self,
        tx: Tx,
        case: Case,
        targets: Sequence[str],
        severity: str,
        risk: float,
        stage: str,
        categories: Sequence[str],
        signals: Sequence[Any],
        source: str,
        at: datetime,
    ) -> Case:
        escalated = SEVERITY_ORDER[severity] > SEVERITY_ORDER.get(case.severity, 0)
        new_targets = [t for t in targets if t not in case.targets]
        joined = Case(
            **{
                **fields(case),
                "targets": merge(case.targets, targets),
                "severity": severity if escalated else case.severity,
                "risk": max(case.risk, risk),
                "stage": stage if escalated or risk >= case.risk else case.stage,
                "categories": merge(case.categories, categories),
                "signals": merge(case.signals, signals),
                "updated_at": at,
                "is_new": False,
            }
        )
        await store_case(tx, joined)
        changes = []
        if escalated:
            changes.append(f"severity {case.severity} -> {severity}")
        if new_targets:
            changes.append(f"{len(new_targets)} more target(s)")
        if source == "report":
            changes.append("reported by a member")
        if changes:
            await self._audit(tx, case.id, "lookout", "Lookout", "joined", "; ".join(changes), at)
        return joined

    async def update_case(
        self,
        case_id: str,
        *,
        severity: str | None = None,
        risk: float | None = None,
        stage: str | None = None,
        categories: Sequence[str] | None = None,
        targets: Sequence[str] | None = None,
        signals: Sequence[Any] | None = None,
        now: datetime | None = None,
    ) -> Case:
        """Severity, risk, stage and signals are replaced; targets and categories are merged, so a
        case never loses a child or a category it once had."""
        if severity is not None:
            check_severity(severity)
        at = now_or(now)

        async def write(tx: Tx) -> Case:
            case = await load_case(tx, case_id)
            updated = Case(
                **{
                    **fields(case),
                    "severity": case.severity if severity is None else severity,
                    "risk": case.risk if risk is None else risk,
                    "stage": case.stage if stage is None else stage,
                    "categories": case.categories if categories is None else merge(case.categories, categories),
                    "targets": case.targets if targets is None else merge(case.targets, targets),
                    "signals": case.signals if signals is None else tuple(signals),
                    "updated_at": at,
                }
            )
            await store_case(tx, updated)
            if SEVERITY_ORDER[updated.severity] > SEVERITY_ORDER.get(case.severity, 0):
                await self._audit(
                    tx,
                    case_id,
                    "lookout",
                    "Lookout",
                    "escalated",
                    f"severity {case.severity} -> {updated.severity}, risk {updated.risk:.2f}",
                    at,
                )
            return updated

        return await self._writer.call(write, "case update")

    async def set_status(
        self,
        case_id: str,
        status: str,
        actor_id: str,
        actor_name: str,
        detail: str = "",
        now: datetime | None = None,
    ) -> Case:
        try:
            new_status = CaseStatus(status).value
        except ValueError:
            raise ValueError(f"case status {status!r} is not one of {', '.join(s.value for s in CaseStatus)}") from None
        at = now_or(now)

        async def write(tx: Tx) -> Case:
            case = await load_case(tx, case_id)
            if new_status in ACTIVE_STATUSES and case.status not in ACTIVE_STATUSES:
                # Re-opening must not create a second active case for the suspect.
                other = await tx.fetchone(
                    f"SELECT id FROM cases WHERE community_id = ? AND suspect_id = ? AND status IN {ACTIVE_SQL}",
                    (case.community_id, case.suspect_id),
                )
                if other is not None:
                    raise StorageError(
                        f"case {case_id} cannot be re-opened: case {other[0]} is already open for this suspect"
                    )
            updated = Case(**{**fields(case), "status": new_status, "updated_at": at})
            await store_case(tx, updated)
            await self._audit(
                tx,
                case_id,
                actor_id,
                actor_name,
                f"status:{new_status}",
                detail or f"{case.status} -> {new_status}",
                at,
            )
            return updated

        return await self._writer.call(write, "case status")

    async def add_note(
        self, case_id: str, author_id: str, author_name: str, text: str, now: datetime | None = None
    ) -> None:
        if not text.strip():
            raise ValueError("a note needs some text")
        at = now_or(now)

        async def write(tx: Tx) -> None:
            await load_case(tx, case_id)
            row = await tx.fetchone(
                "INSERT INTO case_notes (case_id, author_id, author_name, text, at) VALUES (?, ?, ?, ?, ?) "
                "RETURNING id",
                (case_id, author_id, author_name, text, ts(at)),
            )
            assert row is not None
            digest = note_digest(author_id, author_name, text, chain.stored_time(at))
            await self._seal(tx, case_id, [("add", "note", str(row[0]), digest)], at)
            await self._audit(tx, case_id, author_id, author_name, "note", "added a note", at)

        await self._writer.call(write, "case note")

    async def add_audit(
        self,
        case_id: str,
        actor_id: str,
        actor_name: str,
        action: str,
        detail: str = "",
        now: datetime | None = None,
    ) -> None:
        at = now_or(now)

        async def write(tx: Tx) -> None:
            await load_case(tx, case_id)
            await self._audit(tx, case_id, actor_id, actor_name, action, detail, at)

        await self._writer.call(write, "case audit")

    async def set_alert_ref(self, case_id: str, alert_ref: str | None) -> None:
        async def write(tx: Tx) -> None:
            if not await tx.execute("UPDATE cases SET alert_ref = ? WHERE id = ?", (alert_ref, case_id)):
                raise UnknownCaseError(f"no case with id {case_id!r}")

        await self._writer.call(write, "alert ref")

    # -- reads -----------------------------------------------------------------------------------
    async def find_case(self, case_id: str) -> Case | None:
        async with self._driver.reader() as tx:
            row = await tx.fetchone(f"SELECT {CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        return None if row is None else case_from_row(row)

    async def get_case(self, case_id: str) -> CaseDetail:
        async with self._driver.reader() as tx:
            case = await load_case(tx, case_id)
            notes = await tx.fetchall(
                "SELECT author_id, author_name, text, at, id FROM case_notes WHERE case_id = ? ORDER BY at, id",
                (case_id,),
            )
            audit = await tx.fetchall(
                "SELECT actor_id, actor_name, action, detail, at, id FROM case_audit WHERE case_id = ? ORDER BY at, id",
                (case_id,),
            )
            evidence = await tx.fetchall(
                f"SELECT {EVIDENCE_COLUMNS} FROM evidence WHERE case_id = ? ORDER BY seq", (case_id,)
            )
            decisions = await tx.fetchall(
                "SELECT at, data FROM case_decisions WHERE case_id = ? ORDER BY at, id", (case_id,)
            )
            seal = await chain.load_seal(tx, case_id)
        items = tuple(evidence_from_row(row) for row in evidence)
        return CaseDetail(
            case=case,
            notes=tuple(Note(case_id, r[0], r[1], r[2], dt(r[3]), int(r[4])) for r in notes),
            audit=tuple(AuditEntry(case_id, r[0], r[1], r[2], r[3], dt(r[4]), int(r[5])) for r in audit),
            evidence=items,
            decisions=tuple(DecisionRecord(case_id, dt(r[0]), json.loads(r[1])) for r in decisions),
            digest=case_digest(item.digest for item in items),
            seal=seal,
        )

    async def list_cases(
        self, community_id: str | None = None, status: str | None = None, limit: int = 50
    ) -> list[Case]:
        clauses: list[str] = []
        params: list[Any] = []
        if community_id is not None:
            clauses.append("community_id = ?")
            params.append(community_id)
        if status is not None:
            clauses.append("status = ?")
            params.append(status)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        params.append(limit)
        async with self._driver.reader() as tx:
            rows = await tx.fetchall(
                f"SELECT {CASE_COLUMNS} FROM cases{where} ORDER BY updated_at DESC, id LIMIT ?", params
            )
        return [case_from_row(row) for row in rows]

    async def cases_for_suspect(self, community_id: str, suspect_id: str) -> list[Case]:
        async with self._driver.reader() as tx:
            rows = await tx.fetchall(
                f"SELECT {CASE_COLUMNS} FROM cases WHERE community_id = ? AND suspect_id = ? ORDER BY created_at DESC",
                (community_id, suspect_id),
            )
        return [case_from_row(row) for row in rows]

    # -- seals -----------------------------------------------------------------------------------
    async def verify_case(self, case_id: str) -> SealCheck:
        """Check the case against its seal: what was altered, deleted, inserted or reordered."""
        async with self._driver.reader() as tx:
            if await tx.fetchone("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
                raise UnknownCaseError(f"no case with id {case_id!r}")
            seal = await chain.load_seal(tx, case_id)
            present = await chain.recorded(tx, case_id)
        return seal_check(case_id, seal, present, self.seal_key)

    async def verify_all(self) -> list[SealCheck]:
        """Every case, oldest first, plus seals whose case is gone (a case deleted by hand)."""
        async with self._driver.reader() as tx:
            ids = [r[0] for r in await tx.fetchall("SELECT id FROM cases ORDER BY created_at, id")]
            orphans = await tx.fetchall(
                "SELECT case_id, entries FROM case_seals WHERE case_id NOT IN (SELECT id FROM cases) ORDER BY case_id"
            )
        checks = [await self.verify_case(case_id) for case_id in ids]
        for case_id, entries in orphans:
            finding = Finding("deleted", f"the whole case was deleted, but its seal ({entries} entries) remains")
            checks.append(SealCheck(case_id, "tampered", (finding,), None))
        return checks

    async def seal_summaries(self, case_ids: Sequence[str]) -> dict[str, SealRecord]:
        """The stored seals (without their chains) of these cases, for listings."""
        found: dict[str, SealRecord] = {}
        async with self._driver.reader() as tx:
            for case_id in case_ids:
                seal = await chain.load_seal(tx, case_id, chain=False)
                if seal is not None:
                    found[case_id] = seal
        return found
