"""Case seals against someone who can edit the database but does not hold the key.

Each test edits the database by hand the way an attacker would (recomputing whatever can be
recomputed without the key) and checks that `verify_case` names what changed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from storage import SealKey, item_digest
from storage.seal import chain_head, chain_link, chain_start
from storage.sql import SqlStorage
from tests.storage.helpers import T0, conversation, new_case


async def sealed_case(store: SqlStorage) -> str:
    case = await new_case(store, evidence=conversation())
    await store.add_note(case.id, "mod-1", "Mod Kim", "watching this one", now=T0)
    await store.set_status(case.id, "acknowledged", "mod-1", "Mod Kim", now=T0)
    return case.id


async def sql(store: SqlStorage, statement: str, *params: Any) -> int:
    async with store._driver.transaction() as tx:
        return await tx.execute(statement, params)


async def findings(store: SqlStorage, case_id: str) -> list[str]:
    result = await store.verify_case(case_id)
    assert result.status == "tampered" and not result.ok
    return [str(f) for f in result.findings]


async def test_a_case_is_sealed_when_opened_and_on_every_append(store: SqlStorage) -> None:
    case = await new_case(store, evidence=conversation())
    first = (await store.get_case(case.id)).seal
    assert first is not None and first.origin == "capture"
    # The case itself, "opened" in the audit trail, five messages.
    assert [(e.kind, e.op) for e in first.chain] == [("case", "add"), ("audit", "add")] + [("evidence", "add")] * 5
    assert first.entries == 7 and first.key_id == store.seal_key.key_id  # type: ignore[union-attr]
    assert first.head == chain_head(case.id, [(e.op, e.kind, e.ref, e.digest) for e in first.chain])
    assert (await store.verify_case(case.id)).status == "intact"

    await store.add_note(case.id, "mod-1", "Mod Kim", "watching this one")
    second = (await store.get_case(case.id)).seal
    assert second is not None and second.entries == 9 and second.head != first.head  # the note, and its audit line
    # The chain only grows: the earlier head is a link of the later chain.
    link = chain_start(case.id)
    links = []
    for entry in second.chain:
        link = chain_link(link, entry.op, entry.kind, entry.ref, entry.digest)
        links.append(link)
    assert first.head in links and links[-1] == second.head
    assert (await store.verify_case(case.id)).summary().startswith("intact (seal ")


async def test_reading_never_reseals(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    before = (await store.get_case(case_id)).seal
    await sql(store, "UPDATE evidence SET text = ? WHERE case_id = ? AND message_id = ?", "hi", case_id, "m3")
    for _ in range(2):
        await store.get_case(case_id)
        await store.verify_case(case_id)
    assert (await store.get_case(case_id)).seal == before


async def test_edited_text_with_its_digest_recomputed_is_named(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    detail = await store.get_case(case_id)
    edited = replace(detail.evidence[2], text="hi how was school")
    await sql(store, "UPDATE evidence SET text = ?, digest = ? WHERE case_id = ? AND message_id = ?",
              edited.text, item_digest(edited), case_id, "m3")
    assert await findings(store, case_id) == ["altered: evidence item 3 (message m3) was changed after it was sealed"]


async def test_deleted_evidence_is_named(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    await sql(store, "DELETE FROM evidence WHERE case_id = ? AND message_id = ?", case_id, "m2")
    await sql(store, "UPDATE evidence SET seq = seq - 1 WHERE case_id = ? AND seq > 2", case_id)  # close the gap
    assert await findings(store, case_id) == ["deleted: evidence item 2 (message m2) was deleted"]


async def test_inserted_evidence_is_named(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    await sql(
        store,
        "INSERT INTO evidence (case_id, seq, message_id, channel_id, author_id, author_name, ts, text, link, flagged, "
        "categories, digest, captured_at) VALUES (?, 6, 'm9', 'ch-general', 'u-child-1', 'Robin', ?, ?, NULL, 0, "
        "'[]', 'x', ?)",
        case_id, T0.timestamp(), "ok see you there", T0.timestamp(),
    )
    assert await findings(store, case_id) == [
        "inserted: evidence item at position 6 (message m9) is not in the seal: it was added"
    ]


async def test_reordered_evidence_is_named(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    await sql(store, "UPDATE evidence SET seq = 99 WHERE case_id = ? AND message_id = 'm2'", case_id)
    await sql(store, "UPDATE evidence SET seq = 2 WHERE case_id = ? AND message_id = 'm4'", case_id)
    await sql(store, "UPDATE evidence SET seq = 4 WHERE case_id = ? AND message_id = 'm2'", case_id)
    assert await findings(store, case_id) == [
        "reordered: evidence item 2 (message m2) is not where it was sealed",
        "reordered: evidence item 4 (message m4) is not where it was sealed",
    ]


async def test_one_item_moved_far_is_the_only_one_named(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    await sql(store, "UPDATE evidence SET seq = 99 WHERE case_id = ? AND message_id = 'm1'", case_id)
    assert await findings(store, case_id) == ["reordered: evidence item 1 (message m1) is not where it was sealed"]


async def test_audit_trail_edits_deletions_and_swaps_are_named(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    ids = [a.id for a in (await store.get_case(case_id)).audit]  # opened, note, status:acknowledged
    await sql(store, "UPDATE case_audit SET detail = ? WHERE id = ?", "case opened by a bot test", ids[0])
    assert await findings(store, case_id) == [
        f"altered: audit entry 1 (id {ids[0]}) was changed after it was sealed"
    ]
    await sql(store, "DELETE FROM case_audit WHERE id = ?", ids[2])
    assert f"deleted: audit entry 3 (id {ids[2]}) was deleted" in await findings(store, case_id)


async def test_swapped_audit_entries_are_reported_as_reordered(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    first, _note, last = (await store.get_case(case_id)).audit
    # Swap the two rows' ids: both rows still exist, unchanged, in each other's place.
    await sql(store, "UPDATE case_audit SET id = ? WHERE id = ?", 999_999, first.id)
    await sql(store, "UPDATE case_audit SET id = ? WHERE id = ?", first.id, last.id)
    await sql(store, "UPDATE case_audit SET id = ? WHERE id = ?", last.id, 999_999)
    found = await findings(store, case_id)
    assert found == [
        f"reordered: audit entry 1 (id {first.id}) is not where it was sealed",
        f"reordered: audit entry 3 (id {last.id}) is not where it was sealed",
    ]


async def test_edited_note_and_case_record_are_named(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    await sql(store, "UPDATE case_notes SET text = ? WHERE case_id = ?", "nothing to see", case_id)
    await sql(store, "UPDATE cases SET suspect_id = ? WHERE id = ?", "u-someone-else", case_id)
    found = await findings(store, case_id)
    assert "altered: the case record (community, suspect or origin) was changed after it was sealed" in found
    assert any(f.startswith("altered: note 1 (id ") for f in found) and len(found) == 2


async def test_rewriting_the_chain_without_the_key_is_detected(store: SqlStorage) -> None:
    """The attacker edits a message, its digest, its chain entry and the chain head: no key, no MAC."""
    case_id = await sealed_case(store)
    detail = await store.get_case(case_id)
    edited = replace(detail.evidence[0], text="hello")
    digest = item_digest(edited)
    await sql(store, "UPDATE evidence SET text = ?, digest = ? WHERE case_id = ? AND message_id = 'm1'",
              edited.text, digest, case_id)
    await sql(store, "UPDATE case_chain SET digest = ? WHERE case_id = ? AND kind = 'evidence' AND ref = 'm1'",
              digest, case_id)
    assert detail.seal is not None
    chain = [(e.op, e.kind, e.ref, digest if e.ref == "m1" else e.digest) for e in detail.seal.chain]
    await sql(store, "UPDATE case_seals SET head = ? WHERE case_id = ?", chain_head(case_id, chain), case_id)
    found = await findings(store, case_id)
    assert "seal: the seal record does not verify with the key: it was altered" in found
    assert "seal: seal entry 3 (evidence m1) was altered" in found


async def test_truncating_the_chain_with_the_evidence_is_detected(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    seal = (await store.get_case(case_id)).seal
    assert seal is not None
    last_evidence = max(e.pos for e in seal.chain if e.kind == "evidence")
    await sql(store, "DELETE FROM case_chain WHERE case_id = ? AND pos >= ?", case_id, last_evidence)
    await sql(store, "DELETE FROM evidence WHERE case_id = ? AND message_id = 'm5'", case_id)
    found = await findings(store, case_id)
    assert f"deleted: seal entries {last_evidence}-{seal.entries} were deleted from the chain" in found


async def test_a_deleted_seal_or_case_is_reported(store: SqlStorage) -> None:
    kept = await sealed_case(store)
    unsealed = (await new_case(store, suspect="u-suspect-2", evidence=conversation("u-suspect-2"))).id
    gone = (await new_case(store, suspect="u-suspect-3")).id
    await sql(store, "DELETE FROM case_seals WHERE case_id = ?", unsealed)
    assert await findings(store, unsealed) == ["seal: the case has no seal: its seal record was deleted"]
    for table in ("evidence", "case_audit", "cases"):
        await sql(store, f"DELETE FROM {table} WHERE {'id' if table == 'cases' else 'case_id'} = ?", gone)
    checks = {c.case_id: c for c in await store.verify_all()}
    assert checks[kept].status == "intact"
    assert checks[unsealed].status == "tampered"
    assert checks[gone].status == "tampered" and "the whole case was deleted" in str(checks[gone].findings[0])


async def test_a_missing_seal_is_rebuilt_on_the_next_append_and_stays_reported(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    await sql(store, "DELETE FROM case_seals WHERE case_id = ?", case_id)
    await store.add_note(case_id, "mod-1", "Mod Kim", "still watching")  # recording goes on
    found = await findings(store, case_id)
    assert found == ["seal: the seal record went missing and was rebuilt; entries removed before then "
                     "cannot be ruled out"]


async def test_another_key_is_a_seal_mismatch(store: SqlStorage) -> None:
    case_id = await sealed_case(store)
    store.seal_key = SealKey.ephemeral()  # as if the key file had been replaced
    found = await findings(store, case_id)
    assert len(found) == 1 and found[0].startswith("seal: sealed with key ") and "not the key that sealed" in found[0]


async def test_erasure_on_request_is_not_tampering(store: SqlStorage) -> None:
    case = await new_case(store, evidence=conversation())
    await store.add_note(case.id, "mod-1", "Mod Kim", "spoke to the parents")
    await store.set_status(case.id, "closed", "mod-1", "Mod Kim")
    # The child asks to be forgotten (their lines leave the closed case); so does the moderator.
    await store.forget("u-child-1")
    await store.forget("mod-1")
    detail = await store.get_case(case.id)
    assert [e.author_id for e in detail.evidence] == ["u-suspect-1"] * 3
    assert {a.actor_id for a in detail.audit} == {"lookout", "(forgotten)"}
    result = await store.verify_case(case.id)
    assert result.status == "intact", result.findings
    # An erased line put back is tampering.
    await sql(
        store,
        "INSERT INTO evidence (case_id, seq, message_id, channel_id, author_id, author_name, ts, text, link, flagged, "
        "categories, digest, captured_at) VALUES (?, 9, 'm2', 'ch-general', 'u-child-1', 'Robin', ?, 'haha thanks', "
        "NULL, 0, '[]', 'x', ?)",
        case.id, T0.timestamp(), T0.timestamp(),
    )
    assert await findings(store, case.id) == [
        "inserted: evidence item 2 (message m2) was erased on request but is back"
    ]


async def test_open_case_stores_evidence_and_decision_in_its_transaction(store: SqlStorage) -> None:
    decision = {"kind": "alert", "message_id": "m5", "risk": 0.8}
    case = await new_case(store, evidence=conversation(), decision=decision)
    again = await new_case(store, evidence=conversation(), decision=decision)  # the same alert, replayed
    assert again.id == case.id and not again.is_new
    detail = await store.get_case(case.id)
    assert len(detail.evidence) == 5 and [d.data for d in detail.decisions] == [decision]
    assert (await store.verify_case(case.id)).status == "intact"


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_a_key_file_others_can_read_is_refused(tmp_path: Any, mode: int) -> None:
    from storage import SealKeyError

    path = tmp_path / "seal.key"
    assert SealKey.load(path, create=True) is not None
    assert path.stat().st_mode & 0o777 == 0o600
    path.chmod(mode)
    with pytest.raises(SealKeyError, match=rf"mode 0{mode:o}: other users may read it.*chmod 600 {path}"):
        SealKey.load(path, create=False)


def test_key_files_are_created_once_read_back_and_checked(tmp_path: Any) -> None:
    from storage import SealKeyError

    path = tmp_path / "keys" / "seal.key"
    assert SealKey.load(path, create=False) is None  # readers never create one
    created = SealKey.load(path, create=True)
    again = SealKey.load(path, create=True)
    assert created is not None and again is not None and created.key_id == again.key_id
    assert len(path.read_text().split("\n")[-2]) == 64
    path.write_text("not a key\n")
    with pytest.raises(SealKeyError, match="is not a Lookout seal key"):
        SealKey.load(path, create=True)


async def test_purged_cases_leave_no_seal_behind(store: SqlStorage) -> None:
    old = await new_case(store, evidence=conversation(), now=T0)
    await store.set_status(old.id, "closed", "mod-1", "Mod Kim", now=T0)
    kept = await sealed_case(store)
    counts = await store.purge(now=T0 + timedelta(days=400))
    assert counts["cases"] == 1 and counts["case_seals"] == 1 and counts["case_chain"] == 8
    assert [(c.case_id, c.status) for c in await store.verify_all()] == [(kept, "intact")]
