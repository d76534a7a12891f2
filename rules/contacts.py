"""Contact details in any shape: a stranger handing a child a number or a handle moves the chat.

A phone number can be written in digits, with letters for digits ("555-o1-47") or in number words
in any pack language ("cinq cinq cinq, zéro un"); a handle follows an app's name or an add/follow
request ("my tg is @moon.lake_31", "r_a_y_r_a_y dot 09"). A regular expression finds the cue and the
text after it (rules/data/contacts.toml, loaded like a pack, examples and all); the checks here read
that text, so that homework pages, scores, dates and prices are not numbers someone hands over.

The checks read a bounded span (the pattern's match, at most about a hundred characters) word by
word: linear, and only for messages where the engine's prefilter found a cue.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Final

import regex

from rules.packs_loader import Pack, load_pack

DATA: Final = Path(__file__).parent / "data" / "contacts.toml"
MIN_PHONE_DIGITS: Final = 7

# Number words after the normaliser (lower case, accents stripped) -> how many digits each stands for.
_UNITS = """zero oh o one two three four five six seven eight nine
cero uno una dos tres cuatro cinco seis siete ocho nueve
um uma dois duas quatro sete oito nove
un une deux trois quatre cinq six sept huit neuf
null eins zwei drei vier funf fuenf sechs sieben acht neun
ноль нуль один одна два три четыре пять шесть семь восемь девять
due tre quattro cinque sei sette otto
nul een twee drie vier vijf zes zeven acht negen
jeden jedna dwa trzy cztery piec szesc siedem osiem dziewiec"""
_TENS = """ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety diez once doce trece catorce quince veinte treinta cuarenta cincuenta sesenta
setenta ochenta noventa dez onze doze treze catorze quinze vinte trinta quarenta cinquenta sessenta oitenta
dix douze treize quatorze seize vingt trente quarante cinquante soixante zehn elf zwolf zwanzig dreissig
vierzig funfzig sechzig siebzig achtzig neunzig десять двадцать тридцать сорок пятьдесят шестьдесят семьдесят
восемьдесят девяносто dieci venti trenta quaranta cinquanta sessanta settanta ottanta novanta tien twintig
dertig veertig vijftig zestig zeventig tachtig negentig dziesiec dwadziescia trzydziesci czterdziesci
piecdziesiat"""
DIGIT_WORDS: Final[dict[str, int]] = {**dict.fromkeys(_TENS.split(), 2), **dict.fromkeys(_UNITS.split(), 1)}
# Words that may sit inside a spelled-out number ("cuarenta y dos", "dreiundsiebzig" is one word).
_JOINERS: Final = frozenset({"and", "y", "e", "et", "und", "и", "en", "i"})
_TOKEN: Final = re.compile(r"\d+|[^\W\d_]+")
_DATE_OR_TIME: Final = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\d[.,]\d{2}\b")
_LETTER_DIGITS: Final = re.compile(r"[0-9oil]+")  # "o1", "5o5": letters standing for 0 and 1


def _digits_of(token: str) -> int:
    """How many digits a word stands for in a spelled-out number; 0 if it is not part of one."""
    if token.isdigit():
        return len(token)
    if token in DIGIT_WORDS:
        return DIGIT_WORDS[token]
    if "und" in token and any(token.endswith(t) for t, n in DIGIT_WORDS.items() if n == 2):
        return 2  # German compounds: "dreiundsiebzig"
    if len(token) <= 4 and _LETTER_DIGITS.fullmatch(token) and any(c.isdigit() for c in token):
        return len(token)
    return 0


def phone_digits(text: str) -> int:
    """The digits of the longest run of numbers (digits, letter-digits, number words) in `text`."""
    best = run = 0
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        n = _digits_of(token)
        if n == 0 and run and token in ("o", "l", "i", "oi", "io", "oo"):
            n = len(token)  # "five o one": an o between numbers is a zero
        if n:
            run += n
            best = max(best, run)
        elif token not in _JOINERS:
            run = 0
    return best


def _is_phone(m: regex.Match[str], _forms: tuple[str, str, str]) -> bool:
    tail = m.group(0)
    if _DATE_OR_TIME.search(tail):
        return False
    return phone_digits(tail) >= MIN_PHONE_DIGITS


_HANDLE: Final = regex.compile(
    r"@[a-z][\w.]{2,}|(?<![\w.])[a-z][a-z0-9]*(?:[._][a-z0-9]+)+(?![\w])|(?<![\w.])[a-z]{3,}\d{2,}(?!\w)"
    r"|(?<!\w)\w{3,} dot \w+")
_NOT_HANDLES: Final = frozenset({"e.g", "i.e", "etc", "a.m", "p.m", "u.s", "u.k"})


# Game accounts are how friends play together; the pipeline weighs those by who is talking.
_GAMES: Final = regex.compile(r"\b(?:roblox|minecraft|fortnite|steam|xbox|psn|playstation|epic|brawl|clash|valorant"
                              r"|genshin|among us|nintendo|switch|lobby|server|clan)\b")


def _has_handle(m: regex.Match[str], _forms: tuple[str, str, str]) -> bool:
    """A user name in the text after the cue: @name, name.name, name_name, name42, "name dot name"."""
    tail = m.string[m.start():m.end() + 40]  # the pattern stops where a handle starts
    if _GAMES.search(tail):
        return False
    return any(h.group(0) not in _NOT_HANDLES for h in _HANDLE.finditer(tail))


CHECKS: Final[dict[str, Callable[[regex.Match[str], tuple[str, str, str]], bool]]] = {
    "contact.phone_number": _is_phone,
    "contact.app_handle": _has_handle,
    "contact.email": lambda m, forms: True,
    "contact.in_profile": lambda m, forms: True,
}


@functools.cache
def contact_pack() -> Pack:
    """The contact-detail rules as a pack, each with its check attached (rules.engine runs both)."""
    pack = load_pack(DATA)
    for rule in pack.rules:
        rule.check = CHECKS[rule.id]
    return pack
