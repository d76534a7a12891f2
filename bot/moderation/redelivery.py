"""Alerts that could not be posted are tried again while the bot runs, not only at its next start.

Why: both platform libraries give up on a call after a few retries (discord.py after five 429s or
about 25 s of 5xx answers, and at once on a 503; the Telegram adapter after about 4 s). An alert
refused during a longer storm then sat in the outbox until the process restarted, which may be
weeks. A moderator must see it as soon as the platform takes posts again, so the moderation
layer runs this loop for every connected platform (`Moderation.start_retrying`), over the alerts
the outbox still holds. Posting the same case twice is prevented by the alert desk's per-case slot:
one delivery per case at a time, and an alert already posted is edited, never posted again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

# How often undelivered alerts are retried, and how old one must be first (younger ones are still
# in their first delivery attempt). Tests shorten them; operators have no reason to.
EVERY_S = 30.0
MIN_AGE_S = 20.0


async def keep_redelivering(platform: str, redeliver: Callable[[float], Awaitable[int]]) -> None:
    """Call `redeliver(min_age_s)` every EVERY_S seconds until cancelled; a failed round is logged."""
    while True:
        await asyncio.sleep(EVERY_S)
        try:
            count = await redeliver(MIN_AGE_S)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # storage down, platform down: the next round tries again
            log.warning("%s: retrying undelivered alerts failed (%s); next try in %.0f s",
                        platform, type(exc).__name__, EVERY_S)
            continue
        if count:
            log.info("%s: %d alert(s) posted on a later try", platform, count)


def start(platform: str, redeliver: Callable[[float], Awaitable[int]]) -> asyncio.Task[None]:
    return asyncio.get_running_loop().create_task(keep_redelivering(platform, redeliver),
                                                  name=f"lookout-{platform}-redelivery")


async def stop(task: asyncio.Task[None] | None) -> None:
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
