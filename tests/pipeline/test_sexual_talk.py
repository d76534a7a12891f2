"""sexual_talk: a critical move from an adult or unknown person to a child; tips for both between peers."""

from __future__ import annotations

from datetime import timedelta

from bot.events import ChannelKind
from bot.pipeline import Pipeline
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run

CHILD = person("kid", "13-15")


def test_a_stranger_steering_a_child_sexually_alerts_at_once(pipeline: Pipeline) -> None:
    stranger = person("stranger", account_days=3, joined_days=1)
    c = Chat()
    ds = run(pipeline, [c.say(CHILD, "anyone on?"), c.say(stranger, "what are you wearing")])
    alerts = kinds(ds, "alert")
    assert len(alerts) == 1 and alerts[0].suspect_id == "stranger" and alerts[0].message_id == "m2"
    assert alerts[0].severity in ("high", "critical")
    assert any("critical move towards a child: sexual talk" in s for s in alerts[0].signals)
    assert [(d.target_id, d.nudge_category) for d in kinds(ds, "nudge")] == [("kid", "sexual_talk")]


def test_an_unknown_person_to_a_child_who_stated_her_age_alerts_at_once(pipeline: Pipeline) -> None:
    # Telegram-like: no roles, no account ages; only what people say.
    mia = person("mia", account_days=None, joined_days=None)
    guy = person("guy", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("guy", "mia"))
    ds = run(pipeline, [c.say(mia, "hi im 13"), c.say(guy, "hey"), c.say(guy, "have you ever kissed anyone")])
    alerts = kinds(ds, "alert")
    assert alerts and alerts[0].suspect_id == "guy" and alerts[0].message_id == "m3"


def test_an_adult_to_a_possible_child_alerts_at_once(pipeline: Pipeline) -> None:
    adult = person("al", "18+")
    nobody = person("sam", account_days=None, joined_days=None)  # age unknown, in a youth community
    c = Chat(ChannelKind.DIRECT, ("al", "sam"))
    ds = run(pipeline, [c.say(nobody, "hi"), c.say(adult, "do you have a boyfriend")])
    assert kinds(ds, "alert") and kinds(ds, "alert")[0].suspect_id == "al"


def test_between_strangers_of_unknown_age_it_takes_an_earlier_cue(pipeline: Pipeline) -> None:
    a = person("ari", account_days=None, joined_days=None)
    b = person("bo", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("ari", "bo"))
    first = run(pipeline, [c.say(b, "hey"), c.say(a, "do you have a girlfriend")])
    assert not kinds(first, "alert"), "adults flirt in the same words: one line alone is not enough"
    c2 = Chat(ChannelKind.DIRECT, ("ari", "bo"), channel="d2", community="g2")
    flirt = run(pipeline, [c2.say(b, "hey"), c2.say(a, "how old are you"), c2.say(a, "what are you wearing")])
    assert not kinds(flirt, "alert"), "an age question then a flirt is how teens (and adults) talk"
    c3 = Chat(ChannelKind.DIRECT, ("ari", "bo"), channel="d3", community="g3")
    later = run(pipeline, [c3.say(b, "hey"), c3.say(a, "are you alone"), c3.say(a, "what are you wearing")])
    assert kinds(later, "alert") and kinds(later, "alert")[0].message_id == "m3"


def test_two_declared_fourteen_year_olds_flirting_get_a_tip_each_and_no_alert(pipeline: Pipeline) -> None:
    ella = person("ella", account_days=None, joined_days=None)
    finn = person("finn", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("ella", "finn"))
    ds = run(pipeline, [
        c.say(finn, "im 14 btw"), c.say(ella, "im 14 too"),
        c.say(finn, "do you have a boyfriend"),
        c.say(ella, "no lol, have you ever kissed anyone"),
        c.say(finn, "what are you wearing"),
    ])
    assert not kinds(ds, "alert")
    tips = [(d.target_id, d.nudge_category, d.message_id) for d in kinds(ds, "nudge")]
    # Finn's first line tips both of them, each once a day; later lines add none.
    assert sorted(tips) == [("ella", "sexual_talk", "m3"), ("finn", "sexual_talk", "m3")]
    finn_tip = next(d for d in kinds(ds, "nudge") if d.target_id == "finn")
    assert finn_tip.suspect_id == "ella", "the writer's own tip swaps the pair's sides"
    assert pipeline.pairs[("g1", "finn", "ella")].risk == 0.0, "peer flirting is not risk"


def test_a_teen_role_on_a_new_account_is_not_a_peer_for_this(pipeline: Pipeline) -> None:
    fake = person("fake", "13-15", account_days=2, joined_days=1)
    c = Chat()
    ds = run(pipeline, [c.say(CHILD, "hi"), c.say(fake, "what are you wearing")])
    assert kinds(ds, "alert") and kinds(ds, "alert")[0].suspect_id == "fake"


def test_peers_sexual_talk_then_a_private_photo_request_still_alerts(pipeline: Pipeline) -> None:
    a, b = person("amy", "13-15"), person("bea", "13-15")
    c = Chat(ChannelKind.DIRECT, ("amy", "bea"))
    ds = run(pipeline, [c.say(b, "hi"), c.say(a, "what are you wearing"),
                        c.say(a, "send me a pic", after=timedelta(minutes=2))])
    assert [d.message_id for d in kinds(ds, "alert")] == ["m3"]


def test_peer_flirting_after_earlier_cues_is_still_no_alert(pipeline: Pipeline) -> None:
    ella = person("ella", account_days=None, joined_days=None)
    finn = person("finn", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("ella", "finn"))
    ds = run(pipeline, [c.say(finn, "how old are you"), c.say(ella, "14"), c.say(finn, "im 14 too"),
                        c.say(finn, "ur so mature"), c.say(finn, "do you have a girlfriend lol i mean boyfriend")])
    assert not kinds(ds, "alert")
    assert {d.target_id for d in kinds(ds, "nudge")} == {"ella", "finn"}
