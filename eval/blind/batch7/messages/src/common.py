"""Helpers for writing the batch7m single-message rows.

Rows are written in per-language modules (en.py, es.py, ...).  Each row is
built with R(...) for risky or B(...) for benign.  `ev` is an internal
evasion-class tag used only for the README statistics; the public note
carries the same information in words ("evasion: ...").
"""

CATS = {
    "age_probe", "flattery", "isolation", "secrecy", "personal_info",
    "platform_move", "photo_request", "gift_offer", "meeting",
    "modeling_lure", "sextortion", "sexual_talk",
}

ZWSP = "\u200b"
ZWNJ = "\u200c"
ZWJ = "\u200d"
WJ = "\u2060"
BIDI = ["\u2066", "\u2067", "\u2068", "\u2069"]
VS = [chr(c) for c in range(0xFE00, 0xFE10)]
TAGS = [chr(c) for c in range(0xE0020, 0xE0080)]


def spread(s, sep):
    """Put `sep` between every pair of adjacent non-space characters of s.

    `sep` may be a string or a list (cycled)."""
    out = []
    i = 0
    for k, ch in enumerate(s):
        out.append(ch)
        if k + 1 < len(s) and ch != " " and s[k + 1] != " ":
            if isinstance(sep, list):
                out.append(sep[i % len(sep)])
                i += 1
            else:
                out.append(sep)
    return "".join(out)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# Cyrillic look-alikes for Latin letters
_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
         "x": "\u0445", "y": "\u0443", "i": "\u0456"}


def homoglyph(s):
    return "".join(_HOMO.get(c, c) for c in s)


ROWS = []
_LANG = [None]


def lang(code):
    _LANG[0] = code


def R(text, cats, age=None, note="", ev=None):
    assert cats and set(cats) <= CATS, (text, cats)
    ROWS.append({"text": text, "lang": _LANG[0], "label": "risky",
                 "categories": list(cats), "age": age, "note": note, "_ev": ev})


def B(text, note="", age=None, ev=None):
    ROWS.append({"text": text, "lang": _LANG[0], "label": "benign",
                 "categories": [], "age": age, "note": note, "_ev": ev})
