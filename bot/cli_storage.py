"""`lookout storage …` and `lookout cases …`: retention, erasure and case review from a terminal.

These commands exist for moderators and operators who cannot (or prefer not to) use the bot's
chat commands: purging on demand, honouring an erasure request, and producing the evidence
package for the police. Each opens the database itself, so they also work while the bot is
stopped; with PostgreSQL, or SQLite in WAL mode, they can run beside a live bot as well.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from bot.case_report import write_case_package
from storage import CaseStatus, Retention, SchemaTooNewError, StorageError, UnknownCaseError, open_storage, verify
from storage.sql import SqlStorage

DEFAULT_DB = "sqlite:///lookout.db"
Handler = Callable[[argparse.Namespace, SqlStorage], Awaitable[int]]


def _out(text: str = "") -> None:
    print(text)


def _err(text: str) -> None:
    print(f"error: {text}", file=sys.stderr)


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


def _runner(handler: Handler, *, creates: bool = False, writes: bool = False) -> Callable[..., int]:
    """Wrap an async handler as the `func(args, config)` the `lookout` entry point calls.

    Commands that only read (`writes=False`) also work on a database this user may not write.
    """

    def run(args: argparse.Namespace, config: Any = None) -> int:
        url = _db_url(args, config)

        async def go() -> int:
            store = await open_storage(
                url,
                retention=_retention(config),
                must_exist=not creates,
                read_only=not writes,
                writer_options={"give_up_after_s": GIVE_UP_AFTER_S},
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
        except OSError as exc:
            _err(f"cannot use the database {url}: {exc}")
            return 2

    return run


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
async def _list(args: argparse.Namespace, store: SqlStorage) -> int:
    cases = await store.list_cases(args.community, args.status, limit=args.limit)
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
            f"{case.id:<10} {case.status:<15} {case.severity:<9} {case.risk:>5.2f}  {case.community_id:<20.20} "
            f"{case.suspect_id:<20.20} {len(case.targets):>8}  {_when(case.updated_at)}"
        )
    _out(f"{len(cases)} case(s). Details: lookout cases show CASE_ID")
    return 0


async def _show(args: argparse.Namespace, store: SqlStorage) -> int:
    detail = await store.get_case(args.case_id)
    case = detail.case
    check = verify(detail)
    _out(
        f"Case {case.id} - {case.status.replace('_', ' ')}, severity {case.severity}, risk {case.risk:.2f}, "
        f"stage {case.stage}"
    )
    _out(f"  platform/community: {case.platform} / {case.community_id}")
    _out(f"  suspect: {case.suspect_id}    children: {', '.join(case.targets) or '-'}")
    _out(f"  categories: {', '.join(case.categories) or '-'}    source: {case.source}")
    _out(f"  opened {_when(case.created_at)}, updated {_when(case.updated_at)}")
    if case.signals:
        _out("Signals:")
        for signal in case.signals:
            _out(f"  - {signal}")
    _out(f"Evidence ({len(detail.evidence)} message(s)):")
    for item in sorted(detail.evidence, key=lambda i: (i.timestamp, i.seq)):
        mark = "!" if item.flagged else " "
        _out(f" {mark} {_when(item.timestamp)}  {item.author_name} ({item.author_id}): {item.text}")
    if detail.notes:
        _out("Notes:")
        for note in detail.notes:
            _out(f"  {_when(note.at)}  {note.author_name}: {note.text}")
    _out("Actions:")
    for entry in detail.audit:
        _out(f"  {_when(entry.at)}  {entry.actor_name}: {entry.action} {entry.detail}".rstrip())
    state = "intact" if check.ok else f"ALTERED ({', '.join(check.altered_message_ids) or 'digest chain'})"
    _out(f"Case digest {detail.digest} - evidence {state}")
    return 0 if check.ok else 3


async def _export(args: argparse.Namespace, store: SqlStorage) -> int:
    detail = await store.get_case(args.case_id)
    try:
        paths = write_case_package(detail, args.out)
    except OSError as exc:
        _err(f"cannot write the evidence package to {args.out}: {exc}")
        return 2
    _out(f"Evidence package for case {detail.case.id} ({len(detail.evidence)} message(s)):")
    for path in paths:
        _out(f"  {path}")
    _out(f"Case digest: {detail.digest}")
    if not verify(detail).ok:
        _out("WARNING: some evidence no longer matches its digest; the report marks it as altered.")
        return 3
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

    cases = subparsers.add_parser("cases", help="review cases and export evidence")
    cases_sub = cases.add_subparsers(dest="cases_cmd", required=True)
    listing = cases_sub.add_parser("list", help="list cases, most recently updated first")
    listing.add_argument("--status", choices=[s.value for s in CaseStatus])
    listing.add_argument("--community", metavar="ID")
    listing.add_argument("--limit", type=int, default=50)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run these commands without the rest of `lookout` (python -m bot.cli_storage cases list)."""
    parser = argparse.ArgumentParser(prog="lookout")
    add_commands(parser.add_subparsers(dest="cmd", required=True))
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
