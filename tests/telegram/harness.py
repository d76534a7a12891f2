"""A small Telegram world for end-to-end tests: a youth group, a moderators' chat, people.

The real service (`bot.service.Lookout`, on a temporary SQLite file) and the real adapter run
against the fake Bot API; tests then act as Telegram users and assert on the Bot API calls the
bot made. Names, ids and handles are invented; conversations show tactics only.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import TypeHandler

from bot.config import Config
from bot.platforms.telegram import build_application, runtime_of
from bot.platforms.telegram.app import prepare
from bot.platforms.telegram.faults import RetryPolicy
from bot.platforms.telegram.runtime import Runtime
from bot.service import Lookout
from rules.engine import build_engine
from storage import open_storage
from tests.telegram.conftest import HandlerErrors, polling
from tests.telegram.fake_bot_api import JSON, FakeBotAPI

# A fixed, small rule pack so these tests do not move when the bundled packs are tuned.
PACK = r"""
[pack]
id = "tgtest"
language = "en"

[[rule]]
id = "tgtest.age_probe.how_old"
category = "age_probe"
weight = 0.35
patterns = ['\bhow old (?:are|r) (?:you|u)\b']

[[rule]]
id = "tgtest.flattery.mature"
category = "flattery"
weight = 0.35
patterns = ['\bso mature\b']

[[rule]]
id = "tgtest.isolation.alone"
category = "isolation"
weight = 0.55
patterns = ['\b(?:are|r) (?:you|u) alone\b']

[[rule]]
id = "tgtest.secrecy.dont_tell"
category = "secrecy"
weight = 0.6
patterns = ["\\bdon'?t tell (?:anyone|your parents)\\b"]

[[rule]]
id = "tgtest.platform_move.snap"
category = "platform_move"
weight = 0.6
patterns = ['\badd me on (?:snap|kik)\b']

[[rule]]
id = "tgtest.photo_request.selfie"
category = "photo_request"
weight = 0.9
patterns = ['\bsend (?:me )?(?:a )?(?:pic|selfie)\b']

[[age]]
pattern = "\\bi'?m (?P<age>\\d{1,2})\\b"
"""

GROUP_ID = -1001987654321
MODS_ID = -1001555000111
FAST_RETRY = RetryPolicy(attempts=4, base_delay_s=0.01, max_delay_s=0.05)


@dataclass
class World:
    api: FakeBotAPI
    lookout: Lookout
    app: Any
    group: JSON
    mods: JSON
    admin: JSON
    kid: JSON
    stranger: JSON
    friend: JSON
    errors: HandlerErrors

    @property
    def rt(self) -> Runtime:
        return runtime_of(self.app)

    async def link_alert_chat(self) -> None:
        """Link the moderators' chat directly through the service (linking has its own test)."""
        await self.lookout.update_settings(str(GROUP_ID), alert_channel_id=str(MODS_ID))

    processed: set[int] = field(default_factory=set)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def settled(self, timeout: float = 5.0) -> None:
        """Wait (bounded) until every update pushed so far has gone through all handlers.

        Acknowledgement by getUpdates only says the update was fetched; this says it was handled.
        Chats are handled side by side, so every update is waited for, not just the last one.
        """
        wanted = set(self.api.delivered_update_ids())

        async def wait() -> None:
            while not wanted <= self.processed:
                self.changed.clear()
                await self.changed.wait()

        try:
            await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            missing = sorted(wanted - self.processed)
            raise AssertionError(f"updates {missing} not handled within {timeout}s") from None

    def say(self, who: JSON, text: str, **extra: Any) -> JSON:
        return self.api.group_message(self.group, who, text, **extra)


def build_world(api: FakeBotAPI) -> dict[str, JSON]:
    group = api.supergroup(GROUP_ID, "Pixel Painters Teens")
    mods = api.supergroup(MODS_ID, "Pixel Painters Mods")
    admin = api.user(4100001, "Ada", "ada_paints")
    kid = api.user(4200002, "Mia", "mia_draws", language_code="en")
    stranger = api.user(4300003, "Rex", "rex_gamer_x")
    friend = api.user(4200004, "Noor", "noor_sketch")
    api.set_admin(GROUP_ID, api.bot_id)
    api.set_admin(MODS_ID, api.bot_id)
    api.set_owner(GROUP_ID, admin["id"])
    api.set_member(MODS_ID, admin["id"], "administrator")
    for user in (kid, stranger, friend):
        api.set_member(GROUP_ID, user["id"])
    return {"group": group, "mods": mods, "admin": admin, "kid": kid, "stranger": stranger, "friend": friend}


@contextlib.asynccontextmanager
async def running_world(tmp_path: Path, *, collect_errors: bool = True) -> AsyncIterator[World]:
    async with FakeBotAPI() as api:
        people = build_world(api)
        pack = tmp_path / "tgtest.toml"
        pack.write_text(PACK, encoding="utf-8")
        storage = await open_storage(f"sqlite:///{tmp_path / 'lookout.db'}")
        lookout = Lookout(Config(), build_engine([pack]), storage)
        try:
            app = build_application(lookout, token=api.token, base_url=api.base_url,
                                    base_file_url=api.base_file_url, retry=FAST_RETRY)
            processed: set[int] = set()
            changed = asyncio.Event()

            async def mark(update: Update, context: object) -> None:
                processed.add(update.update_id)
                changed.set()

            # Runs after the adapter's handlers (group 0) for every update.
            app.add_handler(TypeHandler(Update, mark), group=99)
            async with polling(app, allowed_updates=_allowed(), collect_errors=collect_errors) as errors:
                await prepare(app)
                yield World(api=api, lookout=lookout, app=app, errors=errors, processed=processed,
                            changed=changed, **people)
        finally:
            await lookout.close()


def _allowed() -> list[str]:
    from bot.platforms.telegram import ALLOWED_UPDATES

    return list(ALLOWED_UPDATES)
