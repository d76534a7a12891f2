"""The words moderators read for statuses and actions, the same on every surface.

Why shared: each renderer had its own table and they had started to disagree ("False positive"
on Discord, "closed as a false positive" on Telegram). Moderator-facing text is English for now;
what children read comes from the localised catalogue in `bot/tips/`.
"""

from __future__ import annotations

from typing import Final

from bot.vocabulary import CaseStatus, ModAction

STATUS_LABELS: Final[dict[str, str]] = {
    CaseStatus.OPEN: "Open",
    CaseStatus.ACKNOWLEDGED: "Acknowledged",
    CaseStatus.FALSE_POSITIVE: "False positive",
    CaseStatus.ACTIONED: "Action taken",
    CaseStatus.REPORTED: "Reported to authorities",
    CaseStatus.CLOSED: "Closed",
}

# What the audit trail says someone did (storage writes status changes as "status:<status>").
ACTION_LABELS: Final[dict[str, str]] = {
    ModAction.ACKNOWLEDGE: "acknowledged",
    ModAction.FALSE_POSITIVE: "marked false positive",
    ModAction.TIMEOUT: "timed out the suspect",
    ModAction.BAN: "banned the suspect",
    ModAction.REPORTED: "reported to authorities",
    ModAction.EVIDENCE: "downloaded the evidence file",
    ModAction.NOTE: "added a note",
    "report": "reported a message",
}

# What the moderator who acted is told when the action needed nothing from the platform.
DONE_MESSAGES: Final[dict[ModAction, str]] = {
    ModAction.ACKNOWLEDGE: "Acknowledged.",
    ModAction.FALSE_POSITIVE: "Marked as a false positive. Thank you: this helps tune Lookout.",
    ModAction.REPORTED: "Marked as reported to the authorities. Keep the evidence file safe.",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " "))


def audit_label(action: str) -> str:
    """`acknowledge` -> "acknowledged"; `status:reported` -> "set the case to Reported to authorities"."""
    kind, _, status = action.partition(":")
    if kind == "status" and status:
        return f"set the case to {status_label(status)}"
    return ACTION_LABELS.get(action, action.replace("_", " "))
