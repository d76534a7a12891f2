"""`lookout console --db URL`: the web console alone, over a database, for the person at this machine.

Why a command of its own: a parent who ran `lookout scan --save family.db exports/` has cases but
no bot, no Discord and no Telegram to log in from. This serves the console over that database on
127.0.0.1 only (nobody else on the network can reach it) and prints a one-time login link for
the local owner. The link is the only way in, so it is printed to this terminal and nowhere else
(never logged). Ctrl-C (or SIGTERM) stops the server and closes the database cleanly.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sqlite3
import sys
from typing import TYPE_CHECKING, Any

import asyncpg

from bot.config import Config
from bot.redaction import safe_url
from bot.terminal import error
from storage import Retention, SchemaTooNewError, StorageError, open_storage

if TYPE_CHECKING:
    from bot.console.backend import ConsoleBackend

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"  # the standalone console never listens beyond this machine
DEFAULT_PORT = 8470
GIVE_UP_AFTER_S = 15.0  # a person is waiting: a database that cannot be written is reported, not waited for


def _url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{db}"


def port_number(text: str) -> int:
    """--port: 0 (any free port) to 65535."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0 to 65535; 0 picks a free one)") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (0 to 65535; 0 picks a free one)")
    return port


def add_command(subparsers: Any) -> None:
    c = subparsers.add_parser(
        "console",
        help="serve the web console over a database, on this machine only (prints a one-time login link)",
        description="Serve the web console over a database (for example one made by `lookout scan --save "
        "family.db exports/`) on 127.0.0.1, and print a one-time login link for you. Ctrl-C stops it.",
    )
    c.add_argument("--db", metavar="URL", required=True,
                   help="the database: a file path, sqlite:///path.db or postgresql://…")
    c.add_argument("--port", type=port_number, default=None,
                   help=f"port on 127.0.0.1 (default: [console] port, else {DEFAULT_PORT}; 0 picks a free one)")
    c.add_argument("--seal-key", metavar="FILE",
                   help="the case seal key file (default: [storage] seal_key_path, else beside the SQLite file)")
    c.set_defaults(func=cmd_console)


def cmd_console(args: argparse.Namespace, config: Config) -> int:
    try:
        return asyncio.run(serve_console(args, config))
    except KeyboardInterrupt:  # Ctrl-C before the signal handlers were installed
        return 130


async def serve_console(args: argparse.Namespace, config: Config, stop: asyncio.Event | None = None) -> int:
    """Serve until `stop` is set (or SIGINT/SIGTERM); 0 after a clean stop, 2 when it cannot start."""
    from bot.console.backend import ConsoleBackend
    from bot.console.server import ConsoleServer

    url = _url(args.db)
    try:
        storage = await open_storage(
            url,
            retention=Retention(pair_state_days=config.storage.pair_retention_days,
                                nudge_days=config.storage.pair_retention_days,
                                closed_case_days=config.storage.case_retention_days),
            must_exist=True,  # a typo must not show an empty console over a new, empty file
            writer_options={"give_up_after_s": GIVE_UP_AFTER_S},
            seal_key_path=args.seal_key or config.storage.seal_key_path or None,
        )
    except (SchemaTooNewError, StorageError) as exc:
        error(str(exc))
        return 2
    except (OSError, sqlite3.Error, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
        error(f"cannot open the database {safe_url(url)}: {type(exc).__name__}: {exc}; check --db (make one "
              "with `lookout scan --save family.db exports/`)")
        return 2
    port = args.port if args.port is not None else (config.console.port if config.console else DEFAULT_PORT)
    backend = ConsoleBackend.standalone(storage, config)
    server = ConsoleServer(backend, listen=LOOPBACK, port=port, public_url=None)
    try:
        try:
            await server.start()
        except OSError as exc:
            error(f"cannot serve the console on {LOOPBACK}:{port}: {exc}; choose another port with --port "
                  "(0 picks a free one)")
            return 2
        try:
            await _until_stopped(backend, server.url, safe_url(args.db), stop)
        finally:
            await server.stop()
    finally:
        await storage.close()
    _say("Console stopped.")
    return 0


async def _until_stopped(backend: ConsoleBackend, where: str, db: str, stop: asyncio.Event | None) -> None:
    loop = asyncio.get_running_loop()
    if stop is None:
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
    link = await backend.issue_owner_login()
    _say(f"Lookout console for {db} at {where}/ (this computer only).\n"
         f"Open this one-time login link in your browser; it works once, within 10 minutes:\n\n    {link}\n")
    # On a terminal, Enter prints a fresh link (the first one expired, or another browser).
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if interactive:
        fresh = asyncio.Event()

        def enter_pressed() -> None:
            sys.stdin.readline()
            fresh.set()

        loop.add_reader(sys.stdin.fileno(), enter_pressed)
    _say("Press Enter for a new login link; Ctrl-C stops the console." if interactive
         else "Stop the console with Ctrl-C.")
    try:
        while not stop.is_set():
            if not interactive:
                await stop.wait()
                break
            waiter = asyncio.ensure_future(fresh.wait())
            stopper = asyncio.ensure_future(stop.wait())
            await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
            waiter.cancel()
            stopper.cancel()
            if fresh.is_set() and not stop.is_set():
                fresh.clear()
                _say(f"New one-time login link (10 minutes):\n\n    {await backend.issue_owner_login()}\n")
    finally:
        if interactive:
            loop.remove_reader(sys.stdin.fileno())


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
