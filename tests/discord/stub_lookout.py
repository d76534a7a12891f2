"""A stand-in for `bot.service.Lookout` with scripted decisions, for adapter-only tests.

Why: these tests check what the Discord adapter does with a decision (render, deliver, fall
back, refuse), not whether the pipeline decides well; that is covered by the scenario tests
that run the real service. The stub records every call so tests can assert the translation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.actions import Action, AlertView, AuditLine, EvidenceLine, ForgetReport, SendAlert, SendNudge, Tip
from bot.events import Author, MemberJoined, MessageEvent

STATUS_AFTER = {
    "acknowledge": "acknowledged",
    "false_positive": "false_positive",
    "timeout": "actioned",
    "ban": "actioned",
    "reported": "reported",
}


@dataclass
class StubSettings:
    community_id: str
    alert_channel_id: str | None = None
    minor_roles: list[str] = field(default_factory=list)
    adult_roles: list[str] = field(default_factory=list)
    trusted_roles: list[str] = field(default_factory=list)
    moderator_roles: list[str] = field(default_factory=list)
    threshold: float = 1.0
    nudge_mode: str = "dm"
    language: str = "en"
    setup_notice_at: datetime | None = None


@dataclass
class StubDetection:
    categories: tuple[str, ...]
    rules: tuple[str, ...]
    declared_age: int | None
    normalized: str
    hits: tuple[Any, ...] = ()


class StubLookout:
    def __init__(self) -> None:
        self.events: list[MessageEvent] = []
        self.joins: list[MemberJoined] = []
        self.settings: dict[str, StubSettings] = {}
        self.cases: dict[str, AlertView] = {}
        self.delivered: list[tuple[str, str]] = []
        self.nudges_delivered: list[str] = []
        self.actions: list[tuple[str, str, str, str]] = []
        self.reports: list[tuple[MessageEvent, Author, str]] = []
        self.decide: Callable[[MessageEvent], list[Action]] = lambda ev: []
        self.rule_problem_lines: list[str] = []

    # --- pipeline
    async def on_message(self, event: MessageEvent) -> list[Action]:
        self.events.append(event)
        return self.decide(event)

    async def on_member_joined(self, event: MemberJoined) -> None:
        self.joins.append(event)

    def alert(
        self,
        event: MessageEvent,
        target: Author,
        *,
        case_id: str = "c1",
        severity: str = "high",
        escalation: bool = False,
    ) -> SendAlert:
        """Build (and store) the alert the real service would return for this message."""
        line = EvidenceLine(
            message_id=event.message.id,
            channel_id=event.channel.id,
            author_id=event.author.id,
            author_name=event.author.display_name,
            timestamp=event.message.timestamp,
            text=event.message.text,
            flagged=True,
            categories=("platform_move",),
        )
        old = self.cases.get(case_id)
        view = AlertView(
            case_id=case_id,
            platform="discord",
            community_id=event.community.id,
            channel_id=event.channel.id,
            suspect=event.author,
            target=target,
            severity=severity,
            risk=2.5,
            stage="isolation",
            categories=("platform_move", "age_probe"),
            rules=("move.dm",),
            signals=("account 2 days old",),
            evidence=(line,),
            prior_cases=0,
            status="open",
            escalation=escalation,
            alert_ref=old.alert_ref if old else None,
        )
        self.cases[case_id] = view
        return SendAlert(view)

    def nudge(self, event: MessageEvent, child: Author, nudge_id: str = "n1") -> SendNudge:
        return SendNudge(
            community_id=event.community.id,
            channel_id=event.channel.id,
            message_id=event.message.id,
            child=child,
            tip=self.tip("platform_move", "en"),
            nudge_id=nudge_id,
        )

    async def alert_delivered(self, case_id: str, alert_ref: str) -> None:
        self.delivered.append((case_id, alert_ref))
        self.cases[case_id] = dataclasses.replace(self.cases[case_id], alert_ref=alert_ref)

    async def nudge_delivered(self, nudge_id: str) -> None:
        self.nudges_delivered.append(nudge_id)

    # --- cases
    async def moderator_action(self, case_id: str, actor: Author, action: str, detail: str = "") -> AlertView:
        view = self.cases[case_id]
        self.actions.append((case_id, actor.id, action, detail))
        audit = (*view.audit, AuditLine(actor.id, actor.display_name, action, datetime.now(UTC), detail))
        view = dataclasses.replace(view, status=STATUS_AFTER.get(action, view.status), audit=audit)
        self.cases[case_id] = view
        return view

    async def report(self, reported: MessageEvent, reporter: Author, reason: str = "") -> AlertView:
        self.reports.append((reported, reporter, reason))
        alert = self.alert(reported, reporter, case_id=f"r{len(self.reports)}", severity="medium")
        view = dataclasses.replace(alert.view, source="report")
        self.cases[view.case_id] = view
        return view

    def check(self, text: str) -> StubDetection:
        return StubDetection(
            ("platform_move",) if "snap" in text else (), ("move.app",) if "snap" in text else (), None, text.lower()
        )

    async def case_view(self, case_id: str) -> AlertView | None:
        return self.cases.get(case_id)

    async def list_cases(self, community_id: str, status: str | None = None) -> list[AlertView]:
        return [v for v in self.cases.values() if v.community_id == community_id and status in (None, v.status)]

    async def add_note(self, case_id: str, actor: Author, text: str) -> AlertView:
        return await self.moderator_action(case_id, actor, "note", text)

    async def export_case(self, case_id: str) -> tuple[str, bytes]:
        return f"lookout-case-{case_id}.html", b"<html><body>evidence</body></html>"

    async def forget(self, user_id: str, community_id: str | None = None) -> ForgetReport:
        return ForgetReport(user_id=user_id, deleted={"pair states": 2})

    async def get_settings(self, community_id: str, platform: str = "") -> StubSettings:
        return self.settings.setdefault(community_id, StubSettings(community_id))

    async def update_settings(self, community_id: str, **fields: Any) -> StubSettings:
        current = await self.get_settings(community_id)
        updated = dataclasses.replace(current, **fields)
        self.settings[community_id] = updated
        return updated

    def tip(self, category: str, language: str) -> Tip:
        return Tip(
            category,
            language,
            "Moving to another app?",
            "Someone asking you to move to a private app is a warning sign. You can say no.",
        )

    def safety_guide(self, language: str) -> str:
        return "Staying safe online\n\nYou never have to send photos.\n\nTell an adult you trust."

    def rule_problems(self) -> list[str]:
        return list(self.rule_problem_lines)

    async def open_case_count(self, community_id: str) -> int:
        return len([v for v in self.cases.values() if v.community_id == community_id and v.status == "open"])
