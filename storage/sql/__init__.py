"""The Storage implementation shared by SQLite and PostgreSQL, one module per aggregate.

    settings      community settings, alert links, link codes
    state         pair risk state, suspect aggregates (fan-out), pair events, nudge records
    cases         cases, decisions, notes, audit trail, seal checks (case_rows: their rows)
    case_search   listing cases with filters and pages
    evidence      evidence capture; sealing.py appends every record of a case to its seal
    outbox        alerts and nudges waiting for delivery
    console       the web console's login links and audit trail
    retention     the purge        } both walk the table registry, storage/tables.py
    erasure       forget           }
    host          what the mixins share (driver, writer, seal key, time helpers)

All writes go through the BatchWriter (see storage.writer); reads go straight to the driver's
read scope. SQL here is portable: `?` placeholders, `ON CONFLICT` upserts and partial indexes work
on both SQLite ≥ 3.35 and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from storage.base import Storage
from storage.driver import Driver
from storage.models import Retention
from storage.seal import SealKey
from storage.sql.case_search import CaseSearchSql
from storage.sql.console import ConsoleSql
from storage.sql.erasure import ErasureSql
from storage.sql.host import summary
from storage.sql.outbox import OutboxSql
from storage.sql.retention import RetentionSql
from storage.sql.settings import SettingsSql
from storage.sql.state import StateSql
from storage.writer import BatchWriter

log = logging.getLogger(__name__)

__all__ = ["SqlStorage"]


class SqlStorage(SettingsSql, StateSql, ErasureSql, OutboxSql, RetentionSql, ConsoleSql, CaseSearchSql, Storage):
    def __init__(
        self, driver: Driver, writer: BatchWriter, retention: Retention, seal_key: SealKey | None = None
    ) -> None:
        self._driver = driver
        self._writer = writer
        self.retention = retention
        self.seal_key = seal_key
        self._purge_task: asyncio.Task[None] | None = None
        self._closed = False
        self._lock_sql = " FOR UPDATE" if driver.dialect == "postgresql" else ""

    @property
    def writer(self) -> BatchWriter:
        return self._writer

    async def flush(self) -> None:
        await self._writer.flush()

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._purge_task is not None:
            self._purge_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._purge_task
        await self._writer.close()
        await self._driver.close()

    def start_purge_task(self, interval_s: float = 86400.0) -> None:
        if self._purge_task is None:
            self._purge_task = asyncio.get_running_loop().create_task(
                self._purge_loop(interval_s), name="lookout-storage-purge"
            )

    async def _purge_loop(self, interval_s: float) -> None:
        while True:
            try:
                counts = await self.purge()
                log.info("storage: retention purge removed %s", summary(counts))
            except Exception as exc:  # the next day's run tries again; the bot must keep running
                log.error("storage: retention purge failed (%s); retrying next run", type(exc).__name__)
            await asyncio.sleep(interval_s)
