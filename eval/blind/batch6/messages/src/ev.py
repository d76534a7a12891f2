"""Evasion helpers and row constructors for batch6m (Part A, single messages).

Separators are inserted between every pair of adjacent letters of each word of the
given phrase (spaces stay spaces), using real Unicode characters.
"""

CATS = {
    "AP": "age_probe", "FL": "flattery", "IS": "isolation", "SE": "secrecy",
    "PI": "personal_info", "PM": "platform_move", "PR": "photo_request",
    "GO": "gift_offer", "ME": "meeting", "ML": "modeling_lure",
    "SX": "sextortion", "ST": "sexual_talk",
}


def _join(phrase, seps):
    """Insert separators between letters; seps is a list cycled through."""
    out_words = []
    k = 0
    for w in phrase.split(" "):
        chars = list(w)
        buf = []
        for i, c in enumerate(chars):
            buf.append(c)
            if i < len(chars) - 1:
                buf.append(seps[k % len(seps)])
                k += 1
        out_words.append("".join(buf))
    return " ".join(out_words)


def zw(p):      # ZERO WIDTH SPACE
    return _join(p, ["\u200b"])


def zwnj(p):    # ZERO WIDTH NON-JOINER
    return _join(p, ["\u200c"])


def zwj(p):     # ZERO WIDTH JOINER
    return _join(p, ["\u200d"])


def wj(p):      # WORD JOINER
    return _join(p, ["\u2060"])


def bidi(p):    # bidi isolates LRI / RLI / FSI / PDI
    return _join(p, ["\u2066", "\u2069", "\u2067", "\u2069", "\u2068", "\u2069"])


def tag(p):     # tag characters
    return _join(p, ["\U000E0020", "\U000E0041", "\U000E007F"])


def vs(p):      # variation selectors
    return _join(p, ["\ufe0f", "\ufe00"])


def dots(p):
    return _join(p, ["."])


def dash(p):
    return _join(p, ["-"])


def under(p):
    return _join(p, ["_"])


ROWS = []

# evasion classes used in the README
EVASION_CLASSES = {
    "sep_zero_width": "one zero-width char (U+200B/200C/200D/2060) between letters",
    "sep_bidi": "bidi isolates U+2066/2067/2068/2069 between letters",
    "sep_tag": "tag characters U+E0020/E0041/E007F between letters",
    "sep_variation_selector": "variation selectors U+FE0F/FE00 between letters",
    "sep_dots": "dot between letters",
    "sep_dashes": "dash between letters",
    "sep_underscores": "underscore between letters",
    "leet_app_name": "digits/symbols inside app names (sn4pch@t, t€l€gram)",
    "described_app": "app described instead of named",
    "emoji_cue": "cue made of an emoji sequence",
    "shorthand": "chat shorthand (asl, wru, hmu, u alone?)",
    "phonetic": "phonetic misspelling (snapchap, fone numba)",
    "contact_shape": "contact details spelled out / handle after @ / name dot name",
    "homoglyph": "Cyrillic look-alike letters inside a Latin word",
}


def R(lang, text, cats, note, ev=None, age=None):
    """Risky row. cats: space-separated short codes."""
    full = [CATS[c] for c in cats.split()]
    if ev:
        assert ev in EVASION_CLASSES, ev
        n = f"evasion:{ev} | {note}"
    else:
        n = f"plain | {note}"
    ROWS.append({"text": text, "lang": lang, "label": "risky",
                 "categories": full, "age": age, "note": n,
                 "_ev": ev, "_la": None})


LOOKALIKE = [
    "adult_adult_dating", "adult_adult_hobby", "adult_adult_buysell",
    "adult_adult_work", "adult_adult_family", "adult_adult_neighbours",
    "safety_advice", "staff_notice", "class_exercise", "homework_photo",
    "practice_video", "game_friend_request", "parent_pickup", "home_dinner",
    "username_swap", "gift_list", "birthday_age", "surprise_party",
    "outfit_planning", "pet", "teen_same_age", "sibling", "party_address",
    "drawing_compliment", "model_sister", "game_trade",
]


def B(lang, text, la, note, age=None):
    assert la in LOOKALIKE, la
    ROWS.append({"text": text, "lang": lang, "label": "benign",
                 "categories": [], "age": age,
                 "note": f"look-alike:{la} | {note}", "_ev": None, "_la": la})
