"""The age dialogue: "how old r u" — "14". Who was asked their age, and what their answer declares.

Why: a bare number is only an age right after someone asked for one, and "yes" is only an age when
the question proposed one ("ur in 6th grade right?"). Knowing the target's age is what turns an
unknown pair into "an adult working on a child", so the questions asked are remembered for a short
while, per (community, member asked), and the next line of that member is read as the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

import ahocorasick_rs
import regex

from bot.pipeline.ages import LEXICON
from rules.age_words import with_digits
from rules.anchors import extract_anchors

AGE_ANSWER_S: Final = 30 * 60
PUPIL: Final = -1  # AgeDialogue.answer: the member named their school grade (a child, age not said)
_BARE_AGE: Final = re.compile(
    # "haha thanks. 27. is that ok?", "lol 14": a word or two of reaction may come first
    r"\s*(?:[^\w\s]+\s*)?(?:(?:haha\w*|hah|lol|lmao|jaja\w*|kkk+|thanks|thx|ty|tysm|oh|ah|um+|uh+|hm+|well|ok|okay|sure|yeah|ya|yes|"
    r"nah|hey|hi|hello|mdr|bah|pues|bueno|na ja|also|nou|cóż|ну)[\s.!,]+){0,3}"
    r"(?:i'?m |im |i am )?(\d{1,2})(?:\s*(?:yo|y/o|years?|yrs?|[mf]))?"  # "14", "im 13", "13 f"
    # "14 too lol", "26 lol. u?": a stop or comma may sit between the age and what follows it
    r"(?:[\s.!,]*(?:too|also|as well|aussi|pareil|tambi[eé]n|tb|tbm|tamb[eé]m|auch|ook|anche|pure|te[zż]|тоже|"
    r"lol|lmao|haha\w*|jaja\w*|jeje\w*|kkk+|rs|xd|mdr|tbh|u|you|wbu|hbu)\b)*"
    # "12 and u", "13 y tu", "19 jaja pero no pasa nada", "13 а тебе": a connective and anything after it
    r"(?:\s*(?:,|&|\b(?:and|n|y|e|und|et|и|а|but|so|pero|mas|aber|mais|но|entonces|donc|quindi|dus)\b).*"
    r"|\s*[,.]?\s*(?:how old|what about) (?:r|are) (?:u|you)\b.*"  # "12 how old r u"
    r"|[.!)]+\s+.*)?"  # "38. where do you live?", "47) а вам?": the answer, then a new sentence
    r"\s*[.!?,]*\s*$",  # "13, 14 in june", "12 and u?"
    re.IGNORECASE)
# An age answer that asks the age back in words ("12 how old r u") as well as "u?" (_ASKS_BACK).
_ASKS_AGE_BACK: Final = re.compile(r"\bhow old (?:r|are) (?:u|you)\b", re.IGNORECASE)
_ASKS_BACK: Final = regex.compile(rf"(?<!\w)(?:{LEXICON.alternation('asks_back')})\s*\??\s*$", regex.IGNORECASE)
_GUESS: Final = re.compile(
    r"\b(?:ur|you'?re|u r|you are|r u|are you|are u)\s+(?:in\s+)?"
    r"(?:(?P<grade>\d{1,2})(?:th|st|nd|rd)\s+grade|year\s+(?P<year>\d{1,2})|(?P<age>\d{1,2}))\b")
_YES: Final = regex.compile(rf"\s*(?:{LEXICON.alternation('yes_words')})\b", regex.IGNORECASE)
# "how old is everyone?", "hoe oud zijn jullie": an age question to everyone present (the packs' lists).
_ROOM_QUESTION: Final = LEXICON.pattern("room_age_question")
# "what grade are you in?", "ты в каком классе?" (the packs' lists): the number that answers is a grade.
_GRADE_QUESTION: Final = LEXICON.pattern("grade_question")
# Its answer: a school grade or year of 1 to 12, with a word or two around it in any language ("в 7",
# "7th", "8th grade", "1º de la ESO", "7ª série", "in der 7.", "klasa 7", "groep 8", "year 8", "5e").
_GRADE_ANSWER: Final = regex.compile(
    r"\s*(?:[^\w\s]+\s*)?(?:[^\W\d]+\.?\s+){0,3}(?P<grade>1[0-2]|0?[1-9])"
    r"(?:st|nd|rd|th|º|°|ª|o|a|e|eme|ème|ieme|ième|-?[йяиеа]|-?го|-?м|\.)?(?:\s*[a-f])?(?!\d)"
    r"(?:[\s,.]+[^\W\d]+){0,4}\s*[.!?)]*\s*$", regex.IGNORECASE)


def _room_anchors() -> ahocorasick_rs.AhoCorasick | None:
    """The literal text every room question holds ("how old are ", "wie alt seid ihr"): a line with
    none of it (nearly all) skips the patterns, which cost about 50 µs a line. None: some pattern
    has no such text, and every line is searched."""
    anchors: set[str] = set()
    for item in LEXICON.items("room_age_question"):
        found = extract_anchors(item)
        if not found:
            return None
        anchors |= found
    return ahocorasick_rs.AhoCorasick(sorted(anchors), implementation=ahocorasick_rs.Implementation.DFA)


_ROOM_ANCHORS: Final = _room_anchors()


def asks_the_room(normalized: str) -> bool:
    """Is this line an age question to everyone present ("how old are you all?", "wie alt seid ihr")?"""
    if _ROOM_ANCHORS is not None and not _ROOM_ANCHORS.find_matches_as_indexes(normalized):
        return False
    return _ROOM_QUESTION.search(normalized) is not None


def guessed_age(text: str) -> int | None:
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


@dataclass(slots=True)
class RoomQuestion:
    """An age question to everyone in a channel: who asked, when, and who has spoken since."""

    when: float
    asker: str
    heard: set[str] = field(default_factory=set)


class AgeDialogue:
    """Open age questions: (community, member asked) → (when, the age the question guessed); and
    questions to a whole channel: (community, channel) → RoomQuestion.

    Why the room: "how old is everyone?" is answered by several members ("29 here", "41, and don't
    worry"), each with a bare number that is only an age because of the question. Attribution names
    one of them as the target at most; the others would stay of unknown age, and in a youth community
    an adult talking to an unknown member is talking to a possible child.

    Only a question worded to everyone opens the room. An age question to one member in a public
    channel ("how old r u?") could as well: on every chat set (issue 10's, the holdout, blind 1-7)
    that read 10 more ages (all children's plausible answers), alerted no grooming chat sooner, and
    turned one classmates' group into an alert (a known 14-year-old asked for a cake photo).
    """

    def __init__(self) -> None:
        # (when, the age the question guessed, whether it asked which school grade they are in)
        self.asked: dict[tuple[str, str], tuple[float, int | None, bool]] = {}
        self.rooms: dict[tuple[str, str], RoomQuestion] = {}

    def answer(self, community: str, member: str, text: str, now: float, channel: str | None = None) -> int | None:
        """The age `member` declares by answering an open question with this line, if any; PUPIL when
        the line answers "what grade are you in?" with a school grade.

        The question is used up by the member's next line, whether it answers or not: the one put
        to them, or else the one put to everyone in `channel` (each member's first line after it).
        """
        if not self.asked and not self.rooms:
            return None
        asked = self.asked.pop((community, member), None) if self.asked else None
        room = self.rooms.get((community, channel)) if self.rooms and channel is not None else None
        if room is not None:
            if member == room.asker or member in room.heard:
                room = None
            else:
                room.heard.add(member)
        if asked is None:
            if room is None:
                return None
            asked = (room.when, None, False)
        # "how old r u" — "14": a bare number right after being asked is a declared age;
        # "ur in 6th grade right?" — "yes": so is a confirmed guess.
        when, guess, grade = asked
        if now - when > AGE_ANSWER_S:
            return None
        if grade and _GRADE_ANSWER.match(with_digits(text)):
            # "ты в каком классе?" — "в 7": a pupil, of an age the grade only roughly says (grades count
            # differently from country to country, and French ones count down), so no age is declared.
            return PUPIL
        m = _BARE_AGE.match(with_digits(text))  # "14", and "fourteen" as well
        if m and 6 <= int(m.group(1)) <= 99:
            return int(m.group(1))
        if guess is not None and _YES.match(text):
            return guess
        return None

    def asks_back(self, community: str, target: str, text: str, now: float, declared: int | None = None) -> None:
        """"im 14, u?": a line declaring an age that also asks the other person's; and an adult's
        volunteered age ("btw im 36"), which invites the other's as plainly as a question does.

        Why the adult's: adults arranging a meeting trade ages unasked ("34, sure"); without reading
        the reply as an age, two declared adults look like an adult and someone of unknown age. An
        adult's age followed by a child's bare "13" is read as the child's age just the same.
        """
        if (declared is not None and declared >= 18) or _ASKS_BACK.search(text) or _ASKS_AGE_BACK.search(text):
            self.asked[(community, target)] = (now, None, False)

    def ask(self, community: str, target: str, normalized: str, now: float) -> None:
        """An age question to `target` (an age_probe hit), with the age it guesses if any."""
        self.asked[(community, target)] = (now, guessed_age(normalized),
                                          _GRADE_QUESTION.search(normalized) is not None)

    def heard(self, community: str, channel: str, member: str) -> None:
        """`member` has spoken in `channel` since its room question, in a line read otherwise."""
        room = self.rooms.get((community, channel))
        if room is not None and member != room.asker:
            room.heard.add(member)

    def ask_room(self, community: str, channel: str, asker: str, now: float) -> None:
        """An age question to everyone in `channel`: each other member's next line there may answer it."""
        self.rooms[(community, channel)] = RoomQuestion(now, asker)

    def stale(self, _key: tuple[str, ...], value: tuple[float, int | None, bool], now: float) -> bool:
        return now - value[0] > AGE_ANSWER_S

    def stale_room(self, _key: tuple[str, ...], value: RoomQuestion, now: float) -> bool:
        return now - value.when > AGE_ANSWER_S

    def forget_in_rooms(self, person: str, community: str | None) -> None:
        """An erasure: the questions `person` asked go, and they leave the lists of who has spoken."""
        for key in [k for k, q in self.rooms.items() if community in (None, k[0]) and q.asker == person]:
            del self.rooms[key]
        for key, q in self.rooms.items():
            if community in (None, key[0]):
                q.heard.discard(person)
