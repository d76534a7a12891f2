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


# A number that opens the line, in every pack language, with what follows it saying it is the
# writer's age: "here", the question asked back, "and a half", "and"/"but" going on about the writer,
# a comma and a role or origin, a pronoun ("me? 13"), or a diminutive ("12 añitos").
LEADING_AGE = [
    ("14 here, new to the server", 14),
    ("12 lmao wbu", 12),
    ("15 and u?", 15),
    ("13 and a half actually", 13),
    ("16 but everyone says i look older", 16),
    ("just 12 and already bored of summer", 12),
    ("41, teacher, two kids", 41),
    ("me: 14", 14),
    ("m15 from leeds", 15),
    ("f/12", 12),
    ("14 años y tú?", 14),
    ("13 aquí jeje", 13),
    ("27, estudiante de enfermería", 27),
    ("13 añitos", 13),
    ("12 anos e você?", 12),
    ("16 aqui kkk", 16),
    ("14 und du?", 14),
    ("15 hier, komme aus köln", 15),
    ("12 ans et toi", 12),
    ("16 ici", 16),
    ("12 лет, а ты?", 12),
    ("мне 14 с половиной", 14),
    ("15 тут", 15),
    ("12 anni e tu", 12),
    ("14 e mezzo", 14),
    ("13 en jij?", 13),
    ("14 hier haha", 14),
    ("12 lat a ty", 12),
    ("16 tutaj", 16),
    ("ja 13", 13),
]

# The same shapes with a number that is not the writer's age: counts, scores, times, items, a bare
# number with nothing after it, someone else's age, and a list of numbers.
LEADING_NUMBER_NOT_AN_AGE = [
    "13",
    "20 lol",
    "12 here are still online",
    "14 and 15 are both taken",
    "13 and counting",
    "15 kills and u?",
    "m16 rifle is op",
    "f15 is the best jet",
    "30 of us here tonight",
    "13, 14, 15",
    "20 minutos y tú?",
    "13 de mayo",
    "10 minutos e você?",
    "15 minuten und du?",
    "13 hier sind noch online",
    "15 minutes et toi ?",
    "20 ans de mariage",
    "10 минут, а ты?",
    "20 лет назад",
    "15 minuti e tu?",
    "15 minuten en jij?",
    "15 minut a ty?",
    "20 lat temu",
    "mi hermana tiene 5 añitos",
    "t'as eu combien ? j'ai 15",
]

# "almost 14": the age is one less. Times ("almost 14:00", "fast 14 uhr"), counts and someone
# else's "almost" are not read.
ALMOST = [
    ("almost 13 lol", 12),
    ("im nearly 15", 14),
    ("casi 13 jaja", 12),
    ("tenho quase 14", 13),
    ("bin fast 13", 12),
    ("presque 15 ans", 14),
    ("мне почти 12", 11),
    ("ho quasi 15 anni", 14),
    ("ben bijna 13", 12),
    ("mam prawie 15 lat", 14),
]
NOT_ALMOST_MY_AGE = [
    "almost 14:30 already",
    "my brother is almost 12",
    "almost 20 kills",
    "son casi las 13",
    "fast 14 uhr, ich muss los",
    "presque 14h",
    "почти 12 часов",
    "sono quasi le 13",
    "bijna 14 uur",
    "prawie 13:00",
]

# "my age is 14", "age: 12" in every language; an age rating ("12+") is not the writer's age.
MY_AGE_IS = [
    ("mi edad: 13", 13),
    ("minha idade é 14", 14),
    ("mein alter ist 13", 13),
    ("мой возраст - 13", 13),
    ("la mia età è 12", 12),
    ("mijn leeftijd is 13", 13),
    ("mój wiek to 12", 12),
]
NOT_MY_AGE_IS = ["edad: 12+", "idade: 16 ou mais", "alter 14 kills heute", "alter: 12+", "возраст: 12+",
                 "età: 14+", "leeftijd: 12+", "wiek: 12+"]

# First-person wordings that were missed: "im also 14", "just turned" with a word between, "and a half".
FIRST_PERSON = [
    ("im also 13 lol", 13),
    ("мне только исполнилось 14", 14),
    ("compio 12 la settimana prossima", 11),
    ("net 14 geworden haha", 14),
    ("skończyłem wczoraj 13 lat", 13),
    ("mam 12 i pół", 12),
    ("jai 14", 14),
]
NOT_FIRST_PERSON = ["im also 14 kills ahead", "compio 10 missioni domani", "mijn zus is net 12 geworden",
                    "mam 12 złotych", "j'ai 14 robux"]


@pytest.mark.parametrize(("text", "age"), LEADING_AGE + ALMOST + MY_AGE_IS + FIRST_PERSON)
def test_more_ways_of_stating_ones_age_are_read(text: str, age: int) -> None:
    assert load_default_engine().analyze(text).declared_age == age


@pytest.mark.parametrize("text", LEADING_NUMBER_NOT_AN_AGE + NOT_ALMOST_MY_AGE + NOT_MY_AGE_IS + NOT_FIRST_PERSON)
def test_their_look_alikes_read_no_age(text: str) -> None:
    assert load_default_engine().analyze(text).declared_age is None


def test_the_same_lines_read_the_same_in_a_batch() -> None:
    """analyze_many takes its own path (the batch shortcut); it must read the ages as analyze does."""
    texts = [t for t, _ in LEADING_AGE + ALMOST] + LEADING_NUMBER_NOT_AN_AGE
    engine = load_default_engine()
    assert [d.declared_age for d in engine.analyze_many(texts)] == [engine.analyze(t).declared_age for t in texts]


# Ages written as words (rules.age_words): read as the digits would be, by the same patterns, so a
# number word that is someone else's age or a count is not read either.
IN_WORDS = [
    ("im thirteen lol", 13),
    ("I am Fourteen years old.", 14),
    ("sixteen and tired of school", 16),
    ("tengo doce años", 12),
    ("eu tenho treze anos", 13),
    ("ich bin zwölf", 12),
    ("j'ai quinze ans", 15),
    ("мне четырнадцать лет", 14),
    ("ho tredici anni", 13),
    ("ik ben dertien", 13),
    ("mam dwanaście lat", 12),
]
IN_WORDS_NOT_MY_AGE = [
    "my brother is thirteen",
    "thirteen",
    "we were fifteen people at the party",
    "the thirteenth floor",
    "tengo doce robux",
    "mi hermana tiene trece años",
    "мой брат тринадцать лет играет",
    "onze en die van jullie",
]


@pytest.mark.parametrize(("text", "age"), IN_WORDS)
def test_an_age_in_words_is_read(text: str, age: int) -> None:
    engine = load_default_engine()
    assert engine.analyze(text).declared_age == age
    assert engine.analyze_many([text, "hi"])[0].declared_age == age  # the batch path finds the word too


@pytest.mark.parametrize("text", IN_WORDS_NOT_MY_AGE)
def test_number_words_that_are_not_the_writers_age_are_not_read(text: str) -> None:
    engine = load_default_engine()
    assert engine.analyze(text).declared_age is None
    assert engine.analyze_many([text, "hi"])[0].declared_age is None


# "me too": the same age said back ("мне тоже 14", "ik ben ook 12"), and "we are both 15", where the
# writer is one of those whose age is given; with their look-alikes (counts, times, years married).
SAME_AGE = [
    ("im also 12 haha", 12),
    ("yo también tengo 14", 14),
    ("também tenho 12 anos", 12),
    ("ich bin auch 14", 14),
    ("j'ai aussi 12 ans", 12),
    ("мне тоже 13!!", 13),
    ("ho anche 14 anni", 14),
    ("ik ben ook 13 haha", 13),
    ("ja też mam 13", 13),
    ("chill we're both 14", 14),
    ("las dos tenemos 12 años", 12),
    ("a gente tem 14 anos", 14),
    ("wir sind beide 12", 12),
    ("on a tous les deux 14 ans", 14),
    ("нам обоим 12 лет", 12),
    ("abbiamo entrambi 14 anni", 14),
    ("we zijn allebei 12 jaar", 12),
    ("oboje mamy 14 lat", 14),
]
NOT_THE_SAME_AGE = [
    "we're both 10 minutes late",
    "we are 30 people in this call",
    "todos tenemos 5 vidas",
    "a gente tem 10 anos de casados",
    "wir sind beide 20 jahre verheiratet",
    "on a 20 ans de mariage",
    "нам 10 минут ехать",
    "abbiamo 15 anni di differenza",
    "we zijn allebei 5 minuten te laat",
    "mamy 10 lat po ślubie",
    "мне тоже 5 минут осталось",
]


@pytest.mark.parametrize(("text", "age"), SAME_AGE)
def test_the_same_age_said_back_or_shared_is_read(text: str, age: int) -> None:
    assert load_default_engine().analyze(text).declared_age == age


@pytest.mark.parametrize("text", NOT_THE_SAME_AGE)
def test_shared_counts_and_spans_are_not_ages(text: str) -> None:
    assert load_default_engine().analyze(text).declared_age is None


def test_patterns_that_read_a_leading_age_keep_to_the_engines_gate() -> None:
    """The engine searches an age pattern written `^\\W{0,3}...` only when a two-digit number stands in
    the line's first LEAD_CHARS characters (rules.engine); such a pattern must read only such ages."""
    import regex

    from rules.engine import LEAD_PREFIX

    engine = load_default_engine()
    lead = [ap for ap in engine.ages if ap.compiled.pattern.startswith(LEAD_PREFIX)]
    assert lead, "no pattern reads a leading age any more"
    for ap in lead:
        groups = regex.findall(r"\(\?P<age>([^)]*)\)", ap.compiled.pattern)
        assert groups and set(groups) == {r"[1-9]\d"}, (ap.id, groups)
