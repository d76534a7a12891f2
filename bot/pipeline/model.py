"""The pipeline's data: per-community policy, per-pair risk state, member facts, and decisions.

Pair state is kept for every pair that talks (first contact and history are signals), so it is
small: a few slots per pair. The heavier `Flags` object exists only for pairs with rule hits.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any, Final

from bot.actions import EvidenceLine
from bot.events import Author
from bot.pipeline.ages import AgeBand
from bot.vocabulary import SEVERITIES as SEVERITIES  # re-exported: the pipeline ranks severities by it
from bot.vocabulary import DecisionKind, Severity

# Grooming stages, in the order they usually unfold; a pair moving up them is worse than a pair
# repeating one cue.
STAGES: Final[tuple[str, ...]] = (
    "none", "befriending", "trust", "risk assessment", "exclusivity", "escalation", "threats",
)
CATEGORY_STAGE: Final[dict[str, int]] = {
    "age_probe": 1,
    "flattery": 2,
    "isolation": 3,
    "personal_info": 3,
    "secrecy": 4,
    "platform_move": 5,
    "photo_request": 5,
    "gift_offer": 5,
    "meeting": 5,
    "modeling_lure": 5,
    "sextortion": 6,
    # Sexual steering belongs with the escalation moves. It comes last in this table only because the
    # table's order gives each category its bit in stored pair state, and the bits must not move.
    "sexual_talk": 5,
}
CATEGORY_BIT: Final[dict[str, int]] = {c: 1 << i for i, c in enumerate(CATEGORY_STAGE)}
CATEGORY_ORDER: Final[dict[str, int]] = {c: i for i, c in enumerate(CATEGORY_STAGE)}
# Moves that warrant telling moderators at once when an unknown or older person makes them to a child.
CRITICAL_MOVES: Final[frozenset[str]] = frozenset({"photo_request", "meeting", "platform_move", "sexual_talk"})
# What counts as a risky move towards a child for showing them a tip (first-contact chit-chat does not).
NUDGE_CATEGORIES: Final[frozenset[str]] = frozenset(CATEGORY_STAGE) - {"flattery", "age_probe"}


def categories_of(mask: int) -> list[str]:
    return [c for c, bit in CATEGORY_BIT.items() if mask & bit]


@dataclass(frozen=True, slots=True)
class Policy:
    """How one community wants Lookout to behave (from config, overridden by moderator commands)."""

    threshold: float = 1.0
    minor_roles: frozenset[str] = frozenset()
    adult_roles: frozenset[str] = frozenset()
    trusted_roles: frozenset[str] = frozenset()
    nudges: bool = True
    language: str = "en"
    youth_community: bool = True  # members of unknown age may be children
    half_life_days: float = 7.0
    pair_ttl_days: float = 30.0


@dataclass(frozen=True, slots=True)
class RiskWeights:
    """Every number in the conversation-risk formula, named, with the reason it exists.

    Risk of a pair = sum over new categories of (rule weight x novelty), plus a progression bonus,
    times a context factor that multiplies the signals below. `lookout eval --sweep` varies any field by
    name (`--sweep older_gap_years=3,4,5`). Multipliers above 1 raise risk, below 1 damp it.
    Frozen: one instance is shared by every pair, and a sweep builds a new one per setting.
    progression_bonus and unknown_context_factor were chosen with such a sweep on the development
    corpus (eval/README.md, "Choosing the weights"); the rest are the hand-set values they replaced.
    """

    # How risk accumulates.
    repeat_factor: float = 0.35  # a category the pair showed before counts this much again: repeating is not escalating
    progression_bonus: float = 0.3  # per earlier stage, when a pair moves to a later one: grooming unfolds in steps
    # Who is talking to whom.
    adult_target_factor: float = 0.15  # the target is a known adult: adults talking with adults
    unknown_target_youth_factor: float = 0.75  # target's age unknown in a youth community: may well be a child
    unknown_target_factor: float = 0.3  # target's age unknown elsewhere: most likely an adult
    adult_room_min: int = 2  # others around known to be adults (no known child) that make an unknown target "elsewhere"
    adult_suspect_factor: float = 1.4  # a known adult talking to someone who is not a known adult
    older_suspect_factor: float = 1.3  # the suspect is clearly older than the target (see older_gap_years)
    older_gap_years: float = 4.0  # years between best-guess ages that make one side "clearly older"
    peer_gap_years: float = 3.0  # at most this many years apart, two minors are peers
    new_account_factor: float = 1.25  # a new account or a newcomer to the community: how most suspects arrive
    new_account_days: float = 30.0  # an account younger than this is new
    new_member_days: float = 7.0  # a member who joined less than this ago is new
    first_contact_factor: float = 1.1  # they never talked before: strangers' cues weigh more
    first_contact_msgs: int = 5  # fewer messages than this within a day still counts as first contact
    talked_before_msgs: int = 15  # peers with this many messages between them ...
    talked_before_days: float = 2.0  # ... over at least this many days know each other
    known_peers_factor: float = 0.3  # peers who know each other, or family: their banter is not grooming
    peers_factor: float = 0.8  # two minors of about the same age who are new to each other
    staff_factor: float = 0.2  # staff and trusted roles quote tactics to warn about them
    fanout_factor: float = 1.5  # the suspect has made risky moves towards several children
    fanout_min: int = 3  # ... at least this many children ...
    fanout_window_days: float = 7.0  # ... within this many days
    unmarked_public_factor: float = 0.8  # nothing known about either side, in a public channel
    broadcast_factor: float = 0.5  # said to everyone, not to one person: a lure, but a weaker one
    # The semantic layer (bot/pipeline/semantic_signal.py): a category a pair shows by meaning adds this to its
    # risk (once, times the context factor), counted only when the rules flag the pair: never an alert by itself.
    # Chosen with `--sweep semantic_weight=0,0.15,0.3,0.5` on all seven labelled conversation sets at once
    # (development, held out, blind batches 1-5; 216 grooming, 313 benign), with the layer's second opinion
    # in place: 0 and 0.15 alert 1 benign chat of 313 and 93.5% on time, 0.3 alerts 4, 0.5 alerts 5 for
    # 94.4% on time. 0.15, the highest Pareto-best, keeps a reading's weight where it costs nothing measured.
    # (0.5, chosen before the second opinion on three sets, paid for its earlier alerts with benign ones.)
    semantic_weight: float = 0.15
    # A move read by meaning alone (semantic_signal.SemanticSignal.move): in a pair the rules flagged
    # before, from someone not known to be the child's peer to a known child, a line the layer reads
    # as a critical move by at least this margin over its category's threshold counts as that move,
    # with this weight. Never the first flag of a pair, never to someone whose age is unknown.
    semantic_move_margin: float = 0.03
    semantic_move_weight: float = 0.5
    # Direction (who is the suspect, bot/pipeline/direction.py).
    driver_margin: int = 2  # kinds of move by which the side that answered must out-do the first mover to be followed
    # Decisions.
    unknown_context_factor: float = 1.8  # threshold multiplier when nothing is known against the suspect
    threat_min_factor: float = 0.3  # a threat is critical unless the context damps it below this (adults, staff)
    high_severity: float = 2.0  # risk at this multiple of the threshold is "high"
    critical_severity: float = 3.5  # risk at this multiple of the threshold is "critical"


class Flags:
    """What a pair with rule hits needs for decisions and evidence. Bounded in size."""

    __slots__ = ("counted", "evidence", "first", "rules")

    def __init__(self, first: float) -> None:
        self.first = first  # the pair's first cue: who moved first decides who drives (direction.py)
        self.rules: dict[str, None] = {}
        self.evidence: deque[EvidenceLine] = deque(maxlen=12)
        self.counted: dict[str, int] = {}  # message id -> categories already counted (edits)

    def count(self, message_id: str, mask: int) -> int:
        """Record categories for a message; return those not counted before for it."""
        before = self.counted.get(message_id, 0)
        new = mask & ~before
        if new:
            self.counted[message_id] = before | mask
            if len(self.counted) > 64:
                self.counted.pop(next(iter(self.counted)))
        return new


class PairState:
    """Risk of one (community, suspect, target) pair. Kept for every talking pair, so kept small."""

    __slots__ = ("alerted", "cats", "first", "flags", "last", "msgs", "risk")

    def __init__(self, now: float) -> None:
        self.first = now
        self.last = now  # last message; risk was last brought up to date then
        self.msgs = 0
        self.risk = 0.0
        self.cats = 0
        self.alerted = 0  # severity index + 1 of the last alert, 0 for none
        self.flags: Flags | None = None

    @property
    def stage(self) -> int:
        cats = self.cats
        return max((CATEGORY_STAGE[c] for c, bit in CATEGORY_BIT.items() if cats & bit), default=0)

    def touch(self, now: float, half_life_s: float) -> None:
        """Bring risk up to `now` (exponential decay) and mark the pair active."""
        if self.risk and now > self.last:
            self.risk *= 0.5 ** ((now - self.last) / half_life_s)
        if now > self.last:
            self.last = now

    def to_dict(self) -> dict[str, Any]:
        return {"first": self.first, "last": self.last, "msgs": self.msgs, "risk": self.risk, "cats": self.cats,
                "alerted": self.alerted, "rules": list(self.flags.rules) if self.flags else [],
                "first_cue": self.flags.first if self.flags else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PairState:
        st = cls(float(d["first"]))
        st.last = float(d.get("last", st.first))
        st.msgs = int(d.get("msgs", 0))
        st.risk = float(d.get("risk", 0.0))
        st.cats = int(d.get("cats", 0))
        st.alerted = int(d.get("alerted", 0))
        rules = d.get("rules") or []
        if rules:
            first_cue = d.get("first_cue")
            st.flags = Flags(float(first_cue) if first_cue is not None else st.first)
            st.flags.rules = dict.fromkeys(str(r) for r in rules)
        return st


class MemberInfo:
    """What the pipeline knows about one member of one community."""

    __slots__ = ("adult", "author", "band", "declared", "kid", "last", "roles_key", "staff")

    def __init__(self, author: Author, band: AgeBand | None, staff: bool, now: float) -> None:
        self.author = author
        self.roles_key = author.roles
        self.band = band
        self.declared: int | None = None
        self.kid = 0  # how much they sounded like a child talking about school or parents (capped at 2)
        self.adult = False  # talked about their own adult life (work, spouse, driving)
        self.staff = staff
        self.last = now


class SuspectState:
    """Children a person has made risky moves towards recently (fan-out across targets)."""

    __slots__ = ("last", "targets")

    def __init__(self) -> None:
        self.targets: dict[str, float] = {}
        self.last = 0.0

    def touch(self, target: str, now: float, window_s: float) -> int:
        self.targets[target] = now
        self.last = now
        if len(self.targets) > 32:
            for t, _at in sorted(self.targets.items(), key=lambda kv: kv[1])[: len(self.targets) - 32]:
                del self.targets[t]
        return sum(1 for at in self.targets.values() if now - at <= window_s)

    def to_dict(self) -> dict[str, Any]:
        return {"last": self.last, "targets": dict(self.targets)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SuspectState:
        st = cls()
        st.targets = {str(t): float(at) for t, at in (d.get("targets") or {}).items()}
        st.last = float(d.get("last", max(st.targets.values(), default=0.0)))
        return st


@dataclass(frozen=True, slots=True)
class Decision:
    """One thing the pipeline decided, with everything needed to explain it."""

    kind: DecisionKind
    platform: str
    community_id: str
    channel_id: str
    message_id: str
    timestamp: float
    suspect: Author
    target: Author | None
    risk: float
    severity: Severity
    stage: str
    categories: tuple[str, ...]
    rules: tuple[str, ...]
    signals: tuple[str, ...] = ()
    evidence: tuple[EvidenceLine, ...] = ()
    escalation: bool = False  # alerts: a later, higher alert; logs: the pair already has an alert
    nudge_category: str | None = None
    message_categories: tuple[str, ...] = field(default=())

    @property
    def suspect_id(self) -> str:
        return self.suspect.id

    @property
    def target_id(self) -> str | None:
        return self.target.id if self.target else None
