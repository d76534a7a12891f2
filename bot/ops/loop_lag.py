"""Event-loop lag: how late the loop runs a timer it was asked to run on time.

Why measure it: both bots, storage and detection share one event loop. Anything that holds the
loop (a slow regular expression, a large batch of work without a pause) delays every other
handler, alert and heartbeat by the same amount; Discord drops a bot that misses heartbeats. A
timer that should fire every `interval` seconds and fires late by `lag` is the direct measure of
that wait, whatever caused it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable

log = logging.getLogger(__name__)

WARN_LAG_S = 1.0  # a second without the loop: heartbeats and alerts are visibly late
KEEP_SAMPLES = 6_000  # one minute at the default interval, for percentiles in the log


class LoopLagMonitor:
    """Samples the loop's lag every `interval` seconds and hands each sample to `observe`."""

    def __init__(self, observe: Callable[[float], None], interval: float = 0.01) -> None:
        self._observe = observe
        self.interval = interval
        self.samples: deque[float] = deque(maxlen=KEEP_SAMPLES)
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None
        self._last_warning = float("-inf")

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="lookout-loop-lag")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(self.interval)
            lag = max(0.0, loop.time() - before - self.interval)
            self.samples.append(lag)
            self.worst = max(self.worst, lag)
            self._observe(lag)
            if lag >= WARN_LAG_S and before - self._last_warning > 60.0:
                self._last_warning = before
                log.warning("event loop was held for %.1f s: handlers, alerts and heartbeats waited that long", lag)

    def percentile(self, q: float) -> float:
        """The q-quantile (0..1) of the kept samples; 0.0 before the first one."""
        if not self.samples:
            return 0.0
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
