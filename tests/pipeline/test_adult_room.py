"""A room of adults: where the others around are known adults and none a known child, a member who
never said their age is read as most likely an adult, not as a possible child."""

from __future__ import annotations

from bot.events import ChannelKind, Community
from bot.pipeline import Pipeline, Policy
from rules.engine import load_default_engine
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run

NEWCOMER = person("newcomer", account_days=3, joined_days=0.5)
QUIET = person("quiet", account_days=800)
ANA = person("ana", account_days=900)
BEN = person("ben", account_days=900)
KID = person("kid", "13-15", account_days=500)


def _room(*intros: tuple[object, str]) -> tuple[Chat, list]:  # type: ignore[type-arg]
    c = Chat(ChannelKind.PUBLIC)
    return c, [c.say(who, text) for who, text in intros]  # type: ignore[arg-type]


def test_a_stranger_asking_for_a_picture_among_adults_is_not_an_alert(pipeline: Pipeline) -> None:
    c, events = _room((ANA, "hi all, i'm 41, new to the club"), (BEN, "welcome! i'm 45"),
                      (QUIET, "nice to see new people"))
    ds = run(pipeline, [*events, c.say(NEWCOMER, "i'm 27. quiet send me a pic of your garden", reply_to="m3",
                                        reply_author="quiet")])
    assert not kinds(ds, "alert") and not kinds(ds, "nudge")
    log = kinds(ds, "log")[-1]
    assert log.target is not None and log.target.id == "quiet"


def test_the_same_move_towards_a_member_of_unknown_age_in_a_youth_room_alerts(pipeline: Pipeline) -> None:
    c, events = _room((ANA, "hi all, i'm 41, new to the club"), (QUIET, "nice to see new people"))
    ds = run(pipeline, [*events, c.say(NEWCOMER, "i'm 27. quiet send me a pic of your garden", reply_to="m2",
                                        reply_author="quiet")])
    assert kinds(ds, "alert")  # one adult around is not a room of adults


def test_a_known_child_among_the_speakers_keeps_the_room_a_youth_one(pipeline: Pipeline) -> None:
    c, events = _room((ANA, "hi all, i'm 41, new to the club"), (BEN, "welcome! i'm 45"),
                      (KID, "hiii"), (QUIET, "nice to see new people"))
    ds = run(pipeline, [*events, c.say(NEWCOMER, "i'm 27. quiet send me a pic of your garden", reply_to="m4",
                                        reply_author="quiet")])
    assert kinds(ds, "alert")


def test_staff_do_not_make_a_room_of_adults(pipeline: Pipeline) -> None:
    mod1, mod2 = person("mod1", staff=True), person("mod2", staff=True)
    c, events = _room((mod1, "i'm 30, mod here"), (mod2, "i'm 33, also mod"), (QUIET, "hello"))
    ds = run(pipeline, [*events, c.say(NEWCOMER, "i'm 27. quiet send me a pic of your garden", reply_to="m3",
                                        reply_author="quiet")])
    assert kinds(ds, "alert")


def test_a_known_child_target_is_protected_whoever_is_around(pipeline: Pipeline) -> None:
    c, events = _room((ANA, "hi all, i'm 41, new to the club"), (BEN, "welcome! i'm 45"), (KID, "hello"))
    ds = run(pipeline, [*events, c.say(NEWCOMER, "i'm 27. kid send me a pic of you", reply_to="m3",
                                        reply_author="kid")])
    assert kinds(ds, "alert")


def _named(name: str) -> Chat:
    c = Chat(ChannelKind.PUBLIC)
    c.community = Community("g1", "telegram", name)
    return c


def test_a_group_named_for_parents_is_a_room_of_adults_for_members_of_unknown_age() -> None:
    """Blind batch 1's parents' group: a father stuck at work gives his number to the mother who will pick
    up his son. Nobody there says an age; the group's name says who its members are."""
    for name, adult in [("Pais 6º ano A", True), ("Родители 6В", True), ("Dice & Dragons Leeds (18+)", True),
                        ("U13 Hawks Parents & Players", False), ("Skyblock Builders", False)]:
        c = _named(name)
        events = [c.say(QUIET, "hello everyone, see you at the match on thursday"),
                  c.say(NEWCOMER, "thanks quiet! text me on 555 0148 221 if anything changes",
                        reply_to="m1", reply_author="quiet")]
        ds = run(Pipeline(load_default_engine(), lambda _cid: Policy()), events)
        assert bool(kinds(ds, "alert")) is not adult, name


def test_a_known_child_in_a_group_named_for_adults_is_still_a_child(pipeline: Pipeline) -> None:
    c = _named("Cosplay Corner 18+")
    ds = run(pipeline, [c.say(KID, "hiii"), c.say(NEWCOMER, "i'm 27. kid send me a pic of you", reply_to="m1",
                                                  reply_author="kid")])
    assert kinds(ds, "alert")
