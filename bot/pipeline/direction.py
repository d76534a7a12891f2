"""Who is the suspect: whoever drives the approach, never the child answering it.

Risk is kept per (suspect, target) pair, one pair for each direction, so both people in a chat can
collect cues: the child asks "how old are u?" back, or says "ok add me on snap" to the adult who
has been working on them. Without a rule for direction, the child's own pair could cross the
threshold and the alert would name the child. Real groomer chats with decoys posing as children
showed exactly that. The rule, in order:

1. Age first. Someone clearly older than the other person (an adult, or by the configured gap)
   can always be the suspect. A child (a minor role or a declared child age) is never the suspect
   against someone clearly older.
2. A child is never the suspect against a person of unknown age who made the first move towards
   them (asked their age, complimented them...). The child is answering. A declared "child" who
   moved first, or works on someone who made no move, is still followed: the other person may be
   a child too, and groomers pose as teens (a claimed 16-year-old who asked first stays followed
   even when the child then asks their age back).
3. A known child on the other side and nothing known about this side: this side is followed.
4. Nothing tells the ages apart (both unknown, or two children of about the same age): whoever
   made the first move drives. The other side is answering until it has made `margin` more kinds
   of move than the first mover (RiskWeights.driver_margin): a child who asks the age back and
   says "ok add me" stays the one answering; someone who answered a child's "asl?" and then asks
   whether they are alone, for secrecy and for a photo is driving. Asking someone's age or paying
   a compliment is how people meet: when that is all the other side did, a decisive move (a photo,
   a meeting, another app, sexual talk, a gift, a threat) by this side is not an answer to it.

A pair that is answering gets no alert and sends no tips; its risk is still kept, so the roles
can change when the other side goes quiet and this one takes over.
"""

from __future__ import annotations

from typing import Final

from bot.pipeline.ages import AgeBand
from bot.pipeline.model import CATEGORY_BIT, CRITICAL_MOVES, PairState

_SMALL_TALK: Final = CATEGORY_BIT["age_probe"] | CATEGORY_BIT["flattery"]
_DECISIVE: Final = sum(CATEGORY_BIT[c] for c in CRITICAL_MOVES | {"gift_offer", "sextortion"})


def older_side(mine: AgeBand | None, theirs: AgeBand | None, gap: float | None, older_gap_years: float) -> int:
    """+1 when this side is clearly older, -1 when the other side is, 0 when that is not known."""
    if mine is None or theirs is None:
        return 0
    if mine.adult and not theirs.adult and theirs.minor:
        return 1
    if theirs.adult and not mine.adult and mine.minor:
        return -1
    if gap is None or gap < older_gap_years:
        return 0
    a, b = mine.midpoint(), theirs.midpoint()
    if a is None or b is None:
        return 0
    return 1 if a > b else -1


def first_move(pair: PairState) -> float:
    """When this pair made its first cue (the pair's first message when state was restored without it)."""
    return pair.flags.first if pair.flags is not None else pair.first


def answering(*, child: bool, older: int, target_known_child: bool, peer: bool, mine: PairState,
              theirs: PairState | None, new_mask: int, margin: int) -> str | None:
    """Why this side is answering rather than driving (a reason for the log), or None when it drives.

    `child`: this side has a minor role or a declared child age; `older`: older_side() of this side;
    `target_known_child`: the other side is known to be a child; `peer`: both are children of about
    the same age; `mine`/`theirs`: the pair in this direction and in the other; `new_mask`: the
    categories this message adds; `margin`: see rule 4.
    """
    if older > 0:
        return None
    if child and older < 0:
        return "a child talking with someone clearly older: the older one is followed, not the child"
    if theirs is None or theirs.cats == 0:
        return None  # the other person made no move: nothing to answer
    if first_move(theirs) > (first_move(mine) if mine.cats else float("inf")):
        return None  # this side moved first
    if child and not target_known_child:
        return "a child answering a person of unknown age who made the first move"
    if target_known_child and not peer:
        return None  # working on a known child: followed whoever asked first
    if new_mask & _DECISIVE and not theirs.cats & ~_SMALL_TALK:
        return None  # the other side only asked an age or paid a compliment: this move is not an answer
    if (mine.cats | new_mask).bit_count() < theirs.cats.bit_count() + margin:
        return "the other person made the first move; this side is answering"
    return None
