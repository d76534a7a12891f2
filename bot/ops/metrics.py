"""The live bot's counters, for the people who keep it running.

Why a registry of our own instead of prometheus-client's global one: several services can live in
one process (the tests start many), and each must count only its own work. Recording is always on
(a counter increment costs well under a microsecond); serving the figures over HTTP is what
`[metrics] enabled` switches on.

Nothing here carries message text, names or ids: labels are platforms, decision kinds and HTTP
status codes, so a scrape can never leak what a child wrote.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

# Fine steps below 100 ms: a healthy loop lags a few milliseconds, and the p99 read from the
# buckets is only as sharp as they are.
LAG_BUCKETS = (0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1,
               0.15, 0.2, 0.3, 0.5, 0.75, 1.0, 2.0, 5.0, 10.0)
# An alert normally lands within a second; a platform outage or a rate limit stretches it to minutes.
ALERT_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 900.0, 3600.0)
MAX_TIMED_ALERTS = 10_000  # alerts decided but not yet delivered whose start time we keep

Probe = Callable[[], "Awaitable[tuple[bool, str]] | tuple[bool, str]"]


class _WriterCollector(Collector):
    """Reads the storage writer's queue and drop counts at scrape time (no hooks on its hot path)."""

    def __init__(self) -> None:
        self.writer: Any = None

    def collect(self) -> Iterator[Metric]:
        depth = GaugeMetricFamily("lookout_write_queue_depth",
                                  "Records waiting in the storage write queue (rows plus pending calls)")
        dropped = CounterMetricFamily("lookout_dropped_records",
                                      "Low-priority records (pair events, state snapshots) dropped because the "
                                      "write queue was full; alerts and case changes are never dropped")
        healthy = GaugeMetricFamily("lookout_storage_writable", "1 while the last write succeeded, 0 during an outage")
        writer = self.writer
        if writer is not None:
            depth.add_metric([], float(writer.pending_rows))
            dropped.add_metric([], float(writer.dropped_total))
            healthy.add_metric([], 1.0 if writer.healthy else 0.0)
        yield depth
        yield dropped
        yield healthy

    def describe(self) -> Iterable[Metric]:
        return list(self.collect())


class Ops:
    """One per service: what the bot did, how fast, and whether it can work (probes for /readyz)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        reg = self.registry
        self.messages = Counter("lookout_messages_processed", "Messages run through the pipeline",
                                ["platform"], registry=reg)
        self.decisions = Counter("lookout_decisions", "Pipeline decisions by kind (alert, nudge, log)",
                                 ["kind"], registry=reg)
        self.alert_latency = Histogram("lookout_alert_delivery_seconds",
                                       "From a message reaching Lookout to the platform accepting the alert it caused",
                                       buckets=ALERT_BUCKETS, registry=reg)
        self.loop_lag = Histogram("lookout_event_loop_lag_seconds",
                                  "How late the event loop ran a timer: time every handler waited for the CPU",
                                  buckets=LAG_BUCKETS, registry=reg)
        self.platform_errors = Counter("lookout_platform_errors",
                                       "Failed platform API calls by HTTP status ('network' when no answer came)",
                                       ["platform", "code"], registry=reg)
        self.redelivered = Counter("lookout_alerts_redelivered",
                                   "Alerts posted by the retry loop after an earlier attempt failed",
                                   ["platform"], registry=reg)
        self._writer = _WriterCollector()
        reg.register(self._writer)
        self._ready = Gauge("lookout_ready", "1 when every platform is connected and storage is writable",
                            registry=reg)
        self.probes: dict[str, Probe] = {}
        self._alert_started: OrderedDict[str, float] = OrderedDict()

    # ----- recording -----------------------------------------------------------------------------

    def watch_storage(self, storage: Any) -> None:
        """Report the write queue of `storage` (a SqlStorage; anything without a writer reports nothing)."""
        self._writer.writer = getattr(storage, "writer", None)

    def alert_decided(self, case_id: str, started: float) -> None:
        """Start the delivery clock for a case's alert (the first decision's time is kept)."""
        if case_id not in self._alert_started:
            self._alert_started[case_id] = started
            while len(self._alert_started) > MAX_TIMED_ALERTS:
                self._alert_started.popitem(last=False)

    def alert_delivered(self, case_id: str) -> None:
        started = self._alert_started.pop(case_id, None)
        if started is not None:
            self.alert_latency.observe(max(0.0, time.monotonic() - started))

    def platform_error(self, platform: str, code: int | str) -> None:
        self.platform_errors.labels(platform, str(code)).inc()

    def alert_redelivered(self, platform: str) -> None:
        """The retry loop posted an alert that an earlier attempt could not."""
        self.redelivered.labels(platform).inc()

    # ----- readiness ------------------------------------------------------------------------------

    def set_probe(self, name: str, probe: Probe) -> None:
        """Register a readiness check: returns (ok, why) — `why` is shown on /readyz, so no secrets."""
        self.probes[name] = probe

    def drop_probe(self, name: str) -> None:
        self.probes.pop(name, None)

    def set_ready(self, ready: bool) -> None:
        self._ready.set(1.0 if ready else 0.0)
