"""Lookout's words for severities, case statuses, moderator actions, nudge modes and decisions.

Why one leaf module: these words cross every layer (the pipeline decides a severity, storage keeps
a status, both platforms and the console show and act on them), and as loose strings they had
been copied into four files that could drift apart. As `StrEnum`s they still compare equal to
the strings stored in databases and config files, so nothing persisted changes.

This module imports nothing from `bot`. The case status is the one word storage validates and
keeps, and storage (the inner layer) cannot import the bot, so its definition lives there and is
re-exported here: one definition, and one place for the bot to look.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from storage.models import ACTIVE_STATUSES, FINAL_STATUSES, CaseStatus

__all__ = [
    "ACTIVE_STATUSES",
    "FINAL_STATUSES",
    "SEVERITIES",
    "STATUS_AFTER",
    "CaseSource",
    "CaseStatus",
    "DecisionKind",
    "ModAction",
    "NudgeMode",
    "Severity",
]


class Severity(StrEnum):
    """How urgently moderators should look, lowest first (the declaration order is the ranking)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return SEVERITIES.index(self)


SEVERITIES: Final[tuple[Severity, ...]] = tuple(Severity)


class DecisionKind(StrEnum):
    """What the pipeline decided about one message."""

    ALERT = "alert"  # tell moderators
    NUDGE = "nudge"  # show the child a tip
    LOG = "log"  # keep the risky message in the pair's history (and in an open case)


class NudgeMode(StrEnum):
    """How a community wants children to get tips."""

    DM = "dm"  # a private message, falling back to a button
    BUTTON = "button"  # a button whose answer only the child sees
    OFF = "off"


class ModAction(StrEnum):
    """What a moderator can do to a case, from an alert button, a command or the console."""

    ACKNOWLEDGE = "acknowledge"
    FALSE_POSITIVE = "false_positive"
    TIMEOUT = "timeout"
    BAN = "ban"
    REPORTED = "reported"
    EVIDENCE = "evidence"
    NOTE = "note"


# The status a case takes after an action; actions not listed leave the status as it is.
STATUS_AFTER: Final[dict[ModAction, CaseStatus]] = {
    ModAction.ACKNOWLEDGE: CaseStatus.ACKNOWLEDGED,
    ModAction.FALSE_POSITIVE: CaseStatus.FALSE_POSITIVE,
    ModAction.TIMEOUT: CaseStatus.ACTIONED,
    ModAction.BAN: CaseStatus.ACTIONED,
    ModAction.REPORTED: CaseStatus.REPORTED,
}


class CaseSource(StrEnum):
    """Who opened a case."""

    DETECTION = "detection"  # the pipeline, live
    REPORT = "report"  # a member asked moderators to look
    SCAN = "scan"  # `lookout scan --save`: the pipeline over an exported chat
