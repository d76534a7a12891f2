"""Disguised risk words: spelling a word so that filters miss it is itself the cue.

"webcam" with a zero-width space between each two letters, "f.o.t.o", "r_o_b_u_x", "т.е.л.е.г.р.а.м",
"ph0t0": the normaliser reads each as the plain word, and the packs then see "webcam" or "foto"
alone, which is no cue (people talk about their webcam). But nobody splits "webcam" with invisible
characters by accident: the writer is hiding the word from the filters that protect children. So
each risk word of rules/data/hidden_terms.toml fires its category when, and only when, the
normaliser had to undo a disguise inside it.

Whether it had to is read by comparing two texts: the normalised form, where the word is, and
rules.normalize.plain_reading of the raw message, which folds what is decoration (case, accents,
styled letters, emoji stand-ins, misspellings) and undoes nothing else. A word the first has and
the second lacks was disguised. Letter spacing with plain spaces alone does not count for words
people also space out to stress them ("i hate s c h o o l"), as the data file marks.

The rules run on the normalised form like any rule, anchored on the words themselves; the check
only does work for a message whose forms differ (the disguise shows there) and that holds a risk
word, and then it reads the message once, in linear time.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import regex

from rules.categories import CATEGORY_SET
from rules.normalize import light, plain_reading

if TYPE_CHECKING:
    from rules.packs_loader import Pack

DATA: Final = Path(__file__).parent / "data" / "hidden_terms.toml"
RULE_PREFIX: Final = "evasion.hidden_term."
MIN_TERM: Final = 3  # the engine's shortest anchor (rules.anchors.MIN_ANCHOR)
_CHUNK_CHARS: Final = 1500  # a pattern of terms is split before the loader's 2,000-character limit


@functools.cache
def _categories() -> list[dict[str, Any]]:
    try:
        entries = tomllib.loads(DATA.read_text(encoding="utf-8"))["category"]
        for entry in entries:
            if entry["category"] not in CATEGORY_SET:
                raise ValueError(f"unknown category {entry['category']!r}")
            for term in entry["terms"]:
                if len(light(term)) < MIN_TERM:
                    raise ValueError(f"term {term!r} is shorter than {MIN_TERM} letters")
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise RuntimeError(f"{DATA}: cannot read the disguised risk words ({exc!r}); restore the file") from exc
    return list(entries)


@functools.cache
def _whole_word(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)")


@functools.cache
def _spaced_out(term: str) -> re.Pattern[str]:
    """The term with a single space allowed between its letters: stressed, not hidden."""
    return re.compile(r"(?<!\w)" + " ?".join(re.escape(c) for c in term) + r"(?!\w)")


def _chunks(terms: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    size = 0
    for term in sorted(terms, key=lambda t: (-len(t), t)):  # longest first: "snapchat" before "snap"
        if size + len(term) > _CHUNK_CHARS and out[-1]:
            out.append([])
            size = 0
        out[-1].append(term)
        size += len(term) + 1
    return out


def _something_undone(forms: tuple[str, str, str]) -> bool:
    """Whether the normaliser undid anything; most messages are read as written, and then no risk
    word in them can have been disguised, so the engine does not search for one (Rule.applies)."""
    full, lt, raw = forms
    return full != lt or not raw.isascii()


def _make_check(emphasis: frozenset[str]) -> Any:
    def disguised(m: regex.Match[str], forms: tuple[str, str, str]) -> bool:
        """Whether a risk word this rule's pattern finds in the normalised form was disguised."""
        full, _lt, raw = forms
        reading = plain_reading(raw)
        for hit in m.re.finditer(full):
            term = hit.group()
            if _whole_word(term).search(reading):
                continue  # written plainly
            if term in emphasis and _spaced_out(term).search(reading):
                continue  # only spaced out, as people stress this word
            return True
        return False

    return disguised


@functools.cache
def hidden_term_pack() -> Pack:
    """One rule per category, on the normalised form, each with its disguise check attached."""
    from rules.packs_loader import Pack, Pattern, Rule, compile_pattern

    pack = Pack("hidden_terms", "any", "Risk words written in disguise", DATA)
    for entry in _categories():
        category = str(entry["category"])
        rule_id = RULE_PREFIX + category
        terms = sorted({light(t) for t in entry["terms"]})
        patterns = []
        for i, chunk in enumerate(_chunks(terms)):
            source = r"(?<!\w)(?:" + "|".join(regex.escape(t) for t in chunk) + r")(?!\w)"
            compiled = compile_pattern(DATA, f"{rule_id}.patterns[{i}]", source)
            patterns.append(Pattern(source, compiled, frozenset(chunk)))
        pack.rules.append(Rule(
            id=rule_id, category=category, weight=float(entry["weight"]), pack=pack.id, language=pack.language,
            on="normalized", patterns=patterns, unless=[], examples=list(entry.get("examples", [])),
            counterexamples=list(entry.get("counterexamples", [])), source=DATA,
            description=str(entry.get("description", "")),
            check=_make_check(frozenset(light(t) for t in entry.get("emphasis", []))),
            applies=_something_undone))
    return pack
