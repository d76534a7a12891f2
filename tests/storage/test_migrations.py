from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage import (
    LATEST_VERSION,
    CommunitySettings,
    EvidenceInput,
    SchemaTooNewError,
    SealKey,
    SealKeyError,
    item_digest,
    open_driver,
    open_storage,
)
from storage.postgres_driver import split_url
from storage.schema import migrate, table_exists
from tests.storage.conftest import FAST_WRITER
from tests.storage.helpers import T0, new_case


async def schema_version(url: str) -> int:
    driver = await open_driver(url)
    try:
        async with driver.reader() as tx:
            row = await tx.fetchone("SELECT version FROM lookout_schema")
        assert row is not None
        return int(row[0])
    finally:
        await driver.close()


async def test_fresh_database_gets_latest_schema(db_url: str) -> None:
    store = await open_storage(db_url, writer_options=FAST_WRITER)
    await store.close()
    assert await schema_version(db_url) == LATEST_VERSION


async def test_upgrade_from_version_1_keeps_data(db_url: str) -> None:
    driver = await open_driver(db_url)
    assert await migrate(driver, target=1) == (0, 1)
    async with driver.transaction() as tx:
        await tx.execute(
            "INSERT INTO settings (community_id, data, updated_at) VALUES (?, ?, ?)",
            ("g-old", '{"language": "fr", "nudge_mode": "button"}', 1.0),
        )
    await driver.close()
    assert await schema_version(db_url) == 1

    store = await open_storage(db_url, writer_options=FAST_WRITER)
    try:
        settings = await store.get_settings("g-old")
        # The language was a copy of the config (no command set it): it goes. The nudge mode may
        # have been a moderator's: kept until the service settles it against its config.
        assert settings is not None and settings.language is None and settings.nudge_mode == "button"
        assert settings.unconfirmed == {"nudge_mode"}
        # Version 2 tables exist now.
        assert await store.claim_nudge("g-old", "u-child-1", "platform_move")
        assert not await store.claim_nudge("g-old", "u-child-1", "platform_move")
    finally:
        await store.close()
    assert await schema_version(db_url) == LATEST_VERSION


async def test_reopening_is_idempotent_and_keeps_cases(db_url: str) -> None:
    store = await open_storage(db_url, writer_options=FAST_WRITER)
    case = await new_case(store)
    await store.close()
    store = await open_storage(db_url, writer_options=FAST_WRITER)
    try:
        assert (await store.get_case(case.id)).case.suspect_id == "u-suspect-1"
    finally:
        await store.close()


async def test_newer_database_is_refused_with_clear_error(db_url: str) -> None:
    store = await open_storage(db_url, writer_options=FAST_WRITER)
    await store.close()
    driver = await open_driver(db_url)
    async with driver.transaction() as tx:
        await tx.execute("UPDATE lookout_schema SET version = ?", (LATEST_VERSION + 5,))
    await driver.close()

    with pytest.raises(SchemaTooNewError) as error:
        await open_storage(db_url)
    message = str(error.value)
    assert f"schema version {LATEST_VERSION + 5}" in message
    assert f"up to {LATEST_VERSION}" in message
    assert "upgrade Lookout" in message
    # The message names the database it refused, whatever LOOKOUT_TEST_PG_DSN calls it.
    if db_url.startswith("postgresql"):
        where = split_url(db_url)[2]
        assert where.startswith("PostgreSQL database ") and where in message
    else:
        assert "SQLite database" in message and "lookout.db" in message
    # Refusing must not modify the database.
    assert await schema_version(db_url) == LATEST_VERSION + 5


async def version_2_database_with_a_case(url: str) -> None:
    """A database as Lookout wrote it before case seals: one case, two messages, one audit line."""
    driver = await open_driver(url)
    try:
        await migrate(driver, target=2)
        async with driver.transaction() as tx:
            await tx.execute(
                "INSERT INTO cases (id, community_id, platform, suspect_id, targets, severity, risk, stage, "
                "categories, status, created_at, updated_at, alert_ref, source, signals) VALUES "
                "('oldcase1', 'g-old', 'discord', 'u-suspect-9', '[\"u-child-9\"]', 'high', 0.8, 'secrecy', "
                "'[\"secrecy\"]', 'open', 1.0e9, 1.0e9, NULL, 'detection', '[]')"
            )
            for seq, (message_id, text) in enumerate((("m1", "this stays between us"), ("m2", "ok")), start=1):
                item = EvidenceInput(message_id, "ch-1", "u-suspect-9", "Sky", T0, text)
                await tx.execute(
                    "INSERT INTO evidence (case_id, seq, message_id, channel_id, author_id, author_name, ts, text, "
                    "link, flagged, categories, digest, captured_at) VALUES ('oldcase1', ?, ?, 'ch-1', 'u-suspect-9', "
                    "'Sky', ?, ?, NULL, 0, '[]', ?, 1.0e9)",
                    (seq, message_id, T0.timestamp(), text, item_digest(item)),
                )
            await tx.execute(
                "INSERT INTO case_audit (case_id, actor_id, actor_name, action, detail, at) VALUES "
                "('oldcase1', 'lookout', 'Lookout', 'opened', 'detection', 1.0e9)"
            )
            # Edited by hand before the upgrade, digest left alone: the old digest still gives it away.
            await tx.execute("UPDATE evidence SET text = 'okay' WHERE message_id = 'm2'")
    finally:
        await driver.close()


async def test_upgrade_seals_existing_cases_as_sealed_on_upgrade(db_url: str) -> None:
    await version_2_database_with_a_case(db_url)
    store = await open_storage(db_url, writer_options=FAST_WRITER)
    try:
        check = await store.verify_case("oldcase1")
        assert check.status == "tampered"
        assert [str(f) for f in check.findings] == [
            "altered: evidence item 2 (message m2) was changed after it was sealed"
        ]
        async with store._driver.transaction() as tx:  # put the text back as captured
            await tx.execute("UPDATE evidence SET text = 'ok' WHERE message_id = 'm2'")
        check = await store.verify_case("oldcase1")
        assert check.status == "sealed-on-upgrade" and check.ok and check.seal is not None
        assert check.seal.origin == "upgrade" and "created before sealing existed" in check.summary()
        # From the upgrade on, the case is sealed like any other.
        await store.add_note("oldcase1", "mod-1", "Mod Kim", "seen")
        async with store._driver.transaction() as tx:
            await tx.execute("DELETE FROM evidence WHERE message_id = 'm1'")
        assert [f.kind for f in (await store.verify_case("oldcase1")).findings] == ["deleted"]
    finally:
        await store.close()


async def test_upgrading_cases_without_the_seal_key_is_refused(db_url: str) -> None:
    await version_2_database_with_a_case(db_url)
    driver = await open_driver(db_url)
    try:
        with pytest.raises(SealKeyError, match=r"holds 1 case\(s\) from before case seals existed"):
            await migrate(driver)
        async with driver.reader() as tx:
            row = await tx.fetchone("SELECT version FROM lookout_schema")
        assert row is not None and row[0] == 2  # the whole upgrade rolled back
    finally:
        await driver.close()


async def test_a_writer_refuses_another_seal_key_until_it_is_adopted(db_url: str, tmp_path: Path) -> None:
    first = tmp_path / "first.key"
    store = await open_storage(db_url, writer_options=FAST_WRITER, seal_key_path=first)
    case = await new_case(store)
    await store.close()
    other = tmp_path / "other.key"
    with pytest.raises(SealKeyError, match="seals its cases with key .* Point \\[storage\\] seal_key_path"):
        await open_storage(db_url, writer_options=FAST_WRITER, seal_key_path=other)
    # Readers open with any key, and the check names the mismatch.
    reader = await open_storage(db_url, read_only=True, seal_key_path=other)
    try:
        assert (await reader.verify_case(case.id)).findings[0].kind == "seal"
    finally:
        await reader.close()
    # Without any key file, a reader can only say it could not check.
    missing = await open_storage(db_url, read_only=True, seal_key_path=tmp_path / "none.key")
    try:
        assert missing.seal_key is None and (await missing.verify_case(case.id)).status == "unchecked"
    finally:
        await missing.close()
    assert not (tmp_path / "none.key").exists()
    adopted = await open_storage(db_url, writer_options=FAST_WRITER, seal_key_path=other, adopt_seal_key=True)
    try:
        fresh = await new_case(adopted, suspect="u-suspect-2")
        assert (await adopted.verify_case(fresh.id)).status == "intact"
        assert (await adopted.verify_case(case.id)).status == "tampered"  # sealed with the lost key
    finally:
        await adopted.close()


async def test_version_3_settings_move_into_typed_tables(db_url: str) -> None:
    """JSON settings with `extras` (as Lookout wrote them up to schema 3) become typed settings, alert
    links and link codes; what may be a copy of the old config is marked unconfirmed."""
    soon = (datetime.now(UTC) + timedelta(minutes=20)).isoformat()
    gone = (datetime.now(UTC) - timedelta(minutes=20)).isoformat()
    legacy = {
        # A Discord server: a moderator mapped roles and a moderator role; the owner was told about setup.
        "1001": {"platform": "discord", "alert_channel_id": "2002", "minor_roles": ["13-15"], "adult_roles": [],
                 "trusted_roles": [], "threshold": 1.4, "nudge_mode": "dm", "language": "es",
                 "retention": {"closed_case_days": 90},
                 "extras": {"moderator_roles": "Mods,Helpers", "discord_setup_notice": "sent"}},
        # A Telegram group linked to an alert chat, with a code waiting, and one with an expired code.
        "-100111": {"alert_channel_id": "-500", "minor_roles": [], "adult_roles": [], "trusted_roles": [],
                    "nudge_mode": "button", "language": "es",
                    "extras": {"link_code": "12345678", "link_code_expires": soon}},
        "-100222": {"minor_roles": [], "nudge_mode": "button", "language": "en",
                    "extras": {"link_code": "87654321", "link_code_expires": gone}},
        # The alert chat's own row, which only listed the groups it serves.
        "-500": {"minor_roles": [], "nudge_mode": "button", "language": "es",
                 "extras": {"telegram_alert_for": "-100111"}},
    }
    key = SealKey.ephemeral()
    driver = await open_driver(db_url)
    try:
        await migrate(driver, target=3, key=key)
        async with driver.transaction() as tx:
            await tx.executemany(
                "INSERT INTO settings (community_id, data, updated_at) VALUES (?, ?, ?)",
                [(community, json.dumps(data), T0.timestamp()) for community, data in legacy.items()],
            )
    finally:
        await driver.close()

    store = await open_storage(db_url, writer_options=FAST_WRITER, seal_key=key)
    try:
        server = await store.get_settings("1001")
        assert server == CommunitySettings(
            "1001", platform="discord", threshold=1.4, nudge_mode="dm", minor_roles=("13-15",),
            moderator_roles=("Mods", "Helpers"), retention={"closed_case_days": 90.0}, setup_notice_at=T0,
            unconfirmed=frozenset({"nudge_mode", "minor_roles"}),
        )
        group = await store.get_settings("-100111")
        assert group == CommunitySettings("-100111", nudge_mode="button", unconfirmed=frozenset({"nudge_mode"}))
        assert {link.community_id: link.alert_chat_id for link in await store.alert_links()} == {
            "1001": "2002", "-100111": "-500"}
        assert [link.community_id for link in await store.alert_links("-500")] == ["-100111"]
        # The alert chat's list of groups is gone; what is left of its row is settled like any other.
        alert_chat = await store.get_settings("-500")
        assert alert_chat == CommunitySettings("-500", nudge_mode="button", unconfirmed=frozenset({"nudge_mode"}))
        # The waiting code still works once; the expired one was not carried over.
        assert await store.redeem_link_code("12345678", "-600") == "-100111"
        assert await store.redeem_link_code("87654321", "-600") is None
        async with store._driver.reader() as tx:
            assert not await table_exists(tx, store._driver.dialect, "settings")
    finally:
        await store.close()
