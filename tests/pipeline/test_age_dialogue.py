"""The age dialogue beyond one question and one answer: an age question to a whole channel, and an
age that belongs to someone else (a pet, a child) on a line after the writer's own.

"how old is everyone?" is answered by several members in turn ("41, and don't worry", "44, dus nee
😂"); each bare number is an age only because of the question. Left unread, those adults stay of
unknown age, and in a youth community an adult offering one of them a lift is "working on a possible
child".
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.events import ChannelKind
from bot.pipeline import Decision, Pipeline
from bot.pipeline.age_dialogue import AGE_ANSWER_S, PUPIL, AgeDialogue, asks_the_room
from bot.pipeline.ages import LEXICON
from rules.engine import load_default_engine
from rules.normalize import normalize
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run

HOST = person("host", account_days=None, joined_days=None)
ANA = person("ana", account_days=None, joined_days=None)
BEN = person("ben", account_days=None, joined_days=None)
NEWCOMER = person("newcomer", account_days=3, joined_days=1)


def room(text: str) -> bool:
    return asks_the_room(normalize(text).full)


@pytest.mark.parametrize("text", [
    "How old is everyone roughly?", "how old are you all", "how old r u guys", "Hoe oud zijn jullie eigenlijk?",
    "wie alt seid ihr so?", "quel âge vous avez ?", "¿cuántos años tenéis?", "quantos anos vocês têm?",
    "сколько вам всем лет?", "quanti anni avete?", "ile macie lat?",
])
def test_an_age_question_to_everyone_is_one_to_the_room(text: str) -> None:
    assert room(text)


@pytest.mark.parametrize("text", [
    "how old are you", "how old are your kids?", "hoe oud ben jij?", "hoe oud zijn jullie kinderen?",
    "wie alt bist du?", "quel âge tu as ?", "¿cuántos años tienen tus hijos?", "quantos anos você tem?",
    "сколько тебе лет?", "quanti anni hai?", "ile masz lat?", "how old is your dog",
])
def test_a_question_to_one_person_or_about_others_is_not(text: str) -> None:
    assert not room(text)


def test_the_quick_check_never_skips_a_listed_question() -> None:
    """asks_the_room skips the patterns on lines without their literal text: every example of every
    pack's list must still be found (a new pattern whose text the check misses fails here)."""
    examples = [ex for part in LEXICON.parts if part.name == "room_age_question" for ex in part.examples]
    assert len(examples) >= 9 * 3
    assert [ex for ex in examples if not room(ex)] == []


def test_each_member_answers_a_room_question_with_their_next_line() -> None:
    ages = AgeDialogue()
    ages.ask_room("g", "c", "host", 0.0)
    assert ages.answer("g", "host", "52 and feeling it", 10.0, "c") is None, "the one who asked is not answering"
    assert ages.answer("g", "ana", "41, and don't worry, we have older", 20.0, "c") == 41
    assert ages.answer("g", "ben", "44, dus nee 😂", 30.0, "c") == 44
    assert ages.answer("g", "cat", "welcome!", 40.0, "c") is None
    assert ages.answer("g", "cat", "33", 50.0, "c") is None, "a member's second line is not their answer"
    assert ages.answer("g", "ana", "12", 60.0, "c") is None
    assert ages.answer("g", "dan", "29", 70.0, "c2") is None, "another channel was not asked"
    assert ages.answer("g2", "dan", "29", 70.0, "c") is None, "nor another community"
    assert ages.answer("g", "dan", "29", AGE_ANSWER_S + 1.0, "c") is None, "too late to be the answer"


def test_a_member_asked_in_person_answers_that_question_first() -> None:
    ages = AgeDialogue()
    ages.ask_room("g", "c", "host", 0.0)
    ages.ask("g", "ana", "ur 12 right?", 5.0)
    assert ages.answer("g", "ana", "yes", 10.0, "c") == 12  # the guess she confirms, not the room's bare reading
    assert ages.answer("g", "ana", "13", 20.0, "c") is None  # both questions are used up


def test_erasure_removes_a_members_room_questions_and_their_part_in_others() -> None:
    ages = AgeDialogue()
    ages.ask_room("g", "c", "host", 0.0)
    ages.ask_room("g", "c2", "ana", 0.0)
    ages.answer("g", "ana", "hi", 1.0, "c")
    ages.forget_in_rooms("ana", "g")
    assert list(ages.rooms) == [("g", "c")] and ages.rooms[("g", "c")].heard == set()
    ages.forget_in_rooms("host", None)
    assert not ages.rooms


def declared(p: Pipeline, who: str) -> int | None:
    return p.members[("g1", who)].declared


def lift_offer(p: Pipeline, *, ask_the_room: bool) -> list[Decision]:
    c = Chat()
    question = "how old is everyone roughly? i'm 52" if ask_the_room else "nice to have new faces, i'm 52"
    events = [
        c.say(NEWCOMER, "hi all, just moved here, found you on a meetup page"),
        c.say(HOST, question),
        c.say(ANA, "41, and dont worry, we have a 67 year old who wins everything"),
        c.say(BEN, "29 lol"),
        c.say(NEWCOMER, "ha good to know. when do you usually play?"),
        c.say(ANA, "thursdays at the cafe on the high street"),
        c.say(HOST, "ana i can pick you up on the way if you like", after=timedelta(minutes=2)),
    ]
    return [d for ev in events for d in p.process(ev)]


def test_everyone_who_answers_the_room_question_gets_their_age(pipeline: Pipeline) -> None:
    lift_offer(pipeline, ask_the_room=True)
    assert (declared(pipeline, "host"), declared(pipeline, "ana"), declared(pipeline, "ben")) == (52, 41, 29)
    assert declared(pipeline, "newcomer") is None, "the newcomer's later line answered nothing"


def test_a_lift_between_adults_who_gave_their_ages_is_not_an_alert(pipeline: Pipeline) -> None:
    assert not kinds(lift_offer(pipeline, ask_the_room=True), "alert")
    control = Pipeline(pipeline.engine, lambda _cid: pipeline._policy_for("g1"))
    assert kinds(lift_offer(control, ask_the_room=False), "alert"), \
        "without the question the same numbers are no ages, and the offer is to someone of unknown age"
    assert declared(control, "ana") is None


@pytest.fixture(scope="module")
def packs() -> Pipeline:
    return Pipeline(load_default_engine())


def test_a_pets_age_after_the_writers_own_is_not_hers(packs: Pipeline) -> None:
    """"38. and you?" — "41. two teenagers at home" … "an old sheepdog, Bramble. 12 years old": the
    twelve is the dog's, and the adult stays 41 (the bundled packs, where the readings live)."""
    c = Chat(ChannelKind.DIRECT, ("ana", "ben"))
    run(packs, [c.say(BEN, "38. and you?"), c.say(ANA, "41. two teenagers at home, so i get tired"),
                c.say(BEN, "do you have animals?"), c.say(ANA, "an old sheepdog, Bramble. 12 years old")])
    assert declared(packs, "ana") == 41


@pytest.mark.parametrize(("text", "age"), [
    ("14 years old btw", 14), ("im 13 now", 13), ("i have a dog lol. im 13 years old", 13),
    ("I'm Sam, 34", 34), ("Ik ben Femke, 31, net verhuisd", 31), ("Soy Lucía, 29, de Sevilla", 29),
    ("Ich bin Jonas, 40", 40), ("Je suis Marie, 35 ans", 35), ("Меня зовут Оля, 35", 35), ("Sono Luca, 30", 30),
    ("Jestem Ania, 29", 29), ("Sou a Bia, 27", 27),
    ("An old sheepdog, Bramble. 12 years old", None), ("Unser Hund, Bruno. 12 Jahre alt", None),
    ("We hebben een oude kat, Mimi. 14 jaar", None), ("I'm late, 20 minutes", None), ("im done, 15 kills", None),
])
def test_declared_ages_in_introductions_and_about_pets(packs: Pipeline, text: str, age: int | None) -> None:
    assert packs.engine.analyze(text).declared_age == age


@pytest.mark.parametrize("text", ["14 aussi", "13 también", "15 tbm", "14 auch", "14 ook", "13 anche", "14 też",
                                  "14 тоже", "14 too lol"])
def test_an_age_given_back_with_too_in_any_language_answers_the_question(text: str) -> None:
    d = AgeDialogue()
    d.asks_back("g", "theo", "14 et toi", 0.0)  # Chloé: "14, and you?"
    assert d.answer("g", "theo", text, 60.0) == int(text.split()[0])


def test_an_adults_age_after_a_reaction_answers_and_the_childs_age_said_back_is_not_his(packs: Pipeline) -> None:
    adult, kid = person("adam", account_days=900), person("zoe", account_days=700)
    c = Chat(ChannelKind.DIRECT, ("adam", "zoe"))
    ds = run(packs, [c.say(kid, "hiii u liked my cover!"),
                     c.say(adult, "yeah it was really good"),
                     c.say(kid, "tysm!! how old r u?"),
                     c.say(adult, "haha thanks. 27. is that ok?"),  # his age, after a reaction
                     c.say(kid, "ya its fine. im 13"),
                     c.say(adult, "13 and singing like that, wow"),  # her age said back: not his
                     c.say(kid, "laying in bed lol"),
                     c.say(adult, "already in bed? what are you wearing")])
    assert packs.members[("g1", "adam")].declared == 27
    assert packs.members[("g1", "zoe")].declared == 13
    alerts = kinds(ds, "alert")
    assert alerts and alerts[0].suspect.id == "adam" and alerts[0].target is not None and alerts[0].target.id == "zoe"


def test_a_bare_age_is_still_the_writers_answer_when_they_were_asked(packs: Pipeline) -> None:
    a, b = person("ana", account_days=900), person("bea", account_days=700)
    c = Chat(ChannelKind.DIRECT, ("ana", "bea"))
    run(packs, [c.say(a, "im 14, how old r u?"), c.say(b, "14 and u said 14 too lol")])
    assert packs.members[("g1", "bea")].declared == 14


def test_a_bare_number_after_an_adults_age_is_not_hers_and_an_emoji_may_open_an_answer(packs: Pipeline) -> None:
    a, b = person("quill", account_days=900), person("maple", account_days=900)
    c = Chat(ChannelKind.DIRECT, ("quill", "maple"))
    run(packs, [c.say(a, "gg on the raid"), c.say(a, "asl lol jk"),
                c.say(b, "😂 33, f, ohio. you?"),
                c.say(a, "29 m, toronto"),
                c.say(b, "sorry i went quiet, my kid woke up"),
                c.say(a, "no worries, how old?"),
                c.say(b, "6, she has a cold")])
    assert packs.members[("g1", "maple")].declared == 33  # her daughter's 6 does not make her a child


@pytest.mark.parametrize(("question", "answer"), [
    ("ты в каком классе?", "в 7"), ("what grade are you in?", "8th grade"), ("what grade r u in", "7th"),
    ("en qué curso estás?", "1º de la eso"), ("vc tá em qual série?", "7ª série"),
    ("in welche klasse gehst du?", "in die 7."),
    ("t'es en quelle classe ?", "5e"), ("che classe fai?", "2 media"), ("in welke klas zit je?", "groep 8"),
    ("w której klasie jesteś?", "w 7"),
])
def test_a_school_grade_answering_a_grade_question_makes_a_pupil_not_an_age(question: str, answer: str) -> None:
    ages = AgeDialogue()
    ages.ask("g", "kid", normalize(question).full, 0.0)
    assert ages.answer("g", "kid", answer, 10.0) == PUPIL


def test_an_age_answering_a_grade_question_is_an_age_and_a_grade_asked_about_a_test_is_nothing() -> None:
    ages = AgeDialogue()
    ages.ask("g", "ana", normalize("what grade are you in?").full, 0.0)
    assert ages.answer("g", "ana", "13", 10.0) == 13, "a number over 12 is an age"
    ages.ask("g", "ben", normalize("how old are you?").full, 0.0)
    assert ages.answer("g", "ben", "in 7", 10.0) is None, "only a grade question makes a number a grade"
    ages.ask("g", "cat", normalize("what grade did you get on the test?").full, 0.0)
    assert ages.answer("g", "cat", "7", 10.0) == 7, "not a question about school grades: the bare number as before"


def test_a_stranger_moving_a_pupil_to_private_is_a_critical_move_towards_a_child(packs: Pipeline) -> None:
    """Blind batch 16's shape: an anime group, a newcomer asks a girl her class, she answers "in 7", he
    moves her to private messages. Her grade is what makes her a child; without it she was only a
    possible one, and the layer's second opinion could set the move aside."""
    stranger, kid = NEWCOMER, person("katya", account_days=None, joined_days=None)
    c = Chat(ChannelKind.PUBLIC, ("newcomer", "katya"))
    ds = run(packs, [c.say(kid, "я нарисовала новую аватарку"),
                     c.say(stranger, "круто для твоего возраста. ты в каком классе?"),
                     c.say(kid, "в 7"),
                     c.say(stranger, "давай в личку, там покажу как рисовать")])
    assert packs.members[("g1", "katya")].kid == 2 and packs.members[("g1", "katya")].declared is None
    assert any(d.kind.name == "ALERT" and "critical move towards a child: platform move" in d.signals for d in ds)
