"""Everyday context at the conversation layer: no alert and no tip for homework photos, in-game
friend requests, family pick-ups and surprise-party secrets; the same moves without it still count."""

from __future__ import annotations

from dataclasses import replace

from bot.events import Author, Channel, ChannelKind
from bot.pipeline import Decision, Pipeline
from bot.pipeline.everyday import parent_name, says_family
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run

KID = person("kid", "13-15")


def quiet(ds: list[Decision]) -> bool:
    return not kinds(ds, "alert") and not kinds(ds, "nudge")


def unknown(uid: str) -> Author:
    return person(uid, account_days=None, joined_days=None)  # as on Telegram: nothing but what they say


def test_a_photo_of_the_homework_is_not_a_photo_request(pipeline: Pipeline) -> None:
    a, b = unknown("ana"), unknown("ben")
    c = Chat(ChannelKind.DIRECT, ("ana", "ben"))
    ds = run(pipeline, [c.say(a, "did u finish the math worksheet?"), c.say(b, "no, can u send me a pic")])
    assert quiet(ds)
    assert any("homework" in s for d in kinds(ds, "log") for s in d.signals) or not kinds(ds, "log")


def test_without_the_homework_the_same_request_still_gets_a_tip(pipeline: Pipeline) -> None:
    a, b = unknown("ana"), unknown("ben")
    c = Chat(ChannelKind.DIRECT, ("ana", "ben"))
    ds = run(pipeline, [c.say(a, "did u finish the game?"), c.say(b, "no, can u send me a pic")])
    assert [d.nudge_category for d in kinds(ds, "nudge")] == ["photo_request"]


def test_a_selfie_is_a_selfie_whatever_the_homework(pipeline: Pipeline) -> None:
    stranger = person("stranger", account_days=3, joined_days=1)
    c = Chat(ChannelKind.DIRECT, ("stranger", "kid"))
    ds = run(pipeline, [c.say(KID, "doing my math worksheet"), c.say(stranger, "send me a selfie")])
    assert kinds(ds, "alert") and kinds(ds, "nudge")


def test_a_practice_video_for_the_lesson_is_not_a_photo_request(pipeline: Pipeline) -> None:
    tutor = person("tutor", "18+")
    c = Chat(ChannelKind.DIRECT, ("tutor", "kid"))
    ds = run(pipeline, [c.say(KID, "i practised the piece all week"),
                        c.say(tutor, "great, for the lesson send me a video of you playing the scale")])
    assert quiet(ds)
    c2 = Chat(ChannelKind.DIRECT, ("tutor", "kid"), community="g2", channel="d2")
    ds2 = run(pipeline, [c2.say(KID, "hi"), c2.say(tutor, "send me a video of you")])
    assert kinds(ds2, "alert"), "an adult asking a child for a video of them, with no lesson, still alerts"


def test_a_friend_request_inside_a_game_is_not_a_platform_move(pipeline: Pipeline) -> None:
    a, b = unknown("ana"), unknown("ben")
    c = Chat()
    ds = run(pipeline, [c.say(a, "gg that match was crazy, u have good aim"), c.say(b, "lol thx wanna duo later"),
                        c.say(b, "sent you a friend request on roblox")])
    assert quiet(ds)


def test_a_friend_request_after_an_age_question_still_counts(pipeline: Pipeline) -> None:
    a, b = unknown("ana"), unknown("ben")
    c = Chat()
    ds = run(pipeline, [c.say(a, "gg"), c.say(b, "how old are you"), c.say(b, "sent you a friend request")])
    assert [d.nudge_category for d in kinds(ds, "nudge")] == ["platform_move"]


def test_ok_sent_you_a_friend_request_between_children_gets_no_tip(pipeline: Pipeline) -> None:
    """The class the independent evaluation found: a classmate tipped for "ok sent you a friend request"."""
    a, b = unknown("ana"), unknown("ben")
    c = Chat()
    ds = run(pipeline, [c.say(a, "wait whats ur name on here"), c.say(b, "ben.k"),
                        c.say(a, "ok sent you a friend request")])
    assert quiet(ds)


def test_a_friend_request_from_a_new_account_still_counts(pipeline: Pipeline) -> None:
    stranger = person("stranger", account_days=3, joined_days=1)
    c = Chat()
    ds = run(pipeline, [c.say(KID, "gg"), c.say(stranger, "gg, sent you a friend request")])
    assert kinds(ds, "nudge") or kinds(ds, "alert")


def test_a_parent_arranging_a_pick_up_is_not_a_meeting_proposal(pipeline: Pipeline) -> None:
    mum = person("laura", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("laura", "kid"))
    ds = run(pipeline, [c.say(KID, "practice ends at 5"), c.say(mum, "ok it's mom, i'll pick you up at 5")])
    assert quiet(ds)
    dad = replace(person("sam", account_days=None, joined_days=None), display_name="Sam (Leo's dad)")
    c2 = Chat(ChannelKind.DIRECT, ("sam", "kid"), community="g2", channel="d2")
    ds2 = run(pipeline, [c2.say(KID, "hi"), c2.say(dad, "i can pick you up with leo after practice")])
    assert quiet(ds2)


def test_a_stranger_offering_a_pick_up_still_alerts(pipeline: Pipeline) -> None:
    stranger = person("stranger", account_days=3, joined_days=1)
    c = Chat(ChannelKind.DIRECT, ("stranger", "kid"))
    ds = run(pipeline, [c.say(KID, "practice ends at 5"), c.say(stranger, "i'll pick you up at 5")])
    assert kinds(ds, "alert")


def test_a_surprise_party_secret_is_not_secrecy_but_a_surprise_for_you_is(pipeline: Pipeline) -> None:
    a, b = unknown("ana"), unknown("ben")
    c = Chat(ChannelKind.PRIVATE_THREAD, ("ana", "ben", "cat"))
    c.channel = Channel("t1", ChannelKind.PRIVATE_THREAD, "Mum's surprise birthday", member_ids=("ana", "ben", "cat"))
    ds = run(pipeline, [c.say(a, "she gets home at 6"), c.say(b, "don't tell anyone, she reads the group")])
    assert quiet(ds)
    c2 = Chat(ChannelKind.DIRECT, ("ana", "ben"), community="g2", channel="d2")
    young = person("ana", "13-15", account_days=None, joined_days=None)  # a known child: a lone secret is tipped
    ds2 = run(pipeline, [c2.say(young, "hi"), c2.say(b, "i got a surprise for you, don't tell anyone")])
    assert [d.nudge_category for d in kinds(ds2, "nudge")] == ["secrecy"]


def test_family_and_parent_words() -> None:
    assert says_family("hi sweetie it's mom") and says_family("this is zara's dad, could we meet")
    assert not says_family("it's mom's friend") and not says_family("don't tell your mom")
    assert parent_name("Lena (Max's mum)") and parent_name("Mom of 3") and not parent_name("Lena")


def test_talking_to_someone_named_dad_is_family_but_tia_alone_is_a_name(pipeline: Pipeline) -> None:
    from bot.pipeline.ages import family_name

    dad = replace(person("d1", account_days=None, joined_days=None), display_name="Dad")
    sofia = unknown("sofia")
    c = Chat(ChannelKind.PRIVATE_THREAD, ("d1", "sofia", "x"))
    ds = run(pipeline, [c.say(dad, "dinner at 7"), c.say(sofia, "send me a pic pls", reply_to="m1", reply_author="d1")])
    assert quiet(ds), "a child's request to her dad is family talk, and no tip goes to the dad"
    assert family_name("Tía Rosa") and family_name("Grandma Elena") and not family_name("Tia")
