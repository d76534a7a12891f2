"""Cues written in emoji, where the order is the message: "📸➡️📩", "🤫🤐", "📸➡️👨‍👩‍👧", "🚗➡️🏫".

The normaliser turns single emoji into words (👻 → "snapchat"), which is enough when words are
around them. A message made of emoji has no words, and its meaning is in the order: a camera, an
arrow, an inbox is a request for a photo; a camera, an arrow, a family is a threat to show one; a
car, an arrow, a school is a pick-up; while a camera under a holiday picture is nothing. So the data
(rules/data/emoji_cues.toml) is a small grammar rather than a list of sequences: classes of emoji
that play one part (photo, arrow, audience, car, place, money ...) and, per cue, the orders of
classes that say it, with optional slots and bounded gaps for words between. Each cue becomes a
rule on the light form (where emoji are kept, and variation selectors and joiners are gone), in
every language, with its examples run like any rule's.

The emoji a cue starts with must not be "plain" (rules.normalize.is_plain): plain text takes
shortcuts that only look for ASCII anchors, so the normaliser asks cue_emoji() which to exclude.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from rules.packs_loader import Pack

DATA: Final = Path(__file__).parent / "data" / "emoji_cues.toml"
# Between two emoji of a cue: a space, skin tones (variation selectors and joiners are already gone).
_GAP: Final = "[ \\U0001f3fb-\\U0001f3ff]{0,3}"
# A "..." slot: words between two emoji of a cue, bounded so that the match stays short.
_WORDS: Final = ".{0,40}?"
ELLIPSIS: Final = "..."


@functools.cache
def _data() -> tuple[dict[str, list[str]], list[dict[str, Any]]]:
    try:
        data = tomllib.loads(DATA.read_text(encoding="utf-8"))
        classes = {str(k): [str(e) for e in v] for k, v in data.get("class", {}).items()}
        cues = list(data["cue"])
        for cue in cues:
            for sequence in cue["sequences"]:
                first = sequence[0] if sequence else ELLIPSIS
                if first == ELLIPSIS or isinstance(first, str) and first.endswith("?"):
                    raise ValueError(f"{cue.get('id')!r}: a sequence must start with emoji, not optional")
                for slot in sequence:
                    if slot != ELLIPSIS:
                        _slot_emoji(classes, slot)  # unknown class names fail here
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RuntimeError(f"{DATA}: cannot read the emoji cues ({exc!r}); restore the file") from exc
    return classes, cues


def _slot_emoji(classes: dict[str, list[str]], slot: str | list[str]) -> list[str]:
    """The emoji a slot stands for: a class by name (maybe with "?"), or a list written out."""
    if isinstance(slot, list):
        return [_strip(str(e)) for e in slot]
    name = slot.removesuffix("?")
    if name not in classes:
        raise ValueError(f"unknown emoji class {name!r}; known: {', '.join(sorted(classes))}")
    return [_strip(e) for e in classes[name]]


def _strip(emoji: str) -> str:
    return emoji.replace("\ufe0f", "").replace("\u200d", "")


@functools.cache
def cue_emoji() -> frozenset[str]:
    """The emoji that start a cue (the rules' anchors): these must never count as plain text."""
    classes, cues = _data()
    return frozenset(c for cue in cues for seq in cue["sequences"] for e in _slot_emoji(classes, seq[0])
                     for c in e if not c.isascii())


def _pattern(classes: dict[str, list[str]], sequence: list[str | list[str]]) -> str:
    """One order of slots as a pattern: slots joined by _GAP, optional ones in an optional group."""
    import regex

    out = ""
    after_words = False
    for i, slot in enumerate(sequence):
        if slot == ELLIPSIS:
            out += _WORDS
            after_words = True
            continue
        alts = "(?:" + "|".join(regex.escape(e) for e in _slot_emoji(classes, slot)) + ")"
        gap = "" if i == 0 or after_words else _GAP
        optional = isinstance(slot, str) and slot.endswith("?")
        out += f"(?:{gap}{alts})?" if optional else gap + alts
        after_words = False
    return out


@functools.cache
def emoji_pack() -> Pack:
    """The cues as a pack of rules on the light form (built once; checked like a pack's patterns)."""
    from rules.packs_loader import Pack, Pattern, Rule, compile_pattern

    classes, cues = _data()
    pack = Pack("emoji", "any", "Cues written in emoji", DATA)
    for i, cue in enumerate(cues):
        patterns = []
        for k, sequence in enumerate(cue["sequences"]):
            where = f"cue[{i}] {cue.get('id', '?')!r} sequences[{k}]"
            source = _pattern(classes, sequence)
            compiled = compile_pattern(DATA, where, source)
            patterns.append(Pattern(source, compiled, frozenset(_slot_emoji(classes, sequence[0]))))
        pack.rules.append(Rule(
            id=str(cue["id"]), category=str(cue["category"]), weight=float(cue["weight"]), pack=pack.id,
            language=pack.language, on="light", patterns=patterns, unless=[],
            examples=list(cue.get("examples", [])), counterexamples=list(cue.get("counterexamples", [])),
            source=DATA, description=str(cue.get("description", ""))))
    return pack
