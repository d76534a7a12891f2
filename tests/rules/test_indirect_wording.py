"""Indirect wording of five tactics in the bundled packs, and the look-alikes that share the words.

The lines are our own, written for this test (not taken from any evaluation set): each tactic said
without its keyword (a picture asked for again, a shower or boyfriend question, a threat that only
hints at the photo, a gift with a condition, a meeting with a lure or a hush), and the same words from
a parent, a teacher, friends or adults among adults, which must stay quiet.
"""

from __future__ import annotations

import pytest

from rules.engine import load_default_engine

RISKY = [
    ("another one but from a different angle this time", "photo_request"),
    ("a fresh one from right now so i know its really you", "photo_request"),
    ("did you just get out of the bath?", "sexual_talk"),
    ("you ever been with anyone?", "sexual_talk"),
    ("dont even think about blocking me", "sextortion"),
    ("if you ghost me your followers will get them", "sextortion"),
    ("the code is yours if ur good to me", "gift_offer"),
    ("ill get you vbucks, just one small favour first", "gift_offer"),
    ("ill be waiting at the bus stop after school", "meeting"),
    ("otra pero sin la sudadera", "photo_request"),
    ("sera tuya si te portas bien conmigo", "gift_offer"),
    ("pensa bem antes de me bloquear", "sextortion"),
    ("uberleg dir gut ob du mich blockierst", "sextortion"),
    ("je passe dans ton quartier dimanche", "meeting"),
    ("у тебя уже был парень?", "sexual_talk"),
    ("pensaci bene prima di bloccarmi", "sextortion"),
    ("al eens een vriendje gehad?", "sexual_talk"),
    ("poczekam pod brama szkoly o trzeciej", "meeting"),
]

LOOKALIKES = [
    "one more take but with the bridge louder, nearly done recording",
    "did you keep the tickets? i still have them",
    "you know what happens if you forget your homework again, detention",
    "the old bike could be yours if you help me clear the garage",
    "i'll wait by the gates at 3:15, dad",
    "what do you sleep in when camping? i freeze in my bag",
    "i'll pay your bus fare if you help me shift the sofa saturday",
    "te espero a la salida del cole, vamos al dentista — mama",
]


@pytest.mark.parametrize(("text", "category"), RISKY)
def test_indirect_tactic_is_read_as_its_category(text: str, category: str) -> None:
    assert category in load_default_engine().analyze(text).categories


@pytest.mark.parametrize("text", LOOKALIKES)
def test_the_same_words_in_an_ordinary_context_stay_quiet(text: str) -> None:
    assert load_default_engine().analyze(text).categories == []
