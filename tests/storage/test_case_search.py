"""Paging through cases with filters, in SQL, on both backends."""

from __future__ import annotations

from datetime import timedelta

from storage import CaseQuery
from storage.sql import SqlStorage
from tests.storage.helpers import T0, new_case


async def test_filters_and_order(store: SqlStorage) -> None:
    low = await new_case(store, suspect="u-s1", target="u-kid_1", severity="low", categories=["gift_offer"])
    high = await new_case(store, suspect="u-s2", target="u-kid-2", severity="high", categories=["meeting"],
                          now=T0 + timedelta(days=3))
    crit = await new_case(store, suspect="u-s3", target="u-kid-3", severity="critical", community="g-art",
                          categories=["photo_request", "secrecy"])
    await store.set_status(low.id, "closed", "mod-1", "Mod Kim")
    await store.flush()

    def ids(found: tuple[list[object], int]) -> list[str]:
        return [c.id for c in found[0]]  # type: ignore[attr-defined]

    assert ids(await store.search_cases(CaseQuery())) == [crit.id, high.id, low.id], "most severe first"
    assert ids(await store.search_cases(CaseQuery(("g-fandom",)))) == [high.id, low.id]
    assert ids(await store.search_cases(CaseQuery(statuses=("open", "acknowledged")))) == [crit.id, high.id]
    assert ids(await store.search_cases(CaseQuery(severity="high"))) == [high.id]
    assert ids(await store.search_cases(CaseQuery(category="secrecy"))) == [crit.id]
    # An underscore is a LIKE wildcard: "u-kid_1" must not match "u-kid-1"-like ids by accident.
    assert ids(await store.search_cases(CaseQuery(user_id="u-kid_1"))) == [low.id]
    assert ids(await store.search_cases(CaseQuery(user_id="u-kid-1"))) == []
    assert ids(await store.search_cases(CaseQuery(user_id="u-s2"))) == [high.id]
    assert ids(await store.search_cases(CaseQuery(since=T0 + timedelta(days=1)))) == [high.id]
    assert ids(await store.search_cases(CaseQuery(until=T0 + timedelta(days=1)))) == [crit.id, low.id]
    assert await store.search_cases(CaseQuery(communities=())) == ([], 0)


async def test_pages_and_the_total(store: SqlStorage) -> None:
    for n in range(7):
        await new_case(store, suspect=f"u-s{n}", now=T0 + timedelta(minutes=n))
    await store.flush()
    first, total = await store.search_cases(CaseQuery(limit=3))
    third, _ = await store.search_cases(CaseQuery(limit=3, offset=6))
    assert total == 7 and len(first) == 3 and len(third) == 1
    assert first[0].suspect_id == "u-s6", "the most recently active first among equals"
    assert (await store.search_cases(CaseQuery(limit=0))) == ([], 7)
