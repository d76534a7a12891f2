"""The semantic layer in the pipeline: the cascade, the named weight, the why, and never an alert alone."""

from __future__ import annotations

from bot.events import ChannelKind
from bot.pipeline import Pipeline, Policy, RiskWeights
from bot.pipeline.semantic_gate import AT_RISK_PAIR, FLAGGED, gate
from bot.pipeline.semantic_signal import SemanticSignal
from rules.engine import Engine
from rules.semantic import SemanticIndex
from tests.pipeline.conftest import Chat, engine, person  # noqa: F401  (engine: the small fixed pack)
from tests.pipeline.test_pipeline import kinds, run

KID = person("kid", "13-15")
# Reworded moves that the small test pack has no rule for, but the exemplars read.
REWORDED = ["could you take a photo of yourself so I know you're real", "which bus stop do you get off at after school",
            "this stays between us ok, promise me"]


def _pipeline(engine: Engine, index: SemanticIndex, weights: RiskWeights | None = None) -> Pipeline:  # noqa: F811
    return Pipeline(engine, lambda _cid: Policy(), weights, semantic=SemanticSignal(index))


def test_the_gate_reads_only_where_it_matters() -> None:
    base = dict(normalized="are your parents home right now", flagged=False, pair_risk=0.0, target_adult=False,
                staff=False)
    assert gate(**base) is None  # nothing flagged, pair not at risk: wherever it is said, not read
    assert gate(**{**base, "flagged": True}) == FLAGGED
    assert gate(**{**base, "pair_risk": 0.5}) == AT_RISK_PAIR
    assert gate(**{**base, "flagged": True, "target_adult": True}) is None  # adults with adults
    assert gate(**{**base, "flagged": True, "staff": True}) is None
    assert gate(**{**base, "flagged": True, "normalized": "ok lol"}) is None  # too short to hold a move


def test_semantic_hits_alone_never_alert_and_cost_no_model_call(engine: Engine, index: SemanticIndex) -> None:  # noqa: F811
    p = _pipeline(engine, index)
    adult = person("al", "18+")
    c = Chat(ChannelKind.DIRECT, ("al", "kid"))
    ds = run(p, [c.say(KID, "hi"), *(c.say(adult, t) for t in REWORDED * 3)])
    assert ds == []  # no rule fired: no alert, no log, no tip
    assert p.semantic is not None and not p.semantic.kept  # nothing flagged and no risk: not even kept
    assert p.semantic.stats["model calls"] == 0


def test_a_flag_reads_the_pairs_kept_lines_and_quotes_the_nearest_exemplar(engine: Engine,  # noqa: F811
                                                                           index: SemanticIndex) -> None:
    adult = person("al", "18+")

    def replay(p: Pipeline):  # type: ignore[no-untyped-def]
        c = Chat(ChannelKind.DIRECT, ("al", "kid"))
        # The rules see an age question, then lines they have no rule for (kept: the pair is at risk),
        # then a move to another app; the kept lines are read with it.
        return run(p, [c.say(KID, "hi"), c.say(adult, "how old are you"), c.say(adult, REWORDED[0]),
                       c.say(adult, REWORDED[1]), c.say(adult, "add me on snap")])

    p = _pipeline(engine, index)
    with_semantic = replay(p)
    rules_only = replay(Pipeline(engine, lambda _cid: Policy()))
    log_s, log_r = kinds(with_semantic, "log")[-1], kinds(rules_only, "log")[-1]
    assert log_s.risk > log_r.risk  # categories read by meaning added their weight
    assert p.semantic is not None and p.semantic.stats["gate: " + AT_RISK_PAIR] == 2
    assert len(p.semantic.hits) == 1  # the adult's pair
    why = p.semantic.reasons(next(iter(p.semantic.hits)))
    assert why and any("photo request" in s for s in why) and all("nearest example" in s for s in why)
    assert kinds(with_semantic, "alert")


def test_the_weight_is_named_and_zero_turns_it_off(engine: Engine, index: SemanticIndex) -> None:  # noqa: F811
    adult = person("al", "18+")
    risks = []
    for w in (0.0, 0.5):  # a weight that can bring the alert closer is read and counted; zero turns it off
        p = _pipeline(engine, index, RiskWeights(semantic_weight=w))
        c = Chat(ChannelKind.DIRECT, ("al", "kid"))
        ds = run(p, [c.say(KID, "hi"), c.say(adult, REWORDED[0]), c.say(adult, "so mature for your age")])
        risks.append(kinds(ds, "log")[0].risk)
    assert risks[1] > risks[0]


def test_process_all_reads_ahead_and_decides_as_process_does(engine: Engine, index: SemanticIndex) -> None:  # noqa: F811
    adult = person("al", "18+")
    c = Chat(ChannelKind.DIRECT, ("al", "kid"))
    events = [c.say(KID, "hi"), c.say(adult, "how old are you"), c.say(adult, REWORDED[0]),
              c.say(adult, REWORDED[2]), c.say(adult, "add me on snap")]
    one = _pipeline(engine, index)
    many = _pipeline(engine, index)
    by_one = run(one, events)
    by_many = [d for _ev, ds in many.process_all(events) for d in ds]
    assert [(d.kind, d.risk, d.signals) for d in by_one] == [(d.kind, d.risk, d.signals) for d in by_many]
    assert many.semantic is not None and many.semantic.stats["read ahead"] >= 3
    assert many.semantic.stats["model calls"] == 1


def test_forget_drops_the_persons_kept_lines_and_hits(engine: Engine, index: SemanticIndex) -> None:  # noqa: F811
    p = _pipeline(engine, index, RiskWeights(semantic_weight=0.5))  # heavy enough that the kept lines are read
    adult = person("al", "18+")
    c = Chat(ChannelKind.DIRECT, ("al", "kid"))
    run(p, [c.say(KID, "hi"), c.say(adult, REWORDED[0]), c.say(adult, "how old are you"), c.say(adult, REWORDED[1])])
    assert p.semantic is not None and p.semantic.hits and p.semantic.kept
    p.forget("al")
    assert not p.semantic.hits and not p.semantic.kept


def test_a_flag_that_cannot_reach_the_threshold_leaves_its_lines_for_later(engine: Engine,  # noqa: F811
                                                                           index: SemanticIndex) -> None:
    # Two people of unknown age in a DM: one age question is far below the (raised) threshold even
    # with the semantic weight, so its reading is not counted; the line stays kept for the next flag.
    # The model reads the flagged line itself once, for the second opinion, and only that line.
    a, b = person("ann"), person("bo")
    c = Chat(ChannelKind.DIRECT, ("ann", "bo"))
    p = _pipeline(engine, index)
    run(p, [c.say(b, "hi there"), c.say(a, "how old are you btw")])
    assert p.semantic is not None and p.semantic.stats["reads deferred"] == 1
    assert p.semantic.stats["texts read by the model"] == 1 and p.semantic.kept


def _reworded_photo_after_an_age_question(p: Pipeline, adult_or_peer, target):  # type: ignore[no-untyped-def]
    c = Chat(ChannelKind.DIRECT, (adult_or_peer.id, target.id))
    return run(p, [c.say(target, "hi"), c.say(adult_or_peer, "how old are you"), c.say(target, "13"),
                   c.say(adult_or_peer, REWORDED[0])])


def test_a_move_worded_past_the_rules_counts_in_a_pair_the_rules_opened(engine: Engine,  # noqa: F811
                                                                        index: SemanticIndex) -> None:
    adult = person("al", "18+")
    p = _pipeline(engine, index)
    with_semantic = _reworded_photo_after_an_age_question(p, adult, KID)
    rules_only = _reworded_photo_after_an_age_question(Pipeline(engine, lambda _cid: Policy()), adult, KID)
    assert not kinds(rules_only, "alert")  # the rules see only the age question
    alerts = kinds(with_semantic, "alert")
    assert alerts and alerts[0].message_id == "m4"  # at the reworded photo request itself
    assert "semantic.photo_request" in alerts[0].rules
    assert any("nearest example" in s for s in alerts[0].signals)  # the why quotes the exemplar
    assert p.semantic is not None and p.semantic.stats["moves read by meaning"] == 1


def test_no_move_is_read_before_the_rules_flag_the_pair_or_between_peers(engine: Engine,  # noqa: F811
                                                                         index: SemanticIndex) -> None:
    adult, peer = person("al", "18+"), person("sam", "13-15")
    p = _pipeline(engine, index)
    c = Chat(ChannelKind.DIRECT, ("al", "kid"))
    assert not run(p, [c.say(KID, "hi"), c.say(adult, REWORDED[0])])  # nothing flagged before: never alone
    assert p.semantic is not None and p.semantic.stats["lines read for a move"] == 0
    p = _pipeline(engine, index)
    ds = _reworded_photo_after_an_age_question(p, peer, KID)  # two 13-15s: kids' talk, not a read move
    assert not kinds(ds, "alert")
    assert p.semantic is not None and p.semantic.stats["lines read for a move"] == 0
    p = _pipeline(engine, index)
    unknown = person("zed")
    c = Chat(ChannelKind.DIRECT, ("al", "zed"))  # the other side never says how old they are
    run(p, [c.say(unknown, "hi"), c.say(adult, "how old are you"), c.say(unknown, "why"),
            c.say(adult, REWORDED[0])])
    assert p.semantic is not None and p.semantic.stats["lines read for a move"] == 0


def test_the_second_opinion_reads_no_line_it_could_not_overrule(index: SemanticIndex) -> None:
    from rules.types import Detection, RuleHit

    sig = SemanticSignal(index)
    threat = "pay by tonight or the pics go to your whole class"
    det = Detection(threat, threat, (RuleHit("x.sextortion", "sextortion", 1.0, "x", 0, 5, "pay b"),))
    assert sig.second_opinion(det) is det  # a threat is never set aside: nothing to read it for
    short = Detection("snap?", "snap?", (RuleHit("x.platform", "platform_move", 0.6, "x", 0, 4, "snap"),))
    assert sig.second_opinion(short) is short
    assert sig.stats["model calls"] == 0
    flagged = Detection("send me a pic of your cat pls", "send me a pic of your cat pls",
                        (RuleHit("x.photo", "photo_request", 0.7, "x", 0, 10, "send me a "),))
    sig.second_opinion(flagged)
    assert sig.stats["model calls"] == 1  # a line it may overrule is read


def test_the_second_opinion_does_not_set_aside_a_critical_move_to_a_known_child(engine: Engine,  # noqa: F811
                                                                                 index: SemanticIndex) -> None:
    """What reads like a parent's pick-up is not one when a grown stranger says it to a 13-year-old."""
    from rules.types import Detection

    def replay(other: str, says_age: str):  # type: ignore[no-untyped-def]
        p = _pipeline(engine, index)
        asked: list[str] = []

        def always_ordinary(det: Detection) -> Detection:  # a layer that reads every line as ordinary chat
            asked.append(det.normalized)
            return det._replace(hits=(), suppressed=det.hits)

        assert p.semantic is not None
        p.semantic.second_opinion = always_ordinary  # type: ignore[method-assign]
        adult, kid = person("al", "18+", account_days=10, joined_days=2), person(other)
        c = Chat(ChannelKind.DIRECT, ("al", other))
        ds = run(p, [c.say(kid, "hi"), c.say(adult, "how old are you"), c.say(kid, says_age),
                     c.say(adult, "add me on snap")])
        return ds, asked

    ds, asked = replay("kid", "13")
    assert "add me on snap" not in asked and kinds(ds, "alert")  # kept: a known child
    ds, asked = replay("pat", "why")
    assert "add me on snap" in asked and not kinds(ds, "alert")  # age unknown: the layer has its say
