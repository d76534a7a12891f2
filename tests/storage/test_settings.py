"""Community settings, alert links and link codes, on both backends."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from storage import AlertLink, CommunitySettings, open_storage
from storage.sql import SqlStorage
from tests.storage.conftest import FAST_WRITER
from tests.storage.helpers import T0

TTL = timedelta(minutes=30)


async def test_only_what_was_set_is_stored(store: SqlStorage) -> None:
    assert await store.get_settings("g-fandom") is None
    stored = await store.change_settings("g-fandom", {"language": "de", "minor_roles": ["13-15", "Under 18"]},
                                         platform="discord")
    assert stored.language == "de" and stored.minor_roles == ("13-15", "Under 18")
    assert stored.threshold is None and stored.nudge_mode is None and stored.moderator_roles is None
    assert await store.get_settings("g-fandom") == stored
    # A second change touches only its own field.
    await store.change_settings("g-fandom", {"threshold": 0.7, "moderator_roles": ("Mods",)})
    again = await store.get_settings("g-fandom")
    assert again is not None
    assert (again.language, again.threshold, again.moderator_roles, again.platform) == ("de", 0.7, ("Mods",), "discord")
    # None clears a setting: the config applies again. An empty list is a choice, kept as such.
    await store.change_settings("g-fandom", {"language": None, "adult_roles": []})
    cleared = await store.get_settings("g-fandom")
    assert cleared is not None and cleared.language is None and cleared.adult_roles == ()
    # Nothing set any more: no row at all.
    await store.change_settings("g-fandom", {name: None for name in
                                             ("threshold", "minor_roles", "adult_roles", "moderator_roles")})
    assert await store.get_settings("g-fandom") is None
    assert await store.list_settings() == []


async def test_retention_overrides_are_set_and_cleared_per_kind(store: SqlStorage) -> None:
    await store.change_settings("g-short", {"retention": {"closed_case_days": 7, "pair_state_days": 2}})
    await store.change_settings("g-short", {"retention": {"pair_state_days": None, "nudge_days": 3}})
    stored = await store.get_settings("g-short")
    assert stored is not None and dict(stored.retention) == {"closed_case_days": 7.0, "nudge_days": 3.0}
    await store.change_settings("g-short", {"retention": None})
    assert await store.get_settings("g-short") is None


async def test_bad_settings_are_refused_naming_the_field(store: SqlStorage) -> None:
    with pytest.raises(ValueError, match="'extras' is not a setting; the settings are threshold"):
        await store.change_settings("g-fandom", {"extras": {"link_code": "12345678"}})
    with pytest.raises(ValueError, match="g-fandom: nudge_mode 'loud' is not one of dm, button, off"):
        await store.change_settings("g-fandom", {"nudge_mode": "loud"})
    with pytest.raises(ValueError, match="threshold -1 must be a number above 0"):
        await store.change_settings("g-fandom", {"threshold": -1})
    with pytest.raises(ValueError, match="retention 'forever' is not one of"):
        await store.change_settings("g-fandom", {"retention": {"forever": 1}})
    with pytest.raises(ValueError, match="moderator_roles 'Mods,Helpers' must be a list of role names"):
        await store.change_settings("g-fandom", {"moderator_roles": "Mods,Helpers"})
    assert await store.get_settings("g-fandom") is None  # nothing half-written


async def test_changes_to_different_settings_at_once_are_all_kept(store: SqlStorage) -> None:
    await asyncio.gather(
        store.change_settings("g-fandom", {"language": "fr"}),
        store.change_settings("g-fandom", {"threshold": 1.5}),
        store.change_settings("g-fandom", {"nudge_mode": "off"}),
        store.change_settings("g-fandom", {"trusted_roles": ["Helpers"]}),
    )
    stored = await store.get_settings("g-fandom")
    assert stored == CommunitySettings("g-fandom", language="fr", threshold=1.5, nudge_mode="off",
                                       trusted_roles=("Helpers",))


async def test_alert_links_replace_list_by_chat_and_unlink(store: SqlStorage) -> None:
    await store.set_alert_link("-100111", "-500", platform="telegram", now=T0)
    await store.set_alert_link("-100222", "-500", platform="telegram", now=T0)
    await store.set_alert_link("-100333", "-600", platform="telegram", now=T0)
    assert await store.alert_link("-100111") == AlertLink("-100111", "telegram", "-500", T0)
    assert [link.community_id for link in await store.alert_links("-500")] == ["-100111", "-100222"]
    # Moving one group's alerts elsewhere takes it off the old chat's list in the same write.
    await store.set_alert_link("-100222", "-600", platform="telegram", now=T0 + TTL)
    assert [link.community_id for link in await store.alert_links("-500")] == ["-100111"]
    assert [link.community_id for link in await store.alert_links("-600")] == ["-100222", "-100333"]
    assert await store.set_alert_link("-100111", None) is None
    assert await store.alert_link("-100111") is None
    assert len(await store.alert_links()) == 2


async def test_a_link_code_works_once_and_links_in_the_same_step(store: SqlStorage) -> None:
    code = await store.new_link_code("-100111", "telegram", TTL, now=T0)
    assert len(code.code) == 8 and code.expires_at == T0 + TTL
    results = await asyncio.gather(*(store.redeem_link_code(code.code, f"-50{i}", now=T0 + timedelta(minutes=1))
                                     for i in range(8)))
    winners = [i for i, community in enumerate(results) if community is not None]
    assert len(winners) == 1 and results[winners[0]] == "-100111"
    link = await store.alert_link("-100111")
    assert link is not None and link.alert_chat_id == f"-50{winners[0]}" and link.platform == "telegram"
    assert await store.redeem_link_code(code.code, "-599", now=T0 + timedelta(minutes=2)) is None


async def test_link_codes_expire_replace_and_never_link_a_group_to_itself(store: SqlStorage) -> None:
    old = await store.new_link_code("-100111", "telegram", TTL, now=T0)
    new = await store.new_link_code("-100111", "telegram", TTL, now=T0)
    assert await store.redeem_link_code(old.code, "-500", now=T0) is None  # replaced by the newer code
    assert await store.redeem_link_code(new.code, "-500", now=T0 + TTL + timedelta(seconds=1)) is None  # expired
    assert await store.alert_link("-100111") is None
    own = await store.new_link_code("-100111", "telegram", TTL, now=T0)
    assert await store.redeem_link_code(own.code, "-100111", now=T0) == "-100111"
    assert await store.alert_link("-100111") is None
    assert await store.redeem_link_code("", "-500", now=T0) is None
    # Purge removes codes nobody redeemed once they expire.
    await store.new_link_code("-100222", "telegram", TTL, now=T0)
    counts = await store.purge(now=T0 + 2 * TTL)
    assert counts["link_codes"] == 1


async def test_a_code_seen_by_two_processes_links_once(db_url: str) -> None:
    """Two bot processes sharing one database both see the code posted: only one may link."""
    first = await open_storage(db_url, writer_options=FAST_WRITER)
    second = await open_storage(db_url, writer_options=FAST_WRITER)
    try:
        code = await first.new_link_code("-100111", "telegram", TTL)
        results = await asyncio.gather(first.redeem_link_code(code.code, "-501"),
                                       second.redeem_link_code(code.code, "-502"))
        assert sorted(results, key=str) == ["-100111", None]
        link = await second.alert_link("-100111")
        chosen = "-501" if results[0] else "-502"
        assert link is not None and link.alert_chat_id == chosen
    finally:
        await first.close()
        await second.close()
