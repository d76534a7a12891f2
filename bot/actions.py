"""What the pipeline asks an adapter to do, in platform-neutral terms.

The service decides; adapters only render these into platform calls (an embed and buttons on
Discord, a message and an inline keyboard on Telegram) and report back what happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.events import Author
from bot.vocabulary import CaseSource, CaseStatus, Severity


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
    severity: Severity
    risk: float
    stage: str
    categories: tuple[str, ...]
    rules: tuple[str, ...]
    signals: tuple[str, ...]
    evidence: tuple[EvidenceLine, ...]
    prior_cases: int
    status: CaseStatus
    audit: tuple[AuditLine, ...] = ()
    escalation: bool = False
    alert_ref: str | None = None  # platform id of the alert message already posted: edit it, don't post anew
    source: CaseSource = CaseSource.DETECTION
    seal: str = ""  # the case seal's short form: a copy outside the database (see storage.seal)
    console_url: str = ""  # the case's page in the web console, when it is served at an https address


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
class UpdateAlert:
    """Show the case's current state on the alert already posted (new evidence after the alert).

    Unlike `SendAlert`, nothing new was decided: no outbox entry waits for it and nobody is pinged.
    """

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


Action = SendAlert | UpdateAlert | SendNudge


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
