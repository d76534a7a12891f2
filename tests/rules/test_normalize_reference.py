"""The optimised normaliser against a plain reference that follows rules/README.md step by step.

rules/normalize.py takes shortcuts to stay fast: an ASCII fast path, character-class pre-checks that
skip a step when it cannot change anything, symbols treated as inert. Each shortcut is meant to give
exactly the text the plain steps would give, and a wrong one would silently change what the rules
see. So this test spells out the steps once more, in the simplest way (every step always runs, one
character or one word at a time), and requires both to agree on chat from the benchmark corpus and
on seeded random strings built from the characters the shortcuts care about.

The reference is written here on purpose instead of reusing the module's tables and regexes: when
the normaliser's behaviour changes on purpose, this file has to change too, which is the point.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from bench.corpus import generate_messages
from rules.evasion import rewrite
from rules.normalize import normalize

# ----- the reference ------------------------------------------------------------------------------

INVISIBLE = set(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u206a\u206b\u206c\u206d"
    "\u206e\u206f\u3164\ufeff\uffa0"
) | {chr(c) for c in range(0xFE00, 0xFE10)}  # variation selectors
INVISIBLE |= set("\u2066\u2067\u2068\u2069")  # bidi isolates
INVISIBLE |= {chr(c) for c in range(0xE0000, 0xE0080)} | {chr(c) for c in range(0xE0100, 0xE01F0)}  # tags, selectors
INVISIBLE |= {chr(c) for c in range(0x20) if not chr(c).isspace()} | {"\x7f"}  # C0 controls, DEL
INVISIBLE |= {chr(c) for c in range(0x80, 0xA0) if not chr(c).isspace()}  # C1 controls
QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'"}
EMOJI = {
    "\U0001f47b": "snapchat", "\U0001f4f8": "photo", "\U0001f4f7": "photo", "\U0001f4f9": "photo",
    "\U0001f933": "selfie", "\U0001f92b": "secret", "\U0001f910": "secret", "\U0001f381": "gift",
    "\U0001f4b5": "money", "\U0001f4b0": "money", "\U0001f4b8": "money", "\U0001f911": "money",
    "\U0001f4de": "phone", "\U0001f4f1": "phone",
}  # fmt: skip
# Look-alike letters: Cyrillic/Greek → Latin, and Latin → Cyrillic for Russian words.
TO_LATIN = dict(zip("авеёкмнорстухіїјѕһԁԛԝɡαβεηικνορτυχγ", "abeekmhopctyxiijshdqwgabenikvoptuxy", strict=True))
TO_CYRILLIC = dict(zip("aeopcyxkmthbi", "аеорсухкмтнві", strict=True))
LEET = dict(zip("4@31!057$|€£¥¢", "aaeiiostslelyc", strict=True))
LEET_CHARS = set("@$!|")
CURRENCY = set("€£¥¢")  # substitutes in leetspeak ("s€nd"), not in spaced-out runs
SEPARATORS = set(" .-_*·")
ONE_LETTER_WORDS = set("aiury24")
ONE_WORDS = {"any", "some", "every", "no", "sum", "evry"}
KEEPS_DIGITS = re.compile(
    r"\d+(?:[mfkhxsdp]|yo|yr|yrs|y|am|pm|min|mins|gb|mb|tb|fps|hz|ms|v\d+)?"
    r"|\d*(?:1st|2nd|3rd|[04-9]th|1[1-3]th)"
    r"|(?:ps|xb|mp|gta|cs|bo|fc|fifa|nba|ios|gen|win|iphone|s|r|a|b|f)\d{1,2}|3ds|2fa"
)


def is_latin(ch: str) -> bool:
    return "a" <= ch <= "z"


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def is_greek(ch: str) -> bool:
    return "\u0370" <= ch <= "\u03ff"


def is_word_char(ch: str) -> bool:
    return re.match(r"\w", ch) is not None


def fix_word(word: str) -> str:
    """Step 3 for one word: look-alikes go to the script the word can be written in."""
    latin = sum(map(is_latin, word))
    cyr = sum(map(is_cyrillic, word))
    greek = sum(map(is_greek, word))
    to_latin = "".join(TO_LATIN.get(c, c) for c in word)
    if latin and (cyr or greek):
        can_latin = all(c in TO_LATIN for c in word if c.isalpha() and not is_latin(c))
        can_cyrillic = cyr > 0 and all(c in TO_CYRILLIC for c in word if is_latin(c))
        if can_latin and (not can_cyrillic or latin >= cyr + greek):
            return to_latin
        if can_cyrillic:
            return "".join(TO_CYRILLIC.get(c, c) for c in word)
    elif cyr and greek:
        return "".join(TO_CYRILLIC.get(c, c) for c in to_latin)
    return word


def words_and_gaps(text: str) -> list[str]:
    """The text cut into alternating runs of word characters and of other characters."""
    return re.findall(r"\w+|\W+", text)


def ref_light(text: str) -> str:
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates
    text = unicodedata.normalize("NFKC", text).casefold()  # step 1
    text = "".join(QUOTES.get(c, c) for c in text if c not in INVISIBLE)  # steps 2 and 4 (quotes)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))  # step 2
    text = "".join(fix_word(p) if is_word_char(p[0]) else p for p in words_and_gaps(text))  # step 3
    latin = sum(map(is_latin, text))
    cyr_or_greek = sum(1 for c in text if is_cyrillic(c) or is_greek(c))
    if 0 < cyr_or_greek < latin:  # a mostly Latin message: a whole word of look-alikes is a disguise
        text = "".join(
            "".join(TO_LATIN[c] for c in p) if is_word_char(p[0]) and all(c in TO_LATIN for c in p) else p
            for p in words_and_gaps(text)
        )
    return " ".join(text.split())  # step 4 (spaces)


def is_token_char(ch: str) -> bool:
    return is_word_char(ch) or ch in LEET_CHARS


def leet_token_char(ch: str) -> bool:
    return is_token_char(ch) or ch in CURRENCY


def join_spaced(text: str) -> str:
    """Step 6: three or more single characters with short separators between them become one word."""
    out: list[str] = []
    i = 0
    while i < len(text):
        end = _spaced_run(text, i)
        if end is None:
            out.append(text[i])
            i += 1
            continue
        run = text[i:end]
        joined = "".join(c for c in run if c not in SEPARATORS)
        # Chat's one-letter words separated by plain spaces stay words ("r u a"); dots or dashes spell.
        if set(joined) <= ONE_LETTER_WORDS and set(run) <= ONE_LETTER_WORDS | {" "}:
            out.append(run)
        elif " " in run and any(" " not in gap for gap in re.findall(r"[ .\-_*·]+", run)):
            # letters spelled with dots or dashes, words split by gaps with a space: "w.h.a.t a.r.e"
            out.append(" ".join("".join(c for c in w if c not in SEPARATORS)
                                for w in re.split(r"[ .\-_*·]* [ .\-_*·]*", run)))
        else:
            out.append(joined)
        i = end
    return "".join(out)


def _single_at(text: str, i: int) -> bool:
    """Whether text[i] is a token character with no token character but "_" (or an apostrophe) after it."""
    after = text[i + 1] if i + 1 < len(text) else ""
    return is_token_char(text[i]) and not (after and after != "_" and (is_token_char(after) or after == "'"))


def _spaced_run(text: str, i: int) -> int | None:
    """End of the spaced-out run starting at i, or None. Longest separators and most letters are
    tried first, backing off only when fewer than three single characters would be left."""
    if not is_token_char(text[i]) or (i > 0 and (is_token_char(text[i - 1]) or text[i - 1] == "'")):
        return None

    def more(pos: int, singles: int) -> int | None:
        for k in (3, 2, 1):
            nxt = pos + k
            if nxt < len(text) and all(c in SEPARATORS for c in text[pos:nxt]) and _single_at(text, nxt):
                end = more(nxt + 1, singles + 1)
                if end is not None:
                    return end
        return pos if singles >= 3 else None

    return more(i + 1, 1)


def unleet(token: str) -> str:
    """Step 7 for one token that has a letter in it."""
    if token.isalpha() or KEEPS_DIGITS.fullmatch(token):
        return token
    if token.endswith("1") and token[:-1] in ONE_WORDS:
        return token[:-1] + "one"
    tail = ""
    while token.endswith("!"):
        token, tail = token[:-1], tail + "!"
    mapped = "".join(LEET.get(c, c) for c in token)
    if any(is_cyrillic(c) or is_greek(c) for c in token) and not any(map(is_latin, token)):
        mapped = "".join(TO_CYRILLIC.get(c, c) for c in mapped)  # substitutes in a Cyrillic word
    return (mapped if mapped.isalpha() else token) + tail


def undo_leet(text: str) -> str:
    out = []
    for part in re.findall(r"[\w@$!|€£¥¢]+|[^\w@$!|€£¥¢]+", text):
        has_letter = re.search(r"[^\W\d_]", part) is not None
        out.append(unleet(part) if leet_token_char(part[0]) and has_letter else part)
    return "".join(out)


def squeeze(text: str) -> str:
    """Step 8: three or more of the same letter (or ! ? .) become one."""
    out: list[str] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        c = text[i]
        squeezable = bool(re.match(r"[^\W\d]", c)) or c in "!?."
        out.append(c if squeezable and j - i >= 3 else text[i:j])
        i = j
    return "".join(out)


def wide_spaced_words(text: str) -> str:
    """Before step 6, on the raw text: single characters split by single spaces, whose words are
    split by wider gaps ("t e s  d a n s"), become those words ("tes dans")."""
    def join(m: re.Match[str]) -> str:
        run = m.group(0)
        if "  " not in run or " " not in re.sub(" {2,}", "", run):
            return run
        return " ".join(w.replace(" ", "") for w in re.split(" {2,}", run))

    single = r"[\w@$!|](?![\w@$!|'])"
    return re.sub(r"(?<![\w@$!|'])" + single[:-len(r"(?![\w@$!|'])")] + r"(?: {1,4}" + single + ")+", join, text)


def ref_normalize(text: str) -> tuple[str, str]:
    lt = ref_light(text)
    full = "".join(f" {EMOJI[c]} " if c in EMOJI else c for c in ref_light(wide_spaced_words(text)))  # step 5
    joined = join_spaced(full)
    unleet = undo_leet(joined)
    # Step 9, the word-level rewrite (rules/evasion.py), is reused here: its own tests check it, and
    # what this file checks is that the shortcuts above feed it the same text.
    full = rewrite(" ".join(unleet.split()), disguised=joined != full or unleet != joined)
    return lt, " ".join(squeeze(full).split())


# ----- the comparison ----------------------------------------------------------------------------

PIECES = [
    *"abcdefghijklmnopqrstuvwxyz", *"SEND PIC", *"0123456789", *"4@31!057$|", *" .-_*·", " ", " ", " ",
    "\t", "\n", "'", "`", "’", "?", ",", "#",
    "\u200b", "\u200d", "\u2060", "\ufe0f", "\u00ad", "\ufeff",  # invisible
    "\u2066", "\u2069", "\U000e0020", "\U000e0062", "\U000e0101", "\x01", "\x1b", "\x7f", "\x9b",  # more
    "€", "£", "$", "  ", "s.n", " e.s", "t e", "s  d",
    *"аеорсухіѕ", *"αεορτυ", *"привет", "ё", "й",  # Cyrillic and Greek
    *"éàüñçö", "e\u0301", "o\u0308\u0308",  # accents, precomposed and combining
    "👻", "📸", "🤫", "🎁", "💰", "😭", "❤️", "🙏", "→", "¿", "«", "–",  # emoji and inert symbols
    "ｓｅｎｄ", "𝐬𝐞𝐧𝐝", "ﬁ", "İ", "ß", "\ud800",  # compatibility forms, odd case, a lone surrogate
    "send", "pic", "snap", "im", "13", "13f", "7th", "5pm", "any1", "ps5", "sooo", "!!!", "...", "s e n d",
    "s_n_a_p", "p.i.c", "a-d-d", "s*e*n*d", "_", "__",
]


def random_strings(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 25))) for _ in range(n)]


def _check(texts: list[str]) -> None:
    wrong = []
    for text in texts:
        got = normalize(text)
        want = ref_normalize(text)
        if (got.light, got.full) != want:
            wrong.append(f"{text!r}: light {got.light!r} vs {want[0]!r}, full {got.full!r} vs {want[1]!r}")
    assert not wrong, f"{len(wrong)} of {len(texts)} differ from the reference, e.g.:\n" + "\n".join(wrong[:10])


def test_bench_corpus_matches_reference() -> None:
    _check(generate_messages(4000, seed=11, cue_rate=0.1))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_strings_match_reference(seed: int) -> None:
    _check(random_strings(2000, seed))


def test_reference_is_not_trivial() -> None:
    """The reference really undoes each disguise (so agreeing with it means something)."""
    assert ref_normalize("S.E.N.D ME A P1C 👻")[1] == "send me a pic snapchat"
    assert ref_normalize("sеnd\u200b pls, sooo cute")[1] == "send pls, so cute"
    assert ref_normalize("im 13f, any1 on?")[1] == "im 13f, anyone on?"
