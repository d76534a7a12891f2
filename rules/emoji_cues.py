"""Cues written in emoji alone: "📸➡️📩", "🤫🤐", "🎁↔️📸", "🚗📍", "🏠👤❓".

The normaliser turns single emoji into words (👻 → "snapchat"), which is enough when words are
around them. A message made of emoji only has no words, and its meaning is in the order: a camera,
an arrow, an inbox is a request for a photo, while a camera under a holiday picture is not. The
sequences, and the category each stands for, are data (rules/data/emoji_cues.toml); each becomes a
rule on the light form (where emoji are kept, and variation selectors and joiners are gone), in every
language, with its examples run like any rule's.

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


@functools.cache
def _cues() -> list[dict[str, Any]]:
    try:
        cues = tomllib.loads(DATA.read_text(encoding="utf-8"))["cue"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise RuntimeError(f"{DATA}: cannot read the emoji cues ({exc!r}); restore the file") from exc
    return list(cues)


def _strip(emoji: str) -> str:
    return emoji.replace("\ufe0f", "").replace("\u200d", "")


@functools.cache
def cue_emoji() -> frozenset[str]:
    """The emoji that start a cue (the rules' anchors): these must never count as plain text."""
    return frozenset(c for cue in _cues() for e in cue["slots"][0] for c in _strip(e) if not c.isascii())


def _pattern(slots: list[list[str]]) -> str:
    import regex

    parts = ["(?:" + "|".join(regex.escape(_strip(e)) for e in slot) + ")" for slot in slots]
    return _GAP.join(parts)


@functools.cache
def emoji_pack() -> Pack:
    """The cues as a pack of rules on the light form (built once; checked like a pack's patterns)."""
    from rules.packs_loader import Pack, Pattern, Rule, compile_pattern

    pack = Pack("emoji", "any", "Cues written in emoji alone", DATA)
    for i, cue in enumerate(_cues()):
        where = f"cue[{i}] {cue.get('id', '?')!r}"
        source = _pattern(cue["slots"])
        compiled = compile_pattern(DATA, where, source)
        anchors = frozenset(_strip(e) for e in cue["slots"][0])
        pack.rules.append(Rule(
            id=str(cue["id"]), category=str(cue["category"]), weight=float(cue["weight"]), pack=pack.id,
            language=pack.language, on="light", patterns=[Pattern(source, compiled, anchors)], unless=[],
            examples=list(cue.get("examples", [])), counterexamples=list(cue.get("counterexamples", [])),
            source=DATA, description=str(cue.get("description", ""))))
    return pack
