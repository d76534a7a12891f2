"""A school class's own group chat ("Klasse 7a", "8º ano turma A", "class 7B chat").

Its members are classmates: a group named after a school class is made by and for the pupils of
that class, so a member of unknown age who has been in it for a while is presumably one of them,
a child of the same age. Read as a peer, their photo of the cake or "send me your snap" to a
classmate is what classmates say to each other; without this, anyone whose age the chat never
states is "someone of unknown age working on a child" (signals.critical).

Only the name says it, and only for members who are neither new accounts nor new in the group:
a stranger who joins a class chat is read as a stranger. Names are matched in the nine languages
of the bundled packs; a name can say "class" without a number ("Klassenchat", "la classe"), or a
grade with a letter ("7a", "2ºB") next to a class word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from rules.normalize import light

_GRADE: Final = r"\d{1,2}\s*(?:º|ª|°|o|a|ème|eme|e|th|st|nd|rd|-?й|-?я)?\s*\.?\s*[a-zа-я]?"
_PATTERNS: Final = (
    # a class word with a grade next to it: "class 7b", "7b class", "klasse 7a", "8º ano turma a",
    # "клас 7б", "klasa 7b", "2º eso b", "year 8", "groep 8"
    rf"\b(?:class|klasse|klas|klasa|classe|clase|turma|grade|year|form|groep|sezione)\s*(?:de\s+|di\s+)?{_GRADE}(?!\w)",
    rf"(?<!\w){_GRADE}\s*(?:class|klasse|klas|klasa|classe|clase|grade|ano|año|anno|eso|secu|клас)\b",
    rf"(?<!\w){_GRADE}\s*класс",  # "7б класс", "7 класса"
    r"\bкласс\w*\s*\d{1,2}",
    # the class's chat without a grade: "Klassenchat", "class chat", "chat de la classe", "turma da escola"
    r"\bklassen\s*-?\s*chat\b|\bklassenchat\b|\bclass\s*(?:chat|group|gc)\b|\b(?:chat|groupe|grupo|gruppo|grupa)"
    r"\s+(?:de\s+la\s+|de\s+|da\s+|del(?:la)?\s+|di\s+)?(?:classe|clase|turma|klasy)\b|"
    r"\bklas\s*-?\s*(?:chat|groep|app)\b|\bklasowa?\b|\bклассн\w*\s+чат\b|\bчат\s+класса\b|\bhomeroom\b",
)
_CLASS_CHAT = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


@lru_cache(maxsize=4096)
def is_class_chat(*names: str) -> bool:
    """Does a channel's or group's name say it is a school class's own chat?"""
    return any(name and _CLASS_CHAT.search(light(name)) is not None for name in names)
