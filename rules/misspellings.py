"""Phonetic and chat misspellings of the few words grooming rules hinge on.

Children and groomers alike write words as they sound: "aleine", "soziña", "вклучи", "kamma",
"adna". The packs are written against canonical words ("allein", "sozinha", "включи"), so a line
spelt that way matched nothing. This module gives rules.evasion, which already rewrites misspelt
apps and shorthand, one more table of spellings to rewrite into canonical words, built from
rules/data/misspellings.toml in two parts:

- Listed spellings (`[spellings.<lang>]`): what people really type, including the ones no small
  edit reaches ("kamma", "jveu", "t seul") and words too short to guess at ("adna", "kero", "toa").
- Phonetic near misses of the vocabulary (`[vocabulary]`: alone, parents, camera, photo, secret,
  delete, address, school, number, meet, send, show ... and their common inflections in the nine
  pack languages): every spelling one *phonetic* edit from a vocabulary word of five letters or
  more, where an edit is dropping a letter ("aleine", "sozina" once "ñ" is read as "n"), doubling
  one, adding a silent "h" (or a soft or hard sign in Cyrillic), or changing a letter for one that
  sounds alike (vowels for vowels, c/k/q/g, s/z/c/x, v/w/f/b, d/t,
  p/b, m/n, i/j; and the Cyrillic counterparts: vowels, в/ф, б/п, д/т, з/с, г/к/х, ж/ш/щ/ч, ц/с).
  Unrestricted edit distance 1 (any letter for any letter, and swapped neighbours) gave eight
  times the spellings, most of them typos rather than sound-alikes, and more real words to guard
  against; swapped neighbours were typos too, and woke the slow path on ordinary words ("naked"
  swapped is inside "ranked").

A spelling is never a real word. It is dropped when it is a vocabulary word of any language (German
"kamera" is not Dutch "camera" misspelt), one letter from two different vocabulary words, or in
`[keep]`: the real words, in any pack language, that the near misses would otherwise take
("along", "simmer", "salita", "сгинь"). `bench/misspelling_keep.py` regenerates `[keep]`
from the system word lists (Debian's wamerican, wbritish, wngerman, wfrench, wspanish, witalian,
wdutch, wpolish, wportuguese, wbrazilian and hunspell-ru expanded with unmunch), the packs' own
examples and counterexamples and the chatterbot-corpus dialogue, so nothing at run time needs them;
tests/rules/test_misspellings.py checks the listed spellings and the near misses against the packs,
the look-alike set and the dialogue.

Cost: the near misses are worked out once, at start-up (about ten thousand spellings, some tens of
milliseconds), and become more keys of the Aho-Corasick automaton rules.evasion already runs, and
more needles of the engine's batch pass. A message holding none of them costs nothing more; one
holding one costs the rewrite rules.evasion does anyway. Matching a message word against a
deletion index at run time (as SymSpell does) would cost a dictionary look-up per letter of every
word of every message, and the engine's fast path exists to avoid per-word work on plain chat.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Final

DATA: Final = Path(__file__).parent / "data" / "misspellings.toml"
MIN_FUZZY: Final = 5  # vocabulary words and near misses shorter than this are only ever listed

# Letters that sound alike, in groups; a near miss may change a letter for another of its group.
SOUND_ALIKE: Final = ("aeiouy", "ckqg", "szcx", "vwfb", "dt", "pb", "mn", "ij",
                      "аоуыиеэюя", "вф", "бп", "дт", "зс", "гкх", "жшщч", "цс")
_SILENT_LATIN: Final = "h"
_SILENT_CYRILLIC: Final = "ьъ"


def _light(text: str) -> str:
    from rules.normalize import light  # the normaliser imports rules.evasion, which imports this module

    return light(text)


@functools.cache
def _sound_alike() -> dict[str, str]:
    table: dict[str, set[str]] = {}
    for group in SOUND_ALIKE:
        for ch in group:
            table.setdefault(ch, set()).update(c for c in group if c != ch)
    return {ch: "".join(sorted(others)) for ch, others in table.items()}


def near_misses(word: str) -> set[str]:
    """Every spelling one phonetic edit from `word` (see the module docstring), `word` excluded."""
    alike = _sound_alike()
    silent = _SILENT_CYRILLIC if "\u0400" <= word[:1] <= "\u04ff" else _SILENT_LATIN
    out: set[str] = set()
    for i, ch in enumerate(word):
        out.add(word[:i] + word[i + 1:])  # dropped
        out.add(word[:i] + ch + word[i:])  # doubled
        for other in alike.get(ch, ""):
            out.add(word[:i] + other + word[i + 1:])  # changed for a sound-alike
    for i in range(len(word) + 1):
        for ch in silent:
            out.add(word[:i] + ch + word[i:])  # a silent letter added
    out.discard(word)
    return out


class MisspellingsError(RuntimeError):
    """rules/data/misspellings.toml cannot be read, or says something contradictory."""


def _read() -> dict[str, object]:
    try:
        return tomllib.loads(DATA.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise MisspellingsError(f"{DATA}: cannot read the misspellings ({exc!r}); restore the file from the "
                                "release") from exc


@functools.cache
def vocabulary() -> frozenset[str]:
    """Every vocabulary word of every language, in the light form."""
    data = _read()
    try:
        return frozenset(_light(w) for words in data["vocabulary"].values() for w in words)  # type: ignore[attr-defined]
    except (KeyError, AttributeError, TypeError) as exc:
        raise MisspellingsError(f"{DATA}: [vocabulary] must map each language to a list of words ({exc!r})") from exc


@functools.cache
def listed() -> dict[str, str]:
    """The listed spellings (light form) -> the canonical words; a spelling two languages read
    differently is an error that names it."""
    data = _read()
    out: dict[str, str] = {}
    vocab = vocabulary()
    try:
        for lang, table in data["spellings"].items():  # type: ignore[attr-defined]
            for canonical, spellings in table.items():
                for spelling in spellings:
                    key = _light(spelling)
                    if key in vocab:
                        raise MisspellingsError(f"{DATA}: [spellings.{lang}] {canonical}: {spelling!r} is a "
                                                "vocabulary word; a word the packs match is never rewritten")
                    if out.get(key, canonical) != canonical:
                        raise MisspellingsError(f"{DATA}: [spellings.{lang}] {canonical}: {spelling!r} is also "
                                                f"listed for {out[key]!r}; a spelling has one reading")
                    out[key] = canonical
    except (KeyError, AttributeError, TypeError) as exc:
        raise MisspellingsError(f"{DATA}: [spellings.<lang>] must map canonical words to lists of spellings "
                                f"({exc!r})") from exc
    return out


@functools.cache
def keep() -> frozenset[str]:
    """Real words the near misses must leave alone ([keep])."""
    data = _read()
    try:
        return frozenset(_light(w) for w in data["keep"]["words"])  # type: ignore[index]
    except (KeyError, TypeError) as exc:
        raise MisspellingsError(f"{DATA}: [keep] words must be a list of words ({exc!r})") from exc


def candidate_near_misses() -> dict[str, str]:
    """Near misses of the vocabulary before [keep] is applied: spelling -> the word it misses.

    Vocabulary words, phrases and words shorter than MIN_FUZZY make none; a spelling that lies
    inside a vocabulary word ("anyon", "chool": a truncation more than a misspelling, and a needle
    every message holding the right word would wake) or misses two of them is left out.
    """
    vocab = vocabulary()
    # Every piece of a vocabulary word long enough to be a near miss, so "inside a word" is one look-up.
    inside = {v[i:j] for v in vocab for i in range(len(v)) for j in range(i + MIN_FUZZY, len(v) + 1)}
    found: dict[str, str | None] = {}
    for word in sorted(vocab):
        if len(word) < MIN_FUZZY or not word.isalpha():
            continue
        for spelling in near_misses(word):
            if len(spelling) >= MIN_FUZZY and spelling not in inside:
                found[spelling] = word if found.get(spelling, word) == word else None
    return {s: w for s, w in found.items() if w is not None}


@functools.cache
def rewrites() -> dict[str, str]:
    """Every spelling this module rewrites (light form) -> its canonical words: listed ones first."""
    kept = keep()
    out = {s: w for s, w in candidate_near_misses().items() if s not in kept}
    out.update(listed())
    return out
