"""What both readers need to stream a conversation: reply lookup, time order, and failures part-way.

Why these exist: events are built while the file is read, so nothing may grow with the number of
messages. Replies are resolved against the most recent messages only (a reply to a message
further back than the window loses only who it answered); time order is checked in the first
pass and, for the rare file that is not in order, its events are sorted in memory.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import datetime

from bot.events import MessageEvent
from bot.readers.errors import ExportError, MalformedExport
from bot.readers.jsonstream import JsonFile

log = logging.getLogger(__name__)

REPLY_WINDOW = 200_000  # messages remembered to tell whom a reply answers


class RecentAuthors:
    """message id -> author id for the last REPLY_WINDOW messages."""

    def __init__(self, window: int = REPLY_WINDOW) -> None:
        self._authors: dict[str, str] = {}
        self._order: deque[str] = deque()
        self._window = window

    def __setitem__(self, message_id: str, author_id: str) -> None:
        if message_id not in self._authors:
            self._order.append(message_id)
            if len(self._order) > self._window:
                self._authors.pop(self._order.popleft(), None)
        self._authors[message_id] = author_id

    def get(self, message_id: str) -> str | None:
        return self._authors.get(message_id)


class TimeOrder:
    """Whether the timestamps seen so far never went backwards."""

    def __init__(self) -> None:
        self.sorted = True
        self._last: datetime | None = None

    def see(self, moment: datetime) -> None:
        if self._last is not None and moment < self._last:
            self.sorted = False
        self._last = moment


def in_time_order(events: Iterator[MessageEvent], already_sorted: bool) -> Iterator[MessageEvent]:
    """The events as they come when the file is in time order, else sorted (held in memory)."""
    if already_sorted:
        yield from events
        return
    log.info("an export is not in time order; sorting its messages in memory")
    held = list(events)
    held.sort(key=lambda event: event.message.timestamp)
    yield from held


class ExportReadError(Exception):
    """A conversation's events could not be read to the end (the file changed after it was checked)."""

    def __init__(self, error: ExportError) -> None:
        super().__init__(str(error))
        self.error = error


def guarded(events: Iterable[MessageEvent], source: str, file: JsonFile) -> Iterator[MessageEvent]:
    """Turn a failure while streaming events into an `ExportReadError` naming the file, and mark the
    file failed, so no further conversation of it is read."""
    try:
        try:
            yield from events
        except Exception:
            file.failed = True
            raise
    except MalformedExport as exc:
        raise ExportReadError(ExportError(source, exc.where, exc.what)) from None
    except RecursionError:
        raise ExportReadError(ExportError(source, "", "is nested too deeply to be a chat export")) from None
    except (OSError, ValueError, TypeError, KeyError, AttributeError, StopIteration) as exc:
        # ijson's JSONError is a ValueError: a file damaged after its outline, or changed while read.
        log.debug("reading %s failed part-way", source, exc_info=True)
        raise ExportReadError(ExportError(source, "", f"could not be read to the end ({type(exc).__name__}); "
                                          "export it again")) from None
