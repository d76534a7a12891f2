"""What the pipeline asks an adapter to do, in platform-neutral terms.

The service decides; adapters only render these into platform calls (an embed and buttons on
Discord, a message and an inline keyboard on Telegram) and report back what happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.events import Author

SEVERITIES = ("low", "medium", "high", "critical")

# Moderator actions a button or command can take on a case.
MOD_ACTIONS = ("acknowledge", "false_positive", "timeout", "ban", "reported", "evidence", "note")


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    """One message shown as evidence; `flagged` marks the ones that matched rules."""

    message_id: str
    channel_id: str
    author_id: str
    author_name: str
    timestamp: datetime
    text: str
    flagged: bool
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AuditLine:
    actor_id: str
    actor_name: str
    action: str
    at: datetime
    detail: str = ""


@dataclass(frozen=True, slots=True)
class AlertView:
    """Everything a moderator alert shows. Rendered by each adapter; never posted in public."""

    case_id: str
    platform: str
    community_id: str
    channel_id: str
    suspect: Author
    target: Author | None
    severity: str
    risk: float
    stage: str
    categories: tuple[str, ...]
    rules: tuple[str, ...]
    signals: tuple[str, ...]
    evidence: tuple[EvidenceLine, ...]
    prior_cases: int
    status: str
    audit: tuple[AuditLine, ...] = ()
    escalation: bool = False
    alert_ref: str | None = None  # platform id of the alert message already posted: edit it, don't post anew
    source: str = "detection"  # "detection" | "report" | "scan"
    seal: str = ""  # the case seal's short form: a copy outside the database (see storage.seal)


@dataclass(frozen=True, slots=True)
class Tip:
    category: str
    language: str
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class SendAlert:
    view: AlertView


@dataclass(frozen=True, slots=True)
class SendNudge:
    """Show `child` a safety tip privately. Public fallbacks must mention only the child."""

    community_id: str
    channel_id: str
    message_id: str
    child: Author
    tip: Tip
    nudge_id: str = ""


Action = SendAlert | SendNudge


@dataclass(slots=True)
class ForgetReport:
    user_id: str
    deleted: dict[str, int] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)  # why something was kept (open cases as suspect)

    def summary(self) -> str:
        parts = [f"{n} {what}" for what, n in self.deleted.items() if n]
        text = "Deleted " + (", ".join(parts) if parts else "nothing") + f" about {self.user_id}."
        if self.kept:
            text += " Kept: " + "; ".join(self.kept)
        return text
