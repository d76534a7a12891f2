"""The Storage implementation shared by SQLite and PostgreSQL.

All writes go through the BatchWriter (see storage.writer); reads go straight to the driver's
read scope. SQL here is portable: `?` placeholders, `ON CONFLICT` upserts and partial indexes work
on both SQLite ≥ 3.24 and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from storage import chain
from storage.base import Storage, StorageError, UnknownCaseError
from storage.digest import case_digest, item_digest
from storage.driver import Driver, Row, Tx
from storage.models import (
    ACTIVE_STATUSES,
    FINAL_STATUSES,
    SEVERITY_ORDER,
    AuditEntry,
    Case,
    CaseDetail,
    CaseStatus,
    CommunitySettings,
    DecisionRecord,
    EvidenceInput,
    EvidenceItem,
    ForgetResult,
    Note,
    OutboxItem,
    PairEvent,
    PairStateRecord,
    Retention,
    SuspectAggregateRecord,
    as_utc,
    utcnow,
)
from storage.seal import Finding, SealCheck, SealKey, SealRecord, audit_digest, note_digest
from storage.seal import check as seal_check
from storage.writer import BatchWriter

log = logging.getLogger("lookout.storage")

_CASE_ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: read aloud or typed by hand
_CASE_COLUMNS = (
    "id, community_id, platform, suspect_id, targets, severity, risk, stage, categories, status, "
    "created_at, updated_at, alert_ref, source, signals, source_file, source_chat"
)
_EVIDENCE_COLUMNS = (
    "case_id, seq, message_id, channel_id, author_id, author_name, ts, text, link, flagged, "
    "categories, digest, captured_at"
)
_ACTIVE_SQL = "('open', 'acknowledged')"
_FINAL_SQL = "(" + ", ".join(f"'{status}'" for status in sorted(FINAL_STATUSES)) + ")"
_CASE_CHILD_TABLES = ("evidence", "case_notes", "case_audit", "case_decisions", "case_chain", "case_seals")
FORGOTTEN = "(forgotten)"

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


def _ts(value: datetime) -> float:
    return as_utc(value).timestamp()


def _dt(value: float) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def _now(value: datetime | None) -> datetime:
    return utcnow() if value is None else as_utc(value)


def _join(values: Sequence[str]) -> str:
    # Categories and rule ids are identifiers (no commas); joining is far cheaper than JSON on the
    # hot pair-event path.
    return ",".join(values)


@lru_cache(maxsize=4096)
def _split(value: str) -> tuple[str, ...]:
    # Few distinct category/rule combinations exist, so the hot read reuses the tuples.
    return tuple(value.split(",")) if value else ()


def _merge(old: Sequence[Any], new: Sequence[Any]) -> tuple[Any, ...]:
    """Union keeping first-seen order (JSON values compared by their canonical text)."""
    seen: dict[str, Any] = {}
    for value in (*old, *new):
        seen.setdefault(json.dumps(value, sort_keys=True), value)
    return tuple(seen.values())


def _case(row: Row) -> Case:
    return Case(
        id=row[0],
        community_id=row[1],
        platform=row[2],
        suspect_id=row[3],
        targets=tuple(json.loads(row[4])),
        severity=row[5],
        risk=float(row[6]),
        stage=row[7],
        categories=tuple(json.loads(row[8])),
        status=row[9],
        created_at=_dt(row[10]),
        updated_at=_dt(row[11]),
        alert_ref=row[12],
        source=row[13],
        signals=tuple(json.loads(row[14])),
        source_file=row[15],
        source_chat=row[16],
    )


def _evidence(row: Row) -> EvidenceItem:
    return EvidenceItem(
        case_id=row[0],
        seq=int(row[1]),
        message_id=row[2],
        channel_id=row[3],
        author_id=row[4],
        author_name=row[5],
        timestamp=_dt(row[6]),
        text=row[7],
        link=row[8],
        flagged=bool(row[9]),
        categories=tuple(json.loads(row[10])),
        digest=row[11],
        captured_at=_dt(row[12]),
    )


def _check_severity(severity: str) -> None:
    if severity not in SEVERITY_ORDER:
        raise ValueError(f"severity {severity!r} is not one of {', '.join(SEVERITY_ORDER)}")


def _storable(text: str) -> str:
    """Text a database accepts: a lone UTF-16 surrogate (legal in JSON exports, not in UTF-8)
    becomes U+FFFD instead of failing the whole write; valid surrogate pairs are joined."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _prepare(items: Sequence[EvidenceInput]) -> list[tuple[EvidenceInput, str]]:
    """Items as they will be stored (and read back), with their digests."""
    prepared = []
    for item in items:
        stored = replace(
            item,
            timestamp=chain.stored_time(item.timestamp),
            text=_storable(item.text),
            author_name=_storable(item.author_name),
        )
        prepared.append((stored, item_digest(stored)))
    return prepared


def new_case_id() -> str:
    return "".join(secrets.choice(_CASE_ID_ALPHABET) for _ in range(8))


class SqlStorage(Storage):
    def __init__(
        self, driver: Driver, writer: BatchWriter, retention: Retention, seal_key: SealKey | None = None
    ) -> None:
        self._driver = driver
        self._writer = writer
        self.retention = retention
        self.seal_key = seal_key  # None only when opened to read without the key file
        self._purge_task: asyncio.Task[None] | None = None
        self._closed = False
        # Appends to one case's chain must queue, also across processes sharing PostgreSQL.
        self._lock_sql = " FOR UPDATE" if driver.dialect == "postgresql" else ""

    @property
    def description(self) -> str:
        return self._driver.description

    @property
    def writer(self) -> BatchWriter:
        return self._writer

    # -- lifecycle ---------------------------------------------------------------------------
    async def flush(self) -> None:
        await self._writer.flush()

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._purge_task is not None:
            self._purge_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._purge_task
        await self._writer.close()
        await self._driver.close()

    def start_purge_task(self, interval_s: float = 86400.0) -> None:
        if self._purge_task is None:
            self._purge_task = asyncio.get_running_loop().create_task(
                self._purge_loop(interval_s), name="lookout-storage-purge"
            )

    async def _purge_loop(self, interval_s: float) -> None:
        while True:
            try:
                counts = await self.purge()
                log.info("storage: retention purge removed %s", _summary(counts))
            except Exception as exc:  # the next day's run tries again; the bot must keep running
                log.error("storage: retention purge failed (%s); retrying next run", type(exc).__name__)
            await asyncio.sleep(interval_s)

    # -- settings ----------------------------------------------------------------------------
    async def get_settings(self, community_id: str) -> CommunitySettings | None:
        async with self._driver.reader() as tx:
            row = await tx.fetchone("SELECT data FROM settings WHERE community_id = ?", (community_id,))
        return None if row is None else CommunitySettings.from_json(community_id, json.loads(row[0]))

    async def put_settings(self, settings: CommunitySettings) -> None:
        data = json.dumps(settings.to_json(), sort_keys=True)

        async def write(tx: Tx) -> None:
            await tx.execute(
                "INSERT INTO settings (community_id, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (community_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                (settings.community_id, data, _ts(utcnow())),
            )

        await self._writer.call(write, "settings")

    async def list_settings(self) -> list[CommunitySettings]:
        async with self._driver.reader() as tx:
            rows = await tx.fetchall("SELECT community_id, data FROM settings ORDER BY community_id")
        return [CommunitySettings.from_json(row[0], json.loads(row[1])) for row in rows]

    # -- risk state --------------------------------------------------------------------------
    async def save_pair_states(self, records: Sequence[PairStateRecord]) -> None:
        rows = [(r.community_id, r.suspect_id, r.target_id, json.dumps(r.state), _ts(r.last_seen)) for r in records]
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
        return [PairStateRecord(r[0], r[1], r[2], json.loads(r[3]), _dt(r[4])) for r in rows]

    async def save_suspect_aggregates(self, records: Sequence[SuspectAggregateRecord]) -> None:
        rows = [(r.community_id, r.suspect_id, json.dumps(r.state), _ts(r.last_seen)) for r in records]
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
        return [SuspectAggregateRecord(r[0], r[1], json.loads(r[2]), _dt(r[3])) for r in rows]

    async def add_pair_events(self, events: Sequence[PairEvent]) -> None:
        rows = [
            (
                e.community_id,
                e.suspect_id,
                e.target_id,
                _ts(e.timestamp),
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
            PairEvent(community_id, suspect_id, target_id, r[1], _dt(r[0]), _split(r[2]), _split(r[3]), r[4])
            for r in rows
        ]

    # -- cases -------------------------------------------------------------------------------
    @staticmethod
    async def _load_case(tx: Tx, case_id: str) -> Case:
        row = await tx.fetchone(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        if row is None:
            raise UnknownCaseError(f"no case with id {case_id!r}")
        return _case(row)

    @staticmethod
    async def _store_case(tx: Tx, case: Case) -> None:
        await tx.execute(
            "UPDATE cases SET targets = ?, severity = ?, risk = ?, stage = ?, categories = ?, status = ?, "
            "updated_at = ?, alert_ref = ?, signals = ? WHERE id = ?",
            (
                json.dumps(list(case.targets)),
                case.severity,
                case.risk,
                case.stage,
                json.dumps(list(case.categories)),
                case.status,
                _ts(case.updated_at),
                case.alert_ref,
                json.dumps(list(case.signals)),
                case.id,
            ),
        )

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
            (case_id, actor_id, actor_name, action, detail, _ts(at)),
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

    async def _insert_evidence(
        self, tx: Tx, case_id: str, prepared: Sequence[tuple[EvidenceInput, str]], at: datetime
    ) -> int:
        """Store new items after the case's last one and seal them; a message already there keeps its capture."""
        row = await tx.fetchone("SELECT MAX(seq) FROM evidence WHERE case_id = ?", (case_id,))
        seq = int(row[0]) if row is not None and row[0] is not None else 0
        sealed: list[chain.Entry] = []
        for item, digest in prepared:
            inserted = await tx.execute(
                f"INSERT INTO evidence ({_EVIDENCE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (case_id, message_id) DO NOTHING",
                (
                    case_id,
                    seq + 1,
                    item.message_id,
                    item.channel_id,
                    item.author_id,
                    item.author_name,
                    _ts(item.timestamp),
                    item.text,
                    item.link,
                    int(item.flagged),
                    json.dumps(list(item.categories)),
                    digest,
                    _ts(at),
                ),
            )
            if inserted:
                seq += 1
                sealed.append(("add", "evidence", item.message_id, digest))
        await self._seal(tx, case_id, sealed, at)
        return len(sealed)

    @staticmethod
    async def _insert_decision(tx: Tx, case_id: str, data: str, at: datetime) -> None:
        # The same decision twice (a re-run scan, a replay after a restart) is stored once.
        if await tx.fetchone("SELECT 1 FROM case_decisions WHERE case_id = ? AND data = ?", (case_id, data)):
            return
        await tx.execute("INSERT INTO case_decisions (case_id, at, data) VALUES (?, ?, ?)", (case_id, _ts(at), data))

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
        _check_severity(severity)
        at = _now(now)
        prepared = _prepare(evidence)
        decision_data = None if decision is None else json.dumps(decision, sort_keys=True, default=str)
        # Live cases: one active case per suspect. Cases from an export: one per (file, conversation,
        # suspect) whatever its status, so scanning the same export again adds nothing twice.
        lookup = "" if source_file else f" AND status IN {_ACTIVE_SQL}"

        async def write(tx: Tx) -> Case:
            for _attempt in range(3):
                row = await tx.fetchone(
                    f"SELECT {_CASE_COLUMNS} FROM cases WHERE community_id = ? AND suspect_id = ? "
                    f"AND source_file = ? AND source_chat = ?{lookup}",
                    (community_id, suspect_id, source_file, source_chat),
                )
                if row is not None:
                    case = await self._join_case(
                        tx, _case(row), targets, severity, risk, stage, categories, signals, source, at
                    )
                    await self._record_with(tx, case, prepared, decision_data, at)
                    return case
                case = Case(
                    id=new_case_id(),
                    community_id=community_id,
                    platform=platform,
                    suspect_id=suspect_id,
                    targets=_merge((), targets),
                    severity=severity,
                    risk=risk,
                    stage=stage,
                    categories=_merge((), categories),
                    status=CaseStatus.OPEN.value,
                    created_at=at,
                    updated_at=at,
                    source=source,
                    signals=_merge((), signals),
                    is_new=True,
                    source_file=source_file,
                    source_chat=source_chat,
                )
                inserted = await tx.execute(
                    f"INSERT INTO cases ({_CASE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
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
                        _ts(at),
                        _ts(at),
                        None,
                        source,
                        json.dumps(list(case.signals)),
                        source_file,
                        source_chat,
                    ),
                )
                if inserted:
                    identity = chain.case_entry(
                        (case.id, community_id, platform, suspect_id, _ts(at), source, source_file, source_chat)
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

    async def _record_with(
        self, tx: Tx, case: Case, prepared: Sequence[tuple[EvidenceInput, str]], decision: str | None, at: datetime
    ) -> None:
        """The evidence and decision that came with `open_case`: in its transaction, so a crash
        can never leave a case without the messages that opened it."""
        if decision is not None:
            await self._insert_decision(tx, case.id, decision, at)
        if prepared:
            await self._insert_evidence(tx, case.id, prepared, at)

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
                **_fields(case),
                "targets": _merge(case.targets, targets),
                "severity": severity if escalated else case.severity,
                "risk": max(case.risk, risk),
                "stage": stage if escalated or risk >= case.risk else case.stage,
                "categories": _merge(case.categories, categories),
                "signals": _merge(case.signals, signals),
                "updated_at": at,
                "is_new": False,
            }
        )
        await self._store_case(tx, joined)
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
            _check_severity(severity)
        at = _now(now)

        async def write(tx: Tx) -> Case:
            case = await self._load_case(tx, case_id)
            updated = Case(
                **{
                    **_fields(case),
                    "severity": case.severity if severity is None else severity,
                    "risk": case.risk if risk is None else risk,
                    "stage": case.stage if stage is None else stage,
                    "categories": case.categories if categories is None else _merge(case.categories, categories),
                    "targets": case.targets if targets is None else _merge(case.targets, targets),
                    "signals": case.signals if signals is None else tuple(signals),
                    "updated_at": at,
                }
            )
            await self._store_case(tx, updated)
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

    async def add_decision(self, case_id: str, decision: dict[str, Any], now: datetime | None = None) -> None:
        data = json.dumps(decision, sort_keys=True, default=str)
        at = _now(now)

        async def write(tx: Tx) -> None:
            await self._load_case(tx, case_id)
            await self._insert_decision(tx, case_id, data, at)

        await self._writer.call(write, "case decision")

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
        at = _now(now)

        async def write(tx: Tx) -> Case:
            case = await self._load_case(tx, case_id)
            if new_status in ACTIVE_STATUSES and case.status not in ACTIVE_STATUSES:
                # Re-opening must not create a second active case for the suspect.
                other = await tx.fetchone(
                    f"SELECT id FROM cases WHERE community_id = ? AND suspect_id = ? AND status IN {_ACTIVE_SQL}",
                    (case.community_id, case.suspect_id),
                )
                if other is not None:
                    raise StorageError(
                        f"case {case_id} cannot be re-opened: case {other[0]} is already open for this suspect"
                    )
            updated = Case(**{**_fields(case), "status": new_status, "updated_at": at})
            await self._store_case(tx, updated)
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
        at = _now(now)

        async def write(tx: Tx) -> None:
            await self._load_case(tx, case_id)
            row = await tx.fetchone(
                "INSERT INTO case_notes (case_id, author_id, author_name, text, at) VALUES (?, ?, ?, ?, ?) "
                "RETURNING id",
                (case_id, author_id, author_name, text, _ts(at)),
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
        at = _now(now)

        async def write(tx: Tx) -> None:
            await self._load_case(tx, case_id)
            await self._audit(tx, case_id, actor_id, actor_name, action, detail, at)

        await self._writer.call(write, "case audit")

    async def set_alert_ref(self, case_id: str, alert_ref: str | None) -> None:
        async def write(tx: Tx) -> None:
            if not await tx.execute("UPDATE cases SET alert_ref = ? WHERE id = ?", (alert_ref, case_id)):
                raise UnknownCaseError(f"no case with id {case_id!r}")

        await self._writer.call(write, "alert ref")

    async def find_case(self, case_id: str) -> Case | None:
        async with self._driver.reader() as tx:
            row = await tx.fetchone(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        return None if row is None else _case(row)

    async def get_case(self, case_id: str) -> CaseDetail:
        async with self._driver.reader() as tx:
            case = await self._load_case(tx, case_id)
            notes = await tx.fetchall(
                "SELECT author_id, author_name, text, at, id FROM case_notes WHERE case_id = ? ORDER BY at, id",
                (case_id,),
            )
            audit = await tx.fetchall(
                "SELECT actor_id, actor_name, action, detail, at, id FROM case_audit WHERE case_id = ? ORDER BY at, id",
                (case_id,),
            )
            evidence = await tx.fetchall(
                f"SELECT {_EVIDENCE_COLUMNS} FROM evidence WHERE case_id = ? ORDER BY seq", (case_id,)
            )
            decisions = await tx.fetchall(
                "SELECT at, data FROM case_decisions WHERE case_id = ? ORDER BY at, id", (case_id,)
            )
            seal = await chain.load_seal(tx, case_id)
        items = tuple(_evidence(row) for row in evidence)
        return CaseDetail(
            case=case,
            notes=tuple(Note(case_id, r[0], r[1], r[2], _dt(r[3]), int(r[4])) for r in notes),
            audit=tuple(AuditEntry(case_id, r[0], r[1], r[2], r[3], _dt(r[4]), int(r[5])) for r in audit),
            evidence=items,
            decisions=tuple(DecisionRecord(case_id, _dt(r[0]), json.loads(r[1])) for r in decisions),
            digest=case_digest(item.digest for item in items),
            seal=seal,
        )

    # -- seals -------------------------------------------------------------------------------
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
                f"SELECT {_CASE_COLUMNS} FROM cases{where} ORDER BY updated_at DESC, id LIMIT ?", params
            )
        return [_case(row) for row in rows]

    async def cases_for_suspect(self, community_id: str, suspect_id: str) -> list[Case]:
        async with self._driver.reader() as tx:
            rows = await tx.fetchall(
                f"SELECT {_CASE_COLUMNS} FROM cases WHERE community_id = ? AND suspect_id = ? ORDER BY created_at DESC",
                (community_id, suspect_id),
            )
        return [_case(row) for row in rows]

    async def add_evidence(self, case_id: str, items: Sequence[EvidenceInput], now: datetime | None = None) -> int:
        at = _now(now)
        prepared = _prepare(items)

        async def write(tx: Tx) -> int:
            await self._load_case(tx, case_id)
            return await self._insert_evidence(tx, case_id, prepared, at)

        return await self._writer.call(write, "evidence")

    # -- nudges and outbox -------------------------------------------------------------------
    async def record_nudge(self, community_id: str, child_id: str, category: str, at: datetime | None = None) -> None:
        when = _ts(_now(at))

        async def write(tx: Tx) -> None:
            await tx.execute(
                "INSERT INTO nudges (community_id, child_id, category, at) VALUES (?, ?, ?, ?)",
                (community_id, child_id, category, when),
            )

        await self._writer.call(write, "nudge")

    async def can_nudge(self, community_id: str, child_id: str, category: str, now: datetime | None = None) -> bool:
        since = _ts(_now(now) - timedelta(days=1))
        async with self._driver.reader() as tx:
            row = await tx.fetchone(
                "SELECT 1 FROM nudges WHERE community_id = ? AND child_id = ? AND category = ? AND at > ? LIMIT 1",
                (community_id, child_id, category, since),
            )
        return row is None

    async def claim_nudge(self, community_id: str, child_id: str, category: str, now: datetime | None = None) -> bool:
        """`can_nudge` and `record_nudge` in one step, so two decisions at once send one nudge."""
        at = _now(now)
        since = _ts(at - timedelta(days=1))

        async def write(tx: Tx) -> bool:
            row = await tx.fetchone(
                "SELECT 1 FROM nudges WHERE community_id = ? AND child_id = ? AND category = ? AND at > ? LIMIT 1",
                (community_id, child_id, category, since),
            )
            if row is not None:
                return False
            await tx.execute(
                "INSERT INTO nudges (community_id, child_id, category, at) VALUES (?, ?, ?, ?)",
                (community_id, child_id, category, _ts(at)),
            )
            return True

        return await self._writer.call(write, "nudge")

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
        at = _ts(_now(now))

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
        return [OutboxItem(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], _dt(r[6])) for r in rows]

    async def outbox_done(self, item_id: str, now: datetime | None = None) -> None:
        at = _ts(_now(now))

        async def write(tx: Tx) -> None:
            await tx.execute("UPDATE outbox SET delivered_at = ? WHERE id = ?", (at, item_id))

        await self._writer.call(write, "outbox")

    # -- retention ---------------------------------------------------------------------------
    async def purge(self, now: datetime | None = None) -> dict[str, int]:
        """Apply each community's retention (its overrides, else the storage default).

        Overrides go into a temporary table that each DELETE consults, so the work is a handful of
        statements however many communities have their own retention (a statement per community,
        or their ids as bind parameters, broke past 10,000 on PostgreSQL and took minutes).
        """
        at = _now(now)
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

    # -- erasure -----------------------------------------------------------------------------
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
                _case(row)
                for row in await tx.fetchall(f"SELECT {_CASE_COLUMNS} FROM cases WHERE 1 = 1{scope_sql}", scope)
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
                    for table in _CASE_CHILD_TABLES:
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
                    await self._store_case(tx, Case(**{**_fields(case), "targets": remaining}))
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


# A per-session scratch table: SQLite keeps TEMP tables per connection, PostgreSQL per session.
_CUTOFF_TABLE = {
    "sqlite": "CREATE TEMP TABLE IF NOT EXISTS purge_cutoffs (community_id TEXT PRIMARY KEY, "
    "state_cutoff REAL NOT NULL, nudge_cutoff REAL NOT NULL, case_cutoff REAL NOT NULL)",
    "postgresql": "CREATE TEMP TABLE IF NOT EXISTS purge_cutoffs (community_id TEXT PRIMARY KEY, "
    "state_cutoff DOUBLE PRECISION NOT NULL, nudge_cutoff DOUBLE PRECISION NOT NULL, "
    "case_cutoff DOUBLE PRECISION NOT NULL) ON COMMIT DELETE ROWS",
}


def _cutoffs(retention: Retention, now: datetime) -> tuple[float, float, float]:
    """(pair state, nudge, closed case) cutoffs: records last touched before them expire."""
    return (
        _ts(now - timedelta(days=retention.pair_state_days)),
        _ts(now - timedelta(days=retention.nudge_days)),
        _ts(now - timedelta(days=retention.closed_case_days)),
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
    expired = f"SELECT id FROM cases WHERE status IN {_FINAL_SQL} AND updated_at < {cutoff('cases', 'case_cutoff')}"
    for table in _CASE_CHILD_TABLES:
        add(table, await tx.execute(f"DELETE FROM {table} WHERE case_id IN ({expired})", [closed]))
    add("cases", await tx.execute(f"DELETE FROM cases WHERE id IN ({expired})", [closed]))


def _fields(case: Case) -> dict[str, Any]:
    return {name: getattr(case, name) for name in Case.__dataclass_fields__}


def _summary(counts: dict[str, int]) -> str:
    parts = [f"{count} {table}" for table, count in sorted(counts.items()) if count]
    return ", ".join(parts) if parts else "nothing"
