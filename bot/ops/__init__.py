"""Operations: counters, event-loop lag, and the /metrics, /healthz and /readyz endpoint.

The service owns one `Ops`; adapters report platform errors and readiness to it, the storage
writer's queue is read at scrape time. `[metrics] enabled = true` serves it over HTTP.
"""

from bot.ops.loop_lag import LoopLagMonitor
from bot.ops.metrics import Ops
from bot.ops.server import OpsServer, readiness

__all__ = ["LoopLagMonitor", "Ops", "OpsServer", "readiness"]
