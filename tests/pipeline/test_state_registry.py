"""Every table of state the pipeline keeps is registered, and erasure and expiry reach each one.

A table left out of one walk is a leak (memory that grows for ever) or worse a privacy failure (an
erased child still in memory): the tip cool-down was once never pruned. These tests find every
container the pipeline and its parts hold, so a table added later without registering it fails here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.events import ChannelKind
from bot.pipeline import Pipeline, Policy
from bot.pipeline.state import CustomTable, KeyedTable, StateRegistry
from rules.engine import Engine
from tests.pipeline.conftest import Chat, person

KID = person("kid", "13-15")
MUM = person("mum", account_days=None, joined_days=None)
STRANGER = person("stranger", account_days=3, joined_days=1)
PEOPLE = ("kid", "mum", "stranger")
# Containers that hold no state about people: a per-sweep cache of each community's retention setting.
NOT_STATE = {"Pipeline._ttls"}


def containers(obj: object, seen: set[int] | None = None, owner: str = "") -> Iterator[tuple[str, object]]:
    """Every dict, set or deque held by the pipeline or by a part of it defined in bot.pipeline
    (a part registered whole, like the channel windows, counts as one table)."""
    seen = set() if seen is None else seen
    registry = getattr(obj, "state", None)
    if id(obj) in seen:
        return
    seen.add(id(obj))
    owner = owner or type(obj).__name__
    for name, value in vars(obj).items():
        registered_whole = isinstance(registry, StateRegistry) and registry.holds(value)
        if isinstance(value, dict | set | deque) or registered_whole:
            yield f"{owner}.{name}", value
        elif type(value).__module__.startswith("bot.pipeline") and hasattr(value, "__dict__"):
            yield from containers(value, seen, type(value).__name__)


def busy(pipeline: Pipeline) -> float:
    """A conversation that puts something about each of its three people into every table."""
    c = Chat()
    dm = Chat(ChannelKind.DIRECT, ("stranger", "kid"), channel="d1")
    events = [c.say(STRANGER, "how old is everyone here?"),  # an age question to the room
              c.say(MUM, "dinner at six"), c.say(KID, "ok mom"),  # family pair
              dm.say(KID, "hi"), dm.say(STRANGER, "add me on snap"),  # a tip, fan-out, a pair at risk
              dm.say(STRANGER, "how old are you")]  # an open age question
    for ev in events:
        pipeline.process(ev)
    return max(c.t, dm.t).timestamp()


def people_tables(pipeline: Pipeline) -> list[KeyedTable]:
    return [t for t in pipeline.state.tables if isinstance(t, KeyedTable) and t.people]


def test_every_container_the_pipeline_holds_is_a_registered_table(pipeline: Pipeline) -> None:
    found = dict(containers(pipeline))
    assert "Nudger.nudged" in found and "AgeDialogue.asked" in found  # the walk reaches the parts
    missing = [name for name, obj in found.items() if not pipeline.state.holds(obj) and name not in NOT_STATE]
    assert not missing, f"state tables not in the registry (state.py): {missing}"


def test_a_table_added_without_registering_it_is_caught(pipeline: Pipeline) -> None:
    pipeline.nudger.extra = {}  # type: ignore[attr-defined]  # what a careless change would add
    missing = [n for n, obj in containers(pipeline) if not pipeline.state.holds(obj) and n not in NOT_STATE]
    assert missing == ["Nudger.extra"]


def test_a_table_must_say_how_it_expires() -> None:
    with pytest.raises(ValueError, match="why it needs no expiry"):
        KeyedTable("grows", {})
    with pytest.raises(ValueError, match="registered twice"):
        reg = StateRegistry()
        reg.add(KeyedTable("t", {}, why_kept="test"))
        reg.add(KeyedTable("t", {}, why_kept="test"))


def test_forget_reaches_every_table(pipeline: Pipeline) -> None:
    busy(pipeline)
    for table in people_tables(pipeline):
        assert table.table, f"the conversation left nothing in {table.name}: the test would prove nothing"
    assert pipeline.windows.lines(("g1", "c1")) and pipeline.windows.lines(("g1", "d1"))
    rooms = pipeline.ages.rooms
    assert [sorted(q.heard) for q in rooms.values()] == [["kid", "mum"]], "who spoke after the room question"
    for who in PEOPLE:
        pipeline.forget(who, "g1")
    for table in people_tables(pipeline):
        assert not table.table, f"{table.name} still holds {table.table!r} after erasure"
    assert not rooms, "the room question of an erased member is kept"
    assert not pipeline.windows.lines(("g1", "c1")) and not pipeline.windows.lines(("g1", "d1"))
    names = {t.name for t in pipeline.state.tables}
    assert {"pairs", "members", "suspects", "nudged", "last_nudge", "age_asked", "family", "dirty",
            "dirty_suspects", "windows"} <= names


def test_forget_in_another_community_keeps_everything(pipeline: Pipeline) -> None:
    busy(pipeline)
    before = {t.name: len(t.table) for t in people_tables(pipeline)}
    for who in PEOPLE:
        pipeline.forget(who, "elsewhere")
    assert {t.name: len(t.table) for t in people_tables(pipeline)} == before


def test_expire_reaches_every_table_that_can_go_stale(pipeline: Pipeline) -> None:
    now = busy(pipeline)
    stale = [t for t in pipeline.state.tables if isinstance(t, KeyedTable) and t.stale is not None]
    assert {t.name for t in stale} >= {"pairs", "members", "suspects", "nudged", "last_nudge", "age_asked", "age_rooms",
                                       "family"}
    pipeline.expire(now + 1.0)
    assert all(t.table for t in stale), "nothing is stale a second later"
    pipeline.expire(now + timedelta(days=365).total_seconds())
    for table in stale:
        assert not table.table, f"{table.name} kept {table.table!r} past its expiry"
    kept = [t for t in pipeline.state.tables if not (isinstance(t, KeyedTable) and t.stale is not None)]
    for other in kept:  # the rest say why they need no expiry
        assert isinstance(other, KeyedTable | CustomTable) and other.why_kept


def test_restore_fills_the_persisted_tables(pipeline: Pipeline, engine: Engine) -> None:
    busy(pipeline)
    pairs = list(pipeline.take_dirty())
    suspects = list(pipeline.take_dirty_suspects())
    tips = [(*k, at) for k, at in pipeline.nudged.items()]
    fresh = Pipeline(engine, lambda _cid: Policy())
    assert fresh.restore(pairs, suspects=suspects, nudges=tips) == len(pairs)
    assert pairs and fresh.pairs.keys() == dict(pairs).keys()  # the pairs at risk are the ones stored
    assert fresh.suspects.keys() == pipeline.suspects.keys()
    assert fresh.nudged == pipeline.nudged and fresh.last_nudge == pipeline.last_nudge
    sources = {t.source for t in fresh.state.tables if isinstance(t, KeyedTable) and t.source}
    assert sources == {"pairs", "suspects", "nudges"}
