"""Every community's settings as the service keeps them: read at start, re-read when stale, changed
through storage, and turned into the pipeline's `Policy`.

Why in memory: the pipeline asks for a community's policy on every message, synchronously.
Why re-read: another process may change settings in the same database (the web console, another
shard, `lookout` commands); a community's copy older than `REFRESH_S` is read again before the
next message of that community is handled.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any, TypeVar

from bot.community_settings import ALERT_CHANNEL, EffectiveSettings, checked_changes, resolve, settle_unconfirmed
from bot.config import Config
from bot.pipeline import Policy
from bot.vocabulary import NudgeMode
from storage import AlertLink, CommunitySettings, Storage

log = logging.getLogger(__name__)

REFRESH_S = 30.0  # how stale a community's settings may get when another process changes them
LINK_CODE_TTL = timedelta(minutes=30)
T = TypeVar("T")
Reader = Callable[[Callable[[], Awaitable[T]]], Awaitable[T]]


async def _direct(call: Callable[[], Awaitable[T]]) -> T:
    return await call()


class SettingsCache:
    def __init__(self, storage: Storage, config: Config, read: Reader[Any] = _direct) -> None:
        self.storage = storage
        self.config = config
        self._read = read  # how reads wait out a database outage (the service's patience)
        self._stored: dict[str, CommunitySettings] = {}  # only communities that set something
        self._links: dict[str, AlertLink] = {}
        self._read_at: dict[str, float] = {}  # time.monotonic() of each community's last read
        self._all_read_at = float("-inf")  # `load_all` read every community at once
        self._platforms: dict[str, str] = {}  # community -> platform, as its events or callers say
        self._views: dict[str, EffectiveSettings] = {}
        self._policies: dict[str, Policy] = {}

    async def load_all(self) -> None:
        """Read every community's settings and alert link, settling any carried over from before
        typed settings against this config (see `community_settings.settle_unconfirmed`)."""
        for stored in await self.storage.list_settings():
            if stored.unconfirmed:
                changes = settle_unconfirmed(stored, self.config)
                stored = await self.storage.change_settings(stored.community_id, changes)
                log.info("settings of community %s: %s now follow the config, %s kept as set",
                         stored.community_id, ", ".join(sorted(k for k, v in changes.items() if v is None)) or "none",
                         ", ".join(sorted(k for k, v in changes.items() if v is not None)) or "none")
            if not stored.is_empty:
                self._stored[stored.community_id] = stored
        self._links = {link.community_id: link for link in await self.storage.alert_links()}
        self._all_read_at = time.monotonic()

    async def refresh(self, community_id: str, platform: str = "") -> None:
        """Make sure the community's copy is fresh (read it when older than REFRESH_S)."""
        if platform and self._platforms.get(community_id) != platform:
            self._platforms[community_id] = platform
            self._forget_view(community_id)
        now = time.monotonic()
        if now - self._read_at.get(community_id, self._all_read_at) < REFRESH_S:
            return
        self._read_at[community_id] = now
        stored = await self._read(lambda: self.storage.get_settings(community_id))
        link = await self._read(lambda: self.storage.alert_link(community_id))
        if stored != self._stored.get(community_id) or link != self._links.get(community_id):
            self._remember(community_id, stored, link)

    def view(self, community_id: str) -> EffectiveSettings:
        found = self._views.get(community_id)
        if found is None:
            found = self._views[community_id] = resolve(
                community_id, self._stored.get(community_id), self._links.get(community_id), self.config,
                self.storage.retention, self._platforms.get(community_id, ""))
        return found

    def policy(self, community_id: str) -> Policy:
        found = self._policies.get(community_id)
        if found is None:
            view = self.view(community_id)
            found = self._policies[community_id] = replace(
                self.config.policy(),
                threshold=view.threshold,
                minor_roles=frozenset(r.casefold() for r in view.minor_roles),
                adult_roles=frozenset(r.casefold() for r in view.adult_roles),
                trusted_roles=frozenset(r.casefold() for r in view.trusted_roles),
                nudges=view.nudge_mode != NudgeMode.OFF,
                language=view.language,
                pair_ttl_days=view.retention.pair_state_days,
            )
        return found

    async def update(self, community_id: str, **changes: Any) -> EffectiveSettings:
        checked = checked_changes(community_id, changes)
        await self.refresh(community_id)
        platform = self._platforms.get(community_id, "")
        stored, link = self._stored.get(community_id), self._links.get(community_id)
        if ALERT_CHANNEL in checked:
            link = await self.storage.set_alert_link(community_id, checked.pop(ALERT_CHANNEL), platform=platform)
        if checked:
            stored = await self.storage.change_settings(community_id, checked, platform=platform)
        self._remember(community_id, stored, link)
        return self.view(community_id)

    async def alert_communities(self, alert_chat_id: str) -> tuple[str, ...]:
        return tuple(link.community_id for link in await self.storage.alert_links(alert_chat_id))

    async def create_link_code(self, community_id: str, platform: str) -> str:
        return (await self.storage.new_link_code(community_id, platform, LINK_CODE_TTL)).code

    async def redeem_link_code(self, code: str, alert_chat_id: str) -> str | None:
        community_id = await self.storage.redeem_link_code(code.strip(), str(alert_chat_id))
        if community_id is not None:
            self._remember(community_id, self._stored.get(community_id), await self.storage.alert_link(community_id))
        return community_id

    def _remember(self, community_id: str, stored: CommunitySettings | None, link: AlertLink | None) -> None:
        self._stored.pop(community_id, None)
        self._links.pop(community_id, None)
        if stored is not None and not stored.is_empty:
            self._stored[community_id] = stored
        if link is not None:
            self._links[community_id] = link
        self._forget_view(community_id)

    def _forget_view(self, community_id: str) -> None:
        self._views.pop(community_id, None)
        self._policies.pop(community_id, None)
