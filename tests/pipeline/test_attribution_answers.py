"""A line answering a request made to its author goes to the one who asked, not to the last speaker."""

from __future__ import annotations

import functools

from bot.events import ChannelKind, MessageEvent
from bot.pipeline import Pipeline, Policy
from rules.engine import Engine, build_engine
from rules.packs_loader import bundled_pack_paths
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run


@functools.cache
def _engine() -> Engine:
    return build_engine(bundled_pack_paths(["en"]))


def test_a_childs_answer_to_a_dm_request_is_not_read_as_a_move_on_the_last_speaker() -> None:
    artist = person("artist", account_days=1800)
    kid = person("kid", "13-15", account_days=400)
    teen = person("teen", "16-17", account_days=900)
    c = Chat(ChannelKind.PUBLIC)
    p = Pipeline(_engine(), lambda _cid: Policy(youth_community=True))
    ds = run(p, [c.say(kid, "i only have my moms old tablet"),
                 c.say(artist, "shoot me a dm and ill send u my old brushes, not in here tho"),
                 c.say(kid, "ok!"),
                 c.say(teen, "i never got free brushes smh"),
                 c.say(artist, "different app, sorry"),
                 c.say(teen, "fair"),
                 c.say(kid, "sent u a dm")])
    assert ("g1", "kid", "artist") in p.pairs  # answered the one who asked
    assert ("g1", "kid", "teen") not in p.pairs
    assert all(d.suspect.id != "kid" for d in kinds(ds, "alert"))


def _group_with_names() -> tuple[Pipeline, list[MessageEvent]]:
    newcomer = person("marco", account_days=2, joined_days=0.1)
    emma = person("emma", "13-15", account_days=700)
    luca = person("luca", "13-15", account_days=800)
    c = Chat(ChannelKind.PUBLIC)
    p = Pipeline(_engine(), lambda _cid: Policy(youth_community=True))
    events = [c.say(emma, "who's coming to the skatepark saturday"),
              c.say(luca, "me probably"),
              c.say(newcomer, "send me your snap, Emma, i have pics from the park")]
    return p, events


def test_a_request_that_calls_someone_by_name_goes_to_them_not_to_the_last_speaker() -> None:
    p, events = _group_with_names()
    ds = run(p, events)
    assert ("g1", "marco", "emma") in p.pairs
    assert ("g1", "marco", "luca") not in p.pairs
    assert {d.target.id for d in kinds(ds, "alert") if d.target} <= {"emma"}


def test_a_name_said_about_someone_does_not_make_them_the_addressee() -> None:
    newcomer = person("marco", account_days=2, joined_days=0.1)
    emma = person("emma", "13-15", account_days=700)
    luca = person("luca", "13-15", account_days=800)
    c = Chat(ChannelKind.PUBLIC)
    p = Pipeline(_engine(), lambda _cid: Policy(youth_community=True))
    run(p, [c.say(emma, "who's coming to the skatepark saturday"),
            c.say(luca, "me probably"),
            c.say(newcomer, "emma said you have snap, add me there")])
    assert ("g1", "marco", "luca") in p.pairs  # "emma said …" is about Emma: the talk is with Luca
    assert ("g1", "marco", "emma") not in p.pairs
