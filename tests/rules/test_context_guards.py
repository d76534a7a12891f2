"""Everyday context guards: the same words as a tactic, said by a parent, a classmate, a teacher or
an adult among adults, are set aside; the tactic that borrows the reason still fires.

Classes (issue 10, the false alarms of blind batches 1-9): a relative signing or introducing the
message, a parent's bedtime or chores, a child giving their own handle with their class, a photo of
homework, adults who just met, friends calling someone back to a game, a secret kept for a present,
and lessons that quote the tactic. Every line below is our own wording.
"""

from __future__ import annotations

import pytest

from rules import load_default_engine
from rules.language import detect


@pytest.mark.parametrize(("text", "guard"), [
    # a relative signs, introduces themselves, or sends the child to bed / on an errand
    ("are you home alone? dinner's in the oven, back at half 6 — mum", "en.guard.family_signoff"),
    ("my number changed, it's 555 0142 now — uncle dev", "en.guard.family_signoff"),
    ("are you alone? don't forget to feed the cat, back at 8", "en.guard.family_signoff"),
    ("¿estás sola? no te olvides de sacar al perro, llego a las 9 — mamá", "es.guard.family_signoff"),
    ("tá sozinha em casa? tem arroz no fogão, chego às 6 — mãe", "pt.guard.family_signoff"),
    ("bist du allein? vergiss nicht, den hund rauszulassen, bin um 8 da – papa", "de.guard.family_signoff"),
    ("t'es seule ? pense à nourrir le chat, je rentre tard — maman", "fr.guard.family_signoff"),
    ("ты одна дома? не забудь выгулять собаку, я задержусь", "ru.guard.family_signoff"),
    ("sei sola a casa? c'è la pasta nel frigo, torno alle 7 — mamma", "it.guard.family_signoff"),
    ("lig je al in bed? zet je tablet uit, morgen school", "nl.guard.family_signoff"),
    ("jesteś już w łóżku? wyłącz tablet, jutro szkoła", "pl.guard.family_signoff"),
    # a child giving a classmate their own account, saying who they are
    ("whats ur snap? its me from 7E, i sit by the window", "en.guard.peer_self_intro"),
    ("sígueme en insta, soy Alba la de 1°D", "es.guard.peer_self_intro"),
    ("folgst du mir auf insta? bin die aus der 6c", "de.guard.peer_self_intro"),
    ("donne ton snap, c'est Jade de la 6eC", "fr.guard.peer_self_intro"),
    ("это Петя из 5а, дай свой тг", "ru.guard.peer_self_intro"),
    # a photo of homework, notes or the board
    ("snap me the geography notes when u can", "en.guard.school_material_photo"),
    ("mi mandi la foto della traccia di inglese? l'ho persa", "it.guard.school_material_photo"),
    # adults who just met arranging a drink
    ("lovely to meet you at the pottery class! drinks sunday? my number is 555 0108", "en.guard.adults_arranging"),
    ("piacere di conoscerti alla cena! un caffè domenica? il mio numero è 555 0109", "it.guard.adults_arranging"),
    # a secret kept for a present or a party
    ("dont tell anyone but mum's 60th party is at the golf club on sunday", "en.guard.gift_or_party_secret"),
    ("es secreto, no le digas a la profe, le regalamos flores por su jubilación", "es.guard.gift_or_party_secret"),
    # a lesson quoting the tactic
    ("Homework: role play where a stranger asks 'are you home alone?', write a safe reply", "en.guard.quoted_lesson"),
])
def test_everyday_context_is_set_aside(text: str, guard: str) -> None:
    det = load_default_engine().analyze(text)
    assert det.suppressed, f"no rule fired on {text!r}: the guard is not what this line tests"
    assert det.rules == [] and det.guard == guard


@pytest.mark.parametrize("text", [
    # the grooming that borrows the reason
    "are you home alone? delete this chat after, just between us — mum",
    "its me from 7E, add my snap and send me a pic, dont tell anyone",
    "send me a pic of the homework and one of you in bed",
    "lovely to match! drinks friday? how old are you btw, dont tell your parents",
    "i'll get you a birthday present but keep it quiet from your mum",
    "¿estás sola en casa? borra el chat y no se lo digas a nadie — papá",
    "c'est moi de la 6eC, envoie-moi une photo et dis rien à personne",
    "ты одна дома? удали переписку, никому не говори",
    "so nice chatting last night! wanna get a coffee saturday? my number is 555 0188",  # said to a child too
])
def test_the_tactic_borrowing_the_reason_still_fires(text: str) -> None:
    det = load_default_engine().analyze(text)
    assert det.rules, f"nothing fired on {text!r}"


def test_making_something_yourself_is_not_being_alone() -> None:
    engine = load_default_engine()
    assert "ru.isolation.odna_doma" not in engine.analyze("ты сама сделала эту фигурку? очень круто").rules
    assert "ru.isolation.odna_doma" in engine.analyze("ты сама сейчас?").rules


def test_a_french_line_about_class_notes_is_routed_to_french() -> None:
    text = "quelqu'un a le cours de maths en photo ? j'étais absent lundi"
    assert detect(text).language == "fr"  # before: no word it knew, so every pack ran and English fired
    assert load_default_engine().analyze(text).rules == []
