"""The platform-neutral pipeline: events → detection → conversation risk → decisions.

The live bots and the offline scanner both feed events here and act on the returned decisions,
so a scan of an export shows exactly what the bot would have done. It is synchronous and pure CPU:
persistence and delivery are the caller's job (bot/service.py), which keeps this testable and fast.
"""

from __future__ import annotations

import gc
import itertools
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Final

from bot.actions import EvidenceLine
from bot.events import Author, ChannelKind, MemberJoined, MessageEvent
from bot.pipeline.ages import (
    ADULT,
    HINT_KIN,
    HINT_LIFE,
    MINOR,
    AgeBand,
    adult_cues,
    age_gap,
    band_from_declared,
    band_from_roles,
    calls_family_given_hint,
    family_name,
    kid_cues,
    text_hints,
)
from bot.pipeline.attribution import ChannelWindows, WindowEntry, attribute_target
from bot.pipeline.direction import answering, older_side
from bot.pipeline.everyday import CHECKED, parent_name, set_aside
from bot.pipeline.model import (
    CATEGORY_BIT,
    CATEGORY_ORDER,
    CATEGORY_STAGE,
    CRITICAL_MOVES,
    NUDGE_CATEGORIES,
    SEVERITIES,
    STAGES,
    Decision,
    Flags,
    MemberInfo,
    PairState,
    Policy,
    RiskWeights,
    SuspectState,
    categories_of,
)
from bot.vocabulary import DecisionKind, Severity
from rules.engine import BATCH_SIZE, Engine
from rules.normalize import light
from rules.types import Detection

DAY: Final = 86_400.0
NUDGE_EVERY_S: Final = DAY
SWEEP_EVERY: Final = 50_000  # events between sweeps of idle state
# Same-age peers swap apps and keep party secrets; only these moves from a peer are worth a tip.
PEER_NUDGE_CATEGORIES: Final = frozenset({"photo_request", "meeting", "sextortion", "sexual_talk"})
# Between two children of the same age these are tips for both of them (the one who wrote it too),
# never an alert: teens flirt, and both can use a word about saying no and about what gets shared.
PEER_TIP_BOTH: Final = frozenset({"sexual_talk"})
_PEER_TIP_MASK: Final = sum(CATEGORY_BIT[c] for c in PEER_TIP_BOTH)
_CHECKED_MASK: Final = sum(CATEGORY_BIT[c] for c in CHECKED)  # moves an everyday context may explain
EVERYDAY_RECENT_S: Final = 30 * 60  # the exchange an everyday reason is read from: this recent ...
EVERYDAY_LINES: Final = 8  # ... and at most this many of the two people's lines
AGE_ANSWER_S: Final = 30 * 60
BURST_GAP_S: Final = 90.0  # lines this close together from one author are read together
BURST_MAX: Final = 8
BURST_SHORT: Final = 24  # only when some line is this short: long lines are whole thoughts
_BARE_AGE: Final = re.compile(
    r"\s*(?:i'?m |im |i am )?(\d{1,2})(?:\s*(?:yo|y/o|years?|yrs?|[mf]))?"  # "14", "im 13", "13 f"
    r"(?:\s*(?:too|also|as well|lol|lmao|haha|xd|tbh|u|you|wbu|hbu)\b)*"  # "14 too lol", "14 u?"
    r"(?:\s*(?:,|\band\b|&|\bn\b).*|\s*[,.]?\s*(?:how old|what about) (?:r|are) (?:u|you)\b.*)?"  # "12 how old r u"
    r"\s*[.!?,]*\s*$",  # "13, 14 in june", "12 and u?"
    re.IGNORECASE)
# An age answer that asks the age back in words ("12 how old r u") as well as "u?" (_ASKS_BACK).
_ASKS_AGE_BACK: Final = re.compile(r"\bhow old (?:r|are) (?:u|you)\b", re.IGNORECASE)
_ASKS_BACK: Final = re.compile(r"(?:\b(?:u|you|wbu|hbu|and you|y tu|e tu|und du|et toi|а ты)|¿?y vos)\s*\??\s*$",
                               re.IGNORECASE)
_GUESS: Final = re.compile(
    r"\b(?:ur|you'?re|u r|you are|r u|are you|are u)\s+(?:in\s+)?"
    r"(?:(?P<grade>\d{1,2})(?:th|st|nd|rd)\s+grade|year\s+(?P<year>\d{1,2})|(?P<age>\d{1,2}))\b")
_YES: Final = re.compile(r"\s*(?:yes|yeah|yea|ya|yep|yup|ye|mhm|si|sim|ja|oui|да|ага)\b", re.IGNORECASE)
NUDGE_COOLDOWN_S: Final = 30 * 60  # one tip at a time: a child gets at most one per half hour (threats excepted)
# Role names that mark staff by default; communities add their own trusted roles in the config.
STAFF_ROLE = re.compile(r"\b(?:mods?|moderat(?:or|ors|ion)|admins?|administrators?|staff|owners?|helpers?|"
                        r"team|support|teachers?|coach(?:es)?)\b", re.IGNORECASE)

PairKey = tuple[str, str, str]


def tune_gc() -> None:
    """Make the cyclic garbage collector suit a process holding a large, long-lived risk state.

    The pipeline keeps an object per talking pair (100,000s in a big community). With CPython's
    default thresholds the collector re-walks them all every few thousand allocations, which costs
    more than the detection itself. Pair state holds no reference cycles, so collecting rarely is
    safe; objects alive at start-up (compiled rules) are frozen out of collections altogether.
    Garbage is collected first: a cycle that is frozen is never freed. It is a process-wide setting,
    so only the commands that run the pipeline for long (`lookout run`, `scan`) call it, never a library.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)


def _ts(dt: datetime) -> float:
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp()


def _days(seconds: float) -> str:
    d = seconds / DAY
    if d < 1:
        hours = max(1, round(seconds / 3600))
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{d:.0f} day{'s' if round(d) != 1 else ''}"


class Context:
    """Signals about one suspect → target message; computed once, used for risk and reasons."""

    __slots__ = ("critical_ok", "factor", "family", "fanout", "known_peers", "marked", "older", "peer", "private",
                 "reasons", "reverse", "suspect_child", "target_adult", "target_minor")

    def __init__(self) -> None:
        self.factor = 1.0
        self.reasons: list[str] = []
        self.target_minor = False
        self.target_adult = False
        self.known_peers = False
        self.family = False  # one calls the other by a family name, or goes by one
        self.critical_ok = False  # an unknown or older person talking to a (possible) child
        self.fanout = 0
        self.peer = False  # same-age minors by role or declared age
        self.private = False  # a DM or a private thread
        self.marked = False  # something known counts against the suspect: adult, older, new account/member
        self.suspect_child = False  # the author has a minor role or declared a child's age
        self.older = 0  # +1 the author is clearly older than the target, -1 clearly younger, 0 not known
        self.reverse: PairState | None = None  # the same two people in the other direction


class Pipeline:
    """Follows conversations per (community, suspect, target) pair and decides what to do."""

    def __init__(self, engine: Engine, policy_for: Callable[[str], Policy] | None = None,
                 weights: RiskWeights | None = None) -> None:
        self.engine = engine
        self.weights = weights or RiskWeights()
        default = Policy()
        self._policy_for = policy_for or (lambda _cid: default)
        self.pairs: dict[PairKey, PairState] = {}
        self.members: dict[tuple[str, str], MemberInfo] = {}
        self.suspects: dict[tuple[str, str], SuspectState] = {}
        self.nudged: dict[tuple[str, str, str], float] = {}  # (community, child, category) -> when
        self.last_nudge: dict[tuple[str, str], float] = {}  # (community, child) -> when
        self.observing_since: dict[str, float] = {}  # community -> first event seen
        self.family: set[tuple[str, str, str]] = set()  # (community, a, b): one calls the other "mom", "grandma"
        # (community, member) -> when someone asked their age, and the age they guessed ("ur 12 right?")
        self.age_asked: dict[tuple[str, str], tuple[float, int | None]] = {}
        self.windows = ChannelWindows()
        self.dirty: set[PairKey] = set()
        self.dirty_suspects: set[tuple[str, str]] = set()
        self._events = 0

    # ----- members -------------------------------------------------------------------------

    def _member(self, community: str, author: Author, policy: Policy, now: float) -> MemberInfo:
        key = (community, author.id)
        info = self.members.get(key)
        if info is None:
            info = self.members[key] = MemberInfo(author, *self._standing(author, policy), now)
        elif info.author is not author:
            if info.roles_key != author.roles or info.author.is_staff != author.is_staff:
                info.band, info.staff = self._standing(author, policy)
                info.roles_key = author.roles
            if (author.joined_at is None and info.author.joined_at is not None) or \
                    (author.created_at is None and info.author.created_at is not None):
                # Telegram messages carry no join time: keep what a join event told us.
                author = replace(author, joined_at=author.joined_at or info.author.joined_at,
                                 created_at=author.created_at or info.author.created_at)
            info.author = author  # keep the freshest profile (names, roles)
        info.last = now
        return info

    @staticmethod
    def _standing(author: Author, policy: Policy) -> tuple[AgeBand | None, bool]:
        band = band_from_roles(author.roles, policy.minor_roles, policy.adult_roles)
        staff = author.is_staff or any(r.casefold() in policy.trusted_roles or STAFF_ROLE.search(r)
                                       for r in author.roles)
        return band, staff

    def member_joined(self, ev: MemberJoined) -> None:
        now = _ts(ev.timestamp)
        policy = self._policy_for(ev.community.id)
        author = ev.member
        if author.joined_at is None:
            author = replace(author, joined_at=ev.timestamp)
        self._member(ev.community.id, author, policy, now)

    def _with_burst(self, det: Detection, ev: MessageEvent, window: deque[WindowEntry], now: float) -> Detection:
        """Catch a cue split over several short lines ("add" / "me" / "on" / "snap").

        The author's latest lines, sent back to back without anyone else speaking, are read as one
        message; categories that only the joined text shows are credited to the current line.
        """
        parts: list[WindowEntry] = []
        last = now
        for entry in reversed(window):
            if entry.author_id != ev.author.id or last - entry.ts > BURST_GAP_S or len(parts) >= BURST_MAX - 1:
                break
            parts.append(entry)
            last = entry.ts
        texts = [e.event.message.text for e in reversed(parts)] + [ev.message.text]
        if len(texts) < 2 or min(len(t) for t in texts) > BURST_SHORT:
            return det
        joined = self.engine.analyze(" ".join(texts))
        seen = set(det.categories).union(*(e.categories for e in parts))
        extra = tuple(h for h in joined.hits if h.category not in seen)
        if not extra:
            return det
        return Detection(det.text, det.normalized, det.hits + extra, det.declared_age, det.errors)

    @staticmethod
    def _band(info: MemberInfo | None) -> AgeBand | None:
        if info is None:
            return None
        if info.declared is not None:
            declared = band_from_declared(info.declared)
            # A declared adult age outranks a teen role; a declared teen age does not clear an adult role.
            if info.band is None or declared.adult or not info.band.adult:
                return declared
        if info.band is None and info.adult:
            return ADULT  # talks about their own work, spouse, car
        if info.band is None and info.kid >= 2:
            return MINOR  # talks like a child about school and parents
        return info.band

    # ----- main entry ----------------------------------------------------------------------

    def process_all(self, events: Iterable[MessageEvent]) -> Iterator[tuple[MessageEvent, list[Decision]]]:
        """Each event with its decisions, in order: process() for many messages already at hand.

        The same decisions as calling process() on each event, but the engine reads the texts
        BATCH_SIZE at a time (Engine.analyze_many), about a quarter cheaper per message than one by
        one (bench/README.md); the offline scanner replays whole exports through this.
        """
        it = iter(events)
        while chunk := list(itertools.islice(it, BATCH_SIZE)):
            detections = self.engine.analyze_many([ev.message.text for ev in chunk])
            for ev, det in zip(chunk, detections, strict=True):
                yield ev, self.process(ev, det)

    def process(self, ev: MessageEvent, detection: Detection | None = None) -> list[Decision]:
        """Decisions for one message (possibly none). Bots are ignored.

        `detection`: what the engine found in this very text, when the caller already asked it
        (process_all); otherwise the engine is asked here.
        """
        # This runs for every message the bot sees: fields used more than once are read once.
        ev_author = ev.author
        if ev_author.is_bot:
            return []
        msg = ev.message
        text = msg.text
        aid = ev_author.id
        now = _ts(msg.timestamp)
        cid = ev.community.id
        policy = self._policy_for(cid)
        self.observing_since.setdefault(cid, now)
        det = self.engine.analyze(text) if detection is None else detection
        normalized = det.normalized
        declared = det.declared_age
        author = self._member(cid, ev_author, policy, now)
        hints = -1  # text_hints(normalized), computed when first needed (one automaton pass for both uses)
        if author.band is None and author.declared is None and declared is None and \
                (author.kid < 2 or not author.adult) and (hints := text_hints(normalized)) & HINT_LIFE:
            if author.kid < 2:
                author.kid = min(2, author.kid + kid_cues(normalized))
            if not author.adult:
                author.adult = adult_cues(normalized)
        if declared is not None:
            author.declared = declared
        elif self.age_asked and (asked := self.age_asked.pop((cid, aid), None)) is not None:
            # "how old r u" — "14": a bare number right after being asked is a declared age;
            # "ur in 6th grade right?" — "yes": so is a confirmed guess.
            when, guess = asked
            m = _BARE_AGE.match(text)
            if now - when <= AGE_ANSWER_S:
                if m and 6 <= int(m.group(1)) <= 99:
                    author.declared = declared = int(m.group(1))
                elif guess is not None and _YES.match(text):
                    author.declared = declared = guess
        window = self.windows.get((cid, ev.channel.id))
        edited = msg.edited
        if not edited and window and window[-1].author_id == aid:
            det = self._with_burst(det, ev, window, now)  # same text, normalised form and declared age
        target_id = attribute_target(ev, window, now)
        if target_id and len(normalized) < 60 and (  # vocatives are short
                (hints if hints >= 0 else text_hints(normalized)) & HINT_KIN
                and calls_family_given_hint(normalized)):
            self.family.add((cid, *sorted((aid, target_id))))  # type: ignore[arg-type]
        hits = det.hits
        entry = WindowEntry(now, aid, msg.id, ev, tuple(det.categories) if hits else ())
        if edited:
            for i, old in enumerate(window):
                if old.message_id == msg.id:
                    window[i] = entry
                    break
            else:
                window.append(entry)
        else:
            window.append(entry)

        self._events += 1
        if self._events % SWEEP_EVERY == 0:
            self.expire(now)

        if declared is not None and target_id and (_ASKS_BACK.search(text) or _ASKS_AGE_BACK.search(text)):
            self.age_asked[(cid, target_id)] = (now, None)  # "im 14, u?" asks the other person's age too
        key = (cid, aid, target_id or "")
        pair = self.pairs.get(key)
        if pair is None:
            key = (sys.intern(cid), sys.intern(aid), sys.intern(target_id or ""))
            pair = self.pairs[key] = PairState(now)
        history = pair.msgs
        if not edited:
            pair.msgs += 1
        pair.touch(now, policy.half_life_days * DAY)
        if not hits:
            return []
        return self._decide(ev, det, key, pair, history, author, target_id, policy, entry.evidence(), now)

    def _decide(self, ev: MessageEvent, det: Detection, key: PairKey, pair: PairState, history: int,
                author: MemberInfo, target_id: str | None, policy: Policy, line: EvidenceLine,
                now: float) -> list[Decision]:
        cid = ev.community.id
        w = self.weights
        target = self.members.get((cid, target_id)) if target_id else None
        ctx = self._context(ev, author, target, pair, history, policy, now)
        if target_id is None:
            # Said to everyone: a broadcast lure counts, but less, and is never a critical move on its own.
            ctx.factor *= w.broadcast_factor
            ctx.critical_ok = False
            ctx.reasons.append("addressed to everyone in the channel")
        if pair.flags is None:
            pair.flags = Flags(now)
        flags = pair.flags
        mask = 0
        weights: dict[str, float] = {}
        for h in det.hits:
            mask |= CATEGORY_BIT[h.category]
            weights[h.category] = max(weights.get(h.category, 0.0), h.weight)
        new = flags.count(ev.message.id, mask)
        if new & _CHECKED_MASK and target_id:
            new = self._everyday(ev, det, new, pair, ctx, author, target_id, now)
        answer = answering(child=ctx.suspect_child, older=ctx.older, target_known_child=ctx.target_minor,
                           peer=ctx.peer, mine=pair, theirs=ctx.reverse, new_mask=new,
                           margin=w.driver_margin) if target_id else None
        prior_stage = pair.stage
        prior_stages = {CATEGORY_STAGE[c] for c in categories_of(pair.cats)}
        # Between two children of the same age, sexual talk is for tips (to both), not risk.
        scored = new & ~_PEER_TIP_MASK if ctx.peer and not ctx.marked else new
        added = 0.0
        for cat in categories_of(scored):
            novelty = 1.0 if not pair.cats & CATEGORY_BIT[cat] else w.repeat_factor
            added += weights[cat] * novelty
        msg_stage = max((CATEGORY_STAGE[c] for c in categories_of(scored)), default=0)
        if msg_stage > prior_stage and prior_stages:
            added += w.progression_bonus * len(prior_stages)
        pair.risk += added * ctx.factor
        pair.cats |= new
        for h in det.hits:
            flags.rules[h.rule_id] = None
        if new:
            if flags.evidence and flags.evidence[-1].message_id == line.message_id:
                flags.evidence[-1] = line
            else:
                flags.evidence.append(line)
        self.dirty.add(key)

        decisions: list[Decision] = []
        suspect = ev.author
        target_author = target.author if target else (Author(target_id) if target_id else None)
        base: dict[str, Any] = {
            "platform": ev.community.platform, "community_id": cid, "channel_id": ev.channel.id,
            "message_id": ev.message.id, "timestamp": now, "suspect": suspect, "target": target_author,
            "risk": round(pair.risk, 3), "stage": STAGES[pair.stage],
            "categories": tuple(categories_of(pair.cats)), "rules": tuple(flags.rules),
            "message_categories": tuple(det.categories),
        }
        if not new:
            return decisions
        decisions.append(Decision(kind=DecisionKind.LOG, severity=self._severity(pair.risk, policy.threshold),
                                  signals=(), evidence=(line,), escalation=pair.alerted > 0, **base))

        # Alert: risk over the threshold, or a critical move.
        # With nothing known against the suspect (no adult age, no age gap, no new account) and no
        # known child on the other side, behaviour alone must say more before moderators are called.
        threshold = policy.threshold if ctx.marked or (ctx.target_minor and not ctx.peer) else \
            policy.threshold * w.unknown_context_factor
        severity_i = SEVERITIES.index(self._severity(pair.risk, threshold))
        reasons = list(ctx.reasons)
        new_cats = set(categories_of(new))
        if "age_probe" in new_cats and target_id:
            self.age_asked[(cid, target_id)] = (now, _guessed_age(det.normalized))
        if answer is not None and not ctx.peer:
            return decisions  # this side is answering the other: it is not the suspect (direction.py)
        if "sextortion" in new_cats and target_id is not None and ctx.factor >= w.threat_min_factor:
            severity_i = 3
            reasons.append("critical move: threat or blackmail")
        elif new_cats & CRITICAL_MOVES and ctx.critical_ok and self._critical(ctx, new_cats, prior_stages):
            severity_i = max(severity_i, 2)
            moves = ", ".join(sorted(new_cats & CRITICAL_MOVES)).replace("_", " ")
            reasons.append(f"critical move towards a {'child' if ctx.target_minor else 'possible child'}: {moves}")
        if pair.risk >= threshold:
            reasons.append(f"risk {pair.risk:.2f} is over the threshold {threshold:.2f}")
        if answer is not None:
            severity_i = 0  # two children: the one answering is never alerted on, but the other still gets tips
        if severity_i >= 1 and severity_i + 1 > pair.alerted:
            escalation = pair.alerted > 0
            pair.alerted = severity_i + 1
            reasons.append(f"stage reached: {STAGES[pair.stage]}")
            evidence = self._evidence(flags, ev)
            decisions.append(Decision(kind=DecisionKind.ALERT, severity=SEVERITIES[severity_i], signals=tuple(reasons),
                                      evidence=evidence, escalation=escalation, **base))

        # Nudge the child: at the first risky move towards them, at most once per category per day.
        if policy.nudges and target_id and not ctx.known_peers and (ctx.target_minor or (
                policy.youth_community and not ctx.target_adult)) and not author.staff:
            allowed = NUDGE_CATEGORIES if not ctx.peer or ctx.marked else PEER_NUDGE_CATEGORIES
            # The latest-stage move gets the tip; ties go by the fixed category order (deterministic).
            cats = sorted(new_cats & allowed, key=lambda c: (-CATEGORY_STAGE[c], CATEGORY_ORDER[c]))
            for cat in cats[:1]:
                nudge = self._nudge(cid, target_id, cat, now)
                if nudge:
                    decisions.append(Decision(kind=DecisionKind.NUDGE, severity=SEVERITIES[severity_i],
                                              signals=tuple(reasons), nudge_category=cat, **base))
                if ctx.peer and not ctx.marked and cat in PEER_TIP_BOTH and self._nudge(cid, ev.author.id, cat, now):
                    # The child who wrote it gets the same tip, privately: the pair's sides swap for it.
                    mine = {**base, "suspect": target_author, "target": suspect}
                    decisions.append(Decision(kind=DecisionKind.NUDGE, severity=SEVERITIES[severity_i],
                                              signals=tuple(reasons), nudge_category=cat, **mine))
        return decisions

    def _everyday(self, ev: MessageEvent, det: Detection, new: int, pair: PairState, ctx: Context,
                  author: MemberInfo, target_id: str, now: float) -> int:
        """`new` without the moves an everyday reason explains (homework photo, in-game friend request,
        family pick-up); see everyday.py."""
        window = self.windows.get((ev.community.id, ev.channel.id))
        people = (ev.author.id, target_id)
        # The window keeps raw messages only (memory): their light form is enough for context words,
        # and it is computed here, for the few messages that carry one of these moves.
        lines = [(e.author_id, light(e.event.message.text)) for e in window
                 if now - e.ts <= EVERYDAY_RECENT_S and e.message_id != ev.message.id]
        recent = [text for author_id, text in lines if author_id in people][-EVERYDAY_LINES:]
        around = [light(ev.channel.name or ""), *(text for _a, text in lines)]
        family = ctx.family or parent_name(author.author.display_name)
        aside = set_aside(set(categories_of(new)), det.normalized, recent, around=around, marked=ctx.marked,
                          earlier_moves=pair.cats != 0, family=family)
        for cat, why in aside.items():
            new &= ~CATEGORY_BIT[cat]
            ctx.reasons.append(f"not counted: {why}")
        return new

    def _nudge(self, cid: str, child: str, cat: str, now: float) -> bool:
        """May `child` see a tip about `cat` now? Records it when yes: once a day a category, one at a time."""
        nkey = (cid, child, cat)
        last = self.nudged.get(nkey)
        last_any = self.last_nudge.get((cid, child))
        cooled = last_any is None or now - last_any >= NUDGE_COOLDOWN_S or cat == "sextortion"
        if cooled and (last is None or now - last >= NUDGE_EVERY_S):
            self.nudged[nkey] = now
            self.last_nudge[(cid, child)] = now
            return True
        return False

    # ----- signals ----------------------------------------------------------------------------

    def _context(self, ev: MessageEvent, author: MemberInfo, target: MemberInfo | None, pair: PairState,
                 history: int, policy: Policy, now: float) -> Context:
        ctx = Context()
        w = self.weights
        ctx.private = ev.channel.kind in (ChannelKind.DIRECT, ChannelKind.PRIVATE_THREAD)
        r = ctx.reasons
        a = author.author  # the merged profile: join time may come from an earlier join event
        s_band = self._band(author)
        t_band = self._band(target)
        ctx.target_minor = bool(t_band and t_band.minor)
        ctx.target_adult = bool(t_band and t_band.adult)
        s_adult = bool(s_band and s_band.adult)
        s_minor = bool(s_band and s_band.minor)
        gap = age_gap(s_band, t_band)
        if target is not None and t_band is not None:
            if target.declared is not None:
                how = f"declared age {target.declared}"
            elif target.band is None:
                how = "talks about their school or parents like a child"
            else:
                how = f"age role {_age_role(target.author.roles)}"
            r.append(f"target is {'a child' if t_band.minor else 'an adult' if t_band.adult else 'of known age'}"
                     f" ({how})")
        if author.declared is not None:
            r.append(f"suspect declared age {author.declared}")
        elif author.band is not None:
            r.append(f"suspect has age role {_age_role(a.roles)}")
        elif author.adult:
            r.append("suspect talks about their own adult life (work, spouse, car)")
        elif s_band is not None:
            r.append("suspect talks about their school or parents like a child")
        older = gap is not None and gap >= w.older_gap_years
        if older:
            r.append(f"age gap of about {gap:.0f} years")

        new_account = a.created_at is not None and now - _ts(a.created_at) < w.new_account_days * DAY
        new_member = a.joined_at is not None and now - _ts(a.joined_at) < w.new_member_days * DAY
        if new_account and a.created_at is not None:
            r.append(f"suspect's account is {_days(now - _ts(a.created_at))} old")
        if new_member and a.joined_at is not None:
            r.append(f"suspect joined {_days(now - _ts(a.joined_at))} ago")
        # Both directions count: a friendship is a back-and-forth.
        reverse = self.pairs.get((ev.community.id, target.author.id, a.id)) if target is not None else None
        ctx.reverse = reverse
        # A child is someone with a minor role or a declared child age; sounding like a child (school,
        # parents) is enough to be treated as a possible target, not to be shielded as one.
        ctx.suspect_child = bool(s_minor and (author.declared is not None or author.band is not None))
        ctx.older = older_side(s_band, t_band, gap, w.older_gap_years)
        together = history + (reverse.msgs if reverse else 0)
        since = min(pair.first, reverse.first) if reverse else pair.first
        talked_before = together >= w.talked_before_msgs and now - since >= w.talked_before_days * DAY
        # Only claim a first contact when Lookout has watched long enough to know (not at an export's start).
        watched = now - self.observing_since.get(ev.community.id, now) >= DAY
        first_contact = watched and (together == 0 or now - since < DAY and together < w.first_contact_msgs)
        if first_contact:
            r.append("first contact between them")
        # Two children: same age band, or exact ages unknown (both only known to be under 18).
        peers = s_minor and ctx.target_minor and (gap is None or gap <= w.peer_gap_years)
        ctx.peer = bool(peers)
        ctx.known_peers = peers and talked_before and not new_account and not new_member
        if ctx.known_peers:
            r.append("peers of the same age who have talked before (damped)")
        elif family_name(a.display_name) or (target is not None and (
                family_name(target.author.display_name)
                or (ev.community.id, *sorted((a.id, target.author.id))) in self.family)):
            ctx.known_peers = ctx.family = True  # family: the same damping as friends who know each other
            r.append("family: one calls the other by a family name (damped)")

        f = 1.0
        if ctx.target_adult:
            f *= w.adult_target_factor
            r.append("adult talking with an adult (damped)")
        elif not ctx.target_minor:
            f *= w.unknown_target_youth_factor if policy.youth_community else w.unknown_target_factor
        if s_adult and not ctx.target_adult:
            f *= w.adult_suspect_factor
        elif older:
            f *= w.older_suspect_factor
        if new_account or new_member:
            f *= w.new_account_factor
        if first_contact:
            f *= w.first_contact_factor
        if ctx.known_peers:
            f *= w.known_peers_factor
        elif peers:
            f *= w.peers_factor
        if author.staff:
            f *= w.staff_factor
            r.append("suspect is staff or trusted (damped)")
        if target is not None and not ctx.target_adult and not author.staff:
            sus = self.suspects.setdefault((ev.community.id, a.id), SuspectState())
            ctx.fanout = sus.touch(target.author.id, now, w.fanout_window_days * DAY)
            self.dirty_suspects.add((ev.community.id, a.id))
            if ctx.fanout >= w.fanout_min:
                f *= w.fanout_factor
                r.append(f"suspect has approached {ctx.fanout} young members within {w.fanout_window_days:g} days")
        ctx.marked = bool(new_account or new_member or s_adult or older)
        if not ctx.marked and not ctx.target_minor and ev.channel.kind is not ChannelKind.DIRECT:
            f *= w.unmarked_public_factor
        ctx.critical_ok = (not author.staff and not ctx.known_peers and not ctx.target_adult
                           and (ctx.target_minor or policy.youth_community))
        ctx.factor = f
        return ctx

    @staticmethod
    def _critical(ctx: Context, new_cats: set[str], prior_stages: set[int]) -> bool:
        """Is this move (photo, meeting, app, sexual talk), by this person to this child, alarming on its own?"""
        if ctx.marked:  # adult, clearly older, or a new account/member
            return True
        if ctx.target_minor and not ctx.peer:
            return True  # someone of unknown age working on a child
        if ctx.target_minor:
            # A same-age peer: kids swap apps and photos of things all the time, but groomers pose as
            # teens. Alarming: a photo or meeting request in private or after an earlier cue, or any of
            # these moves after two earlier stages. Sexual talk between peers is a tip for both, never
            # an alert by itself.
            moves = new_cats & CRITICAL_MOVES - PEER_TIP_BOTH
            if not moves:
                return False
            if moves & {"photo_request", "meeting"} and (ctx.private or prior_stages):
                return True
            return len(prior_stages) >= 2
        # Ages unknown: only after other cues, or when the move comes wrapped in secrecy
        # ("download signal, nobody can see it there"). Sexual talk towards a possible child needs
        # an earlier grooming move (are you alone, secrecy, personal details, apps, photos): an age
        # question and a compliment are how teens flirt, and adults flirt with adults in the same words.
        if "sexual_talk" in new_cats and max(prior_stages, default=0) >= CATEGORY_STAGE["isolation"]:
            return True
        return len(prior_stages) >= 2 or "secrecy" in new_cats

    def _severity(self, risk: float, t: float) -> Severity:
        if risk >= self.weights.critical_severity * t:
            return Severity.CRITICAL
        if risk >= self.weights.high_severity * t:
            return Severity.HIGH
        if risk >= t:
            return Severity.MEDIUM
        return Severity.LOW

    def _evidence(self, flags: Flags, ev: MessageEvent) -> tuple[EvidenceLine, ...]:
        """Flagged messages of the pair plus the recent channel context, oldest first, each once."""
        lines: dict[str, EvidenceLine] = {ln.message_id: ln for ln in flags.evidence}
        for ln in self.windows.lines((ev.community.id, ev.channel.id)):
            lines.setdefault(ln.message_id, ln)
        return tuple(sorted(lines.values(), key=lambda ln: ln.timestamp))

    # ----- state lifecycle ------------------------------------------------------------------

    def expire(self, now: float) -> int:
        """Drop idle pairs, members and suspects past their community's retention; keeps memory bounded."""
        dropped = 0
        # Each community's retention, asked of its policy once per sweep rather than once per pair.
        ttls = _PerCommunity(lambda community: self._policy_for(community).pair_ttl_days * DAY)
        for key in [k for k, p in self.pairs.items() if now - p.last > ttls[k[0]]]:
            del self.pairs[key]
            dropped += 1
        for mkey in [k for k, m in self.members.items() if now - m.last > ttls[k[0]]]:
            del self.members[mkey]
        fanout_s = self.weights.fanout_window_days * DAY
        for skey in [k for k, s in self.suspects.items() if now - s.last > fanout_s]:
            del self.suspects[skey]
        for nkey in [k for k, at in self.nudged.items() if now - at > NUDGE_EVERY_S]:
            del self.nudged[nkey]
        for ckey in [k for k, at in self.last_nudge.items() if now - at > NUDGE_COOLDOWN_S]:
            del self.last_nudge[ckey]
        for akey in [k for k, (at, _g) in self.age_asked.items() if now - at > AGE_ANSWER_S]:
            del self.age_asked[akey]
        live = {(k[0], k[1]) for k in self.members}
        self.family = {f for f in self.family if (f[0], f[1]) in live and (f[0], f[2]) in live}
        return dropped

    def take_dirty(self) -> Iterator[tuple[PairKey, dict[str, Any]]]:
        """Pairs changed since the last call, as dicts for storage."""
        keys, self.dirty = self.dirty, set()
        for key in keys:
            st = self.pairs.get(key)
            if st is not None:
                yield key, st.to_dict()

    def take_dirty_suspects(self) -> Iterator[tuple[tuple[str, str], dict[str, Any]]]:
        """Suspects whose fan-out changed since the last call, as dicts for storage."""
        keys, self.dirty_suspects = self.dirty_suspects, set()
        for key in keys:
            sus = self.suspects.get(key)
            if sus is not None:
                yield key, sus.to_dict()

    def forget(self, user_id: str, community_id: str | None = None) -> None:
        """Drop everything held in memory about a person (an erasure request), in one community or all."""
        def mine(community: str, *ids: str) -> bool:
            return user_id in ids and community_id in (None, community)

        for key in [k for k in self.pairs if mine(k[0], k[1], k[2])]:
            del self.pairs[key]
        for table in (self.members, self.suspects, self.age_asked, self.last_nudge):
            for mkey in [k for k in table if mine(k[0], k[1])]:
                del table[mkey]
        for nkey in [k for k in self.nudged if mine(k[0], k[1])]:
            del self.nudged[nkey]
        self.family = {f for f in self.family if not mine(f[0], f[1], f[2])}
        self.dirty = {k for k in self.dirty if k in self.pairs}
        for skey, sus in self.suspects.items():  # a child another suspect approached
            if community_id in (None, skey[0]) and sus.targets.pop(user_id, None) is not None:
                self.dirty_suspects.add(skey)
        self.dirty_suspects = {k for k in self.dirty_suspects if k in self.suspects}
        self.windows.drop_author(user_id, community_id)

    def quiet(self, community_id: str, suspect_id: str) -> None:
        """After a false positive: reset the suspect's pairs so the same chat does not alert again at once."""
        for key, pair in self.pairs.items():
            if key[0] == community_id and key[1] == suspect_id:
                pair.risk = 0.0
                pair.alerted = len(SEVERITIES)  # quiet until risk rebuilds past critical
                self.dirty.add(key)

    def restore(
        self,
        records: Iterable[tuple[PairKey, dict[str, Any]]],
        *,
        suspects: Iterable[tuple[tuple[str, str], dict[str, Any]]] = (),
        nudges: Iterable[tuple[str, str, str, float]] = (),
    ) -> int:
        """Take back what a previous run stored: pair risk, each suspect's fan-out across children,
        and the tips sent (community, child, category, when), so a restart neither forgets one
        person approaching several children nor sends a second tip at once. Returns the pairs."""
        n = 0
        for key, data in records:
            self.pairs[key] = PairState.from_dict(data)
            n += 1
        for skey, data in suspects:
            self.suspects[skey] = SuspectState.from_dict(data)
        for community, child, category, at in nudges:
            nkey = (community, child, category)
            self.nudged[nkey] = max(at, self.nudged.get(nkey, at))
            self.last_nudge[(community, child)] = max(at, self.last_nudge.get((community, child), at))
        return n


class _PerCommunity(dict[str, float]):
    """A value per community, computed on first use (a plain dict lookup afterwards)."""

    def __init__(self, compute: Callable[[str], float]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, community: str) -> float:
        value = self[community] = self._compute(community)
        return value


def _guessed_age(text: str) -> int | None:
    """The age a question proposes: "ur 12 right?" 12, "ur in 6th grade?" 11, "u in year 8?" 12."""
    m = _GUESS.search(text)
    if m is None:
        return None
    if m.group("grade"):
        return int(m.group("grade")) + 5
    if m.group("year"):
        return int(m.group("year")) + 4
    age = int(m.group("age"))
    return age if 6 <= age <= 99 else None


def _age_role(roles: tuple[str, ...]) -> str:
    for role in roles:
        if band_from_roles((role,)) is not None:
            return f'"{role}"'
    return "unknown"
