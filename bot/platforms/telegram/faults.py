"""Calling the Bot API when Telegram pushes back: flood control, flaky networks, lost access.

Telegram answers bursts with 429 and a `retry_after`, and mobile-grade networks drop requests.
An alert that is lost because of either fails a child, so every outgoing call of the adapter goes
through `call_api`, which waits and retries. A 429 means the request was refused, so resending it
cannot duplicate anything; a network error may hide a request that did arrive, and we still retry
because a missing alert is worse than a duplicate one (the pipeline itself never runs twice: the
retry is of the single Bot API call, not of the decision).

What went wrong per chat (bot removed, missing rights) is kept on the moderation layer's status
board, so that `/lookout status` can say it in words instead of leaving moderators to guess.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError

log = logging.getLogger(__name__)

T = TypeVar("T")

# Flood-control waits longer than this are not slept through inside a handler: updates would
# pile up behind it. The call is given up and logged instead.
MAX_RETRY_AFTER_S = 60.0


@dataclass(slots=True)
class RetryPolicy:
    attempts: int = 4
    base_delay_s: float = 0.5  # network errors: base_delay, 2x, 4x … (capped)
    max_delay_s: float = 8.0


def retry_after_seconds(err: RetryAfter) -> float:
    """The wait Telegram asked for, in seconds, whatever type this PTB version uses for it."""
    with warnings.catch_warnings():  # PTB 22 warns that the attribute type will change
        warnings.simplefilter("ignore")
        value = err.retry_after
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return float(value)


async def call_api(
    op: Callable[[], Awaitable[T]],
    *,
    what: str,
    policy: RetryPolicy | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> T:
    """Run one Bot API call, retrying flood control and network errors with backoff.

    `what` names the call in logs (never with message text). Errors that retrying cannot fix
    (BadRequest, Forbidden) are raised at once for the caller to handle.
    """
    policy = policy or RetryPolicy()
    delay = policy.base_delay_s
    for attempt in range(1, policy.attempts + 1):
        try:
            return await op()
        except RetryAfter as err:
            wait = retry_after_seconds(err)
            if wait > MAX_RETRY_AFTER_S or attempt == policy.attempts:
                raise
            log.warning("telegram: flood control on %s, retrying in %.1fs (attempt %d)", what, wait, attempt)
            await sleep(wait)
        except (BadRequest, Forbidden, ChatMigrated):
            raise
        except NetworkError as err:
            if attempt == policy.attempts:
                raise
            log.warning("telegram: network error on %s (%s), retrying in %.1fs", what, type(err).__name__, delay)
            await sleep(delay)
            delay = min(delay * 2, policy.max_delay_s)
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover


def is_removed(err: TelegramError) -> bool:
    """True when a 403 says the bot is no longer in the chat (kicked, left, chat deleted)."""
    text = str(err).lower()
    return isinstance(err, Forbidden) and any(
        marker in text for marker in ("kicked", "not a member", "chat was deleted", "bot was blocked")
    )
