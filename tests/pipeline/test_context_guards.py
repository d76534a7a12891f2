"""Conversation context that is not grooming (issue 10, point 4), and decisive moves that are.

Each guard is tested with its control: the same move without the context still counts.
"""

from __future__ import annotations

from datetime import timedelta

from bot.events import ChannelKind
from bot.pipeline import Decision, Pipeline
from bot.pipeline.age_dialogue import AgeDialogue
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run

KID = person("kid", "13-15")
TEACHER = person("teacher", account_days=None, joined_days=None)
ADULT = person("adult", "18+")


def quiet(ds: list[Decision]) -> bool:
    return not kinds(ds, "alert") and not kinds(ds, "nudge")


def test_a_move_quoted_in_a_lesson_is_not_made(pipeline: Pipeline) -> None:
    c = Chat()
    hi = c.say(KID, "ready for the quiz")
    ds = run(pipeline, [hi, c.say(ADULT, 'last one: someone writes "send me a pic or i will post it". what do you do?',
                                  reply_to=hi.message.id, reply_author="kid")])
    assert quiet(ds)
    assert any("quoted" in s for d in kinds(ds, "log") for s in d.signals) or not kinds(ds, "log")


def test_the_same_move_unquoted_still_alerts(pipeline: Pipeline) -> None:
    c = Chat()
    hi = c.say(KID, "ready for the quiz")
    ds = run(pipeline, [hi, c.say(ADULT, "send me a pic or i will post it",
                                  reply_to=hi.message.id, reply_author="kid")])
    assert kinds(ds, "alert")


def test_a_quoted_word_does_not_hide_the_request_around_it(pipeline: Pipeline) -> None:
    c = Chat(ChannelKind.DIRECT, ("adult", "kid"))
    ds = run(pipeline, [c.say(KID, "hi"), c.say(ADULT, 'send me a pic "for the album" ok')])
    assert kinds(ds, "alert")


def test_a_warning_against_sharing_is_not_a_request(pipeline: Pipeline) -> None:
    c = Chat()
    hi = c.say(KID, "can we join the stream")
    ds = run(pipeline, [hi, c.say(ADULT, "sure, audio only and no cam. never send a pic to people you meet online",
                                  reply_to=hi.message.id, reply_author="kid")])
    assert quiet(ds)
    c2 = Chat(community="g2")
    hi2 = c2.say(KID, "can we join the stream")
    ds2 = run(pipeline, [hi2, c2.say(ADULT, "never send a pic to anyone, only me",
                                     reply_to=hi2.message.id, reply_author="kid")])
    assert kinds(ds2, "alert"), "a 'warning' that keeps the move for the writer is the move"


def test_siblings_arranging_a_pick_up_for_their_mum(pipeline: Pipeline) -> None:
    bro = person("bro", account_days=None, joined_days=None)
    kid = person("ollie", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("bro", "ollie"))
    ds = run(pipeline, [c.say(bro, "where r u"), c.say(kid, "park with sam"),
                        c.say(bro, "ill pick u up at 6 on the way back from work, mum's orders")])
    assert quiet(ds)
    c2 = Chat(ChannelKind.DIRECT, ("bro", "ollie"), community="g2")
    ds2 = run(pipeline, [c2.say(bro, "where r u"), c2.say(kid, "park with sam"),
                         c2.say(bro, "ill pick u up at 6 on the way back from work, tell your mum ur with friends")])
    assert kinds(ds2, "alert") or kinds(ds2, "nudge"), "a pick-up with no family context still counts"


def test_a_parent_coming_along_is_family_context_except_from_an_adult(pipeline: Pipeline) -> None:
    older = person("ire", "16-17")
    kid = person("carla", "13-15")
    c = Chat(ChannelKind.DIRECT, ("ire", "carla"))
    ds = run(pipeline, [c.say(kid, "the manga fair is on saturday"),
                        c.say(older, "we can pick you up at 10, my dad drives us")])
    assert quiet(ds)
    c2 = Chat(ChannelKind.DIRECT, ("adult", "carla"), community="g2")
    ds2 = run(pipeline, [c2.say(kid, "the manga fair is on saturday"),
                         c2.say(ADULT, "we can pick you up at 10, my dad drives us")])
    assert kinds(ds2, "alert")


def test_a_newcomers_friend_request_while_a_game_is_organised(pipeline: Pipeline) -> None:
    newcomer = person("pebble", "13-15", account_days=400, joined_days=0.2)
    tater = person("tater", "13-15")
    c = Chat()
    ask = c.say(tater, "anyone wanna do the obby, i need 3")
    ds = run(pipeline, [ask, c.say(newcomer, "can i?? sent you a friend request",
                                   reply_to=ask.message.id, reply_author="tater")])
    assert quiet(ds)
    c2 = Chat(community="g2")
    hi = c2.say(tater, "hi")
    ds2 = run(pipeline, [hi, c2.say(newcomer, "sent you a friend request, add me on snap",
                                    reply_to=hi.message.id, reply_author="tater")])
    assert kinds(ds2, "alert"), "another app named, or no game at hand: a newcomer's request still counts"


def test_children_asking_each_others_age_before_a_friend_request(pipeline: Pipeline) -> None:
    a, b = person("ana", "13-15"), person("ben", "13-15")
    c = Chat()
    ds = run(pipeline, [c.say(a, "how old are you"), c.say(b, "13 u?"), c.say(a, "same lol"),
                        c.say(a, "ok sent you a friend request")])
    assert quiet(ds), "the tip main sent a classmate for this"


def test_an_age_answer_with_laughter_or_a_question_back_is_declared() -> None:
    ages = AgeDialogue()
    for text, age in [("13 y tu", 13), ("16 e vc", 16), ("19 jaja pero no pasa nada", 19), ("12 und du?", 12),
                      ("26 lol. u?", 26), ("14. wbu", 14), ("13 а ты?", 13)]:
        ages.ask("g", "m", "how old are you", 0.0)
        assert ages.answer("g", "m", text, 1.0) == age, text
    ages.asks_back("g", "them", "16 e vc", 0.0)
    assert ages.answer("g", "them", "12", 1.0) == 12


def test_an_age_answer_followed_by_a_new_sentence_is_declared() -> None:
    """"45, and you?" — "38. which part of town are you in?": adults trading ages go straight on;
    without reading the answer, the one who asked it back looks like someone of unknown age."""
    ages = AgeDialogue()
    for text, age in [("38. vc mora em qual bairro?", 38), ("44. вы где живёте?", 44), ("47) а вам?", 47),
                      ("41! anyway where do you live", 41), ("34 so yes i get them", 34)]:
        ages.ask("g", "m", "how old are you", 0.0)
        assert ages.answer("g", "m", text, 1.0) == age, text
    for text in ["3.5 stars honestly", "12.30 works for me", "2. i dont know what you mean"]:
        ages.ask("g", "m", "how old are you", 0.0)
        assert ages.answer("g", "m", text, 1.0) is None, text


def test_an_age_answer_in_words_is_declared() -> None:
    """"how old are you" — "fourteen": the number word is the age, as the digits would be."""
    ages = AgeDialogue()
    for text, age in [("fourteen", 14), ("Twelve lol u?", 12), ("trece y tu", 13), ("тринадцать", 13),
                      ("zwölf und du?", 12)]:
        ages.ask("g", "m", "how old are you", 0.0)
        assert ages.answer("g", "m", text, 1.0) == age, text
    ages.ask("g", "m", "how old are you", 0.0)
    assert ages.answer("g", "m", "twelve robux why", 1.0) is None


def test_an_adults_volunteered_age_reads_the_bare_reply_as_an_age() -> None:
    """"btw im 41" — "39, fine": ages are traded unasked; a child's own volunteered "14" asks nothing."""
    ages = AgeDialogue()
    ages.asks_back("g", "them", "btw im 41 just so u know", 0.0, 41)
    assert ages.answer("g", "them", "39, fine", 1.0) == 39
    ages.asks_back("g", "other", "im 14 lol", 0.0, 14)
    assert ages.answer("g", "other", "15", 1.0) is None


def test_secrecy_from_an_adult_to_a_child_is_a_decisive_move(pipeline: Pipeline) -> None:
    c = Chat(ChannelKind.DIRECT, ("adult", "kid"))
    ds = run(pipeline, [c.say(KID, "hi"), c.say(ADULT, "don't tell your parents we talk")])
    alerts = kinds(ds, "alert")
    assert alerts and any("secrecy" in s for s in alerts[0].signals)
    friend = person("friend", "13-15")
    c2 = Chat(ChannelKind.DIRECT, ("friend", "kid"), community="g2")
    ds2 = run(pipeline, [c2.say(KID, "hi"), c2.say(friend, "don't tell anyone", after=timedelta(minutes=2))])
    assert not kinds(ds2, "alert"), "a child's secret with a friend is not an alert"


def test_siblings_keeping_a_secret_from_their_mum_are_family(pipeline: Pipeline) -> None:
    a = person("lucia", account_days=None, joined_days=None)
    b = person("mateo", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("lucia", "mateo"))
    ds = run(pipeline, [c.say(a, "don't tell anyone, mum will kill me"), c.say(b, "what did u do"),
                        c.say(a, "add me on snap, i'll tell u there")])
    assert quiet(ds)
    assert ("g1", "lucia", "mateo") in pipeline.family
    c2 = Chat(ChannelKind.DIRECT, ("lucia", "mateo"), community="g2")
    young = person("mateo", "13-15", account_days=None, joined_days=None)  # a known child: a lone secret is tipped
    ds2 = run(pipeline, [c2.say(young, "hi"), c2.say(a, "don't tell anyone, your mum will kill me")])
    assert kinds(ds2, "nudge"), "'your mum' is not a shared parent: the secret still gets a tip"


def test_an_adult_giving_their_number_to_someone_of_unknown_age_is_not_a_critical_move(pipeline: Pipeline) -> None:
    other = person("claire", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("adult", "claire"))
    ds = run(pipeline, [c.say(other, "see you at the car park at 9?"),
                        c.say(ADULT, "perfect, here is my number just in case: 555 0161 339")])
    assert kinds(ds, "log"), "the built-in contact rules saw the number"
    assert not kinds(ds, "alert")
    c2 = Chat(ChannelKind.DIRECT, ("adult", "kid"), community="g2")
    ds2 = run(pipeline, [c2.say(KID, "see you at the game?"),
                         c2.say(ADULT, "perfect, here is my number just in case: 555 0161 339")])
    assert kinds(ds2, "alert"), "handing a known child one's number is still a platform move"
