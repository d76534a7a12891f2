from __future__ import annotations

import asyncio
from datetime import timedelta

from storage import PairEvent, PairStateRecord, SuspectAggregateRecord
from storage.sql import SqlStorage
from tests.storage.helpers import T0, conversation, new_case

DAY = timedelta(days=1)


async def test_purge_applies_default_retention(store: SqlStorage) -> None:
    now = T0 + 200 * DAY
    await store.save_pair_states([
        PairStateRecord("g-fandom", "u-s1", "u-old", {}, now - 31 * DAY),
        PairStateRecord("g-fandom", "u-s1", "u-new", {}, now - 29 * DAY),
    ])
    await store.save_suspect_aggregates([SuspectAggregateRecord("g-fandom", "u-s1", {}, now - 40 * DAY)])
    await store.add_pair_events([
        PairEvent("g-fandom", "u-s1", "u-old", "m-old", now - 31 * DAY),
        PairEvent("g-fandom", "u-s1", "u-new", "m-new", now - DAY),
    ])
    await store.claim_nudge("g-fandom", "u-old", "secrecy", now=now - 31 * DAY)
    await store.claim_nudge("g-fandom", "u-new", "secrecy", now=now - 2 * DAY)
    delivered = await store.outbox_put("nudge", "g-fandom", {}, now=now - 40 * DAY)
    await store.outbox_done(delivered, now=now - 40 * DAY)
    undelivered = await store.outbox_put("alert", "g-fandom", {}, now=now - 40 * DAY)

    old_closed = await new_case(store, suspect="u-s-old", now=T0)
    await store.add_evidence(old_closed.id, conversation("u-s-old"))
    await store.add_note(old_closed.id, "mod-1", "Mod", "handled", now=T0)
    await store.set_status(old_closed.id, "closed", "mod-1", "Mod", now=now - 181 * DAY)
    recent_closed = await new_case(store, suspect="u-s-recent", now=T0)
    await store.set_status(recent_closed.id, "false_positive", "mod-1", "Mod", now=now - 10 * DAY)
    old_open = await new_case(store, suspect="u-s-open", now=T0)  # open cases never expire

    counts = await store.purge(now=now)
    assert counts["pair_states"] == 1 and counts["suspect_aggregates"] == 1 and counts["pair_events"] == 1
    assert counts["nudges"] == 1 and counts["outbox"] == 1
    assert counts["cases"] == 1 and counts["evidence"] == 5 and counts["case_notes"] == 1
    assert [r.target_id for r in await store.load_pair_states()] == ["u-new"]
    assert await store.load_suspect_aggregates() == []
    assert [p.id for p in await store.outbox_pending()] == [undelivered]
    assert [n.child_id for n in await store.recent_nudges(now - 40 * DAY)] == ["u-new"]
    assert {c.id for c in await store.list_cases()} == {recent_closed.id, old_open.id}
    assert await store.find_case(old_closed.id) is None
    # A second run finds nothing more.
    assert sum((await store.purge(now=now)).values()) == 0


async def test_purge_honours_community_overrides(store: SqlStorage) -> None:
    now = T0 + 100 * DAY
    await store.change_settings("g-short", {"retention": {"closed_case_days": 7, "pair_state_days": 2}})
    for community in ("g-short", "g-default"):
        await store.save_pair_states([PairStateRecord(community, "u-s1", "u-c1", {}, now - 5 * DAY)])
        case = await new_case(store, community=community, now=T0)
        await store.set_status(case.id, "actioned", "mod-1", "Mod", now=now - 10 * DAY)
    await store.purge(now=now)
    assert [r.community_id for r in await store.load_pair_states()] == ["g-default"]
    assert [c.community_id for c in await store.list_cases()] == ["g-default"]


async def test_purge_task_runs_in_background(store: SqlStorage) -> None:
    await store.save_pair_states([PairStateRecord("g-fandom", "u-s1", "u-c1", {}, T0)])  # long expired
    await store.flush()
    store.start_purge_task(interval_s=3600)
    for _ in range(100):  # bounded: 5 s at most
        if not await store.load_pair_states():
            break
        await asyncio.sleep(0.05)
    assert await store.load_pair_states() == []


async def test_purge_with_more_overrides_than_a_statement_can_carry(store: SqlStorage) -> None:
    """12,000 communities with their own retention: more than PostgreSQL's bind-parameter limits."""
    now = T0 + 100 * DAY
    overrides = [(f"g-{i:05d}", 60.0) for i in range(12_000)] + [("g-short", 2.0)]
    async with store._driver.transaction() as tx:  # seeded directly: 12,000 separate writes add nothing
        await tx.executemany(
            "INSERT INTO community_settings (community_id, pair_state_days, updated_at) VALUES (?, ?, 0)", overrides
        )
    states = [
        PairStateRecord("g-00042", "u-s1", "u-kept", {}, now - 40 * DAY),  # within its 60 days
        PairStateRecord("g-11999", "u-s1", "u-gone", {}, now - 61 * DAY),  # past its 60 days
        PairStateRecord("g-short", "u-s1", "u-gone", {}, now - 3 * DAY),  # past its 2 days
        PairStateRecord("g-default", "u-s1", "u-gone", {}, now - 31 * DAY),  # default: 30 days
        PairStateRecord("g-default", "u-s2", "u-kept", {}, now - 29 * DAY),
    ]
    await store.save_pair_states(states)
    counts = await store.purge(now=now)
    assert counts["pair_states"] == 3
    assert sorted((r.community_id, r.suspect_id) for r in await store.load_pair_states()) == [
        ("g-00042", "u-s1"),
        ("g-default", "u-s2"),
    ]
