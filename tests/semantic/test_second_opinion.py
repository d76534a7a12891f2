"""The layer's second opinion: a rule hit it reads as ordinary chat is set aside, in eval and pipeline alike."""

from __future__ import annotations

from bot.events import ChannelKind
from bot.pipeline import Pipeline, Policy
from bot.pipeline.semantic_signal import SemanticSignal
from rules.engine import Engine
from rules.semantic import SemanticHit, SemanticIndex
from rules.semantic.index import DISAGREE_MARGIN, RULE_MARGIN
from rules.semantic.second_opinion import overruled, set_aside
from rules.types import Detection, RuleHit
from tests.pipeline.conftest import Chat, engine, person  # noqa: F401  (engine: the small fixed pack)
from tests.pipeline.test_pipeline import kinds, run

KID = person("kid", "13-15")
ADULT = person("al", "18+")
DOG = "send a pic of your dog in the halloween costume lol"


def _reading(below: float, category: str = "photo_request") -> SemanticHit:
    return SemanticHit(category=category, score=0.2 - below, threshold=0.2, similarity=0.5, nearest_id="x",
                       nearest_text="x", benign_id="b", benign_similarity=0.6)


def _hit(rule: str, category: str) -> RuleHit:
    return RuleHit(rule_id=rule, category=category, weight=0.6, pack="p", start=0, end=4, matched="send")


def _det(text: str, *hits: RuleHit) -> Detection:
    return Detection(text=text, normalized=text, hits=hits)


def test_more_rules_agreeing_ask_more_of_the_layer() -> None:
    one = _det(DOG, _hit("a", "photo_request"))
    three = _det(DOG, _hit("a", "photo_request"), _hit("b", "photo_request"), _hit("c", "platform_move"))
    just_under = _reading(DISAGREE_MARGIN + 0.01)
    assert overruled(one, just_under)
    assert not overruled(three, just_under)  # three rules: 0.10 + 2 x 0.04 under the threshold needed
    assert overruled(three, _reading(DISAGREE_MARGIN + 2 * RULE_MARGIN + 0.01))
    assert not overruled(one, _reading(DISAGREE_MARGIN - 0.01))


def test_threats_and_short_lines_are_never_set_aside() -> None:
    far_below = _reading(1.0)
    assert not overruled(_det("delete it or i post the homework pics everywhere", _hit("s", "sextortion")), far_below)
    assert not overruled(_det("pic pls", _hit("a", "photo_request")), far_below)  # too short to read by meaning
    assert not overruled(_det(DOG), far_below)  # nothing flagged, nothing to overrule


def test_set_aside_reports_like_a_guard_and_keeps_the_hits_as_a_note() -> None:
    det = _det(DOG, _hit("a", "photo_request"))
    out = set_aside(det, _reading(0.3))
    assert out.hits == () and out.suppressed == det.hits
    assert out.guard and "ordinary chat" in out.guard and "nearest ordinary example b" in out.guard


def test_the_real_index_overrules_a_pet_photo_and_not_a_photo_request(engine: Engine,  # noqa: F811
                                                                            index: SemanticIndex) -> None:
    dog, request = engine.analyze(DOG), engine.analyze("send me a pic of you tonight")
    assert dog.categories == ["photo_request"] == request.categories  # the pattern cannot tell them apart
    read_dog, read_request = index.score_normalized([dog.normalized, request.normalized])
    assert overruled(dog, read_dog)
    assert not overruled(request, read_request)


def test_the_pipeline_sets_aside_what_the_layer_overrules(engine: Engine, index: SemanticIndex) -> None:  # noqa: F811
    def replay(p: Pipeline, line: str):  # type: ignore[no-untyped-def]
        c = Chat(ChannelKind.DIRECT, ("al", "kid"))
        return run(p, [c.say(KID, "hi"), c.say(ADULT, line)])

    rules_only = replay(Pipeline(engine, lambda _cid: Policy()), DOG)
    assert kinds(rules_only, "log")  # without the layer, the pattern alone decides
    p = Pipeline(engine, lambda _cid: Policy(), semantic=SemanticSignal(index))
    assert replay(p, DOG) == []  # no log, no alert, no tip
    assert p.semantic is not None and p.semantic.stats["rule hits set aside"] == 1
    p = Pipeline(engine, lambda _cid: Policy(), semantic=SemanticSignal(index))
    assert kinds(replay(p, "send me a pic of you tonight"), "alert")


def test_an_age_question_set_aside_still_reads_the_answer(engine: Engine, index: SemanticIndex) -> None:  # noqa: F811
    """Two adults: "how old are you ... you knew all the 90s songs" reads as small talk and is set aside, but it is
    still a question whose answer declares an age; without that, the one who answered would look like
    someone of unknown age to whatever the other says next."""
    a, b = person("a", account_days=2000), person("b", account_days=2000)
    p = Pipeline(engine, lambda _cid: Policy(), semantic=SemanticSignal(index))
    c = Chat(ChannelKind.DIRECT, ("a", "b"))
    ds = run(p, [c.say(b, "hey it was fun meeting you at the board game night"),
                 c.say(a, "how old are you, if you don't mind me asking? we met at the board game night and you knew "
                              "all the 90s songs"),
                 c.say(b, "34 so yes i get them")])
    assert ds == []
    assert p.semantic is not None and p.semantic.stats["rule hits set aside"] == 1
    assert p.members[(c.say(b, "x").community.id, "b")].declared == 34
