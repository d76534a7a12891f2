"""State the Telegram handlers share: the service, caches of what Telegram told us, health.

Telegram gives a bot no roles and no account ages, and every question (is this user an admin?
what is this chat called?) is an API call. The caches here keep those answers for a short
while so that the bot does not ask once per message, and stay bounded so a large group cannot
grow them without limit.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from telegram import Bot

from bot.moderation import Moderation, Rights, StatusBoard
from bot.platforms.telegram.faults import RetryPolicy
from bot.ports import LookoutPort

K = TypeVar("K")
V = TypeVar("V")

ADMIN_STATUSES = frozenset({"administrator", "creator"})
TIP_PREFIX = "tip_"


class TtlCache(Generic[K, V]):
    """A small LRU cache whose entries expire; Telegram facts (admins, titles) go stale."""

    def __init__(self, ttl_s: float, max_items: int = 10_000) -> None:
        self.ttl_s = ttl_s
        self.max_items = max_items
        self._items: OrderedDict[K, tuple[float, V]] = OrderedDict()

    def get(self, key: K) -> V | None:
        item = self._items.get(key)
        if item is None:
            return None
        stored_at, value = item
        if time.monotonic() - stored_at > self.ttl_s:
            del self._items[key]
            return None
        self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._items[key] = (time.monotonic(), value)
        self._items.move_to_end(key)
        while len(self._items) > self.max_items:
            self._items.popitem(last=False)

    def drop(self, key: K) -> None:
        self._items.pop(key, None)


@dataclass(slots=True)
class Runtime:
    """Everything one running Telegram bot needs besides the PTB Application itself."""

    lookout: LookoutPort
    moderation: Moderation
    bot: Bot
    username_override: str = ""  # [telegram] bot_username; otherwise what getMe said
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    # (chat_id, user_id) -> their rights; short-lived because rights change and clicks must be honest.
    admins: TtlCache[tuple[int, int], Rights] = field(default_factory=lambda: TtlCache(30.0))
    # chat_id -> ids of the chat's administrators, used to mark authors as staff on every message.
    admin_lists: TtlCache[int, frozenset[int]] = field(default_factory=lambda: TtlCache(600.0, 2_000))
    # chat_id -> title, learnt from updates so alerts can name the group without an API call.
    titles: TtlCache[str, str] = field(default_factory=lambda: TtlCache(86_400.0, 10_000))
    # (chat_id, user_id) -> when they joined, from chat_member updates and service messages.
    joined: TtlCache[tuple[str, str], datetime] = field(default_factory=lambda: TtlCache(30 * 86_400.0, 200_000))
    # (chat_id, lower-case username) -> user id, to resolve @mentions into ids.
    usernames: TtlCache[tuple[str, str], str] = field(default_factory=lambda: TtlCache(7 * 86_400.0, 200_000))
    # chat_id -> the protected groups this chat receives alerts for ("" when it is not an alert chat).
    alert_for: TtlCache[str, tuple[str, ...]] = field(default_factory=lambda: TtlCache(60.0, 10_000))
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def board(self) -> StatusBoard:
        """Problems per group and chats the bot was removed from (the moderation layer's board)."""
        return self.moderation.board

    # Who the bot is: known once the Application is initialised (PTB calls getMe then).
    @property
    def bot_username(self) -> str:
        return self.username_override or (self.bot.username if self._initialised() else "")

    @property
    def bot_id(self) -> int:
        return self.bot.id if self._initialised() else 0

    @property
    def can_read_all_group_messages(self) -> bool:
        """False when privacy mode is on: in groups where the bot is no admin, it sees commands only."""
        return bool(self.bot.bot.can_read_all_group_messages) if self._initialised() else True

    def _initialised(self) -> bool:
        try:
            self.bot.bot  # noqa: B018 - raises until getMe has been called
        except RuntimeError:
            return False
        return True

    def tip_link(self, category: str) -> str:
        return f"https://t.me/{self.bot_username}?start={TIP_PREFIX}{start_param(category)}"

    def start_link(self, payload: str) -> str:
        return f"https://t.me/{self.bot_username}?start={start_param(payload)}"


def tip_category(start_payload: str) -> str | None:
    """The tip a `t.me/<bot>?start=tip_<category>` deep link asks for."""
    if start_payload.startswith(TIP_PREFIX) and len(start_payload) > len(TIP_PREFIX):
        return start_payload[len(TIP_PREFIX) :]
    return None


def start_param(value: str) -> str:
    """A deep-link payload: Telegram allows only A-Z, a-z, 0-9, _ and - (at most 64 characters)."""
    cleaned = "".join(ch if (ch.isascii() and (ch.isalnum() or ch in "_-")) else "_" for ch in value)
    return cleaned[:64]
