"""One-time login links and the sessions they open.

Why links and not passwords: moderators already prove who they are on their platform; the bot
hands them a link there (privately), bound to them and to the communities they moderate. The
token is random, shown once, and only its SHA-256 is stored (`console_logins`), so a copy of the
database lets nobody in. It works once and for ten minutes.

Sessions live in this process's memory, keyed by the hash of the cookie's value: a restart logs
everyone out, which is the safe failure. Each has its own CSRF token and expires after a quiet
half hour.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from storage import EVERY_COMMUNITY

LINK_LIFETIME = timedelta(minutes=10)
IDLE_EXPIRY = timedelta(minutes=30)
MAX_SESSIONS = 1000  # per process; the oldest idle one goes first


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


@dataclass(slots=True)
class Session:
    platform: str
    user_id: str
    display_name: str
    communities: tuple[str, ...]  # as bound at login; rights are still asked on every request
    csrf: str
    created_at: datetime
    last_seen: datetime
    ip: str = ""
    user_agent: str = ""
    flash: list[str] = field(default_factory=list)  # messages for the next page shown
    # What the platform said about this person's rights during the current request (asked again on
    # the next one): a page that checks several communities, or one twice, asks the platform once.
    rights_memo: dict[str, Any] = field(default_factory=dict)

    @property
    def every_community(self) -> bool:
        return EVERY_COMMUNITY in self.communities


class Sessions:
    """The open sessions of this process."""

    def __init__(self, clock: Callable[[], datetime], idle: timedelta = IDLE_EXPIRY) -> None:
        self.clock = clock
        self.idle = idle
        self._by_hash: dict[str, Session] = {}

    def open(self, platform: str, user_id: str, display_name: str, communities: Sequence[str]) -> tuple[str, Session]:
        """A new session; returns the cookie value (shown only to this browser) and the session."""
        now = self.clock()
        self._expire(now)
        if len(self._by_hash) >= MAX_SESSIONS:
            oldest = min(self._by_hash, key=lambda k: self._by_hash[k].last_seen)
            del self._by_hash[oldest]
        cookie = new_token()
        session = Session(platform, user_id, display_name, tuple(communities), new_token(), now, now)
        self._by_hash[token_hash(cookie)] = session
        return cookie, session

    def get(self, cookie: str | None) -> Session | None:
        """The session for a cookie, refreshed; None when unknown or idle too long (then it is gone)."""
        if not cookie:
            return None
        key = token_hash(cookie)
        session = self._by_hash.get(key)
        if session is None:
            return None
        now = self.clock()
        if now - session.last_seen > self.idle:
            del self._by_hash[key]
            return None
        session.last_seen = now
        return session

    def close(self, cookie: str | None) -> None:
        if cookie:
            self._by_hash.pop(token_hash(cookie), None)

    def close_person(self, platform: str, user_id: str) -> int:
        """End every session of one person (they were forgotten, or lost their rights)."""
        keys = [k for k, s in self._by_hash.items() if s.platform == platform and s.user_id == user_id]
        for key in keys:
            del self._by_hash[key]
        return len(keys)

    def _expire(self, now: datetime) -> None:
        for key in [k for k, s in self._by_hash.items() if now - s.last_seen > self.idle]:
            del self._by_hash[key]

    def __len__(self) -> int:
        return len(self._by_hash)
