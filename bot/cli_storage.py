"""`lookout storage …` and `lookout cases …`: retention, erasure and case review from a terminal.

These commands exist for moderators and operators who cannot (or prefer not to) use the bot's
chat commands: purging on demand, honouring an erasure request, and producing the evidence
package for the police. Each opens the database itself, so they also work while the bot is
stopped; with PostgreSQL, or SQLite in WAL mode, they can run beside a live bot as well.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import asyncpg

from bot.case_report import write_case_package
from bot.terminal import error, escape_text
from bot.terminal import escape_line as _line
from storage import (
    Case,
    CaseStatus,
    Retention,
    SchemaTooNewError,
    SealCheck,
    SealRecord,
    StorageError,
    UnknownCaseError,
    open_storage,
    seal_key_location,
    verify,
)
from storage.digest import iso_utc
from storage.sql import SqlStorage

DEFAULT_DB = "sqlite:///lookout.db"
Handler = Callable[[argparse.Namespace, SqlStorage], Awaitable[int]]


def _out(text: str = "") -> None:
    print(escape_text(text))  # control characters from chats shown as escapes, never obeyed


def _safe(value: object) -> str:
    """Text from a chat (or a hand-edited database) on one terminal line: control characters, ANSI/OSC
    sequences, bidi overrides and newlines shown as escapes, never obeyed, so no message can hide or
    forge the integrity line."""
    return _line(str(value))


def _err(text: str) -> None:
    error(text)  # one line, passwords in URLs masked


def _db_url(args: argparse.Namespace, config: Any) -> str:
    """--db wins, then the config's [storage] url, then the default file in the current folder."""
    if getattr(args, "db", None):
        return str(args.db)
    configured = getattr(getattr(config, "storage", None), "url", None)
    return str(configured) if configured else DEFAULT_DB


def _retention(config: Any) -> Retention | None:
    section = getattr(config, "storage", None)
    if section is None:
        return None
    pair_days = float(getattr(section, "pair_retention_days", 30.0))
    return Retention(
        pair_state_days=pair_days,
        nudge_days=pair_days,
        closed_case_days=float(getattr(section, "case_retention_days", 180.0)),
    )


# A command run by a person reports a database it cannot write instead of waiting for it like the bot.
GIVE_UP_AFTER_S = 15.0


def _key_path(args: argparse.Namespace, config: Any) -> str | None:
    """--seal-key wins, then the config's [storage] seal_key_path, then the default place."""
    if getattr(args, "seal_key", None):
        return str(args.seal_key)
    configured = getattr(getattr(config, "storage", None), "seal_key_path", None)
    return str(configured) if configured else None


def _runner(
    handler: Handler, *, creates: bool = False, writes: bool = False, adopt: bool = False
) -> Callable[..., int]:
    """Wrap an async handler as the `func(args, config)` the `lookout` entry point calls.

    Commands that only read (`writes=False`) also work on a database this user may not write,
    and never create a seal key.
    """

    def run(args: argparse.Namespace, config: Any = None) -> int:
        url = _db_url(args, config)

        async def go() -> int:
            args.seal_key_location = seal_key_location(url, _key_path(args, config))
            store = await open_storage(
                url,
                retention=_retention(config),
                must_exist=not creates,
                read_only=not writes,
                writer_options={"give_up_after_s": GIVE_UP_AFTER_S},
                seal_key_path=_key_path(args, config),
                adopt_seal_key=adopt,
            )
            try:
                return await handler(args, store)
            finally:
                await store.close()

        try:
            return asyncio.run(go())
        except UnknownCaseError as exc:
            _err(f"{exc} in {url} (list cases with `lookout cases list`)")
            return 1
        except (SchemaTooNewError, StorageError) as exc:
            _err(str(exc))
            return 2
        except BrokenPipeError:
            raise  # the reader went away (`| head`): not a database problem
        except OSError as exc:
            _err(f"cannot use the database {url}: {exc}")
            return 2
        except (sqlite3.Error, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
            # A file that is not a database, a refused login, a server gone: one line, no traceback.
            _err(f"cannot use the database {url}: {type(exc).__name__}: {exc}")
            return 2

    return run


MAX_LIMIT = 100_000


def _limit(text: str) -> int:
    """--limit as a whole number in range (a huge one overflowed SQLite with a traceback)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number; use 1 to {MAX_LIMIT:,}") from None
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"{text} is out of range; use 1 to {MAX_LIMIT:,}")
    return value


def _when(value: Any) -> str:
    return str(value.strftime("%Y-%m-%d %H:%M UTC"))


# -- storage -------------------------------------------------------------------------------------
async def _purge(args: argparse.Namespace, store: SqlStorage) -> int:
    counts = await store.purge()
    removed = {table: count for table, count in counts.items() if count}
    r = store.retention
    _out(
        f"Retention: pair state and events {r.pair_state_days:g} days, nudges {r.nudge_days:g} days, "
        f"closed cases {r.closed_case_days:g} days (community overrides apply)."
    )
    if not removed:
        _out(f"Nothing to purge in {store.description}.")
        return 0
    _out(f"Purged from {store.description}:")
    for table, count in sorted(removed.items()):
        _out(f"  {table:<20} {count}")
    return 0


async def _forget(args: argparse.Namespace, store: SqlStorage) -> int:
    result = await store.forget(args.user_id, community_id=args.community)
    where = f" in community {args.community}" if args.community else ""
    if result.deleted:
        _out(f"Forgot user {args.user_id}{where} in {store.description}:")
        for table, count in sorted(result.deleted.items()):
            _out(f"  {table:<28} {count}")
    else:
        _out(f"Nothing stored about user {args.user_id}{where} needed deleting.")
    if result.kept:
        _out("Kept, and why:")
        for reason in result.kept:
            _out(f"  - {reason}")
    return 0


# -- cases ---------------------------------------------------------------------------------------
def _case_json(case: Case, seal: SealRecord | None) -> dict[str, Any]:
    return {
        "id": case.id,
        "status": case.status,
        "severity": case.severity,
        "risk": case.risk,
        "stage": case.stage,
        "categories": list(case.categories),
        "platform": case.platform,
        "community_id": case.community_id,
        "suspect_id": case.suspect_id,
        "targets": list(case.targets),
        "source": case.source,
        "source_file": case.source_file,
        "source_chat": case.source_chat,
        "created_at": iso_utc(case.created_at),
        "updated_at": iso_utc(case.updated_at),
        "alert_ref": case.alert_ref,
        "seal": None if seal is None else {"head": seal.head, "entries": seal.entries, "origin": seal.origin},
    }


async def _list(args: argparse.Namespace, store: SqlStorage) -> int:
    cases = await store.list_cases(args.community, args.status, limit=args.limit)
    if args.json:
        # One object per line (JSON Lines), ASCII-escaped so odd text can never break the stream.
        seals = await store.seal_summaries([case.id for case in cases])
        for case in cases:
            _out(json.dumps(_case_json(case, seals.get(case.id)), ensure_ascii=True))
        return 0
    if not cases:
        filters = ", ".join(f"{k} {v}" for k, v in (("status", args.status), ("community", args.community)) if v)
        _out(f"No cases{' with ' + filters if filters else ''} in {store.description}.")
        return 0
    _out(
        f"{'CASE':<10} {'STATUS':<15} {'SEVERITY':<9} {'RISK':>5}  {'COMMUNITY':<20} {'SUSPECT':<20} "
        f"{'CHILDREN':>8}  UPDATED"
    )
    for case in cases:
        _out(
            f"{_safe(case.id):<10} {case.status:<15} {case.severity:<9} {case.risk:>5.2f}  "
            f"{_safe(case.community_id):<20.20} {_safe(case.suspect_id):<20.20} {len(case.targets):>8}  "
            f"{_when(case.updated_at)}" + (f"  from {_safe(case.source_file)}" if case.source_file else "")
        )
    _out(f"{len(cases)} case(s). Details: lookout cases show CASE_ID")
    return 0


async def _show(args: argparse.Namespace, store: SqlStorage) -> int:
    detail = await store.get_case(args.case_id)
    case = detail.case
    check = await store.verify_case(case.id)
    _out(
        f"Case {_safe(case.id)} - {case.status.replace('_', ' ')}, severity {case.severity}, risk {case.risk:.2f}, "
        f"stage {_safe(case.stage)}"
    )
    _out(f"  platform/community: {_safe(case.platform)} / {_safe(case.community_id)}")
    _out(f"  suspect: {_safe(case.suspect_id)}    children: {_safe(', '.join(case.targets)) or '-'}")
    _out(f"  categories: {_safe(', '.join(case.categories)) or '-'}    source: {_safe(case.source)}")
    if case.source_file:
        _out(f"  saved from: {_safe(case.source_file)} (conversation {_safe(case.source_chat)})")
    _out(f"  opened {_when(case.created_at)}, updated {_when(case.updated_at)}")
    if case.signals:
        _out("Signals:")
        for signal in case.signals:
            _out(f"  - {_safe(signal)}")
    _out(f"Evidence ({len(detail.evidence)} message(s)):")
    for item in sorted(detail.evidence, key=lambda i: (i.timestamp, i.seq)):
        mark = "!" if item.flagged else " "
        who = f"{_safe(item.author_name)} ({_safe(item.author_id)})"
        _out(f" {mark} {_when(item.timestamp)}  {who}: {_safe(item.text)}")
    if detail.notes:
        _out("Notes:")
        for note in detail.notes:
            _out(f"  {_when(note.at)}  {_safe(note.author_name)}: {_safe(note.text)}")
    _out("Actions:")
    for entry in detail.audit:
        _out(f"  {_when(entry.at)}  {_safe(entry.actor_name)}: {_safe(entry.action)} {_safe(entry.detail)}".rstrip())
    _out(f"Case digest {detail.digest}")
    _out(f"Seal: {_verdict(check, args)}")
    return 0 if check.ok else 2 if check.status == "unchecked" else 3


def _verdict(check: SealCheck, args: argparse.Namespace) -> str:
    if check.status == "unchecked":
        return (
            f"NOT CHECKED: no seal key at {args.seal_key_location} (give the key that sealed these cases with "
            "--seal-key or [storage] seal_key_path)"
        )
    return _safe(check.summary())


async def _export(args: argparse.Namespace, store: SqlStorage) -> int:
    detail = await store.get_case(args.case_id)
    check = await store.verify_case(detail.case.id)
    try:
        paths = write_case_package(detail, args.out, check=check)
    except OSError as exc:
        _err(f"cannot write the evidence package to {args.out}: {exc}")
        return 2
    _out(f"Evidence package for case {_safe(detail.case.id)} ({len(detail.evidence)} message(s)):")
    for path in paths:
        _out(f"  {path}")
    _out(f"Case digest: {detail.digest}")
    if detail.seal is not None:
        _out(f"Seal head: {detail.seal.head} ({detail.seal.entries} entries) - quote it when you hand this over")
    _out(f"Seal: {_verdict(check, args)}")
    if not verify(detail).ok or check.status == "tampered":
        _out("WARNING: this case was changed after it was sealed; the report says what changed.")
        return 3
    return 0


async def _verify(args: argparse.Namespace, store: SqlStorage) -> int:
    """Exit 0: every case intact. 3: something changed (or another key sealed it). 4: nothing
    changed, but a case predates sealing, so changes before its upgrade cannot be ruled out.
    2: no seal key to check with."""
    if store.seal_key is None:
        _err(
            f"cannot check seals: no seal key at {args.seal_key_location}. Give the key that sealed these "
            "cases with --seal-key FILE or [storage] seal_key_path."
        )
        return 2
    if args.all:
        checks = await store.verify_all()
    elif args.case_id:
        checks = [await store.verify_case(args.case_id)]
    else:
        _err("name a case (lookout cases verify CASE_ID) or check them all with --all")
        return 2
    for check in checks:
        _out(f"case {_safe(check.case_id)}: {_verdict(check, args)}")
    tampered = [c for c in checks if c.status == "tampered"]
    upgraded = [c for c in checks if c.status == "sealed-on-upgrade"]
    if args.all:
        _out(
            f"{len(checks)} case(s): {len(checks) - len(tampered) - len(upgraded)} intact, "
            f"{len(upgraded)} sealed on upgrade, {len(tampered)} changed after sealing"
        )
    if tampered:
        return 3
    return 4 if upgraded else 0


async def _adopt(args: argparse.Namespace, store: SqlStorage) -> int:
    assert store.seal_key is not None
    _out(
        f"{store.description} now seals with the key {store.seal_key.where} (id {store.seal_key.key_id}). "
        "Cases sealed with the earlier key keep reporting it in `lookout cases verify`."
    )
    return 0


def add_commands(subparsers: Any, default_db: str | None = None) -> None:
    """Add `storage` and `cases` to the `lookout` parser.

    Each leaf sets `func(args, config=None) -> int`. Without `--db`, the URL comes from the
    config's `[storage] url` when a config object is passed, else from `default_db`/lookout.db.
    """
    db_help = (
        f"storage URL: sqlite:///path.db, a file path or postgresql://… (default: [storage] url, else {DEFAULT_DB})"
    )

    def db_option(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--db", metavar="URL", default=default_db, help=db_help)
        parser.add_argument(
            "--seal-key",
            metavar="FILE",
            help="the case seal key file (default: [storage] seal_key_path, else beside the SQLite file)",
        )

    storage = subparsers.add_parser("storage", help="retention purge and erasure requests")
    storage_sub = storage.add_subparsers(dest="storage_cmd", required=True)
    purge = storage_sub.add_parser("purge", help="delete what outlived its retention period now")
    db_option(purge)
    purge.set_defaults(func=_runner(_purge, writes=True))
    forget = storage_sub.add_parser(
        "forget", help="delete everything about a person (except what an open case still needs)"
    )
    forget.add_argument("user_id", metavar="USER_ID", help="platform user id, as shown in cases")
    forget.add_argument("--community", metavar="ID", help="only in this community (guild or group id)")
    db_option(forget)
    forget.set_defaults(func=_runner(_forget, writes=True))
    adopt = storage_sub.add_parser(
        "adopt-seal-key",
        help="seal with this key from now on (only when the key that sealed the cases is lost for good)",
    )
    db_option(adopt)
    adopt.set_defaults(func=_runner(_adopt, writes=True, adopt=True))

    cases = subparsers.add_parser("cases", help="review cases and export evidence")
    cases_sub = cases.add_subparsers(dest="cases_cmd", required=True)
    listing = cases_sub.add_parser("list", help="list cases, most recently updated first")
    listing.add_argument("--status", choices=[s.value for s in CaseStatus])
    listing.add_argument("--community", metavar="ID")
    listing.add_argument("--limit", type=_limit, default=50, help=f"at most this many (1 to {MAX_LIMIT:,})")
    listing.add_argument("--json", action="store_true", help="one JSON object per case, one per line")
    db_option(listing)
    listing.set_defaults(func=_runner(_list))
    show = cases_sub.add_parser("show", help="show one case with its evidence, notes and actions")
    show.add_argument("case_id", metavar="CASE_ID")
    db_option(show)
    show.set_defaults(func=_runner(_show))
    export = cases_sub.add_parser("export", help="write the evidence package (JSON + HTML report)")
    export.add_argument("case_id", metavar="CASE_ID")
    export.add_argument("--out", metavar="DIR", default=".", help="output folder (default: current folder)")
    db_option(export)
    export.set_defaults(func=_runner(_export))
    check = cases_sub.add_parser(
        "verify",
        help="check cases against their seals",
        description="Check cases against their seals and name what changed. Exit status: 0 intact; "
        "3 changed after sealing (altered, deleted, inserted or reordered items, or another key); "
        "4 unchanged, but created before sealing existed; 2 no key to check with.",
    )
    check.add_argument("case_id", metavar="CASE_ID", nargs="?")
    check.add_argument("--all", action="store_true", help="every case in the database")
    db_option(check)
    check.set_defaults(func=_runner(_verify))


def main(argv: Sequence[str] | None = None) -> int:
    """Run these commands without the rest of `lookout` (python -m bot.cli_storage cases list)."""
    parser = argparse.ArgumentParser(prog="lookout")
    add_commands(parser.add_subparsers(dest="cmd", required=True))
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
