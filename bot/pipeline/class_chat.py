"""A school class's own group chat ("Klasse 7a", "8º ano turma A", "class 7B chat").

Its members are classmates: a group named after a school class is made by and for the pupils of
that class, so a member of unknown age who has been in it for a while is presumably one of them,
a child of the same age. Read as a peer, their photo of the cake or "send me your snap" to a
classmate is what classmates say to each other; without this, anyone whose age the chat never
states is "someone of unknown age working on a child" (signals.critical).

Only the name says it, and only for members who are neither new accounts nor new in the group:
a stranger who joins a class chat is read as a stranger. A name can say "class" without a number
("Klassenchat", "groupe de la classe"), or a grade with a letter ("7a", "2ºB") next to a class word.
The words are data: each bundled pack's `[lexicon.class_chat]` patterns (rules/lexicon.py), with the
examples and counterexamples `lookout rules test` checks, merged across packs like the other lists
(chat mixes languages). They read the light form of the name, where "7a" stays a grade: the full
form would read leetspeak into it ("ta").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from rules.lexicon import bundled_lexicon
from rules.normalize import light

_CLASS_CHAT: Final = bundled_lexicon().pattern("class_chat")


@lru_cache(maxsize=4096)
def is_class_chat(*names: str) -> bool:
    """Does a channel's or group's name say it is a school class's own chat?

    Cached: every message of a channel asks again about the same channel and community names.
    """
    return any(name and _CLASS_CHAT.search(light(name)) is not None for name in names)
