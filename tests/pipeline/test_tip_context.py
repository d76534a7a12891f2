"""Tips go to people who are or may be children, at a move the context does not explain.

Benign chats of the blind batches got tips nobody needed: adults handing each other a phone number,
teen friends proposing a video call in their group, a sister checking on her brother for their mum,
a family group whose mother is saved as "Mãe". Each test pins the class and its counterpart, the
same move where the context is missing, which still gets its tip.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.events import Author, ChannelKind
from bot.pipeline import Pipeline
from bot.pipeline.ages import family_name
from bot.pipeline.everyday import set_aside, shares_parent
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run


def unknown(uid: str) -> Author:
    return person(uid, account_days=None, joined_days=None)  # as on Telegram: nothing but what they say


def tips(ds):  # type: ignore[no-untyped-def]
    return [d.nudge_category for d in kinds(ds, "nudge")]


def test_ones_own_number_with_nothing_before_gets_no_tip(pipeline: Pipeline) -> None:
    a, b = unknown("olga"), unknown("sergei")
    c = Chat(ChannelKind.DIRECT, ("olga", "sergei"))
    ds = run(pipeline, [c.say(b, "see you saturday at the cafe?"), c.say(a, "yes. my number is 0555 193 447")])
    assert kinds(ds, "log"), "the number still counts as risk"
    assert not tips(ds) and not kinds(ds, "alert")


def test_ones_own_number_after_an_earlier_move_still_gets_a_tip(pipeline: Pipeline) -> None:
    a, b = unknown("olga"), unknown("sergei")
    c = Chat(ChannelKind.DIRECT, ("olga", "sergei"))
    ds = run(pipeline, [c.say(b, "hi"), c.say(a, "how old r u?"), c.say(b, "14"),
                        c.say(a, "my number is 0555 193 447", after=timedelta(hours=1))])
    assert "platform_move" in tips(ds)


def test_teen_friends_video_call_in_their_group_gets_no_tip_but_in_private_it_does(pipeline: Pipeline) -> None:
    a, b = person("harper", "13-15"), person("leo", "13-15")
    c = Chat()
    ds = run(pipeline, [c.say(b, "who's around later"), c.say(a, "send me a pic of ur new hair lol")])
    assert not tips(ds), "between peers in a group, with nothing before, a photo or a call is friends' talk"
    d = Chat(ChannelKind.DIRECT, ("harper", "leo"), community="g2", channel="dm")
    ds2 = run(pipeline, [d.say(b, "hey"), d.say(a, "send me a pic of ur new hair lol")])
    assert "photo_request" in tips(ds2), "the same request in private still gets its tip"


def test_a_sister_checking_for_their_mum_is_family_from_her_first_line(pipeline: Pipeline) -> None:
    sis = unknown("sis")
    c = Chat(ChannelKind.DIRECT, ("sis", "mo"))
    ds = run(pipeline, [c.say(sis, "r u alone? mom asked me to check")])
    assert not tips(ds)
    assert shares_parent("mom asked me to check") and not shares_parent("your mom asked me to check")
    stranger = unknown("stranger")
    # Lookout has watched the community for days, so this DM is known to be their first contact.
    lobby = Chat(community="g2", channel="lobby")
    c2 = Chat(ChannelKind.DIRECT, ("stranger", "kid"), community="g2", channel="d2")
    c2.t = lobby.t + timedelta(days=3)
    assert tips(run(pipeline, [lobby.say(unknown("kid"), "hi all"), c2.say(stranger, "r u alone?")])) == ["isolation"]


def test_an_accented_kinship_name_is_family_the_bare_given_name_is_not(pipeline: Pipeline) -> None:
    assert family_name("Mãe") and family_name("Tía")
    assert not family_name("Mae") and not family_name("Tia")
    mae = replace(unknown("m1"), display_name="Mãe")
    davi = unknown("davi")
    c = Chat(ChannelKind.PRIVATE_THREAD, ("m1", "davi", "x"))
    ds = run(pipeline, [c.say(davi, "oi"), c.say(mae, "r u alone tomorrow morning? food is in the fridge",
                                                  reply_to="m1", reply_author="davi")])
    assert not tips(ds)


def test_a_camera_is_for_the_person_in_every_language() -> None:
    drawing = ["mon dernier dessin, soyez gentils"]
    for text in ("on passe en appel video ? allume ta camera", "hacemos videollamada?", "включи камеру",
                 "mach mal videoanruf"):
        assert set_aside({"photo_request"}, text, drawing, marked=False, earlier_moves=False, family=False) == {}, text
    assert set_aside({"photo_request"}, "envoie une photo du dessin", drawing, marked=False, earlier_moves=False,
                     family=False), "a photo of the drawing itself is still set aside"


def test_an_everyday_reason_sets_the_request_aside_and_a_borrowed_one_does_not(pipeline: Pipeline) -> None:
    mum = unknown("mum1")
    c = Chat(ChannelKind.DIRECT, ("mum1", "dad1"))
    ds = run(pipeline, [c.say(mum, "are you in bed already? the twins are finally down")])
    assert not tips(ds) and not kinds(ds, "log"), "a household reason leaves nothing to act on"
    stranger = unknown("stranger2")
    c2 = Chat(ChannelKind.DIRECT, ("stranger2", "kid2"), community="g3", channel="d3")
    ds2 = run(pipeline, [c2.say(stranger, "the baby's asleep, are you in bed? what are u wearing")])
    assert "sexual_talk" in tips(ds2) or kinds(ds2, "alert")
