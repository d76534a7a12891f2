"""Lookout's persistence: one async interface, SQLite by default, PostgreSQL for several processes.

    storage = await open_storage("sqlite:///var/lib/lookout/lookout.db")
    case = await storage.open_case(...)
    await storage.close()

This package imports nothing from `bot` or `rules`: dependencies point inwards.
"""

from __future__ import annotations

import logging
from pathlib import Path

from storage.base import SchemaTooNewError, Storage, StorageError, UnknownCaseError
from storage.digest import Verification, case_digest, item_digest, verify
from storage.driver import Driver
from storage.models import (
    ACTIVE_STATUSES,
    EVERY_COMMUNITY,
    FINAL_STATUSES,
    RETENTION_FIELDS,
    ROLE_FIELDS,
    SETTING_FIELDS,
    AlertLink,
    AuditEntry,
    Case,
    CaseDetail,
    CaseQuery,
    CaseStatus,
    CommunitySettings,
    ConsoleAuditEntry,
    ConsoleLogin,
    DecisionRecord,
    EvidenceInput,
    EvidenceItem,
    ForgetResult,
    LinkCode,
    Note,
    NudgeRecord,
    OutboxItem,
    PairEvent,
    PairStateRecord,
    Retention,
    SuspectAggregateRecord,
)
from storage.schema import LATEST_VERSION, migrate, stored_key_id
from storage.seal import SealCheck, SealKey, SealKeyError, SealRecord, default_key_path
from storage.sql import SqlStorage
from storage.writer import BatchWriter

__all__ = [
    "ACTIVE_STATUSES",
    "FINAL_STATUSES",
    "LATEST_VERSION",
    "RETENTION_FIELDS",
    "ROLE_FIELDS",
    "SETTING_FIELDS",
    "AlertLink",
    "AuditEntry",
    "Case",
    "CaseDetail",
    "CaseQuery",
    "CaseStatus",
    "CommunitySettings",
    "ConsoleAuditEntry",
    "ConsoleLogin",
    "DecisionRecord",
    "EVERY_COMMUNITY",
    "EvidenceInput",
    "EvidenceItem",
    "ForgetResult",
    "LinkCode",
    "Note",
    "NudgeRecord",
    "OutboxItem",
    "PairEvent",
    "PairStateRecord",
    "Retention",
    "SchemaTooNewError",
    "SealCheck",
    "SealKey",
    "SealKeyError",
    "SealRecord",
    "Storage",
    "StorageError",
    "SuspectAggregateRecord",
    "UnknownCaseError",
    "Verification",
    "case_digest",
    "item_digest",
    "open_driver",
    "open_storage",
    "seal_key_location",
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
    seal_key: SealKey | None = None,
    seal_key_path: str | Path | None = None,
    adopt_seal_key: bool = False,
) -> SqlStorage:
    """Open the database named by `url`, apply pending migrations and start the writer.

    `must_exist` makes a missing SQLite file an error instead of creating it (the CLI uses it so a
    typo in --db does not silently show an empty database). `driver` lets tests wrap the real
    driver to inject faults. Without `read_only` (the caller means to write), a database this
    process may not write is an error at once rather than writes that wait forever.

    Case seals need a key kept outside the database: `seal_key`, else the file `seal_key_path`,
    else the default place (beside a SQLite file, `lookout-seal.key` in the working folder for
    PostgreSQL, a throw-away key for an in-memory database). Writers create the file on first use
    and refuse a key other than the one that sealed the database's cases (several processes
    sharing PostgreSQL must share the key file); `adopt_seal_key` records that the key was
    replaced on purpose (its cases' earlier seals then report the key change).
    """
    if driver is None:
        driver = await open_driver(url, must_exist=must_exist, read_only=read_only)
    try:
        key = seal_key
        if key is None:
            key = await _seal_key(driver, seal_key_location(url, seal_key_path), writes=not read_only,
                                  adopt=adopt_seal_key)
        if driver.read_only and not read_only:
            raise StorageError(
                f"{driver.description} is read-only (a hot standby, or default_transaction_read_only "
                "is on), and Lookout must write to it for this: point it at the primary server."
            )
        await migrate(driver, key=key)
        if not read_only and key is not None:
            await _check_seal_key(driver, key, adopt=adopt_seal_key)
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
    return SqlStorage(driver, writer, retention or Retention(), key)


def seal_key_location(url: str, path: str | Path | None = None) -> Path | None:
    """Where the seal key of the database at `url` is read from (None: a throw-away in-memory key)."""
    return Path(path).expanduser() if path else default_key_path(sqlite_path(url))


async def _seal_key(driver: Driver, location: Path | None, *, writes: bool, adopt: bool) -> SealKey | None:
    """Load the key; a writer creates it, unless the database's cases are sealed with a key that
    should be there (a moved or lost key file must not be silently replaced by a new one)."""
    if location is None:
        return SealKey.ephemeral()
    key = SealKey.load(location, create=False)
    if key is not None or not writes:
        return key
    sealed_with = await stored_key_id(driver)
    if sealed_with is not None and not adopt:
        raise SealKeyError(
            f"no seal key at {location}, but {driver.description} seals its cases with key {sealed_with}. "
            "Point [storage] seal_key_path (or --seal-key) at that key file. If it is lost for good, run "
            "`lookout storage adopt-seal-key` to create a new key and seal with it from now on."
        )
    return SealKey.load(location, create=True)


async def _check_seal_key(driver: Driver, key: SealKey, *, adopt: bool) -> None:
    async with driver.transaction() as tx:
        row = await tx.fetchone("SELECT value FROM lookout_meta WHERE name = 'seal_key_id'")
        if row is None or adopt:
            await tx.execute(
                "INSERT INTO lookout_meta (name, value) VALUES ('seal_key_id', ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (key.key_id,),
            )
            if row is not None and row[0] != key.key_id:
                logging.getLogger(__name__).warning(
                    "storage: %s now seals with key %s (was %s); cases sealed before keep reporting the old key",
                    driver.description,
                    key.key_id,
                    row[0],
                )
            return
    if row[0] != key.key_id:
        raise SealKeyError(
            f"{driver.description} seals its cases with key {row[0]}, but the seal key {key.where} is "
            f"{key.key_id}. Point [storage] seal_key_path at the original key file (every process sharing "
            "the database needs the same one). If that key is lost for good, run `lookout storage "
            "adopt-seal-key` to seal with this key from now on."
        )
