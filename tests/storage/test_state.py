from __future__ import annotations

from datetime import timedelta

from storage import PairEvent, PairStateRecord, SuspectAggregateRecord, open_storage
from storage.sql import SqlStorage
from tests.storage.conftest import FAST_WRITER
from tests.storage.helpers import T0


async def test_pair_states_survive_a_restart(db_url: str) -> None:
    store = await open_storage(db_url, writer_options=FAST_WRITER)
    await store.save_pair_states([
        PairStateRecord("g-fandom", "u-s1", "u-c1", {"risk": 0.4, "stages": ["befriend"]}, T0),
        PairStateRecord("g-fandom", "u-s1", "u-c2", {"risk": 0.1}, T0),
        PairStateRecord("g-school", "u-s2", "u-c3", {"risk": 0.2}, T0),
    ])
    # A newer snapshot of the same pair replaces the old one.
    await store.save_pair_states([
        PairStateRecord("g-fandom", "u-s1", "u-c1", {"risk": 0.6, "stages": ["befriend", "secrecy"]},
                        T0 + timedelta(minutes=5)),
    ])
    await store.save_suspect_aggregates([SuspectAggregateRecord("g-fandom", "u-s1", {"targets": 2}, T0)])
    await store.close()  # close flushes the fire-and-forget queue

    store = await open_storage(db_url, writer_options=FAST_WRITER)
    try:
        states = {(r.community_id, r.target_id): r for r in await store.load_pair_states()}
        assert len(states) == 3
        assert states[("g-fandom", "u-c1")].state == {"risk": 0.6, "stages": ["befriend", "secrecy"]}
        assert states[("g-fandom", "u-c1")].last_seen == T0 + timedelta(minutes=5)
        assert [r.target_id for r in await store.load_pair_states("g-school")] == ["u-c3"]
        aggregates = await store.load_suspect_aggregates("g-fandom")
        assert [(a.suspect_id, a.state) for a in aggregates] == [("u-s1", {"targets": 2})]
        assert await store.load_suspect_aggregates("g-school") == []
    finally:
        await store.close()


async def test_pair_events_newest_first_with_limit(store: SqlStorage) -> None:
    events = [
        PairEvent("g-fandom", "u-s1", "u-c1", f"m{i}", T0 + timedelta(seconds=i), ("flattery",),
                  ("flattery.mature", "flattery.special"), i / 100)
        for i in range(80)
    ]
    events.append(PairEvent("g-fandom", "u-s1", "u-c2", "x1", T0, (), (), 0.0))
    await store.add_pair_events(events)
    await store.flush()
    latest = await store.pair_events("g-fandom", "u-s1", "u-c1")
    assert len(latest) == 50
    assert [e.message_id for e in latest[:3]] == ["m79", "m78", "m77"]
    assert latest[0] == events[79]
    assert [e.message_id for e in await store.pair_events("g-fandom", "u-s1", "u-c2", limit=5)] == ["x1"]
    assert await store.pair_events("g-fandom", "u-s1", "u-c2", limit=5) == [events[-1]]


async def test_nudges_at_most_one_per_category_per_day(store: SqlStorage) -> None:
    assert await store.claim_nudge("g-fandom", "u-c1", "platform_move", now=T0)
    assert not await store.claim_nudge("g-fandom", "u-c1", "platform_move", now=T0 + timedelta(hours=23))
    assert await store.claim_nudge("g-fandom", "u-c1", "secrecy", now=T0 + timedelta(hours=1))
    assert await store.claim_nudge("g-fandom", "u-c2", "platform_move", now=T0 + timedelta(hours=1))
    assert await store.claim_nudge("g-school", "u-c1", "platform_move", now=T0 + timedelta(hours=1))
    assert await store.claim_nudge("g-fandom", "u-c1", "platform_move", now=T0 + timedelta(hours=24, seconds=1))


async def test_recent_nudges_are_what_a_restarted_pipeline_needs(store: SqlStorage) -> None:
    for child, category, minutes in (("u-c1", "secrecy", 0), ("u-c2", "meeting", 90), ("u-c1", "photo_request", 100)):
        assert await store.claim_nudge("g-fandom", child, category, now=T0 + timedelta(minutes=minutes))
    assert await store.claim_nudge("g-school", "u-c3", "secrecy", now=T0 + timedelta(minutes=95))
    recent = await store.recent_nudges(T0 + timedelta(minutes=60))
    assert [(n.community_id, n.child_id, n.category, n.at) for n in recent] == [
        ("g-fandom", "u-c2", "meeting", T0 + timedelta(minutes=90)),
        ("g-school", "u-c3", "secrecy", T0 + timedelta(minutes=95)),
        ("g-fandom", "u-c1", "photo_request", T0 + timedelta(minutes=100)),
    ]
    assert [n.child_id for n in await store.recent_nudges(T0, community_id="g-school")] == ["u-c3"]


async def test_claim_nudge_is_atomic(store: SqlStorage) -> None:
    import asyncio

    results = await asyncio.gather(*(store.claim_nudge("g-fandom", "u-c1", "photo_request", now=T0)
                                     for _ in range(10)))
    assert sorted(results) == [False] * 9 + [True]
    assert [n.category for n in await store.recent_nudges(T0)] == ["photo_request"]


async def test_outbox_redelivers_after_restart(db_url: str) -> None:
    store = await open_storage(db_url, writer_options=FAST_WRITER)
    first = await store.outbox_put("alert", "g-fandom", {"case_id": "abc", "severity": "high"}, case_id="abc",
                                   user_id="u-s1", now=T0)
    second = await store.outbox_put("nudge", "g-fandom", {"category": "secrecy"}, user_id="u-c1",
                                    now=T0 + timedelta(seconds=1))
    await store.outbox_done(first)
    await store.close()  # the bot stops before the nudge went out

    store = await open_storage(db_url, writer_options=FAST_WRITER)
    try:
        pending = await store.outbox_pending()
        assert [(p.id, p.kind, p.payload, p.user_id) for p in pending] == [
            (second, "nudge", {"category": "secrecy"}, "u-c1")
        ]
        await store.outbox_done(second)
        assert await store.outbox_pending() == []
    finally:
        await store.close()
