"""Records that storage keeps, as plain dataclasses owned by this package.

Storage sits below the pipeline and the bots (dependencies point inwards), so it defines its own
types instead of importing the pipeline's: callers convert at the boundary. Risk state is kept as
an opaque JSON dict so that the pipeline can change what it tracks without a schema migration.
Every time is a timezone-aware UTC datetime.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
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


RETENTION_FIELDS = ("pair_state_days", "nudge_days", "closed_case_days")


@dataclass(frozen=True, slots=True)
class Retention:
    """How long each kind of record may live; the defaults follow the storage issue."""

    pair_state_days: float = 30.0  # pair/suspect state and pair events, after the last activity
    nudge_days: float = 30.0  # nudge records (only needed for rate limiting) and delivered outbox rows
    closed_case_days: float = 180.0  # cases in a final status, counted from their last update

    def with_overrides(self, overrides: Mapping[str, float | None]) -> Retention:
        """Apply a community's overrides (keys of RETENTION_FIELDS; None keeps the default)."""
        values = {name: float(value) for name, value in overrides.items() if value is not None}
        return replace(self, **values)


ROLE_FIELDS = ("minor_roles", "adult_roles", "trusted_roles", "moderator_roles")
# What a moderator can set per community; `CommunitySettings.changed` and storage accept these names.
SETTING_FIELDS = ("threshold", "nudge_mode", "language", *ROLE_FIELDS, "retention", "setup_notice_at")


@dataclass(frozen=True, slots=True)
class CommunitySettings:
    """What moderators set explicitly for one community: None means "not set, follow the config".

    Only explicit choices are stored, so a later change of the config file reaches every community
    that did not choose otherwise (before, the config's values were copied into every community the
    first time the bot acted there, and the copy won for ever). Where the alert goes is not here:
    it is an `AlertLink`, because more than one community can send alerts to the same chat.
    `unconfirmed` names fields carried over from before settings were typed: they may be copies of
    the config of that day rather than choices, and the service settles them against the config.
    """

    community_id: str
    platform: str = ""
    threshold: float | None = None
    nudge_mode: str | None = None  # "dm" | "button" | "off"
    language: str | None = None
    minor_roles: tuple[str, ...] | None = None
    adult_roles: tuple[str, ...] | None = None
    trusted_roles: tuple[str, ...] | None = None
    moderator_roles: tuple[str, ...] | None = None
    retention: Mapping[str, float] = field(default_factory=dict)  # keys of RETENTION_FIELDS, in days
    setup_notice_at: datetime | None = None  # when the owner was told how to finish setup
    unconfirmed: frozenset[str] = frozenset()
    updated_at: datetime | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        where = f"settings for community {self.community_id}"
        if self.nudge_mode is not None and self.nudge_mode not in NUDGE_MODES:
            raise ValueError(f"{where}: nudge_mode {self.nudge_mode!r} is not one of {', '.join(NUDGE_MODES)}")
        if self.threshold is not None and not 0 < self.threshold <= 100:
            raise ValueError(f"{where}: threshold {self.threshold!r} must be a number above 0 and at most 100")
        for name, days in self.retention.items():
            if name not in RETENTION_FIELDS:
                raise ValueError(f"{where}: retention {name!r} is not one of {', '.join(RETENTION_FIELDS)}")
            if not days > 0:
                raise ValueError(f"{where}: retention {name} = {days!r} must be a number of days above 0")
        for name in ROLE_FIELDS:
            roles = getattr(self, name)
            if roles is not None and (isinstance(roles, str)
                                      or not all(isinstance(role, str) and role.strip() for role in roles)):
                raise ValueError(f"{where}: {name} {roles!r} must be a list of role names")

    @property
    def is_empty(self) -> bool:
        """Nothing set: the community follows the config in everything."""
        return all(getattr(self, name) in (None, {}) for name in SETTING_FIELDS)

    def value(self, name: str) -> Any:
        """The stored value of a setting by name (None or {} when not set)."""
        if name not in SETTING_FIELDS:
            raise KeyError(f"{name!r} is not a community setting; the settings are {', '.join(SETTING_FIELDS)}")
        return getattr(self, name)


@dataclass(frozen=True, slots=True)
class AlertLink:
    """Where one community's alerts go: a Discord channel, or a Telegram chat linked with a code."""

    community_id: str
    platform: str
    alert_chat_id: str
    linked_at: datetime


@dataclass(frozen=True, slots=True)
class LinkCode:
    """A one-time code that links a community to the chat it is posted in, until it expires."""

    code: str
    community_id: str
    platform: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class NudgeRecord:
    """A tip a child was sent (or is being sent): rate limits and the cool-down are kept from these."""

    community_id: str
    child_id: str
    category: str
    at: datetime


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


# A login link for the web console that names no community: the local owner's (`lookout console --db`),
# good for every community in the database.
EVERY_COMMUNITY = "*"


@dataclass(frozen=True, slots=True)
class ConsoleLogin:
    """A redeemed one-time console login: who it was issued to, and the communities it covers."""

    platform: str  # where the person moderates ("discord", "telegram"), or "local" for the owner
    user_id: str
    display_name: str
    communities: tuple[str, ...]  # EVERY_COMMUNITY alone: all of them
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class ConsoleAuditEntry:
    """One thing someone did in the web console, and from where (the console's own audit trail).

    Case actions are also in the case's audit (`AuditEntry`); this adds the address and browser,
    and records what is not about one case: logins, settings, forgetting a person, purges.
    """

    at: datetime
    platform: str
    actor_id: str
    actor_name: str
    action: str
    community_id: str = ""  # "" when about no one community (a purge, a login)
    case_id: str = ""
    detail: str = ""
    ip: str = ""
    user_agent: str = ""
    id: int = 0


@dataclass(frozen=True, slots=True)
class CaseQuery:
    """Which cases to list, for a screen that pages through them (the web console)."""

    communities: tuple[str, ...] | None = None  # None: every community
    statuses: tuple[str, ...] = ()  # empty: any status
    severity: str = ""
    category: str = ""
    user_id: str = ""  # the suspect, or one of the children approached
    since: datetime | None = None  # created at or after
    until: datetime | None = None  # created before
    offset: int = 0
    limit: int = 25
