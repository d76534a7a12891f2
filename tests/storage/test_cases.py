from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from storage import CaseStatus, StorageError, UnknownCaseError
from storage.sql import SqlStorage
from tests.storage.helpers import T0, new_case


async def test_open_case_then_join_merges_instead_of_duplicating(store: SqlStorage) -> None:
    first = await new_case(store)
    assert first.is_new and first.status == "open" and first.targets == ("u-child-1",)
    joined = await new_case(store, target="u-child-2", severity="high", risk=0.8, stage="platform_move",
                            categories=["platform_move"], now=T0 + timedelta(hours=1))
    assert not joined.is_new
    assert joined.id == first.id
    assert joined.targets == ("u-child-1", "u-child-2")
    assert joined.severity == "high" and joined.risk == pytest.approx(0.8)
    assert joined.categories == ("flattery", "age_probe", "platform_move")
    # A lower-severity hit never lowers the case.
    again = await new_case(store, severity="low", risk=0.2, categories=["flattery"])
    assert again.severity == "high" and again.risk == pytest.approx(0.8)
    assert len(await store.list_cases()) == 1
    audit = (await store.get_case(first.id)).audit
    assert [entry.action for entry in audit] == ["opened", "joined"]
    assert "severity medium -> high" in audit[1].detail


async def test_other_suspect_or_community_gets_its_own_case(store: SqlStorage) -> None:
    a = await new_case(store)
    b = await new_case(store, suspect="u-suspect-2")
    c = await new_case(store, community="g-school")
    assert len({a.id, b.id, c.id}) == 3
    assert [case.id for case in await store.cases_for_suspect("g-fandom", "u-suspect-1")] == [a.id]


async def test_status_changes_are_audited_and_a_closed_case_is_not_joined(store: SqlStorage) -> None:
    case = await new_case(store)
    acked = await store.set_status(case.id, "acknowledged", "mod-7", "Mod Alex", now=T0 + timedelta(minutes=5))
    assert acked.status == "acknowledged"
    assert (await new_case(store)).id == case.id  # acknowledged is still active
    done = await store.set_status(case.id, CaseStatus.ACTIONED, "mod-7", "Mod Alex", "timed out 24 h",
                                  now=T0 + timedelta(minutes=9))
    assert done.status == "actioned" and done.updated_at == T0 + timedelta(minutes=9)
    detail = await store.get_case(case.id)
    actions = [(a.actor_name, a.action, a.detail) for a in detail.audit]
    assert ("Mod Alex", "status:acknowledged", "open -> acknowledged") in actions
    assert ("Mod Alex", "status:actioned", "timed out 24 h") in actions

    later = await new_case(store, now=T0 + timedelta(days=2))
    assert later.is_new and later.id != case.id
    prior = await store.cases_for_suspect("g-fandom", "u-suspect-1")
    assert [c.id for c in prior] == [later.id, case.id]
    # Re-opening the old case would make two active cases for one suspect: refused.
    with pytest.raises(StorageError, match="already open"):
        await store.set_status(case.id, "open", "mod-7", "Mod Alex")


async def test_invalid_values_are_rejected_with_names(store: SqlStorage) -> None:
    case = await new_case(store)
    with pytest.raises(ValueError, match="'solved' is not one of"):
        await store.set_status(case.id, "solved", "mod-1", "Mod")
    with pytest.raises(ValueError, match="severity 'extreme'"):
        await new_case(store, severity="extreme")
    with pytest.raises(UnknownCaseError, match="no case with id 'nope'"):
        await store.get_case("nope")
    with pytest.raises(UnknownCaseError):
        await store.add_note("nope", "mod-1", "Mod", "hello")
    with pytest.raises(UnknownCaseError):
        await store.set_alert_ref("nope", "123")


async def test_update_case_escalation_and_merge(store: SqlStorage) -> None:
    case = await new_case(store)
    updated = await store.update_case(case.id, severity="critical", risk=0.97, stage="photo_request",
                                      categories=["photo_request"], targets=["u-child-3"],
                                      signals=["asked for a photo"], now=T0 + timedelta(minutes=20))
    assert updated.severity == "critical" and updated.stage == "photo_request"
    assert updated.targets == ("u-child-1", "u-child-3")
    assert "photo_request" in updated.categories and "flattery" in updated.categories
    assert updated.signals == ("asked for a photo",)
    detail = await store.get_case(case.id)
    assert detail.case == updated
    assert detail.audit[-1].action == "escalated"


async def test_notes_are_append_only_and_ordered(store: SqlStorage) -> None:
    case = await new_case(store)
    await store.add_note(case.id, "mod-1", "Mod Kim", "talked to the child's parent", now=T0 + timedelta(hours=1))
    await store.add_note(case.id, "mod-2", "Mod Lee", "same account seen in another server",
                         now=T0 + timedelta(hours=2))
    await store.add_note(case.id, "mod-1", "Mod Kim", "talked to the child's parent", now=T0 + timedelta(hours=3))
    notes = (await store.get_case(case.id)).notes
    assert [(n.author_name, n.at) for n in notes] == [
        ("Mod Kim", T0 + timedelta(hours=1)),
        ("Mod Lee", T0 + timedelta(hours=2)),
        ("Mod Kim", T0 + timedelta(hours=3)),
    ]
    assert notes[0].text == notes[2].text  # an identical note is a new note, not an overwrite
    assert not hasattr(store, "update_note") and not hasattr(store, "delete_note")
    with pytest.raises(ValueError):
        await store.add_note(case.id, "mod-1", "Mod Kim", "   ")


async def test_alert_ref_decisions_and_listing(store: SqlStorage) -> None:
    a = await new_case(store, decision={"kind": "alert", "risk": 0.55, "rules": ["flattery.mature"]})
    await store.set_alert_ref(a.id, "1200000000000000001")
    joined = await new_case(store, decision={"kind": "alert", "risk": 0.9, "rules": ["move.app"]},
                            now=T0 + timedelta(minutes=3))
    assert joined.id == a.id and not joined.is_new
    b = await new_case(store, suspect="u-suspect-2", now=T0 + timedelta(hours=1))
    await store.set_status(b.id, "false_positive", "mod-1", "Mod", now=T0 + timedelta(hours=2))
    detail = await store.get_case(a.id)
    assert detail.case.alert_ref == "1200000000000000001"
    assert [d.data["risk"] for d in detail.decisions] == [0.55, 0.9]
    assert [c.id for c in await store.list_cases()] == [b.id, a.id]
    assert [c.id for c in await store.list_cases(status="open")] == [a.id]
    assert [c.id for c in await store.list_cases(community_id="g-other")] == []
    assert len(await store.list_cases(limit=1)) == 1
    assert (await store.find_case(b.id)) is not None and (await store.find_case("zzzz")) is None


async def test_concurrent_opens_for_one_suspect_make_one_case(store: SqlStorage) -> None:
    cases = await asyncio.gather(*(new_case(store, target=f"u-child-{i}") for i in range(20)))
    assert len({case.id for case in cases}) == 1
    assert sum(case.is_new for case in cases) == 1
    final = (await store.get_case(cases[0].id)).case
    assert set(final.targets) == {f"u-child-{i}" for i in range(20)}


async def test_concurrent_notes_all_kept(store: SqlStorage) -> None:
    case = await new_case(store)
    await asyncio.gather(*(store.add_note(case.id, f"mod-{i}", f"Mod {i}", f"note {i}") for i in range(30)))
    notes = (await store.get_case(case.id)).notes
    assert sorted(n.text for n in notes) == sorted(f"note {i}" for i in range(30))
