"""Tips for children: which move earns a tip, to whom, and how often.

Why: a child who gets a tip at every message stops reading them. A tip comes at the first risky move
towards a child, at most once a day per category and one at a time (a half-hour cool-down, threats
excepted). Between two children of the same age only a few moves are worth a tip, and sexual talk
is a tip for both of them rather than an alert.

A tip nobody needed teaches the same lesson, so two kinds of move wait for more (plans_not_grooming),
when nothing is known against the writer and nothing says the other is a child:
- a move in a busy group channel that names nobody (no reply, no mention): the addressee is only a
  guess (whoever spoke last), and in group chatter such a line is meant for everyone or no one;
- in a private chat, a move people make plans with (a meet-up, a pick-up, a secret, "are you
  alone", a gift or a payment, an address or a number), one kind at a time and before any sign of
  grooming: friends and adults arrange their lives in exactly these words.
A child being worked on still gets the tip at the next move: an age question or a compliment comes
first, or a request for a photo or the camera, sexual talk, a modelling pitch or a threat, or the
pair's risk reaches an alert. Measured on the labelled conversation sets when this was written: no
grooming target lost its tip, and none got its first one after the critical move.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from bot.pipeline.model import (
    CATEGORY_BIT,
    CATEGORY_ORDER,
    CATEGORY_STAGE,
    NUDGE_CATEGORIES,
    SEVERITIES,
    Decision,
    Policy,
)
from bot.pipeline.signals import PEER_TIP_BOTH, Context
from bot.vocabulary import DecisionKind

DAY: Final = 86_400.0
NUDGE_EVERY_S: Final = DAY
NUDGE_COOLDOWN_S: Final = 30 * 60  # one tip at a time: a child gets at most one per half hour (threats excepted)
# Same-age peers swap apps and keep party secrets; only these moves from a peer are worth a tip.
PEER_NUDGE_CATEGORIES: Final = frozenset({"photo_request", "meeting", "sextortion", "sexual_talk"})
# ... and of those, these two are everyday in a group channel when nothing came before them.
PEER_OPEN_MOVES: Final = frozenset({"photo_request", "meeting"})
# The moves people make plans with: in private, between people of unknown age, they wait for more.
PLANS: Final = frozenset({"meeting", "secrecy", "isolation", "gift_offer", "personal_info", "platform_move"})
# Signs that a pair is more than plans: once one of these was seen, any move gets its tip.
_GROOMING_SIGNS: Final = sum(CATEGORY_BIT[c] for c in (
    "age_probe", "flattery", "photo_request", "sexual_talk", "modeling_lure", "sextortion"))


def plans_not_grooming(ctx: Context, new_cats: set[str], *, prior_mask: int, severity_i: int, addressed: bool) -> bool:
    """Is this move, with nothing known against its writer, one a tip would wrongly read as grooming?

    `prior_mask`: the pair's categories before this message. `addressed`: the target was named (a DM,
    a private thread, a reply or a mention) rather than guessed from who spoke last in a group.
    """
    if ctx.marked or ctx.target_minor or severity_i >= 1 or "sextortion" in new_cats:
        return False  # something known, a known child, a pair at alert level, or a threat: always a tip
    if not ctx.private:
        return not addressed and not prior_mask  # said into a group, to nobody in particular
    # One kind of move at a time: a secret that comes with a gift or with "are you alone" is the lure itself.
    # Asking for a number is one move that the packs read twice (personal details, and another channel).
    kinds = len(new_cats - {"personal_info"}) if "platform_move" in new_cats else len(new_cats)
    return not ctx.first_contact and kinds == 1 and new_cats <= PLANS and not prior_mask & _GROOMING_SIGNS


class Nudger:
    """The tips sent: (community, child, category) → when, and (community, child) → the latest."""

    def __init__(self) -> None:
        self.nudged: dict[tuple[str, str, str], float] = {}
        self.last_nudge: dict[tuple[str, str], float] = {}

    def may_tip(self, cid: str, child: str, cat: str, now: float) -> bool:
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

    def tips(self, ctx: Context, policy: Policy, *, target_id: str | None, author_staff: bool,
             new_cats: set[str], severity_i: int, reasons: list[str], base: dict[str, Any],
             cid: str, author_id: str, now: float, earlier: bool = False, prior_mask: int = 0,
             addressed: bool = True) -> list[Decision]:
        """The tip decisions for this move: to the child it targets, and for peer sexual talk to its writer too.

        `earlier`: the pair made other moves before this one. Between two children of the same age a
        video call or a meet-up proposed in a group channel, with nothing before it, is how friends
        talk ("facetime later?", "who's coming to the park"); it earns a tip in private or after an
        earlier move, as it earns an alert (signals.critical). `prior_mask` and `addressed`: see
        plans_not_grooming.
        """
        if not (policy.nudges and target_id and not ctx.known_peers and (ctx.target_minor or (
                policy.youth_community and not ctx.target_adult and not ctx.adult_room)) and not author_staff):
            return []
        if plans_not_grooming(ctx, new_cats, prior_mask=prior_mask, severity_i=severity_i, addressed=addressed):
            return []
        out: list[Decision] = []
        allowed = NUDGE_CATEGORIES if not ctx.peer or ctx.marked else PEER_NUDGE_CATEGORIES
        if ctx.peer and not ctx.marked and not ctx.private and not earlier:
            allowed = allowed - PEER_OPEN_MOVES
        # The latest-stage move gets the tip; ties go by the fixed category order (deterministic).
        cats = sorted(new_cats & allowed, key=lambda c: (-CATEGORY_STAGE[c], CATEGORY_ORDER[c]))
        for cat in cats[:1]:
            if self.may_tip(cid, target_id, cat, now):
                out.append(Decision(kind=DecisionKind.NUDGE, severity=SEVERITIES[severity_i],
                                    signals=tuple(reasons), nudge_category=cat, **base))
            if ctx.peer and not ctx.marked and cat in PEER_TIP_BOTH and self.may_tip(cid, author_id, cat, now):
                # The child who wrote it gets the same tip, privately: the pair's sides swap for it.
                mine = {**base, "suspect": base["target"], "target": base["suspect"]}
                out.append(Decision(kind=DecisionKind.NUDGE, severity=SEVERITIES[severity_i],
                                    signals=tuple(reasons), nudge_category=cat, **mine))
        return out

    def restore(self, nudges: Iterable[tuple[str, str, str, float]]) -> None:
        for community, child, category, at in nudges:
            nkey = (community, child, category)
            self.nudged[nkey] = max(at, self.nudged.get(nkey, at))

    def restore_cooldown(self, nudges: Iterable[tuple[str, str, str, float]]) -> None:
        for community, child, _category, at in nudges:
            self.last_nudge[(community, child)] = max(at, self.last_nudge.get((community, child), at))
