from __future__ import annotations

import pytest

from storage import LATEST_VERSION, SchemaTooNewError, open_driver, open_storage
from storage.postgres_driver import split_url
from storage.schema import migrate
from tests.storage.conftest import FAST_WRITER
from tests.storage.helpers import new_case


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
        assert settings is not None and settings.language == "fr" and settings.nudge_mode == "button"
        # Version 2 tables exist now.
        await store.record_nudge("g-old", "u-child-1", "platform_move")
        assert not await store.can_nudge("g-old", "u-child-1", "platform_move")
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
