"""Evasion that must still get through: disguised risk words, letter-like forms, symbols between
letters, contacts handed over sideways and cues written in emoji (rules/hidden_terms.py,
rules/normalize.py, rules/contacts.py, rules/emoji_cues.py). Every line here is our own; each class
is tested in several languages, with the look-alikes that must not fire."""

from __future__ import annotations

import pytest

from rules import load_default_engine
from rules.engine import Engine
from rules.hidden_terms import RULE_PREFIX
from rules.normalize import normalize, plain_reading

ZWSP, TAG, VS = "\u200b", "\U000e0020", "\ufe0f"


def spelled(text: str, sep: str) -> str:
    """Each word of `text` with `sep` between its letters."""
    return " ".join(sep.join(word) for word in text.split(" "))


def isolated(text: str) -> str:
    """Each letter wrapped in a bidi isolate, as some clients paste text."""
    return " ".join("".join(f"\u2066{c}\u2069" for c in word) for word in text.split(" "))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return load_default_engine()


def hidden(engine: Engine, text: str) -> set[str]:
    return {h.category for h in engine.analyze(text).hits if h.rule_id.startswith(RULE_PREFIX)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (spelled("webcam", ZWSP) + "?", "photo_request"), (spelled("kamera", "\u200d") + " an?", "photo_request"),
        ("f" + VS + "o" + VS + "t" + VS + "o", "photo_request"), ("ph0t0 pls", "photo_request"),
        (spelled("фотку", ".") + " скинь", "photo_request"), (spelled("zdjęcie", "_"), "photo_request"),
        (spelled("telegram", ".") + "?", "platform_move"), ("т.е.л.е.г.у давай", "platform_move"),
        ("k1k?", "platform_move"), ("got insta.gram?", "platform_move"), ("sn.ap?", "platform_move"),
        (isolated("никому"), "secrecy"), (spelled("segredo nosso", TAG), "secrecy"),
        (spelled("nicht verraten", TAG), "secrecy"), ("its our s.e.c.r.e.t", "secrecy"),
        ("¿" + spelled("edad", ".") + "?", "age_probe"), (spelled("возраст", "-") + "?", "age_probe"),
        (spelled("wie alt", ZWSP), "age_probe"),
        ("ur " + spelled("school", ZWSP) + "?", "personal_info"), (spelled("adresse", "."), "personal_info"),
        (spelled("robux", "_") + " for a selfie", "gift_offer"), ("n1tr0 4 u", "gift_offer"),
        (spelled("робуксы", "."), "gift_offer"),
        (isolated("anyone home"), "isolation"), ("a-l-l-e-i-n?", "isolation"), (spelled("одна", "."), "isolation"),
        ("r.d.v ?", "meeting"), (spelled("встретимся", " "), "meeting"), ("m33t?", "meeting"),
        (spelled("i will post it", TAG), "sextortion"), ("в.ы.л.о.ж.у", "sextortion"),
        ("q.u.e.r n.a.m.o.r.a.r c.o.m.i.g.o?", "sexual_talk"), ("n_a_c_k_t", "sexual_talk"),
    ],
)
def test_a_disguised_risk_word_is_a_cue(engine: Engine, text: str, category: str) -> None:
    assert category in hidden(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        # the plain words, and words that are decoration rather than disguise
        "webcam", "my cam is broken", "foto del viaje", "фото с моря", "secret santa this year!",
        "robux prices went up",
        "𝐩𝐡𝐨𝐭𝐨 𝐝𝐮𝐦𝐩", "ｐｈｏｔｏ ｄｕｍｐ", "ᴘʜᴏᴛᴏ ᴅᴜᴍᴘ", "📸 from the trip", "seeeecret recipe", "snap chat?",
        "telegarm is down", "over on the bird app", "the ghost app keeps crashing lol",
        # dotted acronyms and abbreviations, spaced-out hype, usernames and identifiers
        "U.S.A!!", "e.g. the red one", "see u at 5 a.m.", "r.i.p my phone", "E.T.A 5 min", "a.s.a.p", "i.d.k",
        "l o l", "s o  g o o d", "n o b o d y asked", "d e l e t e this", "omg b r u h", "cool_cam_guy", "get_age()",
        "photo_2031.jpg", "EE.UU. es grande", "z.B. heute", "т.е. завтра", "и т.д.", "c.-à-d. demain",
        "d.w.z. later", "np. jutro",
        # emphasis: these words are spaced out to stress them, so spaces alone are not a disguise
        "i hate s c h o o l", "s c h o o l  i s  b o r i n g", "forever a l o n e", "m o n e y talks",
        "its a s e c r e t",
        # leetspeak that spells no risk word
        "gr8 pic of the cat", "n00b", "l33t", "h4ck3r", "c u l8r",
    ],
)
def test_look_alikes_do_not_fire(engine: Engine, text: str) -> None:
    assert not hidden(engine, text)


def test_plain_reading_keeps_disguises_and_folds_decoration() -> None:
    assert plain_reading(spelled("webcam", ZWSP)) != "webcam"
    assert plain_reading("ph0t0") == "ph0t0"
    assert plain_reading("sn.ap") == "sn.ap"
    assert plain_reading("ФОТО") == "фото" and plain_reading("Cámara") == "camara"
    assert plain_reading("𝐟𝐨𝐭𝐨 ᴘʜᴏᴛᴏ") == "foto photo"
    assert plain_reading("s̶̡n̸̢ap") != "snap"  # stacked marks stay
    assert plain_reading("the yellow ghost app") == "the snapchat"  # described, not disguised
    assert plain_reading("fone numba") == "phone number"  # shorthand is not a disguise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ᴀᴅᴅ ᴍᴇ ᴏɴ ꜱɴᴀᴘ", "add me on snap"), ("⒮⒠⒩⒟ ⒜ ⒫⒤⒞", "send a pic"), ("🇸 🇳 🇦 🇵", "snap"),
        ("🅢🅔🅝🅓 🅐 🅟🅘🅒", "send a pic"), ("🆂🅽🅰🅿?", "snap?"), ("🅱️ruh", "bruh"),
        ("i🤍n🤍s🤍t🤍a?", "insta?"), ("add me on s/n/a/p", "add me on snap"), ("(s)(n)(a)(p)", "(snap)"),
        ("s ~ n ~ a ~ p", "snap"), ("т🔥е🔥л🔥е🔥г🔥р🔥а🔥м", "телеграм"), ("a+l+o+n+e?", "alone?"),
    ],
)
def test_letter_like_forms_and_symbol_separators_are_undone(raw: str, expected: str) -> None:
    assert normalize(raw).full == expected


@pytest.mark.parametrize(
    "raw",
    ["🇩🇪 vs 🇫🇷 tonight", "🇺🇸🇬🇧", "is it a, b or c", "1+2+3=6", "x_x", "^_^", "https://example.com/a/b/c",
     "w/o sugar", "r&b"],
)
def test_flags_lists_and_links_stay(raw: str) -> None:
    assert normalize(raw).full == normalize(raw).light


def test_batches_see_symbol_separated_letters(engine: Engine) -> None:
    texts = ["hi", "add me on s/n/a/p", "gg", "i🤍n🤍s🤍t🤍a?", "ok", "(s)(n)(a)(p)", "s ~ n ~ a ~ p", "w/o sugar"]
    assert engine.analyze_many(texts) == [engine.analyze(t) for t in texts]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("im nova dot fern dot 77 on the blue bird app", "contact.app_handle"),
        ("soy luz_marina_8 en insta", "contact.app_handle"),
        ("ping me on signal, number is in my bio", "contact.in_profile"),
        ("meine nummer steht in meinem profil", "contact.in_profile"), ("тг в профиле", "contact.in_profile"),
    ],
)
def test_contacts_handed_over_sideways(engine: Engine, text: str, rule: str) -> None:
    assert rule in engine.analyze(text).rules


@pytest.mark.parametrize(
    "text",
    ["lol the video from danny.tdm on tiktok is so funny", "see u at 5 p.m on snap", "link in bio",
     "my pronouns are in my bio", "my discord tag is in my bio if you want to play"],
)
def test_contacts_look_alikes(engine: Engine, text: str) -> None:
    assert not [r for r in engine.analyze(text).rules if r.startswith("contact.")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("📸➡️👨‍👩‍👧 if u block me", "sextortion"), ("🤳 👉 🌍 si no contestas", "sextortion"),
        ("📷➡️🏫 wenn du nicht antwortest", "sextortion"),
        ("🚗➡️🏫 заберу", "meeting"), ("🚕 👉 📍 samedi", "meeting"), ("🚌💸 i pay, u come 📍", "meeting"),
        ("💸➡️🎫 dann 📍", "meeting"), ("🤫👨‍👩‍👧", "secrecy"),
    ],
)
def test_emoji_orders_are_cues(engine: Engine, text: str, category: str) -> None:
    assert category in {h.category for h in engine.analyze(text).hits if h.rule_id.startswith("emoji.")}


@pytest.mark.parametrize(
    "text",
    ["👨‍👩‍👧📸 family day!", "📸➡️👩 for mum's birthday", "📸 🌍 travel pics", "🚌➡️🏫 late again",
     "🚌💸 bus fare went up again", "💸🚌 broke till friday", "🤫👩 dont wake mum"],
)
def test_emoji_look_alikes(engine: Engine, text: str) -> None:
    assert not [r for r in engine.analyze(text).rules if r.startswith("emoji.")]
