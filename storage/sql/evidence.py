"""Evidence capture: the messages a case holds, each with its digest, sealed as they are stored."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from storage import chain
from storage.digest import item_digest
from storage.driver import Tx
from storage.models import EvidenceInput
from storage.sql.case_rows import EVIDENCE_COLUMNS, load_case
from storage.sql.host import now_or, ts
from storage.sql.sealing import SealingSql

Prepared = Sequence[tuple[EvidenceInput, str]]


def storable(text: str) -> str:
    """Text a database accepts: a lone UTF-16 surrogate (legal in JSON exports, not in UTF-8)
    becomes U+FFFD instead of failing the whole write; valid surrogate pairs are joined."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def prepare(items: Sequence[EvidenceInput]) -> list[tuple[EvidenceInput, str]]:
    """Items as they will be stored (and read back), with their digests."""
    prepared = []
    for item in items:
        stored = replace(
            item,
            timestamp=chain.stored_time(item.timestamp),
            text=storable(item.text),
            author_name=storable(item.author_name),
        )
        prepared.append((stored, item_digest(stored)))
    return prepared


class EvidenceSql(SealingSql):
    async def add_evidence(self, case_id: str, items: Sequence[EvidenceInput], now: datetime | None = None) -> int:
        at = now_or(now)
        prepared = prepare(items)

        async def write(tx: Tx) -> int:
            await load_case(tx, case_id)
            return await self._insert_evidence(tx, case_id, prepared, at)

        return await self._writer.call(write, "evidence")

    async def _insert_evidence(self, tx: Tx, case_id: str, prepared: Prepared, at: datetime) -> int:
        """Store new items after the case's last one and seal them; a message already there keeps its capture."""
        row = await tx.fetchone("SELECT MAX(seq) FROM evidence WHERE case_id = ?", (case_id,))
        seq = int(row[0]) if row is not None and row[0] is not None else 0
        sealed: list[chain.Entry] = []
        for item, digest in prepared:
            inserted = await tx.execute(
                f"INSERT INTO evidence ({EVIDENCE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (case_id, message_id) DO NOTHING",
                (
                    case_id,
                    seq + 1,
                    item.message_id,
                    item.channel_id,
                    item.author_id,
                    item.author_name,
                    ts(item.timestamp),
                    item.text,
                    item.link,
                    int(item.flagged),
                    json.dumps(list(item.categories)),
                    digest,
                    ts(at),
                ),
            )
            if inserted:
                seq += 1
                sealed.append(("add", "evidence", item.message_id, digest))
        await self._seal(tx, case_id, sealed, at)
        return len(sealed)
