"""`lookout scan --save DB PATH…`: a scan's alerts become cases, with sealed evidence.

A parent who finds grooming in an exported chat needs more than a report on the screen: the
safety guide tells them to hand the evidence to the police. Saving turns each alert into a case
exactly as the live bots do, through the service's own case path (`Lookout.save_offline`): the
same evidence windows, the same one-transaction opening, the same seal. `lookout cases list / show
/ export --db DB` then work on it like on a bot's database.

Each case remembers the export file and conversation it came from, and is found again by them:
scanning the same export twice adds nothing twice (new messages in a longer export of the same
chat join the case already there).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import IO, NoReturn

from bot.config import Config
from bot.events import ChatExport
from bot.pipeline import Decision
from bot.service import Lookout
from rules.engine import Engine
from storage import Retention, StorageError, open_storage

# A person is waiting: a database that cannot be written is reported, not waited for.
GIVE_UP_AFTER_S = 15.0


def _url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{db}"


class CaseSaver:
    """The `on_decisions` hook of `scan_exports`: every risky message's decisions go to the service.

    Errors end the scan with exit status 2 (SystemExit): a parent told their evidence is saved
    must not find it half-saved without a word.
    """

    def __init__(self, runner: asyncio.Runner, lookout: Lookout, db: str, existing: set[str]) -> None:
        self._runner = runner
        self._lookout = lookout
        self._db = db
        self._existing = existing
        self.case_ids: set[str] = set()

    @classmethod
    def open(cls, db: str, config: Config, engine: Engine) -> CaseSaver:
        runner = asyncio.Runner()
        try:
            lookout, existing = runner.run(cls._open(_url(db), config, engine))
        except (StorageError, OSError) as exc:
            runner.close()
            _fail(f"cannot save cases to {db}: {exc}")
        return cls(runner, lookout, db, existing)

    @staticmethod
    async def _open(url: str, config: Config, engine: Engine) -> tuple[Lookout, set[str]]:
        retention = Retention(
            pair_state_days=config.storage.pair_retention_days,
            nudge_days=config.storage.pair_retention_days,
            closed_case_days=config.storage.case_retention_days,
        )
        storage = await open_storage(
            url,
            retention=retention,
            seal_key_path=config.storage.seal_key_path or None,
            writer_options={"give_up_after_s": GIVE_UP_AFTER_S},
        )
        existing = {case.id for case in await storage.list_cases(limit=1_000_000_000)}
        return Lookout(config, engine, storage), existing

    def __call__(self, export: ChatExport, decisions: list[Decision]) -> None:
        origin = (str(Path(export.source).resolve()), export.channel.id)
        try:
            saved = self._runner.run(self._lookout.save_offline(decisions, origin))
        except (StorageError, OSError) as exc:
            self.close()
            _fail(f"cannot save cases to {self._db}: {exc} ({len(self.case_ids)} case(s) saved before this)")
        self.case_ids.update(saved)

    def close(self) -> None:
        try:
            self._runner.run(self._lookout.storage.close())
        finally:
            self._runner.close()

    def summary(self) -> str:
        new = len(self.case_ids - self._existing)
        if not self.case_ids:
            return f"No alerts, so no cases saved to {self._db}."
        again = len(self.case_ids) - new
        also = f" ({again} already there from an earlier scan)" if again else ""
        return (
            f"Saved {len(self.case_ids)} case(s) with sealed evidence to {self._db}: {new} new{also}. "
            f"Review them with `lookout cases list --db {self._db}`, and write the package for the "
            "police with `lookout cases export CASE_ID --db " + self._db + "`."
        )


def _fail(message: str) -> NoReturn:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)


def finish(saver: CaseSaver | None, out: IO[str]) -> None:
    """Close the database and say what was saved (stderr when stdout carries JSON)."""
    if saver is None:
        return
    saver.close()
    out.write(saver.summary() + "\n")
