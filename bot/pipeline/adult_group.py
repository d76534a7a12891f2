"""A group named for adults or parents ("Dice & Dragons Leeds (18+)", "Pais 6º ano A", "Родители 6В").

Its members of unknown age are most likely adults: a parents' group is where parents arrange
pick-ups and swap numbers, an 18+ club is where adults arrange meet-ups, and children who join one
are the exception. Read like a room of adults (signals.Context.adult_room): a target of unknown age
there is not a possible child, so an adult's "my zap is 555..." to another parent is not an alert
(blind batch 1: a father stuck at work giving his number to the mother picking up his son).

A known child stays a child: a declared age or an age role outranks the name. A name that also says
children belong ("Parents & Players", "Eltern und Kinder") is a mixed group, not an adult one. The
words are data: each bundled pack's `[lexicon.adult_group]` and `[lexicon.group_with_children]`
patterns, on the light form of the name, like class_chat.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from rules.lexicon import bundled_lexicon
from rules.normalize import light

_ADULTS: Final = bundled_lexicon().pattern("adult_group")
_CHILDREN: Final = bundled_lexicon().pattern("group_with_children")


@lru_cache(maxsize=4096)
def is_adult_group(*names: str) -> bool:
    """Does a channel's or group's name say it is for adults or parents, without also naming children?

    Cached: every message of a channel asks again about the same channel and community names.
    """
    forms = [light(name) for name in names if name]
    return any(_ADULTS.search(f) for f in forms) and not any(_CHILDREN.search(f) for f in forms)
