"""The single writer task: every write goes through it, in order, batched.

Why one writer: a commit per row through aiosqlite costs a thread hand-off each and caps out near
4k rows/s, while one transaction per batch with `executemany` reaches well over 100k rows/s. Two
kinds of work share one ordered queue:

* row ops (pair events, state snapshots): fire-and-forget, may linger up to `linger_s` so that
  more rows join the batch;
* call ops (case writes, settings, nudges, outbox, purge, forget): a function run inside the
  batch transaction; the caller's await resolves only after the commit, and a pending call op
  cuts the linger short.

Call ops travel in a priority lane: the next batch takes them before any backlog of rows, so an
alert commits within one batch even when pair events pile up. They touch other tables than the
rows do, so overtaking changes nothing they can see. Barrier ops (purge, forget, flush) do read or
delete those rows, so they keep strict queue order, and while one is queued later calls line up
behind it too.

When the database fails with an outage-type error the batch goes back to the front of the queue,
one error is logged, and the writer retries with exponential backoff. The queue is bounded in
rows: past the bound, the oldest row ops are dropped (counted and logged) while call ops — alerts
and case transitions — are always kept. A statement that fails for its own reasons (a constraint,
a bad value) is isolated: the batch is replayed op by op and only the bad op fails.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from storage.base import StorageError
from storage.driver import Driver, Tx

log = logging.getLogger(__name__)


class WriteFailedError(StorageError):
    """A write was abandoned because the database stayed unwritable past the writer's deadline."""

T = TypeVar("T")
CallFn = Callable[[Tx], Awaitable[Any]]


@dataclass(slots=True)
class _Op:
    sql: str | None
    rows: Sequence[Sequence[Any]]
    fn: CallFn | None
    future: asyncio.Future[Any] | None
    label: str
    barrier: bool = False
    lane: bool = False  # queued in the priority lane

    @property
    def weight(self) -> int:
        return len(self.rows) if self.fn is None else 1


class BatchWriter:
    def __init__(
        self,
        driver: Driver,
        *,
        max_pending_rows: int = 200_000,
        max_batch_rows: int = 5_000,
        linger_s: float = 0.02,
        retry_initial_s: float = 0.1,
        retry_max_s: float = 10.0,
        give_up_after_s: float | None = None,
    ) -> None:
        self._driver = driver
        self._give_up_after = give_up_after_s
        self._max_pending = max_pending_rows
        self._max_batch = max_batch_rows
        self._linger = linger_s
        self._retry_initial = retry_initial_s
        self._retry_max = retry_max_s
        self._queue: collections.deque[_Op] = collections.deque()  # rows and barriers, in order
        self._calls: collections.deque[_Op] = collections.deque()  # the priority lane
        self._barriers = 0
        self._pending_rows = 0
        self._calls_waiting = 0
        self._wakeup = asyncio.Event()
        self._room = asyncio.Event()  # set while producers of rows may go on without waiting
        self._room.set()
        self._urgent = asyncio.Event()
        self._closing = False
        self._task: asyncio.Task[None] | None = None
        # Outage bookkeeping, so an outage produces one error line and one recovery line.
        self._outage_since: float | None = None
        self._dropped_total = 0
        self._dropped_in_outage = 0
        self._last_drop_log = 0.0
        self.committed_batches = 0

    # -- producer side -----------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="lookout-storage-writer")

    @property
    def pending_rows(self) -> int:
        return self._pending_rows

    @property
    def dropped_total(self) -> int:
        return self._dropped_total

    @property
    def healthy(self) -> bool:
        return self._outage_since is None

    def is_transient(self, exc: BaseException) -> bool:
        """True when `exc` means the database is unavailable (worth waiting out), as the writer judges it."""
        return self._driver.is_transient(exc)

    def put_rows(self, sql: str, rows: Sequence[Sequence[Any]], label: str) -> None:
        """Queue low-value rows; they are committed in a later batch, or dropped first under pressure."""
        if not rows:
            return
        if self._closing:
            raise RuntimeError("storage is closed")
        self._queue.append(_Op(sql, rows, None, None, label))
        self._pending_rows += len(rows)
        if self._pending_rows > self._max_pending:
            self._shed_load()
        if not self._wakeup.is_set():
            self._wakeup.set()

    async def room(self) -> None:
        """Backpressure for row producers: wait while a healthy database is behind by half the bound.

        During an outage this returns at once: detection must go on, and the bound sheds rows.
        """
        while self._pending_rows > self._max_pending // 2 and self.healthy and not self._closing:
            self._room.clear()
            await self._room.wait()

    def _update_room(self) -> None:
        if self._pending_rows <= self._max_pending // 4 or not self.healthy or self._closing:
            self._room.set()

    async def call(self, fn: Callable[[Tx], Awaitable[T]], label: str, *, barrier: bool = False) -> T:
        """Run `fn` inside the next batch transaction and return its result once committed.

        `barrier` keeps the op behind every row queued before it (for ops that read or delete
        rows). Cancelling the caller does not withdraw the write: it is queued and will commit.
        """
        if self._closing:
            raise RuntimeError("storage is closed")
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        op = _Op(None, (), fn, future, label, barrier)
        if barrier or self._barriers:
            self._queue.append(op)
            self._barriers += barrier
        else:
            op.lane = True
            self._calls.append(op)
        self._pending_rows += 1
        self._calls_waiting += 1
        self._wakeup.set()
        self._urgent.set()
        result: T = await asyncio.shield(future)
        return result

    async def flush(self) -> None:
        async def nothing(_tx: Tx) -> None:
            return None

        await self.call(nothing, "flush", barrier=True)

    def _shed_load(self) -> None:
        """Drop the oldest row ops until 90% of the bound; call ops are never dropped here."""
        goal = int(self._max_pending * 0.9)
        kept: collections.deque[_Op] = collections.deque()
        dropped = 0
        for op in self._queue:
            if op.fn is None and self._pending_rows > goal:
                self._pending_rows -= len(op.rows)
                dropped += len(op.rows)
            else:
                kept.append(op)
        self._queue = kept
        if dropped:
            self._dropped_total += dropped
            if self._outage_since is not None:
                self._dropped_in_outage += dropped
            now = time.monotonic()
            if now - self._last_drop_log > 60.0:
                self._last_drop_log = now
                log.warning(
                    "storage: write queue full (%d rows); dropped %d low-priority records (pair events and "
                    "state snapshots) so far to keep alerts and case changes",
                    self._max_pending,
                    self._dropped_total,
                )

    # -- writer side -------------------------------------------------------------------------
    async def _run(self) -> None:
        backoff = self._retry_initial
        while True:
            if not self._queue and not self._calls:
                if self._closing:
                    return
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            if self._calls_waiting == 0 and self._pending_rows < self._max_batch and not self._closing:
                self._urgent.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._urgent.wait(), self._linger)
            batch = self._take_batch()
            try:
                await self._commit(batch)
            except Exception as exc:
                if self._driver.is_transient(exc):
                    self._requeue(batch)
                    self._enter_outage(exc)
                    if self._gave_up(exc):
                        backoff = self._retry_initial
                        continue
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, self._retry_max)
                    continue
                outage = await self._isolate(batch)
                if outage is not None:
                    self._enter_outage(outage)
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, self._retry_max)
                    continue
            else:
                self._resolve(batch)
            backoff = self._retry_initial
            self._leave_outage()
            self._update_room()

    def _take_batch(self) -> list[_Op]:
        batch: list[_Op] = []
        rows = 0
        while self._calls and len(batch) < 1000:
            batch.append(self._calls.popleft())
            rows += 1
        while self._queue and (not batch or rows + self._queue[0].weight <= self._max_batch):
            op = self._queue.popleft()
            batch.append(op)
            rows += op.weight
            if op.barrier:
                self._barriers -= 1
                break  # ops queued behind a barrier go in the next batch, after it committed
        self._pending_rows -= rows
        self._calls_waiting -= sum(1 for op in batch if op.fn is not None)
        return batch

    def _requeue(self, batch: list[_Op]) -> None:
        lane = [op for op in batch if op.lane]
        rest = [op for op in batch if not op.lane]
        self._calls.extendleft(reversed(lane))
        self._queue.extendleft(reversed(rest))
        self._barriers += sum(1 for op in rest if op.barrier)
        self._pending_rows += sum(op.weight for op in batch)
        self._calls_waiting += sum(1 for op in batch if op.fn is not None)
        if self._pending_rows > self._max_pending:
            self._shed_load()

    async def _commit(self, batch: list[_Op]) -> None:
        async with self._driver.transaction() as tx:
            await self._apply(tx, batch)
        self.committed_batches += 1

    async def _apply(self, tx: Tx, batch: list[_Op]) -> None:
        """Run the ops in order; consecutive row ops are grouped per statement into one executemany.

        Row ops are only regrouped between two call ops, never across one, so a `forget` or `purge`
        never sees rows queued after it nor misses rows queued before it.
        """
        groups: dict[str, list[Sequence[Any]]] = {}
        for op in batch:
            if op.fn is None:
                assert op.sql is not None
                groups.setdefault(op.sql, []).extend(op.rows)
                continue
            await self._flush_groups(tx, groups)
            result = await op.fn(tx)
            op.rows = (result,)  # parked here until the commit succeeds
        await self._flush_groups(tx, groups)

    @staticmethod
    async def _flush_groups(tx: Tx, groups: dict[str, list[Sequence[Any]]]) -> None:
        for sql, rows in groups.items():
            await tx.executemany(sql, rows)
        groups.clear()

    def _resolve(self, batch: list[_Op]) -> None:
        for op in batch:
            if op.future is not None and not op.future.done():
                op.future.set_result(op.rows[0] if op.rows else None)

    async def _isolate(self, batch: list[_Op]) -> BaseException | None:
        """Replay a failed batch one op per transaction so only the faulty op fails.

        Returns the outage error if the database went away meanwhile (the rest is requeued).
        """
        for index, op in enumerate(batch):
            if op.fn is not None:
                op.rows = ()
            try:
                await self._commit([op])
            except Exception as exc:
                if self._driver.is_transient(exc):
                    self._requeue(batch[index:])
                    return exc
                if op.future is not None:
                    if not op.future.done():
                        op.future.set_exception(exc)
                else:
                    # The class only: driver messages can quote values, and values can be text.
                    log.error(
                        "storage: %d %s could not be written and were discarded (%s)",
                        len(op.rows),
                        op.label,
                        type(exc).__name__,
                    )
            else:
                self._resolve([op])
        return None

    def _enter_outage(self, exc: BaseException) -> None:
        if self._outage_since is None:
            self._outage_since = time.monotonic()
            self._room.set()
            self._dropped_in_outage = 0
            message = str(exc).splitlines()[0][:200] if str(exc) else ""
            log.error(
                "storage: cannot write to %s (%s: %s). Detection goes on; %d records wait in memory "
                "(bound %d rows) and writing is retried with backoff.",
                self._driver.description,
                type(exc).__name__,
                message,
                self._pending_rows,
                self._max_pending,
            )
        else:
            log.debug("storage: write retry failed (%s)", type(exc).__name__)

    def _gave_up(self, exc: BaseException) -> bool:
        """With `give_up_after_s` (one-shot commands), fail every queued write once the outage is that old.

        A live bot waits an outage out; a command run by a person must not hang on a database it
        cannot write (a read-only file, a read-only PostgreSQL server): it reports why and stops.
        """
        if self._give_up_after is None or self._outage_since is None:
            return False
        if time.monotonic() - self._outage_since < self._give_up_after:
            return False
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        error = WriteFailedError(
            f"cannot write to {self._driver.description}: {reason} (still failing after "
            f"{self._give_up_after:g} s; this change was not made)"
        )
        for op in (*self._calls, *self._queue):
            if op.future is not None and not op.future.done():
                op.future.set_exception(error)
            elif op.future is None:
                self._dropped_total += len(op.rows)
        self._calls.clear()
        self._queue.clear()
        self._pending_rows = self._calls_waiting = self._barriers = 0
        self._outage_since = None
        self._room.set()
        return True

    def _leave_outage(self) -> None:
        if self._outage_since is None:
            return
        seconds = time.monotonic() - self._outage_since
        self._outage_since = None
        log.warning(
            "storage: %s is writable again after %.1f s; queued records written, %d low-priority "
            "records dropped while it was unavailable",
            self._driver.description,
            seconds,
            self._dropped_in_outage,
        )

    async def close(self, timeout_s: float = 30.0) -> None:
        """Write what is queued (giving up after `timeout_s` if the database stays down), then stop."""
        self._closing = True
        self._room.set()
        self._wakeup.set()
        self._urgent.set()
        if self._task is None:
            return
        try:
            await asyncio.wait_for(asyncio.shield(self._task), timeout_s)
        except TimeoutError:
            lost = self._pending_rows
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            log.error(
                "storage: %s stayed unavailable; %d queued records could not be written before shutdown",
                self._driver.description,
                lost,
            )
            for op in (*self._calls, *self._queue):
                if op.future is not None and not op.future.done():
                    op.future.set_exception(RuntimeError("storage closed before the write committed"))
            self._queue.clear()
            self._calls.clear()
