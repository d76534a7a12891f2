"""Time limits on patterns, and the record of which rules keep running into them.

Every search of every pattern (bundled or from a moderator's pack, rule, `unless` or declared age)
runs with PATTERN_TIMEOUT. The `regex` module measures it in CPU time of the process, so a busy
machine does not make a pattern time out. Reading that clock costs a few microseconds per search,
more than most searches of a chat message, so a search whose work is bounded by construction far
below the limit (a pattern without unbounded repetition on a short text: rules.engine.untimed_chars)
runs without it: it cannot run long, with or without a clock.

A pattern that passed the load-time check (rules.backtracking) can still be slow: `\\w+ ?\\w+ ?\\w+`
tries about n³ ways on n characters, so any such pattern can be made to time out by a long enough
message. Long messages are therefore no evidence against a rule: only time-outs on texts of at most
ORDINARY_CHARS characters, where a sound pattern takes microseconds, count towards switching a rule
off, and only a rule from a moderator's own pack is ever switched off (after DISABLE_AFTER_TIMEOUTS
of them). Bundled rules are checked by `make test` against adversarial input and stay on; their
time-outs are counted and shown like the others'. So five crafted long messages cannot switch a
moderator's rule off, and status commands can say which rules timed out and why one is off.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Final

log = logging.getLogger(__name__)

PATTERN_TIMEOUT: Final = 0.05  # seconds of CPU time for one search of one pattern over one window
ORDINARY_CHARS: Final = 1_000  # texts up to this long are chat-sized: a time-out there is the pattern's fault
DISABLE_AFTER_TIMEOUTS: Final = 5  # time-outs on ordinary-length text before a moderator's rule is switched off
# After this many time-outs in one message, patterns from moderators' packs are skipped for the rest
# of it (bundled ones still run, each under its own limit): one message costs at most about
# MAX_TIMEOUTS_PER_MESSAGE x PATTERN_TIMEOUT of time-outs.
MAX_TIMEOUTS_PER_MESSAGE: Final = 10


@dataclass(frozen=True, slots=True)
class RuleHealth:
    """What the engine knows about one rule's or age pattern's time-outs since it started."""

    kind: str  # "rule" or "age pattern"
    id: str
    source: Path
    trusted: bool  # from a bundled pack
    timeouts: int  # all time-outs
    ordinary_timeouts: int  # those on texts of at most ORDINARY_CHARS characters
    disabled: bool

    def describe(self) -> str:
        """One line for a status command (no message text: there is none to show)."""
        where = f"{self.kind} {self.id} ({self.source.name})"
        if self.disabled:
            return (f"{where} is switched off: it timed out {self.ordinary_timeouts} times on ordinary-length "
                    "messages; simplify its patterns and restart")
        long_only = self.timeouts - self.ordinary_timeouts
        detail = f", {long_only} of them on long messages" if long_only else ""
        return f"{where} timed out {self.timeouts} time(s){detail}; it is still on"


class TimeoutLedger:
    """Counts time-outs per rule and age pattern and decides when a moderator's one is switched off.

    Shared by threads (analysis may run in a worker thread): a lock keeps the counts exact.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[tuple[str, str], list[int]] = {}  # (kind, id) -> [all, ordinary]
        self._meta: dict[tuple[str, str], tuple[Path, bool]] = {}
        self._off: set[tuple[str, str]] = set()

    def note(self, kind: str, item_id: str, source: Path, trusted: bool, text_chars: int) -> bool:
        """Record one time-out on a text of `text_chars` characters; True if the item is now off."""
        key = (kind, item_id)
        ordinary = text_chars <= ORDINARY_CHARS
        with self._lock:
            counts = self._counts.setdefault(key, [0, 0])
            self._meta[key] = (source, trusted)
            counts[0] += 1
            counts[1] += ordinary
            first = counts[0] == 1
            switch_off = not trusted and counts[1] >= DISABLE_AFTER_TIMEOUTS and key not in self._off
            if switch_off:
                self._off.add(key)
        if switch_off:
            log.error("%s %s from %s timed out %d times on ordinary-length messages and is now switched off; "
                      "simplify its patterns", kind, item_id, source, counts[1])
        elif first:
            log.warning("%s %s from %s timed out on a %d-character text (limit %.2f s per search)%s", kind,
                        item_id, source, text_chars, PATTERN_TIMEOUT,
                        "" if ordinary else "; time-outs on long messages never switch a rule off")
        return switch_off

    def report(self) -> list[RuleHealth]:
        with self._lock:
            return [RuleHealth(kind, item_id, *self._meta[(kind, item_id)], counts[0], counts[1],
                               (kind, item_id) in self._off)
                    for (kind, item_id), counts in sorted(self._counts.items())]
