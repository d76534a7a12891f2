"""Word lists the conversation layer reads, kept as data in each pack's `[lexicon]` section.

Rules say what a message *does* (asks an age, asks for a photo); the conversation layer also needs
to know how people talk about themselves: how a child addresses a relative ("ok mom"), how children
and adults mention their own lives ("my teacher", "after work"), which role names mean a minor.
Those lists used to be Python literals covering six languages, so a new language meant editing the
pipeline. Each pack now carries its own, checked by examples the way rules are, and the lists of
every bundled pack are merged: chat mixes languages, and a child's "ok mama" is a vocative whatever
pack the community configured.

A list is either `words` (whole words of the normalised text) or `patterns` (regexes matched on the
normalised text, refused at load like rule patterns when they could backtrack exponentially).
`examples` must match the list and `counterexamples` must not; `lookout rules test` runs them.
A list of names (`class_chat`) is read on the light form instead: a name is not chat, and the "7a"
of "Klasse 7a" is a grade, not leetspeak for "ta".
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import regex

from rules.normalize import light, normalize
from rules.packs_loader import RulePackError, bundled_pack_paths, compile_pattern, read_pack_toml, str_list

# The lists the conversation layer knows, and what each holds. A pack may leave any out.
LISTS: Final[dict[str, str]] = {
    "kin": "words: how a child addresses a relative, as a whole word ('mom', 'abuela')",
    "kin_given_names": "words: kinship words that are also given names, so alone they name a person ('tia')",
    "kin_titles": "words: kinship words that chat uses as slang for anyone ('tio'), read only in display names "
                  "('Tía Rosa'), never as a vocative",
    "greetings": "words: short words that may come before a vocative ('hi', 'ok')",
    "kin_subject_verbs": "words: after a kinship word opening a line, what makes it the subject ('mom is', "
                         "'pai é'), not an address",
    "possessives": "words: words that make a kinship word a mention, not an address ('my', 'mi')",
    "minor_roles": "patterns: role names that mean a minor ('kids', 'under 18')",
    "adult_roles": "patterns: role names that mean an adult ('adults', 'parents')",
    "kid_life": "patterns: a child talking about their own school or home rules ('my teacher')",
    "kid_parents": "patterns: someone mentioning their own parents ('my mom'), weaker than kid_life",
    "adult_life": "patterns: an adult talking about their own adult life ('after work', 'my wife')",
    "yes_words": "words: a yes at the start of an answer ('yeah', 'si'), confirming a guessed age",
    "asks_back": "words or phrases: asking the same question back at the end of an answer ('wbu', 'and you')",
    "grade_question": "patterns: asking someone which school grade or class they are in ('what grade are "
                      "you in?', 'ты в каком классе?'), so a number answering it is a grade, not an age",
    "room_age_question": "patterns: an age question put to everyone present ('how old is everyone?', "
                         "'hoe oud zijn jullie'), which each member who speaks next may answer",
    "staff_roles": "words: role names that make someone staff ('mod', 'admin', 'coach'), matched in any case",
    "life_cue_words": "substrings: at least one is in every text kid_life, kid_parents or adult_life match "
                      "(a cheap pre-check, so most messages skip the patterns)",
    "adult_group": "patterns: a group's or channel's name that says it is for adults or parents ('(18+)', "
                   "'Oakridge Y7 Parents', 'Родители 6В'), on the light form",
    "group_with_children": "patterns: a name that also says children are members ('Parents & Players'), "
                           "which makes an adult_group name a mixed one",
    "class_chat": "patterns: a channel's or group's name that says it is a school class's own chat ('Klasse 7a', "
                  "'8o ano turma a', 'class chat'), on the light form",
}
PATTERN_LISTS: Final = frozenset({"minor_roles", "adult_roles", "kid_life", "kid_parents", "adult_life",
                                   "room_age_question", "grade_question", "class_chat", "adult_group",
                                   "group_with_children"})
SUBSTRING_LISTS: Final = frozenset({"life_cue_words"})
# Lists of names, read on the light form (rules.normalize.light): no leetspeak undone, so "7a" stays a grade.
LIGHT_FORM_LISTS: Final = frozenset({"class_chat", "adult_group", "group_with_children"})
_CUED: Final = frozenset({"kid_life", "kid_parents", "adult_life"})  # behind the life_cue_words pre-check
_FIELDS: Final = frozenset({"words", "patterns", "examples", "counterexamples"})


@dataclass(frozen=True, slots=True)
class LexiconList:
    """One named list from one pack, with the examples that pin what it means."""

    name: str
    language: str
    source: Path
    items: tuple[str, ...]
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()


@dataclass(slots=True)
class Lexicon:
    """The merged lists of several packs."""

    parts: list[LexiconList] = field(default_factory=list)

    def items(self, name: str) -> tuple[str, ...]:
        """Every entry of the named list across packs, in pack order, without repeats."""
        if name not in LISTS:
            raise KeyError(f"unknown lexicon list {name!r}; known: {', '.join(LISTS)}")
        return tuple(dict.fromkeys(item for part in self.parts if part.name == name for item in part.items))

    def words(self, name: str) -> frozenset[str]:
        return frozenset(self.items(name))

    def alternation(self, name: str) -> str:
        """The named words or phrases as one regex alternation, longest first (for a caller's own frame)."""
        items = sorted(self.items(name), key=len, reverse=True)
        return "|".join(regex.escape(w) for w in items) if items else "(?!)"

    def pattern(self, name: str) -> regex.Pattern[str]:
        """One compiled alternation of the named pattern list (a pattern that never matches if empty)."""
        items = self.items(name)
        if not items:
            return regex.compile(r"(?!)")
        return regex.compile("|".join(f"(?:{p})" for p in items))

    def matches(self, part: LexiconList, text: str) -> bool:
        """Does the text, normalised as the pipeline sees it, match this part's list?"""
        norm = light(text) if part.name in LIGHT_FORM_LISTS else normalize(text).full
        return _matches(part.name, part.items, norm)

    def check_examples(self) -> list[str]:
        """One line per example that the list misses or counterexample it matches."""
        failures: list[str] = []
        for part in self.parts:
            where = f"{part.source.name} [lexicon.{part.name}]"
            failures += [f"{where}: example not matched: {t!r}" for t in part.examples if not self.matches(part, t)]
            failures += [f"{where}: counterexample matched: {t!r}" for t in part.counterexamples
                         if self.matches(part, t)]
        cues = self.items("life_cue_words")
        for part in self.parts:
            if part.name in _CUED:
                failures += [f"{part.source.name} [lexicon.{part.name}]: example has none of the life_cue_words, "
                             f"so the pre-check would skip it: {t!r}" for t in part.examples
                             if not any(c in normalize(t).full for c in cues)]
        return failures

    @property
    def example_count(self) -> int:
        return sum(len(p.examples) + len(p.counterexamples) for p in self.parts)


def _matches(name: str, items: Sequence[str], norm: str) -> bool:
    if name in PATTERN_LISTS:
        return any(regex.search(p, norm) for p in items)
    if name in SUBSTRING_LISTS:
        return any(item in norm for item in items)
    return words_pattern(items).search(norm) is not None


@functools.cache
def _words_pattern(items: tuple[str, ...]) -> regex.Pattern[str]:
    if not items:
        return regex.compile(r"(?!)")
    alternation = "|".join(regex.escape(w) for w in sorted(items, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{alternation})(?!\w)", regex.IGNORECASE)


def words_pattern(items: Iterable[str]) -> regex.Pattern[str]:
    """A search for any of these words or phrases as whole words (longest first, any case)."""
    return _words_pattern(tuple(items))


def _strings(path: Path, where: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise RulePackError(f"{path}: {where}: must be a list of non-empty strings")
    items = str_list(path, where, value, required=False)
    if not all(item.strip() for item in items):
        raise RulePackError(f"{path}: {where}: must be a list of non-empty strings (an empty one matches everywhere)")
    return tuple(items)


def parse_lexicon(path: Path, language: str, raw: object) -> list[LexiconList]:
    """The `[lexicon]` section of one pack file; RulePackError naming the file, list and field."""
    if not isinstance(raw, dict):
        raise RulePackError(f"{path}: [lexicon] must be a table of lists ([lexicon.kin] …)")
    parts: list[LexiconList] = []
    for name, body in raw.items():
        where = f"[lexicon.{name}]"
        if name not in LISTS:
            raise RulePackError(f"{path}: {where}: unknown list; known lists: {', '.join(LISTS)}")
        if not isinstance(body, dict):
            raise RulePackError(f"{path}: {where}: must be a table with words or patterns")
        extra = sorted(set(body) - _FIELDS)
        if extra:
            raise RulePackError(f"{path}: {where}: unknown field(s) {', '.join(extra)}; allowed: "
                                f"{', '.join(sorted(_FIELDS))}")
        kind = "patterns" if name in PATTERN_LISTS else "words"
        other = "words" if kind == "patterns" else "patterns"
        if other in body:
            raise RulePackError(f"{path}: {where}: this list holds {kind}, not {other}")
        items = _strings(path, f"{where} {kind}", body.get(kind, []))
        if kind == "words":
            items = tuple(w.lower() for w in items)
        else:
            for i, p in enumerate(items):  # refused like rule patterns: invalid, too long or backtracking
                try:
                    regex.compile(p)
                except regex.error as exc:
                    raise RulePackError(f"{path}: {where}: invalid pattern {p!r}: {exc}") from None
                try:
                    compile_pattern(path, f"{where}.patterns[{i}]", p)
                except RulePackError as exc:
                    raise RulePackError(f"{exc} (a lexicon pattern is refused like a rule pattern: too long, "
                                        "unreadable by the load-time check, or able to backtrack exponentially)"
                                        ) from None
        parts.append(LexiconList(name, language, path, items,
                                 _strings(path, f"{where} examples", body.get("examples", [])),
                                 _strings(path, f"{where} counterexamples", body.get("counterexamples", []))))
    return parts


def load_lexicon(paths: Iterable[Path]) -> Lexicon:
    """The merged `[lexicon]` sections of these pack files (files without one add nothing)."""
    lexicon = Lexicon()
    for path in paths:
        data = read_pack_toml(path)
        if "lexicon" in data:
            language = str(data.get("pack", {}).get("language") or path.stem)
            lexicon.parts.extend(parse_lexicon(path, language, data["lexicon"]))
    return lexicon


@functools.cache
def bundled_lexicon() -> Lexicon:
    """The lists of every bundled pack, read once per process."""
    return load_lexicon(bundled_pack_paths())
