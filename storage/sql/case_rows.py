"""Case rows: the columns, their conversion to records, and loading and storing one case in a transaction."""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from typing import Any

from storage.base import UnknownCaseError
from storage.driver import Row, Tx
from storage.models import SEVERITY_ORDER, Case, EvidenceItem
from storage.sql.host import dt, ts

_CASE_ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: read aloud or typed by hand
CASE_COLUMNS = (
    "id, community_id, platform, suspect_id, targets, severity, risk, stage, categories, status, "
    "created_at, updated_at, alert_ref, source, signals, source_file, source_chat"
)
EVIDENCE_COLUMNS = (
    "case_id, seq, message_id, channel_id, author_id, author_name, ts, text, link, flagged, "
    "categories, digest, captured_at"
)
ACTIVE_SQL = "('open', 'acknowledged')"


def new_case_id() -> str:
    return "".join(secrets.choice(_CASE_ID_ALPHABET) for _ in range(8))


def merge(old: Sequence[Any], new: Sequence[Any]) -> tuple[Any, ...]:
    """Union keeping first-seen order (JSON values compared by their canonical text)."""
    seen: dict[str, Any] = {}
    for value in (*old, *new):
        seen.setdefault(json.dumps(value, sort_keys=True), value)
    return tuple(seen.values())


def fields(case: Case) -> dict[str, Any]:
    return {name: getattr(case, name) for name in Case.__dataclass_fields__}


def check_severity(severity: str) -> None:
    if severity not in SEVERITY_ORDER:
        raise ValueError(f"severity {severity!r} is not one of {', '.join(SEVERITY_ORDER)}")


def case_from_row(row: Row) -> Case:
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
        created_at=dt(row[10]),
        updated_at=dt(row[11]),
        alert_ref=row[12],
        source=row[13],
        signals=tuple(json.loads(row[14])),
        source_file=row[15],
        source_chat=row[16],
    )


def evidence_from_row(row: Row) -> EvidenceItem:
    return EvidenceItem(
        case_id=row[0],
        seq=int(row[1]),
        message_id=row[2],
        channel_id=row[3],
        author_id=row[4],
        author_name=row[5],
        timestamp=dt(row[6]),
        text=row[7],
        link=row[8],
        flagged=bool(row[9]),
        categories=tuple(json.loads(row[10])),
        digest=row[11],
        captured_at=dt(row[12]),
    )


async def load_case(tx: Tx, case_id: str) -> Case:
    row = await tx.fetchone(f"SELECT {CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,))
    if row is None:
        raise UnknownCaseError(f"no case with id {case_id!r}")
    return case_from_row(row)


async def store_case(tx: Tx, case: Case) -> None:
    """Write back the fields a case may change after it opened (its identity is sealed and fixed)."""
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
            ts(case.updated_at),
            case.alert_ref,
            json.dumps(list(case.signals)),
            case.id,
        ),
    )
