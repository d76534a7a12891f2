"""`lookout run`: the live bots, Discord and/or Telegram, in one process on one service.

Tokens come only from the environment. Which platforms run is decided by which tokens are set,
so one config file serves a Discord-only, Telegram-only or combined deployment.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from bot.config import Config, ConfigError
from bot.ops import LoopLagMonitor, OpsServer
from bot.pipeline import tune_gc
from bot.redaction import safe_url
from bot.terminal import error

if TYPE_CHECKING:
    from bot.console.server import ConsoleServer
    from bot.moderation import Moderation
    from bot.service import Lookout

log = logging.getLogger(__name__)


def _shards(args: argparse.Namespace) -> tuple[list[int] | None, int | None]:
    """Validated --shard-ids/--shard-count; ValueError with the message to show otherwise."""
    ids = None
    if args.shard_ids:
        try:
            ids = [int(x) for x in args.shard_ids.split(",") if x.strip()]
        except ValueError:
            raise ValueError(f"--shard-ids {args.shard_ids!r} must be comma-separated numbers, e.g. 0,1") from None
        if args.shard_count is None:
            raise ValueError("--shard-ids needs --shard-count (the total across all processes)")
        bad = [i for i in ids if not 0 <= i < args.shard_count]
        if bad:
            raise ValueError(f"shard id(s) {bad} are outside 0..{args.shard_count - 1}")
    return ids, args.shard_count


async def serve(config: Config, args: argparse.Namespace, stop: asyncio.Event | None = None) -> int:
    """Run the bots whose tokens are set until `stop` is set (or SIGINT/SIGTERM); 0 on a clean stop."""
    from bot.moderation import Moderation
    from bot.service import Lookout

    discord_token = os.environ.get("LOOKOUT_DISCORD_TOKEN", "").strip()
    telegram_token = os.environ.get("LOOKOUT_TELEGRAM_TOKEN", "").strip()
    if not discord_token and not telegram_token:
        alone = "; to serve only the web console over a database, run `lookout console --db URL`" \
            if config.console is not None else ""
        error("set LOOKOUT_DISCORD_TOKEN and/or LOOKOUT_TELEGRAM_TOKEN in the environment; the README "
              f"explains how to create the bots and get their tokens{alone}")
        return 2
    try:
        shard_ids, shard_count = _shards(args)
    except ValueError as exc:
        error(str(exc))
        return 2
    if shard_ids and not config.storage.url.startswith(("postgresql://", "postgres://")):
        log.warning("several processes sharing shards should share state: set [storage] url to PostgreSQL")
    try:
        lookout = await Lookout.open(config)
    except ConfigError:
        raise
    except Exception as exc:  # any driver's failure to connect: one line, not a traceback
        log.debug("opening the database failed", exc_info=True)
        error(f"cannot open the database {safe_url(config.storage.url)}: {type(exc).__name__}: {exc}; check "
              "[storage] url and that the database server is running and reachable")
        return 2
    tune_gc()  # the process will hold a large, long-lived state (see tune_gc)
    lookout.storage.start_purge_task()
    lag = LoopLagMonitor(lookout.ops.loop_lag.observe)
    lag.start()
    lookout.ops.set_probe("storage", lookout.storage_ready)
    server: OpsServer | None = None
    if config.metrics.enabled:
        server = OpsServer(lookout.ops, config.metrics.listen, config.metrics.port)
        try:
            await server.start()
        except OSError as bind_error:
            error(f"cannot serve [metrics] on {config.metrics.listen}:{config.metrics.port}: {bind_error}")
            await lag.stop()
            await lookout.close()
            return 2
    # One moderation layer for every surface: an action on one shows wherever the alert is.
    moderation = Moderation(lookout, config)
    try:
        console = await _start_console(config, lookout, moderation, sharded=bool(shard_ids))
    except OSError as bind_error:
        assert config.console is not None
        error(f"cannot serve [console] on {config.console.listen}:{config.console.port}: {bind_error}; choose "
              "another [console] port, or stop what uses that one")
        if server is not None:
            await server.stop()
        await lag.stop()
        await lookout.close()
        return 2
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
    runs: dict[str, Coroutine[Any, Any, None]] = {}
    if discord_token:
        from bot.platforms.discord import run_discord

        runs["discord"] = run_discord(lookout, config, token=discord_token, shard_ids=shard_ids,
                                      shard_count=shard_count, stop=stop, moderation=moderation)
    if telegram_token:
        from bot.platforms.telegram import run_telegram

        runs["telegram"] = run_telegram(lookout, config, token=telegram_token, stop=stop, moderation=moderation)
    log.info("Lookout running: %s; storage %s", " and ".join(
        n for n, t in (("Discord", discord_token), ("Telegram", telegram_token)) if t), lookout.storage.description)
    tasks = {asyncio.create_task(coro, name=f"lookout-{name}"): name for name, coro in runs.items()}
    failed = False
    try:
        pending: set[asyncio.Task[None]] = set(tasks)
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                failure = task.exception()
                if failure is not None:
                    # Say so at once and stop the others cleanly: a bot silently missing is worse.
                    failed = True
                    log.error("the %s bot stopped with an error: %s (its token is read from LOOKOUT_%s_TOKEN)",
                              tasks[task], failure, tasks[task].upper())
                    stop.set()
                elif not stop.is_set():
                    log.error("the %s bot stopped unexpectedly; stopping the others", tasks[task])
                    failed = True
                    stop.set()
    finally:
        if console is not None:
            moderation.console = None  # no new login links while the console stops
            await console.stop()
        if server is not None:
            await server.stop()
        await lag.stop()
        log.info("Lookout stopped: %s; event loop lag p99 %.1f ms over the last minute, worst %.1f ms",
                 _processed(lookout), lag.percentile(0.99) * 1000, lag.worst * 1000)
        await lookout.close()
    return 1 if failed else 0


async def _start_console(config: Config, lookout: Lookout, moderation: Moderation, *,
                         sharded: bool = False) -> ConsoleServer | None:
    """The web console beside the bots, on the same service and moderation layer, when [console]
    is set (None otherwise). OSError when its address cannot be bound."""
    if config.console is None:
        return None
    if sharded:
        # Each process knows only its own shards' servers, so it could not tell whether a moderator
        # of another shard's server still moderates there; and every process would want the port.
        log.warning("[console] is not served by a process running some shards (--shard-ids); moderators use the "
                    "alert buttons, or run one unsharded `lookout run` for the console")
        return None
    from bot.console.backend import ConsoleBackend
    from bot.console.server import ConsoleServer

    settings = config.console
    backend = ConsoleBackend.from_lookout(lookout, moderation)
    console = ConsoleServer(backend, listen=settings.listen, port=settings.port, public_url=settings.public_url)
    await console.start()
    moderation.console = backend  # `/lookout console` and `/lookout_console` issue login links from now on
    log.info("web console at %s (moderators get a login link with /lookout console or /lookout_console)",
             console.url)
    return console


def _processed(lookout: Any) -> str:
    """'N messages (discord A, telegram B)' from the service's counters, for the stop line."""
    per = {s.labels["platform"]: int(s.value) for m in lookout.ops.messages.collect() for s in m.samples
           if s.name.endswith("_total")}
    total = sum(per.values())
    return f"{total} messages processed" + (f" ({', '.join(f'{k} {v}' for k, v in sorted(per.items()))})"
                                            if per else "")


def run_bots(config: Config, args: argparse.Namespace) -> int:
    return asyncio.run(serve(config, args))
