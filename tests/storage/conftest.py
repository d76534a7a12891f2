"""One storage test suite, two backends.

Every test that takes `db_url` or `store` runs on SQLite (a temporary file) and on PostgreSQL.
The PostgreSQL run needs LOOKOUT_TEST_PG_DSN (`make test` sets it when a server answers on
127.0.0.1:5432); each test gets a schema of its own, dropped afterwards, so parallel and CI runs
never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import asyncpg
import pytest

from storage import open_storage
from storage.postgres_driver import split_url
from storage.sql import SqlStorage

PG_ENV = "LOOKOUT_TEST_PG_DSN"
PG_SKIP_REASON = (
    f"PostgreSQL backend not tested: {PG_ENV} is unset (set it to e.g. "
    "postgresql://postgres@127.0.0.1:5432/test; `make test` does when a server answers there)"
)
FAST_WRITER = {"linger_s": 0.005, "retry_initial_s": 0.02, "retry_max_s": 0.1}


def pg_url_with_schema(dsn: str, schema: str) -> str:
    return f"{dsn}{'&' if '?' in dsn else '?'}schema={schema}"


async def drop_schema(url: str) -> None:
    dsn, schema, _where = split_url(url)
    conn = await asyncpg.connect(dsn, timeout=10)
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()


@pytest.fixture(autouse=True)
def _work_in_tmp(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL's default seal key lives in the working folder: keep each test's own, out of the checkout."""
    monkeypatch.chdir(str(tmp_path))


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_url(request: pytest.FixtureRequest, tmp_path: object) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/lookout.db"
        return
    dsn = os.environ.get(PG_ENV)
    if not dsn:
        pytest.skip(PG_SKIP_REASON)
    url = pg_url_with_schema(dsn, f"lookout_test_{os.getpid()}_{uuid.uuid4().hex[:10]}")
    try:
        yield url
    finally:
        await drop_schema(url)


@pytest.fixture
async def store(db_url: str) -> AsyncIterator[SqlStorage]:
    opened = await open_storage(db_url, writer_options=FAST_WRITER)
    try:
        yield opened
    finally:
        await opened.close()
