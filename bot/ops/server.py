"""The operations endpoint: /metrics for Prometheus, /healthz and /readyz for orchestrators.

Why two health answers: /healthz says the process and its event loop answer at all (restart it if
not); /readyz says it can do its job right now, every configured platform connected and storage
writable (send it no traffic, page someone, but do not restart it for a Discord outage). It is
served by aiohttp, which Lookout already uses, on the event loop it reports on: a stalled loop
then fails the health check, which is the point.

It listens on 127.0.0.1 unless `[metrics] listen` says otherwise: the figures are harmless but
nobody outside the host needs them.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.ops.metrics import Ops

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 2.0


async def readiness(ops: Ops) -> tuple[bool, dict[str, dict[str, object]]]:
    """Run every probe (bounded); a probe that raises or times out counts as not ready."""
    checks: dict[str, dict[str, object]] = {}
    for name, probe in sorted(ops.probes.items()):
        try:
            result = probe()
            if inspect.isawaitable(result):
                result = await asyncio.wait_for(result, PROBE_TIMEOUT_S)
            ok, detail = result
        except TimeoutError:
            ok, detail = False, f"no answer within {PROBE_TIMEOUT_S:.0f} s"
        except Exception as exc:  # a probe's own failure means "not ready", never a 500
            ok, detail = False, f"check failed ({type(exc).__name__})"
        checks[name] = {"ok": bool(ok), "detail": detail}
    ready = bool(checks) and all(c["ok"] for c in checks.values())
    ops.set_ready(ready)
    return ready, checks


class OpsServer:
    def __init__(self, ops: Ops, listen: str, port: int) -> None:
        self.ops = ops
        self.listen = listen
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> int:
        """Start serving; returns the bound port (useful when `port` is 0)."""
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.listen, self.port)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            self._runner = None
            raise OSError(f"[metrics] cannot listen on {self.listen}:{self.port}: {exc.strerror or exc}") from None
        addresses = self._runner.addresses
        self.port = int(addresses[0][1]) if addresses else self.port
        log.info("metrics and health checks on http://%s:%d (/metrics, /healthz, /readyz)", self.listen, self.port)
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _metrics(self, request: web.Request) -> web.Response:
        body = generate_latest(self.ops.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def _healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def _readyz(self, request: web.Request) -> web.Response:
        ready, checks = await readiness(self.ops)
        body = json.dumps({"ready": ready, "checks": checks}, sort_keys=True) + "\n"
        return web.Response(text=body, status=200 if ready else 503, content_type="application/json")
