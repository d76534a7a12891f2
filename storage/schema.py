"""Versioned schema, applied at start-up in one transaction.

Each migration is a list of statements with `{serial}` / `{real}` type tokens filled in per
backend. Times are stored as seconds since the epoch (UTC) in a float column, which is exact to the
microsecond for present-day dates and identical on both backends. A database newer than the code
is refused: an older Lookout writing to it could corrupt data it does not understand.
"""

from __future__ import annotations

import logging

from storage.base import SchemaTooNewError, StorageError
from storage.chain import seal_existing_cases
from storage.driver import Driver, Tx
from storage.legacy_settings import move_legacy_settings
from storage.models import utcnow
from storage.seal import SealKey, SealKeyError

log = logging.getLogger(__name__)

# Steps that are code, not SQL, run inside the migration's transaction.
SEAL_EXISTING_CASES = "-- seal existing cases"  # needs the seal key
MOVE_LEGACY_SETTINGS = "-- move settings into typed tables"

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE settings (
            community_id TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            updated_at {real} NOT NULL)""",
        """CREATE TABLE pair_states (
            community_id TEXT NOT NULL,
            suspect_id TEXT NOT NULL,
            target_id TEXT NOT NULL,
            state TEXT NOT NULL,
            last_seen {real} NOT NULL,
            PRIMARY KEY (community_id, suspect_id, target_id))""",
        """CREATE TABLE suspect_aggregates (
            community_id TEXT NOT NULL,
            suspect_id TEXT NOT NULL,
            state TEXT NOT NULL,
            last_seen {real} NOT NULL,
            PRIMARY KEY (community_id, suspect_id))""",
        """CREATE TABLE pair_events (
            community_id TEXT NOT NULL,
            suspect_id TEXT NOT NULL,
            target_id TEXT NOT NULL,
            ts {real} NOT NULL,
            message_id TEXT NOT NULL,
            categories TEXT NOT NULL,
            rule_ids TEXT NOT NULL,
            risk {real} NOT NULL)""",
        # The one index the hot read (a pair's latest events) needs; more would slow the writer.
        "CREATE INDEX pair_events_pair_ts ON pair_events (community_id, suspect_id, target_id, ts)",
        """CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            community_id TEXT NOT NULL,
            platform TEXT NOT NULL,
            suspect_id TEXT NOT NULL,
            targets TEXT NOT NULL,
            severity TEXT NOT NULL,
            risk {real} NOT NULL,
            stage TEXT NOT NULL,
            categories TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at {real} NOT NULL,
            updated_at {real} NOT NULL,
            alert_ref TEXT,
            source TEXT NOT NULL,
            signals TEXT NOT NULL)""",
        # One active case per (community, suspect), also across processes sharing PostgreSQL.
        """CREATE UNIQUE INDEX cases_one_active ON cases (community_id, suspect_id)
            WHERE status IN ('open', 'acknowledged')""",
        "CREATE INDEX cases_suspect ON cases (community_id, suspect_id, created_at)",
        "CREATE INDEX cases_updated ON cases (updated_at)",
        """CREATE TABLE case_decisions (
            id {serial},
            case_id TEXT NOT NULL,
            at {real} NOT NULL,
            data TEXT NOT NULL)""",
        "CREATE INDEX case_decisions_case ON case_decisions (case_id, at)",
        """CREATE TABLE case_notes (
            id {serial},
            case_id TEXT NOT NULL,
            author_id TEXT NOT NULL,
            author_name TEXT NOT NULL,
            text TEXT NOT NULL,
            at {real} NOT NULL)""",
        "CREATE INDEX case_notes_case ON case_notes (case_id, at)",
        """CREATE TABLE case_audit (
            id {serial},
            case_id TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL,
            at {real} NOT NULL)""",
        "CREATE INDEX case_audit_case ON case_audit (case_id, at)",
        """CREATE TABLE evidence (
            case_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            message_id TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            author_id TEXT NOT NULL,
            author_name TEXT NOT NULL,
            ts {real} NOT NULL,
            text TEXT NOT NULL,
            link TEXT,
            flagged INTEGER NOT NULL,
            categories TEXT NOT NULL,
            digest TEXT NOT NULL,
            captured_at {real} NOT NULL,
            PRIMARY KEY (case_id, message_id))""",
        "CREATE INDEX evidence_author ON evidence (author_id)",
    ],
    2: [
        """CREATE TABLE nudges (
            community_id TEXT NOT NULL,
            child_id TEXT NOT NULL,
            category TEXT NOT NULL,
            at {real} NOT NULL)""",
        "CREATE INDEX nudges_child ON nudges (community_id, child_id, category, at)",
        """CREATE TABLE outbox (
            id TEXT PRIMARY KEY,
            community_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            case_id TEXT,
            user_id TEXT,
            payload TEXT NOT NULL,
            created_at {real} NOT NULL,
            delivered_at {real})""",
        "CREATE INDEX outbox_pending ON outbox (delivered_at, created_at)",
    ],
    3: [
        # Cases saved by `lookout scan --save` remember the export file and conversation they came
        # from; one case per (community, suspect, origin), so re-running a scan adds nothing twice.
        "ALTER TABLE cases ADD COLUMN source_file TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE cases ADD COLUMN source_chat TEXT NOT NULL DEFAULT ''",
        "DROP INDEX cases_one_active",
        """CREATE UNIQUE INDEX cases_one_active ON cases (community_id, suspect_id, source_file, source_chat)
            WHERE status IN ('open', 'acknowledged')""",
        """CREATE UNIQUE INDEX cases_one_per_export ON cases (community_id, suspect_id, source_file, source_chat)
            WHERE source_file <> ''""",
        # Seals (see storage.seal): the chain of everything recorded in a case, each entry MACed,
        # and the sealed head. Rows are only ever added, except when a whole case is purged.
        """CREATE TABLE case_chain (
            case_id TEXT NOT NULL,
            pos INTEGER NOT NULL,
            op TEXT NOT NULL,
            kind TEXT NOT NULL,
            ref TEXT NOT NULL,
            digest TEXT NOT NULL,
            mac TEXT NOT NULL,
            at {real} NOT NULL,
            PRIMARY KEY (case_id, pos))""",
        """CREATE TABLE case_seals (
            case_id TEXT PRIMARY KEY,
            entries INTEGER NOT NULL,
            head TEXT NOT NULL,
            mac TEXT NOT NULL,
            key_id TEXT NOT NULL,
            origin TEXT NOT NULL,
            since {real} NOT NULL,
            sealed_at {real} NOT NULL)""",
        """CREATE TABLE lookout_meta (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL)""",
        SEAL_EXISTING_CASES,
    ],
    4: [
        # Typed community settings: a column per setting, NULL when the moderator did not set it
        # (the config's value applies). Role lists are JSON lists. See storage.legacy_settings for
        # how version-3 settings move here.
        """CREATE TABLE community_settings (
            community_id TEXT PRIMARY KEY,
            platform TEXT NOT NULL DEFAULT '',
            threshold {real},
            nudge_mode TEXT,
            language TEXT,
            minor_roles TEXT,
            adult_roles TEXT,
            trusted_roles TEXT,
            moderator_roles TEXT,
            pair_state_days {real},
            nudge_days {real},
            closed_case_days {real},
            setup_notice_at {real},
            unconfirmed TEXT NOT NULL DEFAULT '',
            updated_at {real} NOT NULL)""",
        # Where each community's alerts go. Several communities may share an alert chat, and the
        # chat's commands ask which ones: hence the index, instead of a list kept on a fake row.
        """CREATE TABLE alert_links (
            community_id TEXT PRIMARY KEY,
            platform TEXT NOT NULL,
            alert_chat_id TEXT NOT NULL,
            linked_at {real} NOT NULL)""",
        "CREATE INDEX alert_links_chat ON alert_links (alert_chat_id)",
        # One-time codes that link a community to its alert chat; redeeming deletes the row.
        """CREATE TABLE link_codes (
            code TEXT PRIMARY KEY,
            community_id TEXT NOT NULL,
            platform TEXT NOT NULL,
            created_at {real} NOT NULL,
            expires_at {real} NOT NULL)""",
        "CREATE INDEX link_codes_community ON link_codes (community_id)",
        # Restoring nudge records at start-up reads the last day of them.
        "CREATE INDEX nudges_at ON nudges (at)",
        MOVE_LEGACY_SETTINGS,
        "DROP TABLE settings",
    ],
    5: [
        # Web console login links: only the SHA-256 of the token is kept, so a database copy lets
        # nobody in. One row per community the link covers; using the link deletes its rows.
        """CREATE TABLE console_logins (
            token_hash TEXT NOT NULL,
            community_id TEXT NOT NULL,
            platform TEXT NOT NULL,
            user_id TEXT NOT NULL,
            display_name TEXT NOT NULL,
            created_at {real} NOT NULL,
            expires_at {real} NOT NULL,
            PRIMARY KEY (token_hash, community_id))""",
        "CREATE INDEX console_logins_expiry ON console_logins (expires_at)",
        # What was done in the console, by whom and from where.
        """CREATE TABLE console_audit (
            id {serial},
            at {real} NOT NULL,
            platform TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            action TEXT NOT NULL,
            community_id TEXT NOT NULL,
            case_id TEXT NOT NULL,
            detail TEXT NOT NULL,
            ip TEXT NOT NULL,
            user_agent TEXT NOT NULL)""",
        "CREATE INDEX console_audit_at ON console_audit (at)",
    ],
}
LATEST_VERSION = max(MIGRATIONS)


async def _seal_existing(driver: Driver, tx: Tx, key: SealKey | None) -> None:
    row = await tx.fetchone("SELECT COUNT(*) FROM cases")
    if row is not None and int(row[0]) and key is None:
        raise SealKeyError(
            f"{driver.description} holds {int(row[0])} case(s) from before case seals existed; upgrading it "
            "seals them, which needs the seal key. Run a command that writes (or the bot) once to upgrade it."
        )
    if key is not None:
        sealed = await seal_existing_cases(tx, key, utcnow())
        await tx.executemany(
            "INSERT INTO lookout_meta (name, value) VALUES (?, ?)",
            [("seal_key_id", key.key_id), ("sealing_since", utcnow().isoformat())],
        )
        if sealed:
            log.warning("storage: sealed %d case(s) that predate case seals (marked as sealed on upgrade)", sealed)


def _too_new(driver: Driver, found: int) -> SchemaTooNewError:
    return SchemaTooNewError(
        f"{driver.description} has schema version {found}, but this Lookout only knows "
        f"versions up to {LATEST_VERSION}. It was written by a newer Lookout: upgrade Lookout, "
        "or point [storage] url (--db) at another database. The database was not changed."
    )


async def _check_read_only(driver: Driver, target: int) -> tuple[int, int]:
    """A database opened for reading can be read only if it needs no migration."""
    async with driver.reader() as tx:
        row = await tx.fetchone(
            "SELECT version FROM lookout_schema"
            if await table_exists(tx, driver.dialect, "lookout_schema")
            else "SELECT 0 WHERE 1 = 0"
        )
    found = int(row[0]) if row is not None else 0
    if found > LATEST_VERSION:
        raise _too_new(driver, found)
    if found < target:
        raise StorageError(
            f"{driver.description} has schema version {found} and must be upgraded to version {target} "
            "before this Lookout can read it, but it is read-only here. Run any Lookout command once as "
            "the user that runs the bot (or make the database writable) to upgrade it."
        )
    return found, found


async def table_exists(tx: Tx, dialect: str, name: str) -> bool:
    if dialect == "postgresql":
        sql = "SELECT 1 FROM information_schema.tables WHERE table_name = ? AND table_schema = current_schema()"
    else:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return await tx.fetchone(sql, (name,)) is not None


async def stored_key_id(driver: Driver) -> str | None:
    """The id of the key this database's cases are sealed with, if any yet."""
    async with driver.reader() as tx:
        if not await table_exists(tx, driver.dialect, "lookout_meta"):
            return None
        row = await tx.fetchone("SELECT value FROM lookout_meta WHERE name = 'seal_key_id'")
    return None if row is None else str(row[0])


async def current_version(tx: Tx) -> int:
    await tx.execute("CREATE TABLE IF NOT EXISTS lookout_schema (version INTEGER NOT NULL)")
    row = await tx.fetchone("SELECT version FROM lookout_schema")
    if row is None:
        await tx.execute("INSERT INTO lookout_schema (version) VALUES (0)")
        return 0
    return int(row[0])


async def migrate(driver: Driver, target: int = LATEST_VERSION, key: SealKey | None = None) -> tuple[int, int]:
    """Bring the database to `target`; returns (version found, version now).

    `key` seals the cases that exist when sealing arrives (version 3); without it, a database that
    holds cases cannot be upgraded, because sealing them later would also seal any change made
    in between.
    """
    if driver.read_only:
        return await _check_read_only(driver, target)
    types = driver.types()
    async with driver.transaction() as tx:
        if driver.dialect == "postgresql":
            # Several processes may start at once; one migrates, the others wait and find it done.
            await tx.execute("SELECT pg_advisory_xact_lock(7463552)")
        found = await current_version(tx)
        if found > LATEST_VERSION:
            raise _too_new(driver, found)
        for version in range(found + 1, target + 1):
            for statement in MIGRATIONS[version]:
                if statement == SEAL_EXISTING_CASES:
                    await _seal_existing(driver, tx, key)
                elif statement == MOVE_LEGACY_SETTINGS:
                    await move_legacy_settings(tx, utcnow())
                else:
                    await tx.execute(statement.format(**types))
            await tx.execute("UPDATE lookout_schema SET version = ?", (version,))
    return found, max(found, target)
