"""Contact details in any shape (rules/contacts.py): reported as platform moves, not homework."""

import pytest

from rules import load_default_engine
from rules.contacts import phone_digits


@pytest.fixture(scope="module")
def engine():  # type: ignore[no-untyped-def]
    return load_default_engine()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("text me 555 0134 29", "contact.phone_number"),
        ("my number is five five five, o one three four", "contact.phone_number"),
        ("call me: 555-o1-34-2", "contact.phone_number"),
        ("mi número es cinco cinco cinco cero uno tres cuatro", "contact.phone_number"),
        ("meu numero: cinco cinco cinco, zero um, trinta e dois", "contact.phone_number"),
        ("mon numéro: cinq cinq cinq zéro un trente-deux", "contact.phone_number"),
        ("meine Nummer ist fünf fünf fünf null eins zweiundvierzig", "contact.phone_number"),
        ("мой номер пять пять пять ноль один тридцать два", "contact.phone_number"),
        ("il mio numero è cinque cinque cinque zero uno tre due", "contact.phone_number"),
        ("mijn nummer is vijf vijf vijf nul een drie twee", "contact.phone_number"),
        ("mój numer to pięć pięć pięć zero jeden trzy dwa", "contact.phone_number"),
        ("my tg is @brightkite_5", "contact.app_handle"),
        ("add me on sn4pch@t: moss.lantern", "contact.app_handle"),
        ("im on the yellow ghost app, pebble.rider", "contact.app_handle"),
        ("mi telegram: @zorro_gris88", "contact.app_handle"),
        ("добавь меня в тг @tihaya_reka_7", "contact.app_handle"),
        ("dodaj mnie na insta: cicha.sowa21", "contact.app_handle"),
        ("my discord is paper_boat dot 77", "contact.app_handle"),
        ("write me at mossfern55 at gmail dot com", "contact.email"),
    ],
)
def test_contact_details_are_platform_moves(engine, text: str, rule: str) -> None:  # type: ignore[no-untyped-def]
    hits = [h for h in engine.analyze(text).hits if h.rule_id == rule]
    assert hits and hits[0].category == "platform_move"


@pytest.mark.parametrize(
    "text",
    [
        "do the exercises on page 555 for tomorrow", "we won 3-2, the number of goals was crazy",
        "call me on 12.05.2026 when ur back", "my phone cost 199.99 at the shop", "text me at 5",
        "number 1 fan of this show", "mi número favorito es el siete", "la partita è finita tre a due, chiamami dopo",
        "add me on roblox, my user is mossy_frog22", "ping @mods if someone is rude", "whats ur snap again lol",
        "meine Nummer im Team ist die 7", "номер страницы 555", "follow the rules in #info",
    ],
)
def test_look_alikes_are_not_contact_details(engine, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [h.rule_id for h in engine.analyze(text).hits if h.rule_id.startswith("contact.")]


def test_number_words_count_as_digits() -> None:
    assert phone_digits("five five five, zero one four two") == 7
    assert phone_digits("dreiundsiebzig") == 2
    assert phone_digits("page 555 and then 12") == 3  # a word that is not a number ends the run


def test_batches_see_the_same_contacts(engine) -> None:  # type: ignore[no-untyped-def]
    texts = ["hi", "text me 555 0134 29", "page 555", "my tg is @brightkite_5", "ok"]
    assert [d.rules for d in engine.analyze_many(texts)] == [engine.analyze(t).rules for t in texts]
