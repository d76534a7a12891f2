"""Who is the suspect: whoever drives the approach; a child answering it is never named."""

from __future__ import annotations

from datetime import timedelta

from bot.events import ChannelKind
from bot.pipeline import Decision, Pipeline
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run


def named(ds: list[Decision]) -> set[str]:
    return {d.suspect_id for d in kinds(ds, "alert")}


def tipped(ds: list[Decision]) -> set[str | None]:
    return {d.target_id for d in kinds(ds, "nudge")}


def test_a_child_asking_back_and_saying_add_me_is_not_the_suspect(pipeline: Pipeline) -> None:
    # The stranger has no age role: only the child's side is known. Without the direction rule the
    # child's own lines (age question back, secrecy, app move) would make the child the suspect.
    stranger = person("dan")
    kid = person("lia", "13-15")
    c = Chat(ChannelKind.DIRECT, ("dan", "lia"))
    ds = run(pipeline, [
        c.say(stranger, "how old are you"), c.say(kid, "13, how old are u?"),
        c.say(stranger, "so mature"), c.say(stranger, "are you alone"),
        c.say(kid, "don't tell anyone ok, my mom would be mad"), c.say(kid, "add me on snap"),
        c.say(stranger, "send me a pic"),
    ])
    assert named(ds) == {"dan"}, "the adult's side still alerts, the child's never"
    assert "dan" not in tipped(ds) and "lia" in tipped(ds)


def test_a_declared_child_answering_an_unknown_person_is_not_the_suspect(pipeline: Pipeline) -> None:
    # No roles and no account ages (as in a Telegram export): only what they say.
    guy = person("guy", account_days=None, joined_days=None)
    ana = person("ana", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("guy", "ana"))
    ds = run(pipeline, [
        c.say(guy, "hey how old are you"), c.say(ana, "13"), c.say(ana, "how old are u"),
        c.say(guy, "so mature"), c.say(ana, "add me on snap"), c.say(ana, "are u alone"),
        c.say(ana, "don't tell anyone"), c.say(guy, "send me a pic"),
    ])
    assert named(ds) == {"guy"}
    assert not any(d.suspect_id == "ana" for d in kinds(ds, "nudge"))


def test_when_both_ages_are_unknown_the_first_mover_drives(pipeline: Pipeline) -> None:
    a = person("ari", account_days=None, joined_days=None)
    b = person("bo", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("ari", "bo"))
    ds = run(pipeline, [
        c.say(b, "hi"), c.say(a, "how old are you"), c.say(a, "are you alone"),
        c.say(b, "why, how old are u"), c.say(b, "don't tell anyone i have snap"), c.say(b, "add me on snap"),
        c.say(a, "send me a pic"),
    ])
    assert "bo" not in named(ds), "asking back, then 'add me', is answering"
    assert "ari" in named(ds)


def test_a_responder_who_then_does_more_becomes_a_driver(pipeline: Pipeline) -> None:
    a = person("ari", account_days=None, joined_days=None)
    b = person("bo", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("ari", "bo"))
    ds = run(pipeline, [
        c.say(b, "hi"), c.say(a, "how old are you"),
        c.say(b, "how old are u"), c.say(b, "are you alone"), c.say(b, "don't tell anyone"),
        c.say(b, "add me on snap"), c.say(b, "send me a pic"),
    ])
    assert named(ds) == {"bo"}, "the person who asked one question first does not shield the one who does the rest"


def test_a_declared_child_pestering_someone_who_made_no_move_is_still_followed(pipeline: Pipeline) -> None:
    poser = person("poser", account_days=None, joined_days=None)  # says 15; may be anyone
    quiet = person("quiet", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("poser", "quiet"))
    ds = run(pipeline, [c.say(quiet, "hi"), c.say(poser, "im 15"), c.say(poser, "are you alone"),
                        c.say(poser, "don't tell anyone"), c.say(poser, "add me on snap"),
                        c.say(poser, "send me a pic")])
    assert named(ds) == {"poser"}


def test_an_older_teen_working_on_a_younger_child_is_followed_even_if_the_child_asked_first(
        pipeline: Pipeline) -> None:
    older = person("rex", "17")
    young = person("tia", "12")
    c = Chat(ChannelKind.DIRECT, ("rex", "tia"))
    ds = run(pipeline, [c.say(young, "how old are you"), c.say(older, "are you alone"),
                        c.say(older, "send me a pic")])
    assert named(ds) == {"rex"}


def test_a_child_is_never_named_against_someone_clearly_older(pipeline: Pipeline) -> None:
    adult = person("dan", "18+")
    kid = person("lia", "13-15")
    c = Chat(ChannelKind.DIRECT, ("dan", "lia"))
    ds = run(pipeline, [c.say(adult, "hi"), c.say(kid, "how old are you"), c.say(kid, "are you alone"),
                        c.say(kid, "don't tell anyone"), c.say(kid, "add me on snap"), c.say(kid, "send me a pic")])
    assert not kinds(ds, "alert")
    assert not kinds(ds, "nudge"), "no tip goes to the adult for the child's lines"


def test_who_moved_first_survives_a_restart(pipeline: Pipeline) -> None:
    from bot.pipeline.model import PairState

    a = person("ari", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("ari", "bo"))
    run(pipeline, [c.say(a, "hey"), c.say(a, "how old are you", after=timedelta(hours=2))])
    saved = dict(pipeline.take_dirty())[("g1", "ari", "bo")]
    restored = PairState.from_dict(saved)
    live = pipeline.pairs[("g1", "ari", "bo")].flags
    assert restored.flags is not None and live is not None and restored.flags.first == live.first
    assert restored.flags.first > restored.first  # the first cue, not the pair's first message
