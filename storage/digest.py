"""Tamper evidence for captured messages.

An evidence package may reach the police weeks after capture; anyone holding it must be able to
recompute the digests from the exported fields alone. So the recipe is deliberately simple and
written down here (and in the export):

* item digest = SHA-256 (hex) of the canonical JSON of the item's fields: the keys below, sorted,
  no whitespace, UTF-8, the timestamp as ISO-8601 in UTC, categories as a list;
* case digest = SHA-256 (hex) of the item digests in capture order, each followed by "\\n".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.models import CaseDetail, EvidenceInput, EvidenceItem, as_utc

DIGEST_FIELDS = (
    "author_id",
    "author_name",
    "categories",
    "channel_id",
    "flagged",
    "link",
    "message_id",
    "text",
    "timestamp",
)


def canonical_fields(item: EvidenceInput | EvidenceItem) -> dict[str, Any]:
    return {
        "author_id": item.author_id,
        "author_name": item.author_name,
        "categories": list(item.categories),
        "channel_id": item.channel_id,
        "flagged": bool(item.flagged),
        "link": item.link,
        "message_id": item.message_id,
        "text": item.text,
        "timestamp": iso_utc(item.timestamp),
    }


def iso_utc(value: datetime) -> str:
    return as_utc(value).isoformat()


def digest_fields(fields: Mapping[str, Any]) -> str:
    """Digest of an item given as a mapping (as found in an exported JSON file)."""
    canonical = {name: fields.get(name) for name in DIGEST_FIELDS}
    blob = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def item_digest(item: EvidenceInput | EvidenceItem) -> str:
    return digest_fields(canonical_fields(item))


def case_digest(item_digests: Iterable[str]) -> str:
    hasher = hashlib.sha256()
    for digest in item_digests:
        hasher.update(digest.encode("ascii") + b"\n")
    return hasher.hexdigest()


@dataclass(frozen=True, slots=True)
class Verification:
    """Result of re-checking a case: which items no longer match their digest, and the case digest."""

    ok: bool
    altered_message_ids: tuple[str, ...]
    expected_case_digest: str
    actual_case_digest: str


def verify(detail: CaseDetail) -> Verification:
    """Recompute every item digest from its fields and the case digest from the stored digests.

    An item whose fields were changed after capture no longer matches its stored digest; a stored
    digest that was changed too no longer matches the case digest recorded in earlier exports, and
    within the database the recomputed chain shows it.
    """
    altered = tuple(item.message_id for item in detail.evidence if item_digest(item) != item.digest)
    recomputed = case_digest(item_digest(item) for item in detail.evidence)
    return Verification(
        ok=not altered and recomputed == detail.digest,
        altered_message_ids=altered,
        expected_case_digest=detail.digest,
        actual_case_digest=recomputed,
    )
