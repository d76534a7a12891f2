"""Tiny notation for the hand-written rows of batch8m.

R(text, cats, note, age=None, ev=None, sep=None)  -> risky row
B(text, note, age=None, ev=None, sep=None)        -> benign row

cats: space-separated abbreviations (see CAT).
ev:   evasion class of a risky row whose text already carries the evasion
      (leet_app, described_app, emoji_cue, shorthand, phonetic, contact_shape, homoglyph).
sep:  (kind, target) -> build.py inserts one separator between every letter of
      `target` (a substring of text, or "*" for every word of the text).
      kinds: zwsp zwnj zwj wj bidi tag vs dot dash underscore
"""

CAT = {
    "AP": "age_probe",
    "FL": "flattery",
    "IS": "isolation",
    "SE": "secrecy",
    "PI": "personal_info",
    "PM": "platform_move",
    "PH": "photo_request",
    "GI": "gift_offer",
    "ME": "meeting",
    "MO": "modeling_lure",
    "SX": "sextortion",
    "ST": "sexual_talk",
}


def R(text, cats, note, age=None, ev=None, sep=None):
    return {"text": text, "label": "risky",
            "categories": [CAT[c] for c in cats.split()],
            "age": age, "note": note, "ev": ev, "sep": sep}


def B(text, note, age=None, ev=None, sep=None):
    return {"text": text, "label": "benign", "categories": [],
            "age": age, "note": note, "ev": ev, "sep": sep}
