"""Lookout's persistence: one async interface, SQLite by default, PostgreSQL for several processes.

    storage = await open_storage("sqlite:///var/lib/lookout/lookout.db")
    case = await storage.open_case(...)
    await storage.close()

This package imports nothing from `bot` or `rules`: dependencies point inwards.
"""

from __future__ import annotations

from storage.base import SchemaTooNewError, Storage, StorageError, UnknownCaseError
from storage.digest import Verification, case_digest, item_digest, verify
from storage.driver import Driver
from storage.models import (
    ACTIVE_STATUSES,
    FINAL_STATUSES,
    AuditEntry,
    Case,
    CaseDetail,
    CaseStatus,
    CommunitySettings,
    Decision,
    EvidenceInput,
    EvidenceItem,
    ForgetResult,
    Note,
    OutboxItem,
    PairEvent,
    PairStateRecord,
    Retention,
    SuspectAggregateRecord,
)
from storage.schema import LATEST_VERSION, migrate
from storage.sql import SqlStorage
from storage.writer import BatchWriter

__all__ = [
    "ACTIVE_STATUSES",
    "FINAL_STATUSES",
    "LATEST_VERSION",
    "AuditEntry",
    "Case",
    "CaseDetail",
    "CaseStatus",
    "CommunitySettings",
    "Decision",
    "EvidenceInput",
    "EvidenceItem",
    "ForgetResult",
    "Note",
    "OutboxItem",
    "PairEvent",
    "PairStateRecord",
    "Retention",
    "SchemaTooNewError",
    "Storage",
    "StorageError",
    "SuspectAggregateRecord",
    "UnknownCaseError",
    "Verification",
    "case_digest",
    "item_digest",
    "open_driver",
    "open_storage",
    "verify",
]


def sqlite_path(url: str) -> str | None:
    """The file path of a SQLite URL or plain path, ":memory:" for memory, None if not SQLite."""
    if url.startswith(("postgresql://", "postgres://")):
        return None
    if url in ("sqlite://:memory:", "sqlite:///:memory:", ":memory:"):
        return ":memory:"
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    if url.startswith("sqlite://"):
        return url[len("sqlite://") :]
    if "://" in url:
        raise StorageError(
            f"storage url {url.split('://', 1)[0]}://… is not supported: use sqlite:///path/to/file.db, "
            "a plain file path, sqlite://:memory: or postgresql://user@host/database"
        )
    return url


async def open_driver(url: str, *, must_exist: bool = False, read_only: bool = False) -> Driver:
    """`read_only`: the caller only reads, so a database it may not write is opened for reading."""
    path = sqlite_path(url)
    if path is None:
        from storage.postgres_driver import PostgresDriver

        return await PostgresDriver.open(url)
    from storage.sqlite_driver import SqliteDriver

    return await SqliteDriver.open(path, must_exist=must_exist, read_only=read_only)


async def open_storage(
    url: str,
    *,
    retention: Retention | None = None,
    must_exist: bool = False,
    read_only: bool = False,
    writer_options: dict[str, float] | None = None,
    driver: Driver | None = None,
) -> SqlStorage:
    """Open the database named by `url`, apply pending migrations and start the writer.

    `must_exist` makes a missing SQLite file an error instead of creating it (the CLI uses it so a
    typo in --db does not silently show an empty database). `driver` lets tests wrap the real
    driver to inject faults. Without `read_only` (the caller means to write), a database this
    process may not write is an error at once rather than writes that wait forever.
    """
    if driver is None:
        driver = await open_driver(url, must_exist=must_exist, read_only=read_only)
    try:
        if driver.read_only and not read_only:
            raise StorageError(
                f"{driver.description} is read-only (a hot standby, or default_transaction_read_only "
                "is on), and Lookout must write to it for this: point it at the primary server."
            )
        await migrate(driver)
    except BaseException:
        await driver.close()
        raise
    options = writer_options or {}
    writer = BatchWriter(
        driver,
        max_pending_rows=int(options.get("max_pending_rows", 200_000)),
        max_batch_rows=int(options.get("max_batch_rows", 5_000)),
        linger_s=float(options.get("linger_s", 0.02)),
        retry_initial_s=float(options.get("retry_initial_s", 0.1)),
        retry_max_s=float(options.get("retry_max_s", 10.0)),
        give_up_after_s=float(options["give_up_after_s"]) if "give_up_after_s" in options else None,
    )
    writer.start()
    return SqlStorage(driver, writer, retention or Retention())
