"""Who is a child: age bands from role names, declared ages, and the gap between two people.

Youth servers label ages with roles ("13-15", "Age: 13-14", "Under 18", "18+"). Communities name
them differently, so the defaults recognise the usual shapes and the config can name more roles.
A role is a claim, not a fact: a suspect may wear a teen role, so tactics still count for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import ahocorasick_rs

from rules.lexicon import bundled_lexicon
from rules.normalize import light

LEXICON = bundled_lexicon()  # the word lists of every bundled pack ([lexicon] sections)

ADULT_AGE: Final = 18

_RANGE = re.compile(r"(?<!\d)(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})(?!\d)")
_PLUS = re.compile(r"(?<!\d)(\d{1,2})\s*\+")
_UNDER = re.compile(r"\b(?:under|u)\s*-?\s*(\d{2})\b")
_SINGLE = re.compile(r"^(?:age\s*:?\s*)?(\d{1,2})$")
_MINOR_WORDS = LEXICON.pattern("minor_roles")
_ADULT_WORDS = LEXICON.pattern("adult_roles")


@dataclass(frozen=True, slots=True)
class AgeBand:
    """An inclusive age range; `low` and `high` may be open (None)."""

    low: int | None
    high: int | None

    @property
    def minor(self) -> bool:
        return self.high is not None and self.high < ADULT_AGE

    @property
    def adult(self) -> bool:
        return self.low is not None and self.low >= ADULT_AGE

    def midpoint(self) -> float | None:
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return None


MINOR = AgeBand(None, ADULT_AGE - 1)
ADULT = AgeBand(ADULT_AGE, None)


def band_from_role(name: str, minor_roles: frozenset[str] = frozenset(),
                   adult_roles: frozenset[str] = frozenset()) -> AgeBand | None:
    """The age band a role name stands for, or None when it says nothing about age."""
    low = name.strip().casefold()
    if low in minor_roles:
        return MINOR
    if low in adult_roles:
        return ADULT
    m = _RANGE.search(low)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if 5 <= a <= b <= 99:
            return AgeBand(a, b)
    m = _PLUS.search(low)
    if m:
        return AgeBand(int(m.group(1)), None)
    m = _UNDER.search(low)
    if m:
        return AgeBand(None, int(m.group(1)) - 1)
    m = _SINGLE.match(low)
    if m and 8 <= int(m.group(1)) <= 99:
        age = int(m.group(1))
        return AgeBand(age, age)
    if _ADULT_WORDS.search(low):
        return ADULT
    if _MINOR_WORDS.search(low):
        return MINOR
    return None


def band_from_roles(roles: tuple[str, ...], minor_roles: frozenset[str] = frozenset(),
                    adult_roles: frozenset[str] = frozenset()) -> AgeBand | None:
    """Combine all age roles a member has; the first role that says anything wins on conflict."""
    for role in roles:
        band = band_from_role(role, minor_roles, adult_roles)
        if band is not None:
            return band
    return None


def band_from_declared(age: int) -> AgeBand:
    return AgeBand(age, age)


def age_gap(a: AgeBand | None, b: AgeBand | None) -> float | None:
    """Years between two people's best-guess ages, when both are known well enough."""
    if a is None or b is None:
        return None
    ma, mb = a.midpoint(), b.midpoint()
    if ma is not None and mb is not None:
        return abs(ma - mb)
    if a.adult and b.minor:
        return float(ADULT_AGE - (mb if mb is not None else 15))
    if b.adult and a.minor:
        return float(ADULT_AGE - (ma if ma is not None else 15))
    return None


# What children say about their own lives. Telegram has no age roles and many children never state
# an age, but they talk about their school, homework and parents' rules; adults talking *to* them say
# "your homework", so only first-person phrasing counts. Matched on normalised text (no accents).
_KID_STRONG = LEXICON.pattern("kid_life")
_KID_WEAK = LEXICON.pattern("kid_parents")


def kid_cues(normalized: str) -> int:
    """How strongly one message sounds like a child talking about their own life (0, 1 or 2)."""
    if _KID_STRONG.search(normalized):
        return 2
    return 1 if _KID_WEAK.search(normalized) else 0


# Adults give themselves away talking about their own lives ("same at work", "my wife", "i'll drive").
_ADULT_SELF = LEXICON.pattern("adult_life")

# How a child addresses a relative: the first or last word of a message (a vocative: "ok mom",
# "13 grandma"), and not "my mom", which is a child talking *about* a parent.
KIN_WORDS: frozenset[str] = LEXICON.words("kin")
# In a display name, also the kinship words left out of `kin` because in chat they are slang for anyone
# ("tío": dude; Brazilian "tio": an older guy): "Tía Rosa" saved in a family group is an aunt.
_KIN_TITLES: frozenset[str] = LEXICON.words("kin_titles")
_KIN_HINT = ahocorasick_rs.AhoCorasick(sorted(KIN_WORDS), implementation=ahocorasick_rs.Implementation.DFA)
_GREETINGS = LEXICON.words("greetings")
_KIN_SUBJECT_VERBS = LEXICON.words("kin_subject_verbs")
_POSSESSIVES = LEXICON.words("possessives")
_WORD = re.compile(r"\w+")
_PUNCT = ".,!?;:()[]'\"…~-*"
# Any word the cue patterns need: when none is present (most messages) the patterns do not run.
_CUE_LIST: Final = list(LEXICON.items("life_cue_words"))
_CUE_WORDS = ahocorasick_rs.AhoCorasick(_CUE_LIST, implementation=ahocorasick_rs.Implementation.DFA)


def has_life_cues(normalized: str) -> bool:
    """Cheap pre-check (one automaton pass) for kid_cues and adult_cues."""
    return bool(_CUE_WORDS.find_matches_as_indexes(normalized))


# Both pre-checks in one automaton, for a caller that needs both on the same text (the pipeline does,
# on most messages): each word's value says which check it belongs to.
HINT_KIN: Final = 1  # a kinship word: calls_family may be true
HINT_LIFE: Final = 2  # a life-cue word: kid_cues or adult_cues may be true
_HINT_WORDS: Final = list(dict.fromkeys([*_CUE_LIST, *sorted(KIN_WORDS)]))
_HINT_BITS: Final = [(HINT_KIN if w in KIN_WORDS else 0) | (HINT_LIFE if w in _CUE_LIST else 0) for w in _HINT_WORDS]
_HINTS = ahocorasick_rs.AhoCorasick(_HINT_WORDS, implementation=ahocorasick_rs.Implementation.DFA)


def text_hints(normalized: str) -> int:
    """HINT_KIN and HINT_LIFE bits: which of has_life_cues and the kinship pre-check would pass."""
    bits = 0
    for key, _start, _end in _HINTS.find_matches_as_indexes(normalized, True):
        bits |= _HINT_BITS[key]
        if bits == HINT_KIN | HINT_LIFE:
            break
    return bits


def adult_cues(normalized: str) -> bool:
    """Does this message have someone talking about their own adult life?"""
    return _ADULT_SELF.search(normalized) is not None


def calls_family(normalized: str) -> bool:
    """Does this message address the other person as a relative ("love you grandma", "ok mom")?"""
    if not _KIN_HINT.find_matches_as_indexes(normalized):  # no kinship word at all: the usual case
        return False
    return calls_family_given_hint(normalized)


def calls_family_given_hint(normalized: str) -> bool:
    """calls_family for text already known to contain a kinship word (text_hints has HINT_KIN)."""
    head = [w.strip(_PUNCT) for w in normalized.split(None, 2)[:2]]
    if head and head[0] in KIN_WORDS and (len(head) < 2 or head[1] not in _KIN_SUBJECT_VERBS):
        return True  # "mom can you…", "grandma!" — not "pai é assim mesmo" (dads are like that)
    if len(head) > 1 and head[0] in _GREETINGS and head[1] in KIN_WORDS:
        return True
    tail = [w.strip(_PUNCT) for w in normalized.rsplit(None, 3)[-3:]]
    tail = [w for w in tail if any(c.isalpha() for c in w)]  # drop trailing emoji
    return bool(tail) and tail[-1] in KIN_WORDS and (len(tail) < 2 or tail[-2] not in _POSSESSIVES)


# Kinship words that are also given names: alone ("Tia", "Mae") they name a person, not a relative.
_GIVEN_NAMES: Final = LEXICON.words("kin_given_names")


def family_name(display_name: str) -> bool:
    """Display names like "Grandma Elena", "Tía Rosa" or "Mom" in a family group (not "Tia" alone).

    A kinship word that is also a given name names a person when it stands alone ("Tia", "Mae"),
    but not when it carries the accent only the kinship word has: "Tía", "Mãe" are how a family
    group saves an aunt's or a mother's contact.
    """
    raw = display_name.strip().casefold()
    plain = light(raw)
    words = _WORD.findall(plain)  # "Tía" is "tia", as the kinship words are written
    if len(words) == 1 and words[0] in _GIVEN_NAMES and plain == raw:
        return False
    return any(w in KIN_WORDS or w in _KIN_TITLES for w in words)
