"""The console's records on both backends: login links work once and until they expire; the audit
trail is read newest first, by community."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from storage import ConsoleAuditEntry
from storage.sql import SqlStorage
from tests.storage.helpers import T0, new_case


async def test_a_login_link_is_taken_once(store: SqlStorage) -> None:
    await store.add_console_login("a" * 64, platform="discord", user_id="mod-1", display_name="Mod Kim",
                                  communities=["g-fandom", "g-art", "g-fandom"], expires_at=T0 + timedelta(minutes=10),
                                  now=T0)
    first, second = await asyncio.gather(store.take_console_login("a" * 64, now=T0),
                                         store.take_console_login("a" * 64, now=T0))
    taken = [x for x in (first, second) if x is not None]
    assert len(taken) == 1, "two requests presenting one link at once: only one logs in"
    assert (taken[0].platform, taken[0].user_id, taken[0].display_name, taken[0].communities) == (
        "discord", "mod-1", "Mod Kim", ("g-art", "g-fandom"))
    assert await store.take_console_login("a" * 64, now=T0) is None


async def test_an_expired_link_is_refused_and_gone(store: SqlStorage) -> None:
    await store.add_console_login("c" * 64, platform="telegram", user_id="42", display_name="Ash",
                                  communities=["-1001"], expires_at=T0 + timedelta(minutes=10), now=T0)
    assert await store.take_console_login("c" * 64, now=T0 + timedelta(minutes=11)) is None
    await store.add_console_login("d" * 64, platform="telegram", user_id="42", display_name="Ash",
                                  communities=["-1001"], expires_at=T0 + timedelta(minutes=10), now=T0)
    counts = await store.purge(now=T0 + timedelta(minutes=11))
    assert counts["console_logins"] == 1


async def test_the_audit_trail_by_community_newest_first(store: SqlStorage) -> None:
    for n, community in enumerate(["g-fandom", "g-art", "g-fandom", ""]):
        await store.add_console_audit(ConsoleAuditEntry(T0 + timedelta(minutes=n), "discord", "mod-1", "Mod Kim",
                                                        f"act-{n}", community, ip="192.0.2.1", user_agent="UA"))
    entries, total = await store.console_audit(["g-fandom"], limit=1)
    assert total == 2 and [e.action for e in entries] == ["act-2"]
    entries, total = await store.console_audit(["g-fandom"], limit=5, offset=1)
    assert [e.action for e in entries] == ["act-0"]
    everything, total = await store.console_audit(None)
    assert total == 4 and everything[0].action == "act-3" and everything[0].ip == "192.0.2.1"
    assert await store.console_audit([]) == ([], 0)


async def test_case_actions_by_community_newest_first(store: SqlStorage) -> None:
    mine = await new_case(store, suspect="u-s1", community="g-fandom")
    theirs = await new_case(store, suspect="u-s2", community="g-art")
    await store.add_audit(mine.id, "mod-1", "Mod Kim", "acknowledge", "looked", now=T0 + timedelta(hours=1))
    await store.add_audit(theirs.id, "mod-2", "Mod Ash", "note", "", now=T0 + timedelta(hours=2))
    entries, total = await store.case_actions(["g-fandom"])
    assert [e.action for e in entries][0] == "acknowledge" and all(e.case_id == mine.id for e in entries)
    assert total == len(entries) >= 2  # opening the case is recorded too
    everything, _ = await store.case_actions(None, limit=1)
    assert everything[0].actor_name == "Mod Ash"
    assert await store.case_actions([]) == ([], 0)
