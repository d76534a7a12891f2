from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from bot.case_report import build_case_package, verify_package, write_case_package
from storage import EvidenceInput, open_storage
from storage.sql import SqlStorage
from tests.storage.helpers import T0, conversation, new_case

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
async def memory_store() -> AsyncIterator[SqlStorage]:
    store = await open_storage("sqlite://:memory:", writer_options={"linger_s": 0.001})
    yield store
    await store.close()


async def sample_case(store: SqlStorage) -> str:
    case = await new_case(store)
    items = conversation()
    items.append(EvidenceInput("m6", "ch-general", "u-suspect-1", 'Sky"><b>', T0 + timedelta(minutes=6),
                               f"send me a pic of you {HOSTILE}", link="javascript:alert(1)", flagged=True,
                               categories=("photo_request",)))
    await store.add_evidence(case.id, items)
    # Later alerts join the open case, each with its decision (as the service records them).
    await new_case(store, decision={"kind": "alert", "risk": 0.55}, now=T0 + timedelta(minutes=3))
    await new_case(store, decision={"kind": "alert", "risk": 0.93}, now=T0 + timedelta(minutes=6))
    await store.add_note(case.id, "mod-1", "Mod Kim", f"parent informed {HOSTILE}")
    await store.set_status(case.id, "reported", "mod-1", "Mod Kim", "CyberTipline report filed")
    return case.id


async def test_json_package_carries_digests_and_verifies(memory_store: SqlStorage) -> None:
    detail = await memory_store.get_case(await sample_case(memory_store))
    json_bytes, _html = build_case_package(detail)
    data = json.loads(json_bytes)
    assert data["case"]["id"] == detail.case.id and data["case_digest"] == detail.digest
    assert [item["digest"] for item in data["items"]] == [item.digest for item in detail.evidence]
    assert len(data["items"]) == 6 and data["verification"]["ok"] is True
    assert verify_package(data) == []
    data["items"][2]["text"] = "something else"
    assert verify_package(data) == [
        "item 'm3' does not match its digest",
        "the case digest does not match the items",
        "evidence m3 is not what was sealed",
    ]


async def test_html_is_self_contained_escaped_and_complete(memory_store: SqlStorage) -> None:
    detail = await memory_store.get_case(await sample_case(memory_store))
    _json, html_bytes = build_case_package(detail)
    page = html_bytes.decode()
    # No user text can inject markup or script.
    assert "<script" not in page and "<img" not in page and "onerror=alert(1)>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert 'Sky&quot;&gt;&lt;b&gt;' in page
    assert 'href="javascript:' not in page
    # Self-contained: no external resources.
    assert not re.search(r'(src|href)="(?!https://discord\.com/channels/)', page)
    assert "@import" not in page and "<link" not in page
    # Content: flagged messages highlighted, chart, signals, actions, notes, how to report.
    assert page.count('<tr class="flagged">') == 4 and page.count('<tr class="context">') == 2
    assert "<svg" in page and page.count("<circle") == 2 and "<polyline" in page
    assert "account 3 days old" in page and "fan_out: 2 children approached" in page
    assert "status:reported" in page and "CyberTipline report filed" in page
    assert "parent informed &lt;script&gt;" in page
    assert "CyberTipline" in page and "Trust &amp; Safety" in page and "police" in page
    assert "@media print" in page
    assert detail.digest in page


async def test_tampered_case_is_flagged_in_the_report(memory_store: SqlStorage) -> None:
    detail = await memory_store.get_case(await sample_case(memory_store))
    tampered = replace(detail, evidence=(replace(detail.evidence[0], text="hello"), *detail.evidence[1:]))
    json_bytes, html_bytes = build_case_package(tampered)
    verification = json.loads(json_bytes)["verification"]
    assert verification["ok"] is False and verification["altered_message_ids"] == ["m1"]
    assert "ALTERED since capture: m1" in html_bytes.decode()


async def test_the_package_carries_the_seal_and_its_check(memory_store: SqlStorage) -> None:
    case_id = await sample_case(memory_store)
    detail = await memory_store.get_case(case_id)
    check = await memory_store.verify_case(case_id)
    json_bytes, html_bytes = build_case_package(detail, check=check)
    data = json.loads(json_bytes)
    assert detail.seal is not None
    seal = data["seal"]
    assert seal["head"] == detail.seal.head and seal["mac"] == detail.seal.mac and seal["entries"] == 11
    assert seal["chain"][-1]["link"] == detail.seal.head and "SHA-256" in seal["recipe"]
    assert data["verification"]["status"] == "intact" and data["verification"]["ok"] is True
    page = html_bytes.decode()
    assert detail.seal.head in page and detail.seal.mac in page and "seal: intact" in page
    # Anyone holding only the package recomputes the chain and finds it covers every item.
    assert verify_package(data) == []
    data["moderator_actions"][-1]["detail"] = "nothing was reported"
    data["notes"][0]["text"] = "all fine"
    del data["items"][1]
    note_id, audit_id = data["notes"][0]["id"], data["moderator_actions"][-1]["id"]
    problems = verify_package(data)
    assert f"note {note_id} is not what was sealed" in problems
    assert f"audit {audit_id} is not what was sealed" in problems
    assert "sealed evidence m2 is missing from the package" in problems
    data["seal"]["chain"].pop()
    assert "the seal chain does not lead to the seal head" in verify_package(data)


async def test_a_tampered_seal_check_is_in_the_report(memory_store: SqlStorage) -> None:
    case_id = await sample_case(memory_store)
    async with memory_store._driver.transaction() as tx:
        await tx.execute("DELETE FROM evidence WHERE case_id = ? AND message_id = 'm4'", (case_id,))
    check = await memory_store.verify_case(case_id)
    json_bytes, html_bytes = build_case_package(await memory_store.get_case(case_id), check=check)
    verification = json.loads(json_bytes)["verification"]
    assert verification["status"] == "tampered" and verification["ok"] is False
    assert verification["findings"] == ["deleted: evidence item 4 (message m4) was deleted"]
    assert "seal: TAMPERED: deleted: evidence item 4 (message m4) was deleted" in html_bytes.decode()


async def test_empty_case_still_renders(memory_store: SqlStorage) -> None:
    case = await new_case(memory_store)
    _json, html_bytes = build_case_package(await memory_store.get_case(case.id))
    page = html_bytes.decode()
    assert "No messages were captured" in page and "No risk history" in page


async def test_write_case_package_files(memory_store: SqlStorage, tmp_path: Path) -> None:
    detail = await memory_store.get_case(await sample_case(memory_store))
    paths = write_case_package(detail, tmp_path / "out")
    assert [p.name for p in paths] == [f"case-{detail.case.id}.json", f"case-{detail.case.id}.html"]
    assert json.loads(paths[0].read_text("utf-8"))["case_digest"] == detail.digest
    assert paths[1].read_text("utf-8").startswith("<!DOCTYPE html>")
