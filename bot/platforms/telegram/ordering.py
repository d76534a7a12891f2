"""Handle Telegram updates concurrently across chats, and in order within each chat.

Why: with updates handled one at a time, one group's 60-second flood-control wait (Telegram's
429 answer, which `call_api` sleeps through) stalled every other group the bot protects, alerts
included. Handling updates concurrently fixes that, but the pipeline must see one conversation's
messages in the order they were written (a reply after the question it answers, an edit after
the message), and a join before the newcomer's first message. So updates of one chat form a
queue; different chats run side by side.

How: PTB starts one task per update, in arrival order, and calls `do_process_update` from it.
Each call registers itself as the tail of its chat's chain before it first waits, so tasks of a
chat run strictly one after another. A task waiting for its turn holds no concurrency slot: only
`max_running` updates are actually being handled at once, so one busy chat cannot starve others.
PTB's own limit is set so high that it never queues (queueing there would not keep chat order).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_RUNNING = 64  # updates being handled at the same moment, across all chats
PTB_LIMIT = 1 << 30  # PTB's semaphore must never make a task wait: see the module docstring


def chat_key(update: object) -> int | None:
    """The chat whose order an update belongs to; None for updates that belong to no chat."""
    if isinstance(update, Update) and update.effective_chat is not None:
        return update.effective_chat.id
    return None


class PerChatOrder(BaseUpdateProcessor):
    def __init__(self, max_running: int = MAX_RUNNING) -> None:
        super().__init__(PTB_LIMIT)
        self._running = asyncio.Semaphore(max_running)
        self._tails: dict[int | None, asyncio.Future[None]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        before = self._tails.get(key)
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._tails[key] = mine  # registered before the first await: arrival order is kept
        started = False
        try:
            if before is not None:
                await asyncio.shield(before)
            async with self._running:
                started = True
                await coroutine
        finally:
            if not started and inspect.iscoroutine(coroutine):
                coroutine.close()  # cancelled while waiting for its turn (shutdown)
            mine.set_result(None)
            if self._tails.get(key) is mine:
                del self._tails[key]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
