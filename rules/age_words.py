"""Ages written as words ("im thirteen", "tengo doce años", "мне тринадцать"), read as digits.

Why: the declared-age patterns of the packs are written for digits, and they run only on lines with
a digit (most chat has none). Rather than doubling every pattern with a lexicon of number words,
a line holding one of the words below has them replaced by digits and is read by the same
patterns, so "i am fourteen years old" reads as "i am 14 years old" would, and a number word that
is not the writer's age ("my brother is twelve") is left alone by the same look-alike checks.

Only eleven to nineteen: the years where a child's age matters most, and words long enough not to
turn up inside ordinary words. "ten", "elf" (German, Dutch), "once" (Spanish) and "onze" (Portuguese,
French) are left out: they are common words elsewhere ("once upon a time", Dutch "onze" for "our"),
and "onze en die van jullie" would read as "11 en ...".
"""

from __future__ import annotations

from typing import Final

import regex

# Light forms (rules.normalize: lower case, accents stripped, "ł" kept, "й" read as "и") and the
# written forms, so that the age dialogue can use the raw line too.
AGE_WORDS: Final[dict[str, int]] = {
    # English
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
    # Spanish
    "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "dieciséis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    # Portuguese
    "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15,
    "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
    "dezenove": 19, "dezanove": 19,
    # German
    "zwolf": 12, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "funfzehn": 15, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    # French ("quinze" as in Portuguese)
    "douze": 12, "treize": 13, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
    # Russian
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    # Italian
    "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
    "diciassette": 17, "diciotto": 18, "diciannove": 19,
    # Dutch
    "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
    "achttien": 18, "negentien": 19,
    # Polish
    "jedenascie": 11, "jedenaście": 11, "dwanascie": 12, "dwanaście": 12, "trzynascie": 13,
    "trzynaście": 13, "czternascie": 14, "czternaście": 14, "pietnascie": 15, "piętnaście": 15,
    "szesnascie": 16, "szesnaście": 16, "siedemnascie": 17, "siedemnaście": 17,
    "osiemnascie": 18, "osiemnaście": 18, "dziewietnascie": 19, "dziewiętnaście": 19,
}

_WORD: Final = regex.compile(
    r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in sorted(AGE_WORDS, key=len, reverse=True)) + r")(?!\w)",
    regex.IGNORECASE)


def with_digits(text: str) -> str:
    """`text` with each whole number word of AGE_WORDS replaced by its digits ("im 13 lol")."""
    read: str = _WORD.sub(lambda m: str(AGE_WORDS[m.group().lower()]), text)
    return read
