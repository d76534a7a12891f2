"""A stand-in for `bot.service.Lookout` with scripted decisions, for adapter-only tests.

Why: these tests check what the Discord adapter does with a decision (render, deliver, fall
back, refuse), not whether the pipeline decides well; that is covered by the scenario tests
that run the real service. The stub records every call so tests can assert the translation.
It implements `bot.ports.LookoutPort` exactly (tests/test_ports.py checks that, and mypy does
too), with the same record types as the service, so the adapter cannot lean on anything else.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from bot.actions import Action, AlertView, AuditLine, EvidenceLine, ForgetReport, SendAlert, SendNudge, Tip
from bot.community_settings import EffectiveSettings, checked_changes, resolve
from bot.config import Config
from bot.events import Author, MemberJoined, MessageEvent
from bot.ops import Ops
from bot.vocabulary import STATUS_AFTER, CaseSource, CaseStatus, ModAction, Severity
from rules.types import Detection, RuleHit
from storage import AlertLink, CommunitySettings, OutboxItem, Retention


@dataclasses.dataclass
class StubSettings:
    """What moderators set for one community, as the stub keeps it; None follows the config.

    The stub resolves these into `EffectiveSettings` with the service's own `resolve`, so the
    adapters see the values and sources the real service would give them.
    """

    community_id: str
    alert_channel_id: str | None = None
    threshold: float | None = None
    nudge_mode: str | None = "dm"
    language: str | None = None
    minor_roles: Sequence[str] | None = None
    adult_roles: Sequence[str] | None = None
    trusted_roles: Sequence[str] | None = None
    moderator_roles: Sequence[str] | None = None
    retention: dict[str, float] = dataclasses.field(default_factory=dict)
    setup_notice_at: datetime | None = None

    def stored(self, platform: str) -> CommunitySettings:
        def roles(names: Sequence[str] | None) -> tuple[str, ...] | None:
            return None if names is None else tuple(names)

        return CommunitySettings(
            community_id=self.community_id, platform=platform, threshold=self.threshold, nudge_mode=self.nudge_mode,
            language=self.language, minor_roles=roles(self.minor_roles), adult_roles=roles(self.adult_roles),
            trusted_roles=roles(self.trusted_roles), moderator_roles=roles(self.moderator_roles),
            retention=dict(self.retention), setup_notice_at=self.setup_notice_at)


class StubLookout:
    def __init__(self, config: Config | None = None) -> None:
        self._config = config or Config()
        self.events: list[MessageEvent] = []
        self.joins: list[MemberJoined] = []
        self.settings: dict[str, StubSettings] = {}  # what moderators set, per community
        self.platforms: dict[str, str] = {}
        self.cases: dict[str, AlertView] = {}
        self.delivered: list[tuple[str, str]] = []
        self.nudges_delivered: list[str] = []
        self.actions: list[tuple[str, str, str, str]] = []
        self.reports: list[tuple[MessageEvent, Author, str]] = []
        self.pending: list[OutboxItem] = []  # the outbox: what a previous run did not deliver
        self.decide: Callable[[MessageEvent], list[Action]] = lambda ev: []
        self.rule_problem_lines: list[str] = []
        self.ops = Ops()  # its own counters, so a test can read what the adapter reported

    @property
    def config(self) -> Config:
        return self._config

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
        severity: Severity = Severity.HIGH,
        escalation: bool = False,
        evidence: Sequence[EvidenceLine] = (),
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
            evidence=(*evidence, line),
            prior_cases=0,
            status=CaseStatus.OPEN,
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
        # As the service does: the case's alerts waiting in the outbox are delivered now.
        self.pending = [item for item in self.pending if not (item.kind == "alert" and item.case_id == case_id)]

    async def nudge_delivered(self, nudge_id: str) -> None:
        self.nudges_delivered.append(nudge_id)

    async def pending_deliveries(self, limit: int = 100) -> Sequence[OutboxItem]:
        return self.pending[:limit]

    # --- cases
    async def moderator_action(
        self, case_id: str, actor: Author, action: ModAction, detail: str = "", *, applied: bool = True,
    ) -> AlertView:
        view = self.cases[case_id]
        self.actions.append((case_id, actor.id, action, detail))
        audit = (*view.audit, AuditLine(actor.id, actor.display_name, action, datetime.now(UTC), detail))
        status = STATUS_AFTER.get(action, view.status) if applied else view.status
        view = dataclasses.replace(view, status=status, audit=audit)
        self.cases[case_id] = view
        return view

    async def report(self, reported: MessageEvent, reporter: Author, reason: str = "") -> AlertView:
        self.reports.append((reported, reporter, reason))
        alert = self.alert(reported, reporter, case_id=f"r{len(self.reports)}", severity=Severity.MEDIUM)
        view = dataclasses.replace(alert.view, source=CaseSource.REPORT)
        self.cases[view.case_id] = view
        return view

    def check(self, text: str) -> Detection:
        hits = (RuleHit("move.app", "platform_move", 0.6, "stub", 0, len(text), text),) if "snap" in text else ()
        return Detection(text=text, normalized=text.lower(), hits=hits)

    async def case_view(self, case_id: str) -> AlertView | None:
        return self.cases.get(case_id)

    async def list_cases(
        self, community_id: str, status: CaseStatus | None = None, limit: int = 50
    ) -> list[AlertView]:
        return [v for v in self.cases.values() if v.community_id == community_id and status in (None, v.status)][:limit]

    async def open_case_count(self, community_id: str) -> int:
        return len([v for v in self.cases.values() if v.community_id == community_id and v.status == "open"])

    async def export_case(self, case_id: str) -> tuple[str, bytes]:
        return f"lookout-case-{case_id}.html", b"<html><body>evidence</body></html>"

    async def forget(self, user_id: str, community_id: str | None = None) -> ForgetReport:
        return ForgetReport(user_id=user_id, deleted={"pair states": 2})

    # --- settings
    async def get_settings(self, community_id: str, platform: str = "") -> EffectiveSettings:
        mine = self.settings.setdefault(community_id, StubSettings(community_id))
        if platform:  # as the service: a caller that names the platform records it
            self.platforms[community_id] = platform
        platform = self.platforms.get(community_id, "")
        link = (AlertLink(community_id, platform, mine.alert_channel_id, datetime.now(UTC))
                if mine.alert_channel_id else None)
        return resolve(community_id, mine.stored(platform), link, self.config, Retention(), platform)

    async def update_settings(self, community_id: str, **changes: Any) -> EffectiveSettings:
        """As the service: checked (ValueError names what fits), None clears a setting."""
        checked = checked_changes(community_id, changes)
        if "retention" in checked and checked["retention"] is None:
            checked["retention"] = {}
        current = self.settings.setdefault(community_id, StubSettings(community_id))
        self.settings[community_id] = dataclasses.replace(current, **checked)
        return await self.get_settings(community_id)

    async def alert_communities(self, alert_chat_id: str) -> tuple[str, ...]:
        return tuple(c for c, s in self.settings.items() if s.alert_channel_id == alert_chat_id)

    # --- what children read
    def tip(self, category: str, language: str = "en") -> Tip:
        return Tip(
            category,
            language,
            "Moving to another app?",
            "Someone asking you to move to a private app is a warning sign. You can say no.",
        )

    def rule_problems(self) -> list[str]:
        return list(self.rule_problem_lines)

    def safety_guide(self, language: str = "en") -> str:
        return "Staying safe online\n\nYou never have to send photos.\n\nTell an adult you trust."

    # --- Telegram linking (not used on Discord)
    async def create_link_code(self, community_id: str, platform: str = "telegram") -> str:
        return "00000000"

    async def redeem_link_code(self, code: str, alert_chat_id: str) -> str | None:
        return None
