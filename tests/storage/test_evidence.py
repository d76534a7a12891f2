from __future__ import annotations

import hashlib
import json
from dataclasses import replace

from storage import case_digest, item_digest, verify
from storage.sql import SqlStorage
from tests.storage.helpers import conversation, new_case


def recipe_digest(fields: dict[str, object]) -> str:
    """The documented recipe, rewritten independently: sorted compact UTF-8 JSON, SHA-256."""
    blob = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()


async def test_evidence_digests_follow_the_documented_recipe(store: SqlStorage) -> None:
    case = await new_case(store)
    items = conversation()
    assert await store.add_evidence(case.id, items) == 5
    detail = await store.get_case(case.id)
    assert [e.seq for e in detail.evidence] == [1, 2, 3, 4, 5]
    first = detail.evidence[0]
    assert first.text == "you seem really mature for your age" and first.flagged
    expected = recipe_digest({
        "author_id": "u-suspect-1", "author_name": "Sky", "categories": ["flattery"], "channel_id": "ch-general",
        "flagged": True, "link": "https://discord.com/channels/1/2/1", "message_id": "m1",
        "text": "you seem really mature for your age", "timestamp": "2026-03-02T17:31:00+00:00",
    })
    assert first.digest == expected == item_digest(items[0])
    chain = hashlib.sha256("".join(e.digest + "\n" for e in detail.evidence).encode()).hexdigest()
    assert detail.digest == chain == case_digest(e.digest for e in detail.evidence)
    assert verify(detail).ok


async def test_evidence_dedups_on_message_id_keeping_first_capture(store: SqlStorage) -> None:
    case = await new_case(store)
    items = conversation()
    await store.add_evidence(case.id, items[:3])
    edited = replace(items[2], text="nvm forget it")  # the suspect edited it later
    assert await store.add_evidence(case.id, [edited, items[3], items[4]]) == 2
    detail = await store.get_case(case.id)
    assert len(detail.evidence) == 5
    assert detail.evidence[2].text == items[2].text
    assert [e.message_id for e in detail.evidence] == ["m1", "m2", "m3", "m4", "m5"]


async def test_tampering_is_detected(store: SqlStorage) -> None:
    case = await new_case(store)
    await store.add_evidence(case.id, conversation())
    before = await store.get_case(case.id)
    async with store._driver.transaction() as tx:  # someone edits the database by hand
        await tx.execute("UPDATE evidence SET text = ? WHERE case_id = ? AND message_id = ?",
                         ("hi how was school", case.id, "m3"))
    after = await store.get_case(case.id)
    result = verify(after)
    assert not result.ok
    assert result.altered_message_ids == ("m3",)
    assert result.actual_case_digest != before.digest

    # Rewriting the stored digest too still leaves the case digest of the earlier export different.
    async with store._driver.transaction() as tx:
        await tx.execute("UPDATE evidence SET digest = ? WHERE case_id = ? AND message_id = ?",
                         (item_digest(after.evidence[2]), case.id, "m3"))
    rewritten = await store.get_case(case.id)
    assert verify(rewritten).ok  # internally consistent again...
    assert rewritten.digest != before.digest  # ...but no longer matches what was exported before
