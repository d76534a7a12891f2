"""Evasion the character-level normaliser cannot see: words written around, not disguised.

After spacing and leetspeak are undone, a groomer can still write "telesgram" or "sn.ap" (a symbol
dropped in), "wasa" (the Spanish nickname of WhatsApp), "fone numba", or describe an app instead of naming
it ("the yellow ghost app", "app mit dem gelben geist"). Rules are written once against canonical
words ("snapchat", "phone number"), so this step rewrites those spellings into them, from the data
in rules/data/evasion.toml, and phonetic misspellings of the words rules hinge on ("aleine",
"вклучи", "kamma") from rules.misspellings.

It runs on every message's normalised form, so it costs one Aho-Corasick pass when nothing is
found; a description is only looked for when an icon word is there, and near-miss app names
("telesgram") only in text that was disguised (leetspeak, spacing, symbols) to begin with.
Everything is linear in the text: the automaton pass, one bounded regex per description, and a
fixed number of dictionary lookups per word.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Final, NamedTuple

import ahocorasick_rs

from rules import misspellings

DATA: Final = Path(__file__).parent / "data" / "evasion.toml"

# Apps whose near-misses (one letter added, dropped or changed) are read as the app: only long
# names, where one letter off is still unmistakable ("discard" is not "discord").
FUZZY_APPS: Final = ("snapchat", "telegram", "whatsapp", "instagram")
_WORD: Final = re.compile(r"[^\W\d_]{7,10}")


class _Tables(NamedTuple):
    automaton: ahocorasick_rs.AhoCorasick
    keys: list[str]
    words: dict[str, str]  # alias -> canonical words
    icons: frozenset[str]  # keys that are icon words (a description may be near)
    descriptions: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, app)
    near_misses: dict[str, str]  # an app name with one letter dropped -> the app
    split: frozenset[str]  # aliases that are an app name with a symbol dropped in ("sn.ap")
    needles: frozenset[str]  # ASCII keys that can start a rewrite (rules.normalize.BATCH_NEEDLES)


def _light(text: str) -> str:
    from rules.normalize import light  # the normaliser imports this module

    return light(text)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def tables() -> _Tables:
    """The rewrite tables, read from DATA on first use (a broken file names itself)."""
    try:
        data = tomllib.loads(DATA.read_text(encoding="utf-8"))
        words: dict[str, str] = {}
        for group in data["words"].values():
            for canonical, aliases in group.items():
                for alias in aliases:
                    words[_light(alias)] = canonical
        for spelling, canonical in misspellings.rewrites().items():  # "aleine", "вклучи" (rules/misspellings.py)
            words.setdefault(spelling, canonical)
        split: set[str] = set()
        for app in data["split"]["apps"]:  # "sn.ap", "tele-gram", "insta_gram": one symbol dropped into the name
            for i in range(1, len(app)):
                for sep in data["split"]["separators"]:
                    if (alias := app[:i] + sep + app[i:]) not in words:
                        words[alias] = app
                        split.add(alias)
        describe = data["describe"]
        colours = {name: [_light(w) for w in ws] for name, ws in describe["colours"].items()}
        icons = {name: [_light(w) for w in ws] for name, ws in describe["icons"].items()}
        little = [_light(w) for w in describe["little"]]
        app_words = [_light(w) for w in describe["app_words"]]
        descriptions = []
        for entry in describe["app"]:
            col = _alternation([w for c in entry["colours"] for w in colours[c]])
            ico = _alternation([w for i in entry["icons"] for w in icons[i]])
            small = f"(?:(?:{_alternation(little)}) )?"
            app = _alternation(app_words)
            # A colour next to the icon is enough for the ghost ("yellow ghost"); other icons are
            # ordinary things ("blue bird", "green phone"), so an app word must be there too.
            then_app = f"(?: (?:{app}))" + ("?" if entry.get("colour_alone") else "")
            after_app = f"(?:{app}) (?:[^\\W\\d]+ ){{0,3}}"
            forms = [f"(?:{col}) {small}(?:{ico}){then_app}", f"{small}(?:{ico}) {small}(?:{col}){then_app}",
                     f"{after_app}(?:{col}) {small}(?:{ico})", f"{after_app}{small}(?:{ico}) {small}(?:{col})"]
            if entry.get("alone"):
                # bounded gap: at most three words between the app word and the icon
                forms += [f"{after_app}{small}(?:{ico})(?: {small}(?:{col}))?",
                          f"(?:{ico}) (?:{app})"]
            pattern = re.compile(f"(?<!\\w)(?:{'|'.join(forms)})(?!\\w)")
            descriptions.append((pattern, str(entry["app"])))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise RuntimeError(f"{DATA}: cannot read the evasion tables ({exc!r}); restore the file from the "
                           "release") from exc
    icon_words = frozenset(w for ws in icons.values() for w in ws)
    keys = sorted(set(words) | icon_words)
    automaton = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    near: dict[str, str] = {}
    for app in FUZZY_APPS:
        for i in range(len(app)):
            near[app[:i] + app[i + 1:]] = app
        near[app] = app
    needles = frozenset(k for k in keys if k.isascii())
    return _Tables(automaton, keys, words, icon_words, tuple(descriptions), near_misses=near, split=frozenset(split),
                   needles=needles)


def batch_needles() -> frozenset[str]:
    """Texts one of which is in every plain message this step can change (see rules.normalize)."""
    return tables().needles


def rewrite(text: str, disguised: bool = False, *, disguises: bool = True) -> str:
    """`text` (a normalised form) with misspelt or described apps and shorthand in canonical words.

    `disguised`: the text had leetspeak, spacing or symbols undone, so near-miss app names count.
    `disguises`: also read app names with a symbol dropped in ("sn.ap") as the app
    (rules.normalize.plain_reading leaves them: they hide the name). Described apps are always
    named: people call an app "the ghost app" to hide it, but also just in passing.
    """
    t = tables()
    found = t.automaton.find_matches_as_indexes(text)
    if found:
        text = _replace_words(text, found, t, disguises)
    if disguised:
        text = _WORD.sub(_near_miss, text)
    return text


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _replace_words(text: str, found: list[tuple[int, int, int]], t: _Tables, disguises: bool = True) -> str:
    icon = False
    out: list[str] = []
    pos = 0
    for key, start, end in found:
        word = t.keys[key]
        if word in t.icons:
            icon = True
            continue
        if not _whole_word(text, start, end) or not disguises and word in t.split:
            continue
        out.append(text[pos:start])
        out.append(t.words[word])
        pos = end
    if out:
        text = "".join(out) + text[pos:]
    if icon:
        for pattern, app in t.descriptions:
            text = pattern.sub(app, text)
    return text


def _near_miss(match: re.Match[str]) -> str:
    """A word one letter away from a long app name ("telesgram", "whatsap", "snapchst"), as the app."""
    word = match.group(0)
    near = tables().near_misses
    app = near.get(word)  # one letter dropped, or the app itself
    if app is not None:
        return app
    for i in range(len(word)):  # one letter added or changed: dropping one of the word's gives a key
        app = near.get(word[:i] + word[i + 1:])
        if app is not None and (len(word) == len(app) + 1 or len(word) == len(app)):
            return app
    return word
