"""Text normaliser: undoes the tricks people use to slip past word filters.

Groomers write `s3nd p1c`, `s.n.a.p`, `𝐬𝐞𝐧𝐝`, Cyrillic look-alikes or zero-width spaces on purpose,
and children write `sooo` and `pleeease` by habit. Rules are written once against a plain form and
this module maps every such variant onto it. See rules/README.md for the exact steps.

It runs on every message the bot sees, so it is built for speed: plain ASCII text (most chat)
takes a fast path of `lower()` and a few cheap regex pre-checks; the expensive Unicode work only
runs when the text is not ASCII, and each optional step first checks whether it has anything to do.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from typing import Final, NamedTuple

from rules import emoji_cues, evasion

# Invisible characters used to split words without showing it.
_INVISIBLE: Final = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u206a\u206b\u206c\u206d"
    "\u206e\u206f\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a"
    "\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff\uffa0"
)
# Also deleted, to join letters split by them: bidi isolates (U+2066-2069), tag characters (U+E0000-E007F,
# invisible in chat), the variation selectors beyond the BMP (U+E0100-E01EF) and the control characters
# that are not white space (C0 and C1, DEL).
_INVISIBLE_MORE: Final = (
    "\u2066\u2067\u2068\u2069"
    + "".join(map(chr, range(0xE0000, 0xE0080)))
    + "".join(map(chr, range(0xE0100, 0xE01F0)))
)
CONTROLS: Final = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F, *range(0x80, 0x85),
                                    *range(0x86, 0xA0)]))

_QUOTES: Final = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'"}

# Emoji whose meaning in this context is a word a rule can match.
EMOJI_WORDS: Final[dict[str, str]] = {
    "\U0001f47b": "snapchat",  # ghost
    "\U0001f4f8": "photo",  # camera with flash
    "\U0001f4f7": "photo",  # camera
    "\U0001f4f9": "photo",  # video camera
    "\U0001f933": "selfie",  # selfie
    "\U0001f92b": "secret",  # shushing face
    "\U0001f910": "secret",  # zipper-mouth face
    "\U0001f381": "gift",  # wrapped gift
    "\U0001f4b5": "money",
    "\U0001f4b0": "money",
    "\U0001f4b8": "money",
    "\U0001f911": "money",
    "\U0001f4de": "phone",
    "\U0001f4f1": "phone",
}

# Cyrillic and Greek letters that look like Latin ones (after casefolding).
_CYR_TO_LAT: Final[dict[str, str]] = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y",
}  # fmt: skip
_LAT_TO_CYR: Final[dict[str, str]] = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "k": "к", "m": "м",
    "t": "т", "h": "н", "b": "в", "i": "і",
}  # fmt: skip
_CYR_TO_LAT_TABLE: Final = str.maketrans(_CYR_TO_LAT)
_LAT_TO_CYR_TABLE: Final = str.maketrans(_LAT_TO_CYR)

# Letter-like characters that compatibility forms (NFKC) leave alone, as the letter they stand for:
# small capitals ("ᴀᴅᴅ ᴍᴇ ᴏɴ ꜱɴᴀᴘ"), dotless and script forms, and the emoji letters: negative circled
# and squared (🅢🅝🅐🅟, 🆂🅽🅰🅿). Parenthesized letters (⒮⒩⒜⒫) are here too because NFKC would turn each
# into "(s)". Regional indicators (🇸 🇳 🇦 🇵) are letters only when alone: two side by side are a flag.
_SMALL_CAPS: Final = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ"
LETTER_LIKE: Final[dict[str, str]] = {
    **{c: chr(ord("a") + i) for i, c in enumerate(_SMALL_CAPS) if c != "x"},
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i",
    **{chr(0x249C + i): chr(ord("a") + i) for i in range(26)},  # parenthesized ⒜-⒵
    **{chr(0x1F150 + i): chr(ord("a") + i) for i in range(26)},  # negative circled 🅐-🅩
    **{chr(0x1F170 + i): chr(ord("a") + i) for i in range(26)},  # negative squared 🅰-🆉
}
_REGIONAL_INDICATORS: Final = "\U0001f1e6-\U0001f1ff"
_LETTER_LIKE_BMP: Final = re.compile("[" + "".join(sorted(c for c in LETTER_LIKE if ord(c) <= 0xFFFF)) + "]")
_LETTER_LIKE_ASTRAL: Final = re.compile(
    "[\U0001f150-\U0001f169\U0001f170-\U0001f189]"
    f"|(?<![{_REGIONAL_INDICATORS}])[{_REGIONAL_INDICATORS}](?![{_REGIONAL_INDICATORS}])")


def _letter_like(match: re.Match[str]) -> str:
    ch = match.group()
    return LETTER_LIKE.get(ch) or chr(ord("a") + ord(ch) - 0x1F1E6)  # else a lone regional indicator


def fold_letter_like(text: str) -> str:
    """`text` with the letter-like characters of LETTER_LIKE (and lone regional indicators) as letters.

    Each one is a different code point from the letter, so a word written in them matches nothing;
    they are decoration as often as disguise, and either way the word is the word. Run before NFKC.
    """
    if _LETTER_LIKE_BMP.search(text):
        text = _LETTER_LIKE_BMP.sub(_letter_like, text)
    if _ASTRAL.search(text) and _LETTER_LIKE_ASTRAL.search(text):
        text = _LETTER_LIKE_ASTRAL.sub(_letter_like, text)
    return text


_LEET: Final = str.maketrans({"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s",
                              "$": "s", "7": "t", "|": "l", "\u20ac": "e", "\u00a3": "l", "\u00a5": "y",
                              "\u00a2": "c"})  # fmt: skip

# A letter next to a substitute character: the cheap test for "maybe leetspeak".
# (The currency signs € £ ¥ ¢ are substitutes too, "s€nd"; they only occur in text that is not plain.)
_LEET_HINT: Final = re.compile(r"[^\W\d_][0-9@$!|\u20ac\u00a3\u00a5\u00a2]|[0-9@$!|\u20ac\u00a3\u00a5\u00a2][^\W\d_]")
_SUBSTITUTE: Final = re.compile(r"[0-9@$!|\u20ac\u00a3\u00a5\u00a2]")
# A run of word characters and substitutes: a candidate for undoing leetspeak when it holds a letter
# (_unleet_token). Finding the runs with a letter by regex, as `[\w@$!|]*[^\W\d_][\w@$!|]*`, would
# rescan a run without one from each of its characters: 100,000 digits took 90 s.
_LEET_TOKEN: Final = re.compile(r"[\w@$!|\u20ac\u00a3\u00a5\u00a2]+")
_LETTER: Final = re.compile(r"[^\W\d_]")
# Tokens that keep their digits: ages, real ordinals, times, sizes and a few game/device names ("13f",
# "7th", "22nd", "5pm", "13yo", "3d", "1v1", "ps5", "gta6"). Anything else mixing letters and digits is
# read as leetspeak ("53nd" is not an ordinal, "cut3", "fr33", "m3" are words).
_KEEP_DIGITS: Final = re.compile(
    r"\d+(?:[mfkhxsdp]|yo|yr|yrs|y|am|pm|min|mins|gb|mb|tb|fps|hz|ms|v\d+)?"
    r"|\d*(?:1st|2nd|3rd|[04-9]th|1[1-3]th)"
    r"|(?:ps|xb|mp|gta|cs|bo|fc|fifa|nba|ios|gen|win|iphone|s|r|a|b|f)\d{1,2}|3ds|2fa"
)
# Three or more single characters separated by spaces, dots, dashes, underscores or asterisks (a
# single may be followed by an underscore: "s_n_a_p").
_SPACED: Final = re.compile(
    r"(?<![\w@$!|'])[\w@$!|](?:[ .\-_*·]{1,3}[\w@$!|](?![^\W_]|[@$!|'])){2,}"
)
# Three or more single letters split by one symbol, the same each time, one to three of it, maybe with
# a space either side ("i🤍n🤍s🤍t🤍a", "s/n/a/p", "s ~ n ~ a ~ p"), or wrapped one by one in brackets
# ("(s)(n)(a)(p)"). Not the separators of _SPACED, leet substitutes, apostrophes or "?".
SYMBOL_SEPARATORS_ASCII: Final = "\"#%&()+,/:;<=>[\\]^{}~"
_SYMBOL_SPACED: Final = re.compile(
    r"(?<![\w@$!|'/])[^\W\d_]"
    r"(?P<sep> ?(?:(?P<sym>[^\w\s'@$!|.\-*·?`])(?P=sym){0,2}|\)\(|\]\[|\}\{) ?)"
    r"[^\W\d_](?!\w)(?:(?P=sep)[^\W\d_](?!\w))+"
)


def _join_symbols(match: re.Match[str]) -> str:
    return "".join(ch for ch in match.group() if ch.isalpha())


# Runs made only of chat's one-letter words ("r u a", "u r a") are real words, not a spelled-out one.
_ONE_LETTER_WORDS: Final = frozenset("aiury24")
_ONE_WORDS: Final = frozenset({"any", "some", "every", "no", "sum", "evry"})
_SPACED_SEP: Final = re.compile(r"[ .\-_*·]+")
# A run of three or more of one character, and which characters squeeze_repeats squeezes.
_RUN: Final = re.compile(r"(.)\1\1+")
_SQUEEZED_CHAR: Final = re.compile(r"[^\W\d]|[!?.]")
_WS: Final = re.compile(r"\s+")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
_MIXED_SCRIPT_WORD: Final = re.compile(r"\w+")

_COMBINING_CACHE: dict[str, str] = {}


class Normalized(NamedTuple):
    """The two forms rules can match besides the raw text (see rules/README.md)."""

    light: str
    full: str


def _class_ranges(codes: list[int]) -> str:
    """The inside of a regex character class holding exactly `codes` (sorted), as ranges."""
    ranges: list[list[int]] = []
    for c in codes:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


# Where combining marks and characters with a canonical decomposition live (a test checks that no
# code point outside these ranges is either, for the Unicode version of the running Python).
MARK_RANGES: Final = ((0, 0x30000), (0xE0000, 0xE1000))


@functools.cache
def _mark_table() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """What canonical decomposition followed by dropping combining marks does to each character.

    NFD decomposes each character on its own and then only reorders combining marks among
    themselves; as every mark is dropped, the result is the same as replacing each character by its
    decomposition without marks. Chat has a few such characters per message at most, so a regex
    substitution of just those is several times faster than NFD of the whole text plus a regex.
    Returns the table and two classes of the characters it changes: BMP only, and all (re turns a
    BMP class into a bitmap but checks one reaching beyond it range by range, about a hundred times
    slower). Built on first use (about 0.1 s).
    """
    table: dict[str, str] = {}
    combining, decomposition = unicodedata.combining, unicodedata.decomposition
    for lo, hi in MARK_RANGES:
        for code in range(lo, hi):
            ch = chr(code)
            if combining(ch):
                table[ch] = ""
            elif (d := decomposition(ch)) and d[0] != "<":  # "<...>": a compatibility one, not canonical
                table[ch] = "".join(c for c in unicodedata.normalize("NFD", ch) if not combining(c))
    codes = sorted(map(ord, table))
    bmp = [c for c in codes if c <= 0xFFFF]
    return table, re.compile("[" + _class_ranges(bmp) + "]"), re.compile("[" + _class_ranges(codes) + "]")


_ASTRAL: Final = re.compile("[\U00010000-\U0010ffff]")


@functools.cache
def _latin1_marks() -> bytes:
    """_mark_table for the Latin-1 range as a bytes.translate table (each such letter loses its
    accent and stays one character), which is how most accented chat (é, à, ç, ñ, ü) is stripped."""
    table = _mark_table()[0]
    out = bytearray(range(256))
    for code in range(256):
        stripped = table.get(chr(code))
        if stripped is not None:
            if len(stripped) != 1 or ord(stripped) > 0xFF:  # no such letter in Latin-1; checked anyway
                raise ValueError(f"U+{code:04X} does not strip to one Latin-1 character")
            out[code] = ord(stripped)
    return bytes(out)


_BEYOND_LATIN1: Final = re.compile(r"[^\x00-\xff]")


def _strip_marks(text: str) -> str:
    """Drop combining marks (accents, noise marks stacked on letters) after canonical decomposition."""
    if _BEYOND_LATIN1.search(text) is None:  # one translate, all in C
        return text.encode("latin-1").translate(_latin1_marks()).decode("latin-1")
    table, bmp_changes, all_changes = _mark_table()
    changes = all_changes if _ASTRAL.search(text) else bmp_changes
    if changes.search(text) is None:
        return text
    return changes.sub(lambda m: table[m.group()], text)


def _fix_word_script(match: re.Match[str]) -> str:
    """Map look-alike letters in a mixed Latin/Cyrillic/Greek word onto its majority script."""
    word = match.group(0)
    latin = cyr = other = 0
    for ch in word:
        if "a" <= ch <= "z":
            latin += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyr += 1
        elif "\u0370" <= ch <= "\u03ff":
            other += 1
    if latin and (cyr or other):
        # A word can only be Latin if all its Cyrillic/Greek letters have Latin look-alikes, and only
        # Cyrillic if all its Latin letters have Cyrillic ones ("аrе" with a Latin r is Latin).
        can_latin = all(ch in _CYR_TO_LAT for ch in word if not ("a" <= ch <= "z") and ch.isalpha())
        can_cyr = cyr and all(ch in _LAT_TO_CYR for ch in word if "a" <= ch <= "z")
        if can_latin and (not can_cyr or latin >= cyr + other):
            return word.translate(_CYR_TO_LAT_TABLE)
        if can_cyr:
            return word.translate(_LAT_TO_CYR_TABLE)
    elif cyr and other:
        return word.translate(_CYR_TO_LAT_TABLE).translate(_LAT_TO_CYR_TABLE)
    return word


def _compatible_letters(text: str) -> str:
    """Lone surrogates (from broken clients or exports) replaced, letter-like forms and NFKC folded:
    the first step of both the light form and plain_reading, which must agree on it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return unicodedata.normalize("NFKC", fold_letter_like(text))


def _unicode_light(text: str) -> str:
    text = _compatible_letters(text)
    text = text.casefold()
    # Each step below first checks (with one C-speed scan) whether it has anything to do.
    if _DELETE_OR_QUOTE.search(text):
        text = _replace_each(_DELETE_OR_QUOTE, _DELETE_AND_QUOTES, text)
    if not text.isascii():
        text = _strip_marks(text)
        # Script fixes only concern words mixing Latin with Cyrillic or Greek, or Cyrillic with Greek;
        # emoji-only text and all-Cyrillic text (plain Russian chat) skip them.
        if _CYRILLIC_LETTER.search(text) and (_LATIN_LETTER.search(text) or _GREEK_LETTER.search(text)):
            text = _MIXED_SCRIPT_WORD.sub(_fix_word_script, text)
            if _CYRILLIC_LETTER.search(text) and len(_LATIN_LETTER.findall(text)) > len(
                    _CYRILLIC_LETTER.findall(text)):
                # A mostly-Latin message: a word made only of Cyrillic look-alikes ("ріс") is a disguise.
                text = _LOOKALIKE_WORD.sub(lambda m: m.group(0).translate(_CYR_TO_LAT_TABLE), text)
    return text


_LATIN_LETTER: Final = re.compile(r"[a-z]")
_CYRILLIC_LETTER: Final = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_GREEK_LETTER: Final = re.compile(r"[\u0370-\u03ff]")
_LOOKALIKE_WORD: Final = re.compile(
    r"(?<!\w)[" + "".join(sorted(_CYR_TO_LAT)) + r"]+(?!\w)"
)


_DELETE_AND_QUOTES: Final[dict[str, str]] = {**dict.fromkeys(_INVISIBLE + _INVISIBLE_MORE + CONTROLS, ""), **_QUOTES}
_EMOJI_TABLE: Final = str.maketrans({k: f" {v} " for k, v in EMOJI_WORDS.items()})
# Pre-checks: a character-class search is much cheaper than a translate over non-ASCII text.
_DELETE_OR_QUOTE: Final = re.compile(
    "[" + re.escape(_INVISIBLE + "".join(_QUOTES)) + "\u2066-\u2069\U000e0000-\U000e007f\U000e0100-\U000e01ef"
    + "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_EMOJI_CHAR: Final = re.compile("[" + "".join(EMOJI_WORDS) + "]")
# Three identical characters in a row: necessary for a _RUN, and cheaper to look for.
_TRIPLE: Final = re.compile(r"(.)\1\1")

# For the ASCII fast path, each character is mapped to its class: letter "a", digit or leet symbol
# "0", separator " " (of _SPACED), underscore "_" (both a word character and a separator), other "#".
# Substring tests on the class string then tell, exactly or conservatively, whether a regex step
# of full_from_light can change anything, so the common message runs none of them. (bytes.translate
# is the fastest way to build it; `in` is faster on str than on bytes, hence the decode.)
_CLASS_TABLE: Final = bytes(
    ord("a") if chr(b).isalpha() else ord("0") if chr(b).isdigit() or chr(b) in "@$!|"
    else ord(" ") if chr(b) in " .-*" else ord("_") if b == ord("_") else ord("#")
    for b in range(128)
) + b"#" * 128


_EMOJI_BLOCK: Final = (0x1F000, 0x1FAFF)  # where the inert symbols beyond the BMP are (_inert_symbols)
_INERT_CATEGORIES: Final = frozenset({"So", "Sm", "Sk", "Po", "Pd", "Ps", "Pe", "Pi", "Pf"})


@functools.cache
def _inert_symbols() -> frozenset[str]:
    """The characters besides ASCII that plain text may hold: symbols no normaliser step touches.

    An inert symbol (most emoji, arrows, ¿ « – …) is one that no step of the normaliser changes or
    reads: compatibility and canonical forms, case, marks, invisibles, quotes, emoji words, scripts,
    white space, word characters and the separators of spaced-out words all leave it alone. Text
    made of ASCII and such symbols therefore normalises exactly like ASCII text, which is what lets
    emoji-sprinkled chat take the fast path. Built on first use (about 15 ms).
    """
    special = set(EMOJI_WORDS) | set(_INVISIBLE) | set(_INVISIBLE_MORE) | set(CONTROLS) | set(_QUOTES) | {"·"}
    special |= emoji_cues.cue_emoji()  # the emoji rules anchor on (rules/emoji_cues.py)
    special |= set(LETTER_LIKE) | {chr(c) for c in range(0x1F1E6, 0x1F200)}  # letters in disguise
    word_or_space = re.compile(r"[\w\s]")
    return frozenset(
        ch for lo, hi in ((0x80, 0x2FFF), _EMOJI_BLOCK) for ch in map(chr, range(lo, hi + 1))
        if unicodedata.category(ch) in _INERT_CATEGORIES and ch not in special and not word_or_space.match(ch)
        and unicodedata.normalize("NFKC", ch) == ch and unicodedata.normalize("NFD", ch) == ch
        and ch.casefold() == ch and ch.lower() == ch and not unicodedata.combining(ch) and ch.isprintable()
        and not "\u0370" <= ch <= "\u04ff"
    )


@functools.cache
def _not_plain_chars() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two searches that together find any character that is neither ASCII nor an inert symbol.

    `re` turns the BMP part of a class into a bitmap but checks ranges beyond it one by one, for
    every character of the text. So the first class holds ASCII, the inert BMP symbols and the
    whole emoji block as a single range; the second finds the few characters of that block that
    are not inert (emoji with a meaning, unassigned code points) by matching the block's one range
    and only then testing the character with a lookbehind. (One regex with both as alternatives
    costs twice as much: the alternation is tried at every position.)
    """
    inert = _inert_symbols()
    bmp = sorted(ord(c) for c in inert if ord(c) <= 0xFFFF)
    lo, hi = _EMOJI_BLOCK
    odd = [c for c in range(lo, hi + 1) if chr(c) not in inert]
    block = f"\\U{lo:08x}-\\U{hi:08x}"
    return (re.compile(f"[^\\x00-\\x7f{_class_ranges(bmp)}{block}]"),
            re.compile(f"[{block}](?<=[{_class_ranges(odd)}])"))


def is_plain(text: str) -> bool:
    """Whether `text` is ASCII, or ASCII plus inert symbols (see _inert_symbols): the fast-path test."""
    if text.isascii():
        return True
    other, odd_emoji = _not_plain_chars()
    return other.search(text) is None and odd_emoji.search(text) is None


# The invisibles and quotes that compatibility forms and casefolding leave as they are (nearly all).
_STABLE_DELETE_OR_QUOTE: Final[dict[str, str]] = {
    c: r or "" for c, r in {**dict.fromkeys(_INVISIBLE + _INVISIBLE_MORE + CONTROLS), **_QUOTES}.items()
    if unicodedata.normalize("NFKC", c) == c and c.casefold() == c
}
_STABLE_DELETE_OR_QUOTE_CHAR: Final = re.compile("[" + re.escape("".join(_STABLE_DELETE_OR_QUOTE)) + "]")


def _replace_each(pattern: re.Pattern[str], table: dict[str, str], text: str) -> str:
    """`text` with every character `pattern` finds replaced by table[char].

    A regex substitution of the few characters concerned: str.translate with a dict looks up every
    character of a non-ASCII text one by one, several times slower on chat-length text.
    """
    return pattern.sub(lambda m: table[m.group()], text)


def light(text: str) -> str:
    """The `light` form: compatibility forms, case, marks, invisibles, homoglyphs, quotes, spaces."""
    return _light_and_plain(text)[0]


def _light_and_plain(text: str) -> tuple[str, bool]:
    """The light form, and whether it is plain text (is_plain), known without a second look."""
    plain = text.isascii() or is_plain(text)
    if not plain and _DELETE_OR_QUOTE.search(text):
        # Text that is plain but for zero-width characters, emoji variation selectors or curly quotes
        # (common: "❤️" carries one) normalises exactly like the plain text with those removed: none
        # of them changes under NFKC or casefolding, or can compose with a plain neighbour.
        trimmed = _replace_each(_STABLE_DELETE_OR_QUOTE_CHAR, _STABLE_DELETE_OR_QUOTE, text)
        if is_plain(trimmed):
            text, plain = trimmed, True
    if plain:
        text = text.lower()
        if "`" in text:
            text = text.replace("`", "'")
        # Only ASCII white space other than " " is unprintable (inert symbols are printable), so this
        # finds every run to collapse.
        if not text.isprintable() and _CONTROL.search(text):  # control characters splitting letters
            text = _CONTROL.sub("", text)
        if "  " in text or text[:1] == " " or text[-1:] == " " or not text.isprintable():
            text = " ".join(text.split())
        return text, True  # lower-casing plain text leaves it plain
    # str.split() and re's \s agree on what white space is, so this equals _WS.sub(" ", ...).strip().
    lt = " ".join(_unicode_light(text).split())
    return lt, lt.isascii() or is_plain(lt)  # "Café" is not plain, its light form "cafe" is


def _join_spaced(match: re.Match[str]) -> str:
    run = match.group(0)
    joined = _SPACED_SEP.sub("", run)
    if set(joined) <= _ONE_LETTER_WORDS and not set(run) - _ONE_LETTER_WORDS - {" "}:
        return run  # "r u a", separated by spaces only; "k.i.k" with dots is spelled out on purpose
    if " " in run:
        gaps = _SPACED_SEP.findall(run)
        if not all(" " in gap for gap in gaps):
            # Letters joined by dots or dashes and words by spaces ("w.h.a.t a.r.e y.o.u", "e.g. a b"):
            # the gaps with a space are where the words end, so they stay ("what are you").
            singles = _SPACED_SEP.split(run)
            return "".join(c + (" " if " " in gap else "") for c, gap in zip(singles, [*gaps, ""], strict=True))
    return joined

# Single characters split by single spaces, the words by wider gaps ("t e s  d a n s  t o n  l i t"):
# found on the raw text, before the light form collapses every gap to one space (see forms()).
_WIDE_SPACED: Final = re.compile(r"(?<![\w@$!|'])[\w@$!|](?: {1,4}[\w@$!|](?![\w@$!|']))+")
_WIDE_GAP: Final = re.compile(r" {2,}")


def _mark_words(match: re.Match[str]) -> str:
    """A run of _WIDE_SPACED with both single and wider gaps: letters joined, words kept apart."""
    run = match.group(0)
    if "  " not in run or " " not in _WIDE_GAP.sub("", run):
        return run
    return " ".join(word.replace(" ", "") for word in _WIDE_GAP.split(run))


def _wide_spaced_words(text: str) -> str | None:
    """`text` with its words spelled out letter by letter and split by wider gaps joined, or None."""
    if "  " not in text:
        return None
    marked = _WIDE_SPACED.sub(_mark_words, text)
    return marked if marked != text else None


def _unleet_token(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.isalpha() or _LETTER.search(token) is None:  # all letters, or none: nothing to undo
        return token
    return _unleet_token_text(token)


def _unleet_token_text(token: str) -> str:
    if token.isalpha() or _KEEP_DIGITS.fullmatch(token):
        return token
    if token[-1:] == "1" and token[:-1] in _ONE_WORDS:
        return token[:-1] + "one"  # "any1", "some1", "no1"
    # A trailing "!" is punctuation, not an "i".
    stripped = token.rstrip("!")
    tail = token[len(stripped):]
    token = stripped
    mapped = token.translate(_LEET)
    if not token.isascii() and _CYRILLIC_LETTER.search(token) and not _LATIN_LETTER.search(token):
        mapped = mapped.translate(_LAT_TO_CYR_TABLE)  # "ф0тку", "сн@п": the substitutes stand for Cyrillic
    return (mapped if mapped.isalpha() else token) + tail


def full_from_light(lt: str) -> str:
    """The `normalized` form, built from the light form."""
    if lt.isascii() or is_plain(lt):
        return squeeze_repeats(_full_plain(lt)[0])
    return _full_other(lt)


def _full_plain(text: str, defer: bool = False) -> tuple[str, bool]:
    """full_from_light for plain text, and whether the text may hold a digit (False: surely none).

    `defer`: leave the word-level rewrite (rules.evasion) to the caller when the character steps
    changed nothing; the caller promises to run late_steps when the text holds a LATE_STEP_TRIGGERS.
    """
    start = text
    # Inert symbols become several "#" bytes in UTF-8, which no class test below can match.
    cls = text.encode().translate(_CLASS_TABLE).decode()
    digits = "0" in cls  # a digit or leet symbol; most chat has neither, which rules out two tests
    # A _SYMBOL_SPACED match has a middle letter between two symbols ("#": other ASCII, or any byte of
    # a character beyond ASCII), maybe spaced from them.
    if ("#a#" in cls or "# a #" in cls) and _SYMBOL_SPACED.search(text):
        text = _SYMBOL_SPACED.sub(_join_symbols, text)
        cls = text.encode().translate(_CLASS_TABLE).decode()
    # A _SPACED match has a single word character with a separator on each side somewhere.
    if " a " in cls or "_" in cls or (digits and " 0 " in cls):
        joined = _SPACED.sub(_join_spaced, text)
        if joined != text:
            text = joined
            cls = text.encode().translate(_CLASS_TABLE).decode()
    # Exactly _LEET_HINT on ASCII text: a letter next to a digit or leet symbol.
    disguised = text is not start
    if digits and ("a0" in cls or "0a" in cls):
        unleet = _LEET_TOKEN.sub(_unleet_token, text)
        disguised = disguised or unleet != text
        text = unleet
    text = _trim(text)
    if disguised or not defer:
        text = evasion.rewrite(text, disguised)
    return text, digits


def _full_other(text: str) -> str:
    """full_from_light for text that is not plain: every step checks whether it has work to do."""
    # The emoji are all beyond the BMP, which a one-range class finds far faster than theirs.
    if _ASTRAL.search(text) and _EMOJI_CHAR.search(text):
        text = text.translate(_EMOJI_TABLE)
    start = text
    if _SYMBOL_SPACED.search(text):
        text = _SYMBOL_SPACED.sub(_join_symbols, text)
    if _SPACED.search(text):
        text = _SPACED.sub(_join_spaced, text)
    # Leetspeak needs a digit or substitute symbol; a plain class finds one far faster than _LEET_HINT.
    if _SUBSTITUTE.search(text) and _LEET_HINT.search(text):
        text = _LEET_TOKEN.sub(_unleet_token, text)
    return squeeze_repeats(evasion.rewrite(_trim(text), text != start))


def _trim(text: str) -> str:
    """Spaces the earlier steps left (emoji words, joined runs) collapsed and trimmed."""
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = _WS.sub(" ", text).strip()
    return text


# What squeeze_repeats can change in plain text: three of the same ASCII letter, "_", "!", "?" or ".".
SQUEEZABLE_PLAIN_RUNS: Final = tuple(
    c * 3 for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_!?."
)


def squeeze_repeats(text: str) -> str:
    """Step 8: runs of three or more of one letter (or ! ? .) become one letter.

    The last step of the normalised form; it touches neither spaces nor the other steps' results, so
    a caller that can look for SQUEEZABLE_PLAIN_RUNS more cheaply may run it last (rules.engine does).
    """
    if _TRIPLE.search(text):
        # Every run is found and only letters' and "!?." runs are shortened: a regex of just those
        # runs, with its backreference tried at every position, is several times slower.
        text = _RUN.sub(_squeeze_run, text)
    return text


def _squeeze_run(match: re.Match[str]) -> str:
    return match.group(1) if _SQUEEZED_CHAR.match(match.group(1)) else match.group(0)


def forms(text: str, *, squeeze: bool = True) -> tuple[str, str, bool, bool]:
    """What the engine needs of one message, in one call: (light, full, plain, digits).

    `plain`: both forms are plain text (is_plain). `digits`: the light form may contain an ASCII or
    other decimal digit; False means it surely has none, so declared-age patterns need not run.
    Sharing what each step already learnt (plainness, the character classes) saves the engine from
    asking again. With `squeeze=False`, plain text skips the last step (squeeze_repeats), and the
    word-level rewrite when nothing else changed it: the caller promises to run late_steps when the
    text holds one of LATE_STEP_TRIGGERS, which the engine finds in the automaton pass it makes anyway.
    """
    lt, plain = _light_and_plain(text)
    if "  " in text and (words := _wide_spaced_words(text)) is not None:
        # "t e s  d a n s": the light form has lost which gaps were wider, so the normalised form is
        # built from the light form of the text with those words joined.
        joined_lt, joined_plain = _light_and_plain(words)
        full = squeeze_repeats(_full_plain(joined_lt)[0]) if joined_plain else _full_other(joined_lt)
        return lt, full, plain, True
    if plain:
        full, digits = _full_plain(lt, defer=not squeeze)
        return lt, squeeze_repeats(full) if squeeze else full, True, digits
    return lt, _full_other(lt), False, True


# What forms(..., squeeze=False) may leave undone in plain text, and the texts that say it must be
# done: a squeezable run, or a word rules.evasion rewrites (it is only ever left undone when the
# character steps changed nothing, so the rewrite needs no `disguised`).
LATE_STEP_TRIGGERS: Final = (*SQUEEZABLE_PLAIN_RUNS, *sorted(evasion.batch_needles()))


def late_steps(full: str) -> str:
    """The steps forms(..., squeeze=False) left undone in a plain text: rewrite, then squeeze."""
    return squeeze_repeats(evasion.rewrite(full))


# Combining marks, for plain_reading: one on a letter is an accent, two or more stacked are noise.
_MARKS: Final = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LONE_MARK: Final = re.compile(f"(?<=[^{_MARKS}])[{_MARKS}](?![{_MARKS}])")
_ANY_QUOTE: Final = re.compile("[" + "".join(_QUOTES) + "]")


def plain_reading(text: str) -> str:
    """`text` as a keyword filter reads it when it folds only what is not a disguise.

    Case, accents (one mark on a letter), compatibility and styled letters (𝐟𝐨𝐭𝐨, ｆｏｔｏ, ᴘʜᴏᴛᴏ),
    curly quotes, white space, emoji stand-ins, misspelt or described apps, shorthand and repeated
    letters are folded as the normalised form folds them; invisible characters, separators between
    letters, leetspeak, look-alike letters from another script, stacked marks and app names with a
    symbol dropped in ("sn.ap") stay. A word the normalised form has and this reading lacks was
    disguised (rules.hidden_terms).
    """
    if not text.isascii():
        text = _compatible_letters(text)
        if _ASTRAL.search(text) and _EMOJI_CHAR.search(text):
            text = text.translate(_EMOJI_TABLE)
        text = _LONE_MARK.sub("", unicodedata.normalize("NFD", text))
    if "`" in text or not text.isascii():
        text = _ANY_QUOTE.sub("'", text)
    text = " ".join(text.casefold().split())
    return squeeze_repeats(evasion.rewrite(text, disguises=False))


def normalize(text: str) -> Normalized:
    """Both normalised forms of `text`; never raises on odd input (surrogates, binary junk)."""
    lt, full, _plain, _digits = forms(text)
    return Normalized(lt, full)


# ----- many messages at once --------------------------------------------------------------------
# Python spends more time calling and returning than working on a short message. For a batch (an
# export being scanned, a burst of chat), the C-speed string methods can instead run once over all
# messages joined by a separator no message contains, and Python only looks at the few messages
# where a step of the normaliser could change something.

BATCH_SEP: Final = "\x00"

# Substrings of a lowered plain message that say what its forms need beyond lower() (batch_forms):
#   "other": white space to collapse, a control character or "`" — let forms() do the message;
#   "spaced": maybe spaced-out letters (_full_plain's first step), "leet": maybe leetspeak (its
#   second step) — ask plain_steps_change; "digit": an ASCII digit, so maybe a declared age.
_SEPARATORS = " .-*"
_SUBSTITUTES = "0123456789@$!|"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _spaced_needles() -> set[str]:
    """Short texts, one of which is in every lowered plain text whose spaced-out runs change.

    _SPACED matches three or more single characters with separators between them, and each single
    has a character that is not a word character on either side (a separator inside the run).
    _join_spaced leaves a run as it is when every single is a one-letter chat word ("r u a") and
    every separator a space. So a run that changes has a single that is not such a word, next to a
    separator on one side, or a separator that is not a space, next to a single (or, in a gap of
    three, between two spaces: " . "). Needles spelled out that way fire on about one message in
    a hundred, where "a single between two separators" fired on one in ten ("i have a cat").
    Underscores are both, and flag any message holding one.
    """
    singles = _LETTERS + _SUBSTITUTES
    nonword = [chr(b) for b in range(32, 127) if not (chr(b).isalnum() or chr(b) in "_@$!|'")] + [BATCH_SEP]
    needles = {"_", " . ", " - ", " * "}
    for c in singles:
        for left in nonword:
            for right in nonword:
                if c not in _ONE_LETTER_WORDS and (left in _SEPARATORS or right in _SEPARATORS):
                    needles.add(left + c + right)
            for sep in ".-*":
                needles.add(left + c + sep)
                needles.add(sep + c + left)
    return needles


def _symbol_needles() -> set[str]:
    """Short texts, one of which is in every lowered plain text that _SYMBOL_SPACED changes.

    Its second letter sits between the separator's last and first characters: one symbol on both
    sides ("/n/"; a character beyond ASCII is "?" in the batch's bytes), maybe a space inside each
    (" ~ n ~ "), or brackets ("(n)").
    """
    needles: set[str] = set()
    for c in _LETTERS:
        for x in SYMBOL_SEPARATORS_ASCII + "?":
            needles.update((x + c + x, f"{x} {c} {x}"))
        for left, right in ("()", "[]", "{}"):
            needles.update((left + c + right, f"{left} {c} {right}"))
    return needles


BATCH_NEEDLES: Final[dict[str, str]] = {
    **dict.fromkeys(sorted(_symbol_needles()), "other"),  # letters split by symbols: forms() does them
    **dict.fromkeys(sorted(_spaced_needles()), "spaced"),
    **{a + b: "leet" for a in _LETTERS for b in _SUBSTITUTES},
    **{b + a: "leet" for a in _LETTERS for b in _SUBSTITUTES},
    **dict.fromkeys("0123456789", "digit"),
    **dict.fromkeys(["  ", BATCH_SEP + " ", " " + BATCH_SEP, "`", *map(chr, range(1, 32)), "\x7f"], "other"),
    **dict.fromkeys(sorted(evasion.batch_needles()), "other"),  # words rules.evasion rewrites
}


class PlainBatch(NamedTuple):
    """Many messages lowered and joined, ready for one automaton pass (see batch_forms)."""

    joined: str  # the lowered messages, joined by BATCH_SEP
    # `joined` as ASCII (anything else as "?", one byte per character) between two BATCH_SEPs, so
    # that every message has a neighbour on each side: position p here is p - 1 in `joined`.
    ascii: bytes
    lows: list[str]  # each message lowered
    ends: list[int]  # ends[i]: where message i ends in `joined` (the separator after it, or len(joined))
    others: set[int]  # messages that are not plain: use forms()


def batch_forms(texts: list[str], raw_joined: str | None = None) -> PlainBatch:
    """Lower many messages at once and say which ones the batch shortcut cannot vouch for.

    Python spends more time calling and returning than working on a short message, so for a batch
    (an export being scanned, a backlog) the C-speed string methods run once over all the messages
    joined by BATCH_SEP, which the caller guarantees no text contains. The caller then finds
    BATCH_NEEDLES in `ascii` (rules.engine does it in the automaton pass it makes anyway). For a
    message i not in `others` and holding no "other" needle, forms(texts[i], squeeze=False) is
    (lows[i], full, True, digits) where full is lows[i] unless plain_steps_change(lows[i], ...)
    with whether it holds a "spaced" and a "leet" needle, and an ASCII digit can only be present if
    it holds a "digit" needle. Anything else is left to forms(), one message at a time.
    `raw_joined`: BATCH_SEP.join(texts), when the caller has it already.
    """
    raw = BATCH_SEP.join(texts) if raw_joined is None else raw_joined
    joined = raw.lower()
    lows = joined.split(BATCH_SEP)
    ends = _message_ends(lows)
    others = set() if raw.isascii() else _not_plain_messages(texts, raw)
    padded = (BATCH_SEP + joined + BATCH_SEP).encode("ascii", "replace")
    return PlainBatch(joined, padded, lows, ends, others)


def _message_ends(parts: list[str]) -> list[int]:
    """Where each part ends in BATCH_SEP.join(parts): the separator after it, or the total length."""
    return list(map(operator.add, itertools.accumulate(map(len, parts)), itertools.count()))


def _not_plain_messages(texts: list[str], raw: str) -> set[int]:
    """Which of `texts` (joined as `raw`) are not plain (is_plain), from two searches over `raw`.

    The searches stop only at characters that are not plain; after one, they jump to the next
    message, so only messages that are not plain cost a step in Python.
    """
    ends = _message_ends(texts)
    found: set[int] = set()
    for pattern in _not_plain_chars():
        search = pattern.search
        match = search(raw)
        while match is not None:
            i = bisect.bisect_right(ends, match.start())
            found.add(i)
            match = search(raw, ends[i] + 1)
    return found


# In the class string of _leet_changes: a run of letters, digits, substitutes and "_" (a token of
# _LEET_TOKEN) with a letter next to a substitute. The lookbehind starts it only at a run's start, so
# each run is read once whatever it holds.
_CLASS_LEET_RUN: Final = re.compile(r"(?<![a0_])[a0_]*?(?:a0|0a)[a0_]*")


def _leet_changes(low: str) -> bool:
    """Whether the leetspeak step changes a lowered plain text (the tokens _LEET_TOKEN finds).

    Only a token with a letter next to a substitute can change (elsewhere in plain text an
    underscore keeps letters and substitutes apart, and a token with one never becomes all letters),
    so those tokens are found in the character classes (_CLASS_TABLE: "a" letter, "0" digit or
    substitute, "_") and only they are asked; a regex over the text's own tokens costs many times more.
    """
    cls = low.encode("ascii", "replace").translate(_CLASS_TABLE).decode("ascii")
    for run in _CLASS_LEET_RUN.finditer(cls):
        token = low[run.start():run.end()]
        if _unleet_token_text(token) != token:
            return True
    return False


def plain_steps_change(low: str, spaced: bool, leet: bool) -> bool:
    """Whether _full_plain changes a lowered plain message; `spaced`/`leet`: its steps may."""
    if spaced and _SPACED.search(low) is not None and _SPACED.sub(_join_spaced, low) != low:
        return True
    return leet and _leet_changes(low)
