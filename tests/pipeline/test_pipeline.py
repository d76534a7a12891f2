"""Conversation risk: attribution, accumulation, decay, damping, dedup, escalation and reasons."""

from __future__ import annotations

from datetime import timedelta

from bot.events import ChannelKind
from bot.pipeline import Pipeline, Policy
from bot.pipeline.model import PairState
from rules.engine import Engine
from tests.pipeline.conftest import Chat, person

CHILD = person("kid", "13-15")
STRANGER = person("stranger", account_days=3, joined_days=1)


def run(p: Pipeline, events):  # type: ignore[no-untyped-def]
    out = []
    for ev in events:
        out.extend(p.process(ev))
    return out


def kinds(decisions, kind: str):  # type: ignore[no-untyped-def]
    return [d for d in decisions if d.kind == kind]


def test_stranger_grooming_a_child_alerts_with_reasons_and_nudges(pipeline: Pipeline) -> None:
    c = Chat()
    ds = run(pipeline, [
        c.say(CHILD, "anyone up for a match"),
        c.say(STRANGER, "hey how old are you"),
        c.say(CHILD, "im 13"),
        c.say(STRANGER, "you're so mature"),
        c.say(STRANGER, "are you alone right now"),
        c.say(STRANGER, "don't tell anyone we talk ok"),
        c.say(STRANGER, "add me on snap"),
    ])
    alerts = kinds(ds, "alert")
    assert alerts, "grooming sequence must alert"
    first = alerts[0]
    assert first.suspect_id == "stranger" and first.target_id == "kid"
    assert first.severity in ("medium", "high", "critical")
    why = " | ".join(first.signals)
    assert "target is a child" in why
    assert "account is 3 days old" in why
    assert "joined" in why
    assert any(ln.flagged and ln.author_id == "stranger" for ln in first.evidence)
    assert set(first.categories) >= {"age_probe", "flattery"}
    nudges = kinds(ds, "nudge")
    assert nudges and nudges[0].target_id == "kid"
    assert nudges[0].nudge_category == "isolation"  # the first risky move, not the age question
    # Nothing is said about the child's own messages.
    assert all(d.suspect_id == "stranger" for d in ds)


def test_one_alert_per_pair_until_it_escalates(pipeline: Pipeline) -> None:
    c = Chat()
    ds = run(pipeline, [c.say(CHILD, "hi"), c.say(STRANGER, "add me on snap"), c.say(STRANGER, "add me on kik"),
                        c.say(STRANGER, "add me on snap pls"), c.say(STRANGER, "send me a pic")])
    alerts = kinds(ds, "alert")
    assert len(alerts) >= 1
    assert not alerts[0].escalation
    assert all(a.escalation for a in alerts[1:])
    severities = ["low", "medium", "high", "critical"]
    levels = [severities.index(a.severity) for a in alerts]
    assert levels == sorted(set(levels)), "each further alert must be a higher severity"
    more = run(pipeline, [c.say(STRANGER, "send me a selfie")])
    assert not kinds(more, "alert") or severities.index(kinds(more, "alert")[0].severity) > levels[-1]


def test_threat_is_critical_and_escalates(pipeline: Pipeline) -> None:
    c = Chat(ChannelKind.DIRECT, ("stranger", "kid"))
    ds = run(pipeline, [c.say(STRANGER, "add me on snap"), c.say(STRANGER, "send more or i post it")])
    alerts = kinds(ds, "alert")
    assert alerts[-1].severity == "critical"
    assert any("threat" in s for s in alerts[-1].signals)


def test_risk_decays_with_time(pipeline: Pipeline) -> None:
    c = Chat()
    run(pipeline, [c.say(CHILD, "hi"), c.say(STRANGER, "how old are you")])
    pair = pipeline.pairs[("g1", "stranger", "kid")]
    r0 = pair.risk
    assert r0 > 0
    pair.touch(pair.last + 7 * 86400, 7 * 86400)
    assert abs(pair.risk - r0 / 2) < 1e-9


def test_repeating_one_cue_rises_slower_than_progressing(engine) -> None:  # type: ignore[no-untyped-def]
    p1, p2 = Pipeline(engine), Pipeline(engine)
    c1, c2 = Chat(), Chat()
    run(p1, [c1.say(CHILD, "hi")] + [c1.say(STRANGER, "how old are you") for _ in range(3)])
    run(p2, [c2.say(CHILD, "hi"), c2.say(STRANGER, "how old are you"), c2.say(STRANGER, "so mature"),
             c2.say(STRANGER, "are you alone")])
    assert p2.pairs[("g1", "stranger", "kid")].risk > 1.5 * p1.pairs[("g1", "stranger", "kid")].risk


def test_peers_who_know_each_other_are_damped(pipeline: Pipeline) -> None:
    a, b = person("amy", "13-15"), person("bea", "13-15")
    c = Chat()
    history = []
    for day in range(3):
        for i in range(8):
            gap = timedelta(days=1) if i == 0 and day else timedelta(minutes=1)
            history.append(c.say(a if i % 2 else b, "lol did you do the homework", after=gap))
    ds = run(pipeline, [*history, c.say(a, "add me on snap"), c.say(b, "add me on snap too")])
    assert not kinds(ds, "alert")
    assert not kinds(ds, "nudge")


def test_adults_talking_with_adults_are_damped(pipeline: Pipeline) -> None:
    a, b = person("al", "18+"), person("bo", "Adult")
    c = Chat()
    ds = run(pipeline, [c.say(b, "the con is next week"), c.say(a, "add me on snap"), c.say(a, "don't tell anyone")])
    assert not kinds(ds, "alert") and not kinds(ds, "nudge")


def test_staff_advice_is_damped(pipeline: Pipeline) -> None:
    mod = person("mod", "Moderator", staff=True)
    c = Chat()
    ds = run(pipeline, [c.say(CHILD, "someone asked me weird stuff"), c.say(mod, "are you alone? add me on snap")])
    assert not kinds(ds, "alert")


def test_posing_as_a_teen_still_counts(pipeline: Pipeline) -> None:
    fake = person("fake", "13-15", account_days=2, joined_days=1)
    c = Chat()
    ds = run(pipeline, [c.say(CHILD, "hi"), c.say(fake, "im 14 too"), c.say(fake, "don't tell anyone"),
                        c.say(fake, "send me a selfie")])
    assert kinds(ds, "alert"), "a new account with a teen role asking for a photo must still alert"


def test_attribution_dm_reply_mention_and_recent_partner(pipeline: Pipeline) -> None:
    dm = Chat(ChannelKind.DIRECT, ("stranger", "kid"), community="dm:1", channel="d1")
    ds = run(pipeline, [dm.say(STRANGER, "how old are you")])
    assert ds[0].target_id == "kid"
    other = person("other", "13-15")
    c = Chat()
    ds = run(pipeline, [c.say(CHILD, "hi"), c.say(other, "yo"),
                        c.say(STRANGER, "how old are you", reply_to="m1", reply_author="kid")])
    assert ds[0].target_id == "kid"
    ds = run(pipeline, [c.say(STRANGER, "so mature", mentions=("kid",))])
    assert ds[0].target_id == "kid"
    ds = run(pipeline, [c.say(other, "hello?"), c.say(STRANGER, "are you alone")])
    assert ds[0].target_id == "other"
    # Nobody spoke recently: the message is to everyone.
    ds = run(pipeline, [c.say(STRANGER, "asl", after=timedelta(hours=3))])
    assert ds[0].target_id is None


def test_edits_are_rescanned_without_double_counting(pipeline: Pipeline) -> None:
    c = Chat()
    run(pipeline, [c.say(CHILD, "hi"), c.say(STRANGER, "how old are you")])
    pair = pipeline.pairs[("g1", "stranger", "kid")]
    before = pair.risk
    run(pipeline, [c.say(STRANGER, "how old are you ?", edited_id="m2", after=timedelta(seconds=5))])
    assert pair.risk <= before + 1e-9
    ds = run(pipeline, [c.say(STRANGER, "how old are you, are you alone", edited_id="m2", after=timedelta(seconds=5))])
    assert pair.risk > before and {"isolation"} <= set(ds[0].message_categories)
    assert pair.msgs == 1  # edits are not new messages


def test_fan_out_across_children_is_a_signal(pipeline: Pipeline) -> None:
    kids = [person(f"kid{i}", "13-15") for i in range(3)]
    ds = []
    for i, k in enumerate(kids):
        c = Chat(ChannelKind.DIRECT, ("stranger", k.id), community="g1", channel=f"d{i}")
        ds += run(pipeline, [c.say(k, "hi"), c.say(STRANGER, "how old are you", after=timedelta(hours=i + 1))])
    assert any("approached 3 young members" in s for d in ds for s in d.signals) or any(
        "approached 3" in s for d in kinds(ds, "alert") for s in d.signals) or pipeline.suspects[("g1", "stranger")]
    last_pair = pipeline.pairs[("g1", "stranger", "kid2")]
    first_pair = pipeline.pairs[("g1", "stranger", "kid0")]
    assert last_pair.risk > first_pair.risk  # the third child approached weighs more


def test_bots_are_ignored(pipeline: Pipeline) -> None:
    c = Chat()
    assert run(pipeline, [c.say(person("helper", bot=True), "add me on snap")]) == []


def test_idle_pairs_expire_and_state_round_trips(pipeline: Pipeline) -> None:
    c = Chat()
    run(pipeline, [c.say(CHILD, "hi"), c.say(STRANGER, "how old are you")])
    key = ("g1", "stranger", "kid")
    saved = dict(pipeline.take_dirty())[key]
    restored = PairState.from_dict(saved)
    assert restored.risk == pipeline.pairs[key].risk and restored.cats == pipeline.pairs[key].cats
    assert restored.flags is not None and "p.age_probe.how_old" in restored.flags.rules
    dropped = pipeline.expire(c.t.timestamp() + 31 * 86400)
    assert dropped >= 1 and key not in pipeline.pairs


def test_fan_out_and_tip_records_round_trip_and_expire(pipeline: Pipeline, engine: Engine) -> None:
    kids = [person(f"kid{i}", "13-15") for i in range(2)]
    for i, kid in enumerate(kids):
        c = Chat(ChannelKind.DIRECT, ("stranger", kid.id), channel=f"d{i}")
        run(pipeline, [c.say(kid, "hi"), c.say(STRANGER, "how old are you are you alone")])
    suspects = dict(pipeline.take_dirty_suspects())
    assert sorted(suspects[("g1", "stranger")]["targets"]) == ["kid0", "kid1"]
    assert dict(pipeline.take_dirty_suspects()) == {}  # taken once
    tips = [(k[0], k[1], k[2], at) for k, at in pipeline.nudged.items()]
    assert tips, "the isolation move got a tip"
    fresh = Pipeline(engine, lambda _cid: Policy())
    fresh.restore([], suspects=suspects.items(), nudges=tips)
    assert fresh.suspects[("g1", "stranger")].targets == pipeline.suspects[("g1", "stranger")].targets
    assert fresh.nudged == pipeline.nudged and fresh.last_nudge == pipeline.last_nudge
    # The half-hour cool-down record goes once it has passed (it used to stay for ever).
    fresh.expire(max(fresh.last_nudge.values()) + 31 * 60)
    assert fresh.last_nudge == {} and fresh.nudged  # the once-a-day records stay for their day


def test_bare_number_answer_to_an_age_question_is_a_declared_age(pipeline: Pipeline) -> None:
    kid = person("ella")  # no age role: only her answer tells
    c = Chat(ChannelKind.DIRECT, ("stranger", "ella"))
    run(pipeline, [c.say(STRANGER, "how old are you"), c.say(kid, "14")])
    assert pipeline.members[("g1", "ella")].declared == 14
    ds = run(pipeline, [c.say(STRANGER, "add me on snap")])
    assert kinds(ds, "alert") and any("declared age 14" in s for s in kinds(ds, "alert")[0].signals)
    # A number that answers nothing is not an age.
    other = person("omar")
    run(pipeline, [c.say(other, "12")])
    assert pipeline.members[("g1", "omar")].declared is None


def test_a_cue_split_over_short_lines_is_read_together(pipeline: Pipeline) -> None:
    c = Chat(ChannelKind.DIRECT, ("stranger", "kid"))
    lines = ["add", "me", "on", "snap"]
    ds = run(pipeline, [c.say(CHILD, "hi")] + [c.say(STRANGER, w, after=timedelta(seconds=5)) for w in lines])
    logs = kinds(ds, "log")
    assert logs and logs[0].message_id == "m5" and "platform_move" in logs[0].message_categories
    # The same words far apart in time are not one message.
    c2 = Chat(ChannelKind.DIRECT, ("stranger", "kid"), channel="d2")
    ds2 = run(pipeline, [c2.say(STRANGER, w, after=timedelta(minutes=10)) for w in lines])
    assert not kinds(ds2, "log")


def test_private_thread_partner_is_the_target_after_a_long_pause(pipeline: Pipeline) -> None:
    c = Chat(ChannelKind.PRIVATE_THREAD, (), channel="t1")
    ds = run(pipeline, [c.say(CHILD, "ok"), c.say(STRANGER, "so mature", after=timedelta(hours=20))])
    assert ds[0].target_id == "kid"


def test_stating_an_age_and_asking_back_captures_the_answer(pipeline: Pipeline) -> None:
    c = Chat(ChannelKind.DIRECT, ("stranger", "hugo"))
    run(pipeline, [c.say(person("hugo"), "hey"), c.say(STRANGER, "im 14, u?"), c.say(person("hugo"), "13")])
    assert pipeline.members[("g1", "hugo")].declared == 13


def test_a_child_talking_about_school_counts_as_a_child(pipeline: Pipeline) -> None:
    kid = person("noa", account_days=None, joined_days=None)  # no role, no stated age (as on Telegram)
    stranger = person("guy", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("guy", "noa"))
    run(pipeline, [c.say(kid, "cant talk long i have homework"), c.say(kid, "my mom wont let me stay up")])
    ds = run(pipeline, [c.say(stranger, "add me on snap")])
    alerts = kinds(ds, "alert")
    assert alerts and any("school or parents" in s for s in alerts[0].signals)
    # A parent telling a child about *their* homework is not a child.
    parent = person("mum", account_days=None, joined_days=None)
    run(pipeline, [c.say(parent, "did you finish your homework?")])
    assert pipeline.members[("g1", "mum")].kid == 0


def test_an_adult_giving_themselves_away_is_marked(pipeline: Pipeline) -> None:
    kid = person("jade", "13-15")
    chris = person("chris", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("chris", "jade"))
    ds = run(pipeline, [c.say(kid, "school was boring"), c.say(chris, "lol same at work"),
                        c.say(chris, "add me on snap")])
    alerts = kinds(ds, "alert")
    assert alerts and any("adult life" in s for s in alerts[0].signals)


def test_family_is_damped_like_friends(pipeline: Pipeline) -> None:
    kid = person("nico", "13-15")
    gran = person("elena", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("elena", "nico"))
    ds = run(pipeline, [c.say(gran, "how old are you now"), c.say(kid, "13 grandma 😅"),
                        c.say(gran, "send me a selfie in your uniform"),
                        c.say(gran, "don't tell anyone, it's a surprise")])
    assert ("g1", "elena", "nico") in pipeline.family
    assert not kinds(ds, "alert")


def test_talking_about_my_mom_is_not_calling_someone_mom() -> None:
    from bot.pipeline.ages import calls_family

    assert calls_family("ok mom") and calls_family("13 grandma 😅") and calls_family("love you dad!!")
    assert not calls_family("i need to ask my mom") and not calls_family("dont tell your mum")


def test_a_kinship_word_as_the_subject_or_as_slang_is_not_an_address() -> None:
    """"pai é assim mesmo" (dads are like that) is about parents; "valeu tio" is Brazilian gamer talk for
    an older guy, "tío" Spanish for a dude: neither makes the two family (blind batch 11: a 33-year-old
    stranger and a 13-year-old read as relatives). A display name "Tía Rosa" is still an aunt."""
    from bot.pipeline.ages import calls_family, family_name

    assert not calls_family("pai é assim mesmo, não entende nada de jogo")
    assert not calls_family("mom is so annoying today") and not calls_family("mama sagt nein")
    assert calls_family("mom can you pick me up") and calls_family("tchau mae")
    assert not calls_family("valeu tio") and not calls_family("que pasa tio")
    assert family_name("Tía Rosa") and family_name("Tio Carlos")


def test_a_confirmed_age_guess_is_a_declared_age(pipeline: Pipeline) -> None:
    grace = person("grace", account_days=None, joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("stranger", "grace"))
    run(pipeline, [c.say(grace, "hi"), c.say(STRANGER, "how old are you, ur 12 right?"), c.say(grace, "yes")])
    assert pipeline.members[("g1", "grace")].declared == 12


def test_join_time_from_a_join_event_survives_later_messages(pipeline: Pipeline) -> None:
    from bot.events import MemberJoined

    bare = person("newbie", account_days=None, joined_days=None)  # as Telegram messages carry them
    c = Chat(ChannelKind.DIRECT, ("newbie", "kid"))
    pipeline.member_joined(MemberJoined(c.community, bare, c.t))
    ds = run(pipeline, [c.say(CHILD, "hi"), c.say(bare, "add me on snap")])
    assert any("joined" in s for s in kinds(ds, "alert")[0].signals)


def test_tip_choice_between_same_stage_moves_is_deterministic(pipeline: Pipeline) -> None:
    c = Chat(ChannelKind.DIRECT, ("stranger", "kid"))
    ds = run(pipeline, [c.say(CHILD, "hi"), c.say(STRANGER, "add me on snap and send me a pic")])
    assert [d.nudge_category for d in kinds(ds, "nudge")] == ["platform_move"]  # first in category order


def test_forget_clears_every_trace_in_memory(pipeline: Pipeline) -> None:
    c = Chat()
    run(pipeline, [c.say(CHILD, "ok mom"), c.say(STRANGER, "how old are you"), c.say(STRANGER, "add me on snap")])
    pipeline.forget("kid")
    assert not any("kid" in k for k in pipeline.pairs) and ("g1", "kid") not in pipeline.members
    assert not any("kid" in f for f in pipeline.family) and not any(k[1] == "kid" for k in pipeline.nudged)
    assert all(ln.author_id != "kid" for ln in pipeline.windows.lines(("g1", "c1")))
    assert ("g1", "stranger") in pipeline.members  # others stay


def test_process_all_decides_exactly_like_process() -> None:
    """The scanner's batched replay (process_all) against one process() call per message."""
    from bot.evaluate import load_labels
    from bot.events import ChatExport
    from bot.readers import read_file
    from rules import load_default_engine

    engine = load_default_engine()
    exports = [item for path in ("eval/labels_grooming.json", "eval/labels_benign.json")
               for label in load_labels(path) for item in read_file(str(label.file))
               if isinstance(item, ChatExport)]
    assert len(exports) > 100
    one_by_one, batched = Pipeline(engine), Pipeline(engine)
    want = [d for ex in exports for ev in ex.events for d in one_by_one.process(ev)]
    got = [d for ex in exports for _ev, ds in batched.process_all(ex.events) for d in ds]
    assert len(kinds(want, "alert")) > 40
    assert got == want


def test_age_answers_that_ask_back_or_agree_are_declared_ages(pipeline: Pipeline) -> None:
    noor, theo = person("noor", account_days=None, joined_days=None), person("theo", account_days=None,
                                                                             joined_days=None)
    c = Chat(ChannelKind.DIRECT, ("noor", "theo"))
    run(pipeline, [c.say(noor, "how old are you"), c.say(theo, "14 u?"), c.say(noor, "14 too lol")])
    assert pipeline.members[("g1", "theo")].declared == 14
    assert pipeline.members[("g1", "noor")].declared == 14, "'14 u?' asks back, so '14 too lol' answers"
    c2 = Chat(ChannelKind.DIRECT, ("s", "kid2"), community="g2")
    kid2, s = person("kid2", account_days=None, joined_days=None), person("s", account_days=None, joined_days=None)
    run(pipeline, [c2.say(s, "how old r u"), c2.say(kid2, "12 how old r u"), c2.say(s, "16 lol")])
    assert pipeline.members[("g2", "kid2")].declared == 12 and pipeline.members[("g2", "s")].declared == 16
