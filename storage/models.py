"""Records that storage keeps, as plain dataclasses owned by this package.

Storage sits below the pipeline and the bots (dependencies point inwards), so it defines its own
types instead of importing the pipeline's: callers convert at the boundary. Risk state is kept as
an opaque JSON dict so that the pipeline can change what it tracks without a schema migration.
Every time is a timezone-aware UTC datetime.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storage.seal import SealRecord

JsonDict = dict[str, Any]


class CaseStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    FALSE_POSITIVE = "false_positive"
    ACTIONED = "actioned"
    REPORTED = "reported"
    CLOSED = "closed"


# A case in one of these still waits for a moderator; detection joins it instead of opening another.
ACTIVE_STATUSES: frozenset[str] = frozenset({CaseStatus.OPEN, CaseStatus.ACKNOWLEDGED})
# Final statuses: the case is kept for the closed-case retention period, then purged.
FINAL_STATUSES: frozenset[str] = frozenset(
    {CaseStatus.FALSE_POSITIVE, CaseStatus.ACTIONED, CaseStatus.REPORTED, CaseStatus.CLOSED}
)
SEVERITY_ORDER: dict[str, int] = {"low": 0, "medium": 1, "high": 2, "critical": 3}
NUDGE_MODES = ("dm", "button", "off")


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC: export readers and tests sometimes build them that way."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Retention:
    """How long each kind of record may live; the defaults follow the storage issue."""

    pair_state_days: float = 30.0  # pair/suspect state and pair events, after the last activity
    nudge_days: float = 30.0  # nudge records (only needed for rate limiting) and delivered outbox rows
    closed_case_days: float = 180.0  # cases in a final status, counted from their last update

    def with_overrides(self, overrides: Mapping[str, Any]) -> Retention:
        """Apply a community's overrides; unknown keys are ignored so old settings never break purge."""
        values = {
            name: float(overrides[name])
            for name in ("pair_state_days", "nudge_days", "closed_case_days")
            if name in overrides and overrides[name] is not None
        }
        return Retention(**{**self._asdict(), **values})

    def _asdict(self) -> dict[str, float]:
        return {
            "pair_state_days": self.pair_state_days,
            "nudge_days": self.nudge_days,
            "closed_case_days": self.closed_case_days,
        }


@dataclass(frozen=True, slots=True)
class CommunitySettings:
    """What moderators configured for one community; the stored value wins over the config file."""

    community_id: str
    platform: str = ""
    alert_channel_id: str | None = None  # Discord channel id or Telegram alert chat id
    minor_roles: tuple[str, ...] = ()
    adult_roles: tuple[str, ...] = ()
    trusted_roles: tuple[str, ...] = ()
    threshold: float | None = None  # None: use the configured default
    nudge_mode: str = "dm"  # "dm" | "button" | "off"
    language: str = "en"
    retention: JsonDict = field(default_factory=dict)  # keys of Retention, in days
    extras: JsonDict = field(default_factory=dict)  # platform-specific, e.g. a Telegram link code

    def __post_init__(self) -> None:
        if self.nudge_mode not in NUDGE_MODES:
            raise ValueError(
                f"settings for community {self.community_id}: nudge_mode {self.nudge_mode!r} "
                f"is not one of {', '.join(NUDGE_MODES)}"
            )

    def to_json(self) -> JsonDict:
        return {
            "platform": self.platform,
            "alert_channel_id": self.alert_channel_id,
            "minor_roles": list(self.minor_roles),
            "adult_roles": list(self.adult_roles),
            "trusted_roles": list(self.trusted_roles),
            "threshold": self.threshold,
            "nudge_mode": self.nudge_mode,
            "language": self.language,
            "retention": self.retention,
            "extras": self.extras,
        }

    @classmethod
    def from_json(cls, community_id: str, data: Mapping[str, Any]) -> CommunitySettings:
        return cls(
            community_id=community_id,
            platform=str(data.get("platform", "")),
            alert_channel_id=data.get("alert_channel_id"),
            minor_roles=tuple(data.get("minor_roles", ())),
            adult_roles=tuple(data.get("adult_roles", ())),
            trusted_roles=tuple(data.get("trusted_roles", ())),
            threshold=data.get("threshold"),
            nudge_mode=str(data.get("nudge_mode", "dm")),
            language=str(data.get("language", "en")),
            retention=dict(data.get("retention") or {}),
            extras=dict(data.get("extras") or {}),
        )


@dataclass(frozen=True, slots=True)
class PairStateRecord:
    """The pipeline's risk state for one (community, suspect, target) pair, opaque to storage."""

    community_id: str
    suspect_id: str
    target_id: str
    state: JsonDict
    last_seen: datetime


@dataclass(frozen=True, slots=True)
class SuspectAggregateRecord:
    """Per-suspect state (fan-out across children and the like), opaque to storage."""

    community_id: str
    suspect_id: str
    state: JsonDict
    last_seen: datetime


@dataclass(frozen=True, slots=True)
class PairEvent:
    """One risky message between a pair: what matched, never what was said."""

    community_id: str
    suspect_id: str
    target_id: str
    message_id: str
    timestamp: datetime
    categories: tuple[str, ...] = ()
    rule_ids: tuple[str, ...] = ()
    risk: float = 0.0


@dataclass(frozen=True, slots=True)
class Case:
    """One incident: a suspect in a community, and the children they approached."""

    id: str
    community_id: str
    platform: str
    suspect_id: str
    targets: tuple[str, ...]
    severity: str
    risk: float
    stage: str
    categories: tuple[str, ...]
    status: str
    created_at: datetime
    updated_at: datetime
    alert_ref: str | None = None  # platform id of the posted alert, so it can be edited later
    source: str = "detection"  # "detection" | "report" | "scan"
    signals: tuple[Any, ...] = ()  # JSON values (strings or small dicts) explaining the alert
    # Only meaningful on the value `open_case` returns: True when this call created the case,
    # False when it joined an active one (the service then edits the existing alert).
    is_new: bool = field(default=False, compare=False)
    # Cases saved from an export scan: the file and conversation they came from ("" when live).
    source_file: str = ""
    source_chat: str = ""

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """A pipeline decision attached to a case, with its reasons (rules, messages, signals, risk)."""

    case_id: str
    at: datetime
    data: JsonDict


@dataclass(frozen=True, slots=True)
class Note:
    case_id: str
    author_id: str
    author_name: str
    text: str
    at: datetime
    id: int = 0  # row id: the seal refers to notes by it


@dataclass(frozen=True, slots=True)
class AuditEntry:
    case_id: str
    actor_id: str
    actor_name: str
    action: str
    detail: str
    at: datetime
    id: int = 0  # row id: the seal refers to audit entries by it


@dataclass(frozen=True, slots=True)
class EvidenceInput:
    """A message captured as evidence when a case opens or grows (flagged, or context around it)."""

    message_id: str
    channel_id: str
    author_id: str
    author_name: str
    timestamp: datetime
    text: str
    link: str | None = None
    flagged: bool = False
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """A stored evidence line with its SHA-256 digest (see storage.digest for the exact recipe)."""

    case_id: str
    seq: int  # capture order within the case; the case digest follows it
    message_id: str
    channel_id: str
    author_id: str
    author_name: str
    timestamp: datetime
    text: str
    link: str | None
    flagged: bool
    categories: tuple[str, ...]
    digest: str
    captured_at: datetime


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """Everything a moderator or an export needs about one case."""

    case: Case
    notes: tuple[Note, ...]
    audit: tuple[AuditEntry, ...]
    evidence: tuple[EvidenceItem, ...]
    decisions: tuple[DecisionRecord, ...]
    digest: str  # case digest over the stored item digests, in capture order (recomputed: a convenience)
    seal: SealRecord | None = None  # as stored: the tamper evidence that counts (see storage.seal)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """An alert or nudge that must reach the platform; it stays pending until marked delivered."""

    id: str
    community_id: str
    kind: str  # "alert" | "nudge" | anything the service needs
    payload: JsonDict
    case_id: str | None
    user_id: str | None  # the person it is about (the child for nudges), so forget can find it
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ForgetResult:
    """What `forget` removed (rows per table) and what it kept on purpose, with the reason."""

    deleted: dict[str, int]
    kept: tuple[str, ...]
