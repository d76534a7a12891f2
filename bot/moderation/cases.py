"""Listing cases: decided once, the same on every platform and in the console.

Which: without a filter, the cases that still wait for a moderator (open and acknowledged);
closed ones are for looking back and are listed when asked for by status. How many: the first
20, and how many more there are, because a list longer than a phone screen is not read. Order:
the most severe first, and among equals the most recently active first, so the case to look at
next is always at the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.actions import AlertView
from bot.ports import LookoutPort
from bot.vocabulary import ACTIVE_STATUSES, CaseStatus

MAX_LISTED = 20
FETCH_PER_STATUS = 100  # per community and status: enough to say how many are not shown


@dataclass(frozen=True, slots=True)
class CaseListing:
    shown: tuple[AlertView, ...]
    total: int
    status: CaseStatus | None  # the filter asked for; None: the cases waiting for a moderator

    @property
    def more(self) -> int:
        return self.total - len(self.shown)


def listed_statuses(status: CaseStatus | None) -> tuple[CaseStatus, ...]:
    if status is not None:
        return (status,)
    return tuple(s for s in CaseStatus if s in ACTIVE_STATUSES)


async def list_cases(lookout: LookoutPort, communities: Sequence[str], status: CaseStatus | None) -> CaseListing:
    views: list[AlertView] = []
    for community in communities:
        for wanted in listed_statuses(status):
            views.extend(await lookout.list_cases(community, wanted, limit=FETCH_PER_STATUS))
    # The service lists each status most recently active first; a stable sort keeps that order
    # among cases of the same severity.
    views.sort(key=lambda v: -v.severity.rank)
    return CaseListing(tuple(views[:MAX_LISTED]), len(views), status)
