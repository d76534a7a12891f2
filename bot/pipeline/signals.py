"""Context signals about one suspect → target message: who each side is, and how that scales risk.

Why a module of its own: these are the facts a moderator reads first in an alert ("target is a
child (declared age 12)", "suspect joined 2 hours ago", "age gap of about 20 years") and the
multipliers they put on the risk of what was said. They are read from the pipeline's state (members,
pairs, suspects, family pairs) but decide nothing: the pipeline turns them into alerts and tips.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final

from bot.events import ChannelKind, MessageEvent
from bot.pipeline.adult_group import is_adult_group
from bot.pipeline.ages import ADULT, MINOR, AgeBand, age_gap, band_from_declared, band_from_roles, family_name
from bot.pipeline.class_chat import is_class_chat
from bot.pipeline.direction import older_side
from bot.pipeline.model import CATEGORY_STAGE, CRITICAL_MOVES, MemberInfo, PairState, Policy, RiskWeights, SuspectState

DAY: Final = 86_400.0
# Between two children of the same age these are tips for both of them (the one who wrote it too),
# never an alert: teens flirt, and both can use a word about saying no and about what gets shared.
PEER_TIP_BOTH: Final = frozenset({"sexual_talk"})

PairKey = tuple[str, str, str]


def ts(dt: datetime) -> float:
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp()


def _days(seconds: float) -> str:
    d = seconds / DAY
    if d < 1:
        hours = max(1, round(seconds / 3600))
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{d:.0f} day{'s' if round(d) != 1 else ''}"


def _age_role(roles: tuple[str, ...]) -> str:
    for role in roles:
        if band_from_roles((role,)) is not None:
            return f'"{role}"'
    return "unknown"


def band(info: MemberInfo | None) -> AgeBand | None:
    """A member's age band from what is known: declared age, age role, then how they talk."""
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


class Context:
    """Signals about one suspect → target message; computed once, used for risk and reasons."""

    __slots__ = ("adult_room", "critical_ok", "factor", "family", "fanout", "first_contact", "known_peers", "marked",
                 "new_only", "older", "peer", "private", "reasons", "reverse", "suspect_adult", "suspect_child",
                 "target_adult", "target_minor")

    def __init__(self) -> None:
        self.factor = 1.0
        self.reasons: list[str] = []
        self.target_minor = False
        self.target_adult = False
        self.known_peers = False
        self.family = False  # one calls the other by a family name, or goes by one
        self.critical_ok = False  # an unknown or older person talking to a (possible) child
        self.adult_room = False  # the target's age is unknown, and the others around are adults (Signals.read)
        self.fanout = 0
        self.peer = False  # same-age minors by role or declared age
        self.private = False  # a DM or a private thread
        self.first_contact = False  # Lookout watched long enough to know these two never talked before
        self.marked = False  # something known counts against the suspect: adult, older, new account/member
        self.new_only = False  # marked only by a new account or membership (no adult age, no age gap)
        self.suspect_adult = False  # the author is an adult by role, declared age or how they talk
        self.suspect_child = False  # the author has a minor role or declared a child's age
        self.older = 0  # +1 the author is clearly older than the target, -1 clearly younger, 0 not known
        self.reverse: PairState | None = None  # the same two people in the other direction


class Signals:
    """Reads a message's context from the pipeline's tables (shared, not copied)."""

    def __init__(self, weights: RiskWeights, pairs: dict[PairKey, PairState],
                 suspects: dict[tuple[str, str], SuspectState], dirty_suspects: set[tuple[str, str]],
                 observing_since: dict[str, float], family: set[tuple[str, str, str]]) -> None:
        self.weights = weights
        self.pairs = pairs
        self.suspects = suspects
        self.dirty_suspects = dirty_suspects
        self.observing_since = observing_since
        self.family = family

    def read(self, ev: MessageEvent, author: MemberInfo, target: MemberInfo | None, pair: PairState,
             history: int, policy: Policy, now: float, target_id: str | None = None,
             hides_from_staff: bool = False, adults_around: int = 0) -> Context:
        """`target_id`: whom the message is addressed to, also when they have not spoken yet (`target` None):
        a sister's first DM that says "mom asked me to check" already makes the two family.

        `hides_from_staff`: the author keeps this chat from the moderators ("don't tell the mods about
        this thread"). Staff quote tactics to warn about them, and are damped for it; a staff member
        hiding a chat from the other staff has stepped out of that role, so is read as anyone else.

        `adults_around`: others in the channel's recent lines known to be adults, none a known child
        (Pipeline._adults_around). From `adult_room_min` of them, a target of unknown age is read as
        in a community that is not a youth one: most likely an adult among adults."""
        ctx = Context()
        staff = author.staff and not hides_from_staff
        if target_id is None and target is not None:
            target_id = target.author.id
        w = self.weights
        ctx.private = ev.channel.kind in (ChannelKind.DIRECT, ChannelKind.PRIVATE_THREAD)
        r = ctx.reasons
        a = author.author  # the merged profile: join time may come from an earlier join event
        s_band = band(author)
        t_band = band(target)
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

        new_account = a.created_at is not None and now - ts(a.created_at) < w.new_account_days * DAY
        new_member = a.joined_at is not None and now - ts(a.joined_at) < w.new_member_days * DAY
        if new_account and a.created_at is not None:
            r.append(f"suspect's account is {_days(now - ts(a.created_at))} old")
        if new_member and a.joined_at is not None:
            r.append(f"suspect joined {_days(now - ts(a.joined_at))} ago")
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
        ctx.first_contact = first_contact
        if first_contact:
            r.append("first contact between them")
        # Two children: same age band, or exact ages unknown (both only known to be under 18).
        # In a school class's own chat a member whose age is unknown, and who is not new there, is a
        # classmate (class_chat.py).
        classmate = (s_band is None and not new_account and not new_member and ev.channel.kind is ChannelKind.PUBLIC
                     and is_class_chat(ev.channel.name, ev.community.name))
        if classmate and ctx.target_minor:
            r.append("a member of the class's own chat: a classmate")
        peers = (s_minor or classmate) and ctx.target_minor and (gap is None or gap <= w.peer_gap_years)
        ctx.peer = bool(peers)
        ctx.known_peers = peers and talked_before and not new_account and not new_member
        if ctx.known_peers:
            r.append("peers of the same age who have talked before (damped)")
        elif family_name(a.display_name) or (target is not None and family_name(target.author.display_name)) or (
                target_id is not None and (ev.community.id, *sorted((a.id, target_id))) in self.family):
            ctx.known_peers = ctx.family = True  # family: the same damping as friends who know each other
            r.append("family: one calls the other by a family name (damped)")

        youth = policy.youth_community
        if youth and not ctx.target_minor and not ctx.target_adult:
            # Among adults: the others around (Pipeline._adults_around) or the group's own name say so.
            among = (f"among {adults_around} adults and no known child" if adults_around >= w.adult_room_min
                     else "in a group named for adults or parents"
                     if ev.channel.kind is not ChannelKind.DIRECT and is_adult_group(ev.channel.name, ev.community.name)
                     else None)
            if among is not None:
                youth = False
                ctx.adult_room = True
                r.append(f"target's age unknown, {among} (damped)")
        f = 1.0
        if ctx.target_adult:
            f *= w.adult_target_factor
            r.append("adult talking with an adult (damped)")
        elif not ctx.target_minor:
            f *= w.unknown_target_youth_factor if youth else w.unknown_target_factor
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
        if staff:
            f *= w.staff_factor
            r.append("suspect is staff or trusted (damped)")
        elif author.staff:
            r.append("suspect is staff but keeps this chat from the other staff (not damped)")
        if target is not None and not ctx.target_adult and not staff:
            sus = self.suspects.setdefault((ev.community.id, a.id), SuspectState())
            ctx.fanout = sus.touch(target.author.id, now, w.fanout_window_days * DAY)
            self.dirty_suspects.add((ev.community.id, a.id))
            if ctx.fanout >= w.fanout_min:
                f *= w.fanout_factor
                r.append(f"suspect has approached {ctx.fanout} young members within {w.fanout_window_days:g} days")
        ctx.marked = bool(new_account or new_member or s_adult or older)
        ctx.new_only = bool((new_account or new_member) and not (s_adult or older))
        ctx.suspect_adult = s_adult
        if not ctx.marked and not ctx.target_minor and ev.channel.kind is not ChannelKind.DIRECT:
            f *= w.unmarked_public_factor
        # Staff in private with a known child: their risk stays damped, but a critical move (a photo,
        # another app, a meeting, sexual talk) is no part of moderating a child in private.
        ctx.critical_ok = ((not staff or (ctx.private and ctx.target_minor)) and not ctx.known_peers
                           and not ctx.target_adult and (ctx.target_minor or youth))
        ctx.factor = f
        return ctx


def critical(ctx: Context, new_cats: set[str], prior_stages: set[int]) -> bool:
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


# Moves that are decisive only from someone the context marks: the brief's "secrecy" and "a gift for
# something". Between peers, friends keep secrets and swap skins; from an adult to a child they are the
# grooming itself ("don't tell your mum", "1000 diamonds if you send a selfie").
MARKED_MOVES: Final = frozenset({"secrecy", "gift_offer"})


def decisive_when_marked(ctx: Context, new_cats: set[str], prior_stages: set[int]) -> bool:
    """Is this secret or gift, by this person to this child, alarming on its own?"""
    moves = new_cats & MARKED_MOVES
    if not moves:
        return False
    if moves == {"gift_offer"} and not prior_stages and len(new_cats) < 2:
        return False  # a gift offered for nothing yet: wait for what it is for
    if ctx.suspect_adult or ctx.older > 0:  # an adult or someone clearly older
        return ctx.target_minor or bool(prior_stages)
    return ctx.target_minor and not ctx.peer and bool(prior_stages)  # unknown age, after an earlier move
