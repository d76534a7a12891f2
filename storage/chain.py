"""Reading and extending case seals inside a transaction (the SQL side of storage.seal).

Every write that records something in a case (opening it, evidence, notes, audit entries,
erasures) appends to the case's chain and re-seals it in the same transaction, so a committed
record is always sealed and a sealed record always committed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from storage.driver import Row, Tx
from storage.models import as_utc
from storage.seal import (
    ChainEntry,
    Recorded,
    SealKey,
    SealRecord,
    audit_digest,
    case_identity_digest,
    chain_head,
    chain_link,
    chain_start,
    entry_mac,
    evidence_digest,
    note_digest,
    seal_mac,
)

log = logging.getLogger(__name__)

Entry = tuple[str, str, str, str]  # (op, kind, ref, digest)
_SEAL_COLUMNS = "case_id, entries, head, mac, key_id, origin, since, sealed_at"


def _dt(value: float) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def _ts(value: datetime) -> float:
    return as_utc(value).timestamp()


def stored_time(value: datetime) -> datetime:
    """The time exactly as it reads back from the database (digests must match after the trip)."""
    return _dt(_ts(value))


async def load_seal(tx: Tx, case_id: str, *, lock: str = "", chain: bool = True) -> SealRecord | None:
    row = await tx.fetchone(f"SELECT {_SEAL_COLUMNS} FROM case_seals WHERE case_id = ?{lock}", (case_id,))
    if row is None:
        return None
    entries: tuple[ChainEntry, ...] = ()
    if chain:
        rows = await tx.fetchall(
            "SELECT pos, op, kind, ref, digest, mac, at FROM case_chain WHERE case_id = ? ORDER BY pos", (case_id,)
        )
        entries = tuple(ChainEntry(int(r[0]), r[1], r[2], r[3], r[4], r[5], _dt(r[6])) for r in rows)
    return SealRecord(row[0], int(row[1]), row[2], row[3], row[4], row[5], _dt(row[6]), _dt(row[7]), entries)


async def append(
    tx: Tx,
    key: SealKey,
    case_id: str,
    entries: Sequence[Entry],
    at: datetime,
    *,
    lock: str = "",
    new_case: bool = False,
    origin: str = "capture",
) -> None:
    """Add `entries` to the case's chain and re-seal it. `lock` is the dialect's row-lock clause."""
    if not entries:
        return
    row = await tx.fetchone(f"SELECT entries, head, origin, since FROM case_seals WHERE case_id = ?{lock}", (case_id,))
    if row is not None:
        count, head, origin, since = int(row[0]), str(row[1]), str(row[2]), _dt(row[3])
    elif new_case:
        count, head, since = 0, chain_start(case_id), stored_time(at)
    else:
        # The seal record is gone (deleted by hand?). Keep recording, but rebuild from the chain as
        # it stands and say so for ever after: the check reports a rebuilt seal.
        stored = await tx.fetchall(
            "SELECT op, kind, ref, digest FROM case_chain WHERE case_id = ? ORDER BY pos", (case_id,)
        )
        last = await tx.fetchone("SELECT MAX(pos) FROM case_chain WHERE case_id = ?", (case_id,))
        count = int(last[0]) if last is not None and last[0] is not None else 0
        head = chain_head(case_id, [(r[0], r[1], r[2], r[3]) for r in stored])
        origin, since = "rebuilt", stored_time(at)
        log.error("storage: case %s had no seal record; rebuilt it from %d chain entries", case_id, count)
    when = _ts(at)
    rows: list[Row] = []
    for op, kind, ref, digest in entries:
        count += 1
        head = chain_link(head, op, kind, ref, digest)
        mac = entry_mac(key, case_id, count, op, kind, ref, digest)
        rows.append((case_id, count, op, kind, ref, digest, mac, when))
    await tx.executemany(
        "INSERT INTO case_chain (case_id, pos, op, kind, ref, digest, mac, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows
    )
    await tx.execute(
        f"INSERT INTO case_seals ({_SEAL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE "
        "SET entries = excluded.entries, head = excluded.head, mac = excluded.mac, key_id = excluded.key_id, "
        "origin = excluded.origin, since = excluded.since, sealed_at = excluded.sealed_at",
        (
            case_id,
            count,
            head,
            seal_mac(key, case_id, count, head, origin, since),
            key.key_id,
            origin,
            _ts(since),
            when,
        ),
    )


# -- what a case holds now, digested the way the seal digests it ----------------------------------
def case_entry(row: Row) -> Entry:
    """Row: id, community_id, platform, suspect_id, created_at, source, source_file, source_chat."""
    return ("add", "case", row[0], case_identity_digest(_identity(row)))


def _identity(row: Row) -> dict[str, object]:
    return {
        "case_id": row[0],
        "community_id": row[1],
        "platform": row[2],
        "suspect_id": row[3],
        "created_at": _dt(row[4]).isoformat(),
        "source": row[5],
        "source_file": row[6],
        "source_chat": row[7],
    }


_CASE_IDENTITY_SQL = (
    "SELECT id, community_id, platform, suspect_id, created_at, source, source_file, source_chat "
    "FROM cases WHERE id = ?"
)
_EVIDENCE_SQL = (
    "SELECT message_id, channel_id, author_id, author_name, ts, text, link, flagged, categories, digest, seq "
    "FROM evidence WHERE case_id = ? ORDER BY seq"
)
_NOTES_SQL = "SELECT id, author_id, author_name, text, at FROM case_notes WHERE case_id = ? ORDER BY id"
_AUDIT_SQL = "SELECT id, actor_id, actor_name, action, detail, at FROM case_audit WHERE case_id = ? ORDER BY id"
# One row by id, led by its case id (the digest helpers take the rest).
NOTE_ROW_SQL = "SELECT case_id, id, author_id, author_name, text, at FROM case_notes WHERE id = ?"
AUDIT_ROW_SQL = "SELECT case_id, id, actor_id, actor_name, action, detail, at FROM case_audit WHERE id = ?"


def _evidence_fields(row: Row) -> dict[str, object]:
    return {
        "message_id": row[0],
        "channel_id": row[1],
        "author_id": row[2],
        "author_name": row[3],
        "timestamp": _dt(row[4]).isoformat(),
        "text": row[5],
        "link": row[6],
        "flagged": bool(row[7]),
        "categories": list(json.loads(row[8])),
    }


def note_entry_digest(row: Row) -> str:
    """Row: id, author_id, author_name, text, at."""
    return note_digest(row[1], row[2], row[3], _dt(row[4]))


def audit_entry_digest(row: Row) -> str:
    """Row: id, actor_id, actor_name, action, detail, at."""
    return audit_digest(row[1], row[2], row[3], row[4], _dt(row[5]))


async def recorded(tx: Tx, case_id: str) -> list[Recorded]:
    """Everything the seal covers, read now, with digests recomputed from the fields (never the stored ones)."""
    present: list[Recorded] = []
    case = await tx.fetchone(_CASE_IDENTITY_SQL, (case_id,))
    if case is not None:
        present.append(Recorded("case", case[0], case_entry(case)[3], "the case record"))
    for row in await tx.fetchall(_EVIDENCE_SQL, (case_id,)):
        present.append(Recorded("evidence", row[0], evidence_digest(_evidence_fields(row)),
                                f"evidence item at position {row[10]} (message {row[0]})"))
    for row in await tx.fetchall(_NOTES_SQL, (case_id,)):
        present.append(Recorded("note", str(row[0]), note_entry_digest(row), f"note (id {row[0]})"))
    for row in await tx.fetchall(_AUDIT_SQL, (case_id,)):
        present.append(Recorded("audit", str(row[0]), audit_entry_digest(row), f"audit entry (id {row[0]})"))
    return present


async def seal_existing_cases(tx: Tx, key: SealKey, at: datetime) -> int:
    """Seal every case that predates sealing (schema upgrade), marked as sealed on upgrade.

    Evidence is sealed with the digest stored at capture, not one recomputed now: an item edited
    before the upgrade without its digest still shows as altered.
    """
    ids = [row[0] for row in await tx.fetchall("SELECT id FROM cases ORDER BY created_at, id")]
    for case_id in ids:
        entries: list[Entry] = []
        case = await tx.fetchone(_CASE_IDENTITY_SQL, (case_id,))
        assert case is not None
        entries.append(case_entry(case))
        entries += [("add", "evidence", r[0], r[9]) for r in await tx.fetchall(_EVIDENCE_SQL, (case_id,))]
        notes = await tx.fetchall(_NOTES_SQL, (case_id,))
        entries += [("add", "note", str(r[0]), note_entry_digest(r)) for r in notes]
        audit = await tx.fetchall(_AUDIT_SQL, (case_id,))
        entries += [("add", "audit", str(r[0]), audit_entry_digest(r)) for r in audit]
        await append(tx, key, case_id, entries, at, new_case=True, origin="upgrade")
    return len(ids)
