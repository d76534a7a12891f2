from __future__ import annotations

from datetime import timedelta

from storage import PairEvent, PairStateRecord, SuspectAggregateRecord
from storage.sql import SqlStorage
from tests.storage.helpers import T0, conversation, new_case


async def seed_state(store: SqlStorage, suspect: str, child: str, community: str = "g-fandom") -> None:
    await store.save_pair_states([PairStateRecord(community, suspect, child, {"risk": 0.5}, T0)])
    await store.save_suspect_aggregates([SuspectAggregateRecord(community, suspect, {"n": 1}, T0)])
    await store.add_pair_events([PairEvent(community, suspect, child, "m1", T0, ("secrecy",), ("r1",), 0.5)])
    await store.claim_nudge(community, child, "secrecy", now=T0)


async def test_forget_suspect_keeps_open_case_and_deletes_the_rest(store: SqlStorage) -> None:
    await seed_state(store, "u-s1", "u-c1")
    closed = await new_case(store, suspect="u-s1", now=T0 - timedelta(days=20))
    await store.add_evidence(closed.id, conversation("u-s1", "u-c1"))
    await store.set_status(closed.id, "false_positive", "mod-1", "Mod", now=T0 - timedelta(days=19))
    active = await new_case(store, suspect="u-s1")
    await store.add_evidence(active.id, conversation("u-s1", "u-c1"))
    alert = await store.outbox_put("alert", "g-fandom", {}, case_id=active.id, user_id="u-s1")

    result = await store.forget("u-s1")
    assert result.deleted["cases"] == 1 and result.deleted["evidence"] == 5
    assert result.deleted["pair_states"] == 1 and result.deleted["pair_events"] == 1
    assert result.deleted["suspect_aggregates"] == 1
    assert len(result.kept) == 1 and active.id in result.kept[0] and "suspect" in result.kept[0]
    assert await store.find_case(closed.id) is None
    assert len((await store.get_case(active.id)).evidence) == 5
    assert [p.id for p in await store.outbox_pending()] == [alert]  # its alert still goes out
    assert await store.load_pair_states() == [] and await store.load_suspect_aggregates() == []


async def test_forget_keeps_a_case_reported_to_authorities(store: SqlStorage) -> None:
    case = await new_case(store, suspect="u-s1")
    await store.set_status(case.id, "reported", "mod-1", "Mod")
    result = await store.forget("u-s1")
    assert await store.find_case(case.id) is not None
    assert "authorities" in result.kept[0]


async def test_forget_child_keeps_their_lines_in_an_open_case_but_not_in_closed_ones(store: SqlStorage) -> None:
    await seed_state(store, "u-s1", "u-c1")
    active = await new_case(store, suspect="u-s1", target="u-c1")
    await store.add_evidence(active.id, conversation("u-s1", "u-c1"))
    old = await new_case(store, suspect="u-s2", target="u-c1", now=T0 - timedelta(days=3))
    await store.add_evidence(old.id, conversation("u-s2", "u-c1"))
    await store.set_status(old.id, "actioned", "mod-1", "Mod")

    result = await store.forget("u-c1")
    # Open case about someone else: the child's messages are the evidence protecting them.
    detail = await store.get_case(active.id)
    assert [e.author_id for e in detail.evidence].count("u-c1") == 2
    assert detail.case.targets == ("u-c1",)
    assert any(active.id in reason and "protecting them" in reason for reason in result.kept)
    # Closed case: their lines go, they leave the targets, the audit explains the changed digest.
    closed = await store.get_case(old.id)
    assert [e.author_id for e in closed.evidence] == ["u-s2"] * 3
    assert closed.case.targets == ()
    assert closed.audit[-1].action == "forget" and "2 evidence line(s)" in closed.audit[-1].detail
    assert result.deleted["evidence"] == 2
    assert result.deleted["nudges"] == 1 and result.deleted["pair_states"] == 1
    assert await store.recent_nudges(T0) == []


async def test_forget_moderator_anonymises_their_notes_and_actions(store: SqlStorage) -> None:
    case = await new_case(store)
    await store.add_note(case.id, "mod-9", "Mod Jo", "checked the account")
    await store.set_status(case.id, "acknowledged", "mod-9", "Mod Jo")
    result = await store.forget("mod-9")
    detail = await store.get_case(case.id)
    assert detail.notes[0].author_id == "(forgotten)" and detail.notes[0].text == "checked the account"
    assert all(a.actor_id != "mod-9" and a.actor_name != "Mod Jo" for a in detail.audit)
    assert result.deleted["case_notes (anonymised)"] == 1


async def test_forget_can_be_limited_to_one_community(store: SqlStorage) -> None:
    await seed_state(store, "u-s1", "u-c1", "g-fandom")
    await seed_state(store, "u-s1", "u-c1", "g-school")
    result = await store.forget("u-c1", community_id="g-school")
    assert result.deleted["pair_states"] == 1 and result.deleted["nudges"] == 1
    assert [r.community_id for r in await store.load_pair_states()] == ["g-fandom"]
    assert [n.community_id for n in await store.recent_nudges(T0)] == ["g-fandom"]
