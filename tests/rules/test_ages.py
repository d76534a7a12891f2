"""Declared ages, per language.

The conversation layer weighs an adult talking to a child very differently from two children
talking, so the age someone states about themselves must be read right, and numbers that are not
ages (minutes, levels, kills, prices, other people's ages) must not be taken for one.
"""

from __future__ import annotations

import pytest

from rules import load_default_engine

STATED = [
    # English: "i'm N", "N years old", asl shapes, "age N", school grades (age = grade + 5)
    ("im 13", 13),
    ("i'm 13 years old and this is my first server", 13),
    ("I'm 24, the mod team lead here", 24),
    ("i am 19, college student", 19),
    ("I’m 15 lol", 15),
    ("14 yo here, just joined", 14),
    ("12 y/o here, I like drawing", 12),
    ("13f cali, love animals", 13),
    ("15 m uk, anyone wanna play", 15),
    ("14/f/texas", 14),
    ("16 m, uk", 16),
    ("age 13, i play piano", 13),
    ("my age is 12", 12),
    ("in 7th grade and I hate algebra", 12),
    ("i'm in 9th grade", 14),
    ("I'M 17 SO IT'S FINE", 17),
    ("ｉｍ １３", 13),
    # Spanish, Portuguese, German, French, Russian
    ("tengo 13 años y me encanta minecraft", 13),
    ("tengo 15 y estoy en el equipo de fútbol", 15),
    ("tenho 12 anos e jogo minecraft", 12),
    ("eu tenho 14 anos", 14),
    ("ich bin 13 und spiele gern minecraft", 13),
    ("ich bin 16 jahre alt", 16),
    ("j'ai 13 ans et j'adore minecraft", 13),
    ("j'ai 14 ans", 14),
    ("мне 13 лет и я люблю майнкрафт", 13),
    ("мне 15", 15),
]

NOT_AN_AGE = [
    "im 5 minutes away from home",
    "im 10 mins late sorry",
    "I'm 3 levels away from max",
    "im 2 wins away from gold",
    "he got 13 kills in one round",
    "the match starts at 7pm",
    "top 10 anime fights",
    "my little sister is 8 and she plays too",
    "this game is for age 12+ only",
    "the tower is 50 m tall",
    "my brother is in 2nd grade",
    "tengo 20 minutos",
    "tenho 30 robux",
    "ich bin 5 minuten weg",
    "j'ai 20 minutes",
    "мне 5 минут до дома",
    "",
]


@pytest.mark.parametrize(("text", "age"), STATED)
def test_stated_age_is_read(text: str, age: int) -> None:
    assert load_default_engine().analyze(text).declared_age == age


@pytest.mark.parametrize("text", NOT_AN_AGE)
def test_numbers_that_are_not_ages_are_ignored(text: str) -> None:
    assert load_default_engine().analyze(text).declared_age is None


def test_an_age_does_not_make_a_message_risky() -> None:
    """Children state their age among peers all the time; that alone is not a grooming cue."""
    for text, _age in STATED:
        det = load_default_engine().analyze(text)
        assert det.categories == [], (text, det.rules)


def test_age_outside_the_plausible_range_is_ignored() -> None:
    assert load_default_engine().analyze("im 5").declared_age is None


def test_asl_answer_gives_age_and_the_question_is_still_a_probe() -> None:
    det = load_default_engine().analyze("asl? 16 m")
    assert det.declared_age == 16
    assert "age_probe" in det.categories


# Birthdays in every pack language: the age now is what counts. Past and "today" forms are the
# age itself, a birthday still to come is one less; spoken forms drop the pronoun ("bin 38 und ...").
BIRTHDAYS = [
    ("just turned 13 today!! 🎂", 13),
    ("finally turned 15", 15),
    ("i'm turning 13 today", 13),
    ("turning 11 on friday lol", 10),
    ("im gonna be 16 in june", 15),
    ("14 next month!!", 13),
    ("ayer cumplí 12", 12),
    ("hoy cumplo 13 años", 13),
    ("cumplo 12 el sábado 🎉", 11),
    ("fiz 12 anos ontem", 12),
    ("faço 11 anos amanhã!!", 10),
    ("bin seit gestern 14 🎂", 14),
    ("treffen wir uns samstag? bin 38 und neu in der stadt", 38),
    ("ich werde morgen 12", 11),
    ("j'ai eu 12 ans hier !!", 12),
    ("demain j'ai 13 ans", 12),
    ("мне сегодня 13!!", 13),
    ("завтра мне будет 13", 12),
    ("oggi compio 13 anni", 13),
    ("il mese prossimo faccio 15 anni", 14),
    ("ik ben gisteren 13 geworden", 13),
    ("ik word morgen 12", 11),
    ("wczoraj skończyłem 13 lat", 13),
    ("w przyszłym miesiącu kończę 14", 13),
]

# Someone else's birthday or age, and numbers after the same verbs that are not ages.
NOT_MY_BIRTHDAY = [
    "I got 13 points",
    "the match starts at 13:00",
    "my 13 yo brother plays too",
    "my sister is 12",
    "he's 13 years old",
    "she just turned 13 yesterday",
    "my brother is turning 14",
    "gonna be 20 of us",
    "im gonna be 10 mins late",
    "10 tomorrow works",
    "mi hermana cumple 12 mañana",
    "cumplo 5 meses en el club",
    "minha irmã faz 12 anos amanhã",
    "faço 20 flexões por dia",
    "meine schwester wird 12",
    "bin in 10 min da",
    "ma soeur a eu 12 ans hier",
    "j'ai eu 15 sur 20 en maths",
    "сестре исполнилось 12",
    "мне завтра в 8 в школу",
    "mia sorella compie 12 anni",
    "mijn zus wordt 12",
    "jutro mam 5 lekcji",
]


@pytest.mark.parametrize(("text", "age"), BIRTHDAYS)
def test_birthday_forms_give_the_age_now(text: str, age: int) -> None:
    assert load_default_engine().analyze(text).declared_age == age


@pytest.mark.parametrize("text", NOT_MY_BIRTHDAY)
def test_other_peoples_birthdays_and_scores_are_not_ages(text: str) -> None:
    assert load_default_engine().analyze(text).declared_age is None


@pytest.mark.parametrize(("text", "age"), [
    ("hi all, new here! just moved, 45, love hills", 45),
    ("hola a todos, soy nueva, 14, me gusta dibujar", 14),
    ("hallo zusammen, neu hier, 38, wandere gern", 38),
    ("всем привет, я новенькая, 13, люблю рисовать", 13),
])
def test_a_newcomers_introduction_lists_the_age(text: str, age: int) -> None:
    assert load_default_engine().analyze(text).declared_age == age


@pytest.mark.parametrize("text", ["new here, 3 kids and a dog", "hi all, 20 minutes late sorry",
                                  "hola a todos, 20 minutos tarde"])
def test_an_introduction_without_an_age_gives_none(text: str) -> None:
    assert load_default_engine().analyze(text).declared_age is None
