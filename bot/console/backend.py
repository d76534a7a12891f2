"""What the console's pages need, over the service, the moderation layer and storage.

Why one class between the pages and the rest: every page must ask the same two questions first
(is this person still a moderator there? is this case in one of their communities?) and every
change must be audited with who, when and from where. Keeping those in one place means a new
page cannot forget them. Actions on cases go through `Moderation.cases.act`, the flow the alert
buttons use, so the alert in Discord or Telegram shows the new state too.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bot.case_report import build_case_package
from bot.community_settings import EffectiveSettings
from bot.config import Config
from bot.console.auth import LINK_LIFETIME, Session, Sessions, new_token, token_hash
from bot.console.rights import LOCAL_PLATFORM, ConsoleRights, OwnerRights, PlatformRights
from bot.detection_setup import configured_engine
from bot.events import Author
from bot.moderation import Moderation
from bot.moderation.actions import Scope
from bot.moderation.ports import NO_RIGHTS, Effect, Rights
from bot.service import Lookout
from bot.vocabulary import ACTIVE_STATUSES, ModAction, Severity
from rules.engine import Engine
from storage import (
    EVERY_COMMUNITY,
    AuditEntry,
    Case,
    CaseDetail,
    CaseQuery,
    ConsoleAuditEntry,
    ConsoleLogin,
    SealCheck,
    Storage,
    UnknownCaseError,
)

log = logging.getLogger(__name__)

MAX_READ = 20_000  # cases read at most for a chart or a preview (the newest first)
PAGE_SIZE = 25
CHART_DAYS = 14
CASE_ACTIONS = (ModAction.ACKNOWLEDGE, ModAction.FALSE_POSITIVE, ModAction.TIMEOUT, ModAction.BAN,
                ModAction.REPORTED)
PLATFORM_ACTIONS = frozenset({ModAction.TIMEOUT, ModAction.BAN})


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Where:
    """Where a request came from, for the audit trail."""

    ip: str = ""
    user_agent: str = ""


@dataclass(frozen=True, slots=True)
class CaseFilter:
    status: str = ""  # "" : waiting for a moderator (open and acknowledged); "all": every status
    severity: str = ""
    category: str = ""
    community: str = ""
    user_id: str = ""  # the suspect or one of the targets
    since: date | None = None
    until: date | None = None  # the last day shown

    def query(self, communities: Sequence[str]) -> CaseQuery:
        if self.status == "":
            statuses: tuple[str, ...] = tuple(sorted(ACTIVE_STATUSES))
        else:
            statuses = () if self.status == "all" else (self.status,)
        return CaseQuery(tuple(communities), statuses, self.severity, self.category, self.user_id,
                         since=_midnight(self.since), until=_midnight(self.until + timedelta(days=1))
                         if self.until else None, limit=PAGE_SIZE)


@dataclass(frozen=True, slots=True)
class CasePage:
    cases: tuple[Case, ...]
    total: int
    page: int
    pages: int


@dataclass(frozen=True, slots=True)
class ActionResult:
    ok: bool
    message: str


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    alerts: int
    nudges: int


@dataclass(frozen=True, slots=True)
class Overview:
    by_severity: dict[str, int]
    days: tuple[DayCount, ...]
    problems: dict[str, list[str]]


@dataclass(frozen=True, slots=True)
class ThresholdPreview:
    threshold: float
    current: float
    would_alert: int
    alerts_now: int
    considered: int  # stored cases the pipeline opened (members' reports alert whatever the threshold)


@dataclass(slots=True)
class _Surface:
    """The console as an `ActionSurface`: it collects what the flow says, for the next page."""

    alert_ref: str | None = None
    refusal: str = ""
    message: str = ""
    accepted: bool = False
    files: list[str] = field(default_factory=list)

    async def refuse(self, text: str) -> None:
        self.refusal = text

    async def accept(self) -> None:
        self.accepted = True

    async def send_file(self, filename: str, data: bytes, caption: str) -> Effect:
        self.files.append(filename)  # the console offers its own download links instead
        return Effect("evidence file downloaded from the console")

    async def finish(self, view: Any, message: str) -> None:
        self.message = message


class ConsoleBackend:
    def __init__(
        self, lookout: Lookout, moderation: Moderation, rights: ConsoleRights, *, standalone: bool,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.lookout = lookout
        self.moderation = moderation
        self.storage: Storage = lookout.storage
        self.engine: Engine = lookout.engine
        self.rights = rights
        self.is_standalone = standalone
        self.clock = clock
        self.sessions = Sessions(lambda: self.clock())
        self.base_url: str | None = None  # set by the server once it listens

    @classmethod
    def from_lookout(cls, lookout: Lookout, moderation: Moderation) -> ConsoleBackend:
        """Bot mode: the live service; rights come from the platforms the moderation layer is attached to."""
        return cls(lookout, moderation, PlatformRights(moderation), standalone=False)

    @classmethod
    def standalone(
        cls, storage: Storage, config: Config | None = None, *, engine: Engine | None = None
    ) -> ConsoleBackend:
        """Parent mode (`lookout console --db`): a database alone; its local owner may do everything
        but the platforms' own actions. `engine`: one already built from `config` (else built here)."""
        config = config or Config()
        lookout = Lookout(config, engine or configured_engine(config), storage)
        return cls(lookout, Moderation(lookout, config), OwnerRights(), standalone=True)

    # ----- login

    async def issue_login(self, platform: str, user_id: str, communities: Sequence[str], display_name: str) -> str:
        """A one-time login link for that person and those communities (the full URL)."""
        if self.base_url is None:
            raise RuntimeError("the console is not serving yet; start ConsoleServer before issuing login links")
        if not communities:
            raise ValueError("a console login must name at least one community the person moderates")
        token = new_token()
        now = self.clock()
        await self.storage.add_console_login(token_hash(token), platform=platform, user_id=str(user_id),
                                             display_name=display_name, communities=[str(c) for c in communities],
                                             expires_at=now + LINK_LIFETIME, now=now)
        log.info("console: login link issued to %s user %s for %d community(ies)", platform, user_id, len(communities))
        return f"{self.base_url}/login/{token}"

    async def issue_owner_login(self) -> str:
        return await self.issue_login(LOCAL_PLATFORM, "owner", [EVERY_COMMUNITY], "Local owner")

    async def redeem(self, token: str) -> ConsoleLogin | None:
        if not token or len(token) > 200:
            return None
        return await self.storage.take_console_login(token_hash(token), now=self.clock())

    # ----- rights

    async def all_communities(self) -> list[str]:
        """Every community the database knows (its cases and settings)."""
        found = {c.community_id for c in await self.storage.list_cases(None, None, limit=100_000)}
        found |= {s.community_id for s in await self.storage.list_settings()}
        return sorted(c for c in found if c)

    def in_scope(self, session: Session, community_id: str) -> bool:
        return session.every_community or community_id in session.communities

    async def rights_in(self, session: Session, community_id: str) -> Rights:
        """What the person may do there now (nothing outside the communities their login covers)."""
        if not self.in_scope(session, community_id):
            return NO_RIGHTS
        known: Rights | None = session.rights_memo.get(community_id)
        if known is None:
            known = await self.rights.rights(session.platform, community_id, session.user_id)
            session.rights_memo[community_id] = known
        return known

    async def communities(self, session: Session) -> list[str]:
        """The communities the person moderates now, among those their login covers."""
        candidates = await self.all_communities() if session.every_community else list(session.communities)
        return [c for c in candidates if (await self.rights_in(session, c)).moderate]

    async def case(self, session: Session, case_id: str) -> CaseDetail | None:
        """The case, when the person moderates its community now; None otherwise (say "not found")."""
        try:
            detail = await self.storage.get_case(case_id)
        except UnknownCaseError:
            return None
        if not (await self.rights_in(session, detail.case.community_id)).moderate:
            log.info("console: %s user %s refused case %s", session.platform, session.user_id, case_id)
            return None
        return detail

    # ----- audit

    async def audit(self, session: Session, where: Where, action: str, *, community_id: str = "",
                    case_id: str = "", detail: str = "") -> None:
        await self.storage.add_console_audit(ConsoleAuditEntry(
            self.clock(), session.platform, session.user_id, session.display_name, action, community_id, case_id,
            detail, where.ip[:64], where.user_agent[:300]))

    async def audit_log(self, session: Session, page: int = 1) -> tuple[list[ConsoleAuditEntry], int]:
        """What was done in this console, in the person's communities; pages of PAGE_SIZE."""
        scope = None if session.every_community else await self.communities(session)
        entries, total = await self.storage.console_audit(scope, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return entries, max(1, math.ceil(total / PAGE_SIZE))

    async def case_actions(self, session: Session, page: int = 1) -> tuple[list[AuditEntry], int]:
        """What was done to the cases of the person's communities, from every surface."""
        scope = None if session.every_community else await self.communities(session)
        entries, total = await self.storage.case_actions(scope, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return entries, max(1, math.ceil(total / PAGE_SIZE))

    # ----- cases

    async def list_cases(self, session: Session, wanted: CaseFilter, page: int = 1) -> CasePage:
        communities = await self.communities(session)
        if wanted.community:
            communities = [c for c in communities if c == wanted.community]
        query = wanted.query(communities)
        _first, total = await self.storage.search_cases(replace(query, limit=0))
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(1, page), pages)
        cases, total = await self.storage.search_cases(replace(query, offset=(page - 1) * PAGE_SIZE))
        return CasePage(tuple(cases), total, page, pages)

    async def _cases(self, communities: Sequence[str], since: datetime | None = None) -> list[Case]:
        cases, _total = await self.storage.search_cases(CaseQuery(tuple(communities), since=since, limit=MAX_READ))
        return cases

    async def overview(self, session: Session) -> Overview:
        communities = await self.communities(session)
        waiting = tuple(sorted(ACTIVE_STATUSES))
        by_severity = {
            s.value: (await self.storage.search_cases(CaseQuery(tuple(communities), waiting, s.value, limit=0)))[1]
            for s in reversed(Severity)}
        today = self.clock().date()
        first = today - timedelta(days=CHART_DAYS - 1)
        since = datetime(first.year, first.month, first.day, tzinfo=UTC)
        alerts = Counter(c.created_at.date() for c in await self._cases(communities, since) if c.source != "report")
        nudges: Counter[date] = Counter()
        for community in communities:
            nudges.update(n.at.date() for n in await self.storage.recent_nudges(since, community))
        days = tuple(DayCount(first + timedelta(days=i), alerts[first + timedelta(days=i)],
                              nudges[first + timedelta(days=i)]) for i in range(CHART_DAYS))
        problems = {c: self.moderation.board.problems(c) for c in communities}
        return Overview(by_severity, days, {c: p for c, p in problems.items() if p})

    async def verify(self, case_id: str) -> SealCheck:
        return await self.storage.verify_case(case_id)

    async def export(self, session: Session, where: Where, detail: CaseDetail, kind: str) -> tuple[str, bytes, str]:
        """The evidence package as a download: (file name, bytes, content type). The case's own
        (sealed) history records who took a copy, as it does for the alert's evidence button."""
        case_id = detail.case.id
        json_bytes, html_bytes = build_case_package(detail, check=await self.verify(case_id))
        actor = Author(id=session.user_id, display_name=session.display_name)
        await self.lookout.moderator_action(case_id, actor, ModAction.EVIDENCE, f"{kind} package from the web console")
        await self.audit(session, where, "export", community_id=detail.case.community_id, case_id=case_id,
                         detail=kind)
        if kind == "json":
            return f"lookout-case-{case_id}.json", json_bytes, "application/json"
        return f"lookout-case-{case_id}.html", html_bytes, "text/html"

    def unavailable(self, session: Session, detail: CaseDetail, rights: Rights) -> dict[str, str]:
        """Why each action cannot be taken here, by action ("" or absent: it can)."""
        reasons: dict[str, str] = {}
        platform_reason = self.rights.unavailable(session.platform, detail.case.platform)
        for action in PLATFORM_ACTIONS:
            if platform_reason:
                reasons[action] = platform_reason
            elif not rights.allows(action):
                wording = self.moderation.cases.ports.get(detail.case.platform)
                needed = wording.wording.rights.get(action, "") if wording is not None else ""
                reasons[action] = f"You need the {needed or action} permission on {detail.case.platform} for this."
        return reasons

    async def act(
        self, session: Session, where: Where, case_id: str, action: ModAction, detail: str = ""
    ) -> ActionResult:
        """Act on a case through the shared flow (the alert in the chat updates too); audited."""
        found = await self.case(session, case_id)
        if found is None:
            return ActionResult(False, "No such case here.")
        community = found.case.community_id
        rights = await self.rights_in(session, community)
        if action in PLATFORM_ACTIONS:
            reason = self.unavailable(session, found, rights).get(action)
            if reason:
                return ActionResult(False, reason)
        surface = _Surface()
        actor = Author(id=session.user_id, display_name=session.display_name)
        updated = await self.moderation.cases.act(case_id, action, actor, surface, rights=rights,
                                                  scope=Scope((community,)), detail=detail)
        ok = updated is not None
        shown = detail if action != ModAction.NOTE else f"{len(detail)} characters"
        await self.audit(session, where, f"case:{action}", community_id=community, case_id=case_id,
                         detail=(surface.message if ok else f"refused: {surface.refusal}") + (
                             f" ({shown})" if shown and action != ModAction.NOTE else ""))
        return ActionResult(ok, surface.message if ok else surface.refusal)

    # ----- settings

    async def settings(self, community_id: str) -> EffectiveSettings:
        return await self.moderation.settings.get(community_id)

    async def change_settings(self, session: Session, where: Where, community_id: str,
                              changes: dict[str, Any]) -> EffectiveSettings:
        """Raises ValueError naming the setting and what is allowed; audited when it succeeds."""
        updated = await self.moderation.settings.update(community_id, **changes)
        described = ", ".join(f"{k}={_describe(v)}" for k, v in changes.items())
        await self.audit(session, where, "settings", community_id=community_id, detail=described)
        return updated

    async def threshold_preview(self, community_id: str, threshold: float) -> ThresholdPreview:
        """How many of the community's stored cases a threshold would have alerted on (a case alerts
        once its risk reaches the threshold; members' reports alert whatever it is)."""
        current = (await self.settings(community_id)).threshold
        detected = [c for c in await self._cases([community_id]) if c.source != "report"]
        return ThresholdPreview(threshold, current, sum(1 for c in detected if c.risk >= threshold),
                                sum(1 for c in detected if c.risk >= current), len(detected))

    # ----- privacy

    async def forget(self, session: Session, where: Where, user_id: str, community_id: str | None) -> list[str]:
        """Forget a person in the given community (or every community the person moderates, or
        the whole database for the local owner). Returns the lines of the report."""
        user_id = user_id.strip()
        if not user_id:
            raise ValueError("give the user id of the person to forget")
        if community_id:
            scopes: list[str | None] = [community_id]
        elif session.every_community:
            scopes = [None]
        else:
            scopes = list(await self.communities(session))
        lines: list[str] = []
        deleted: Counter[str] = Counter()
        for scope in scopes:
            report = await self.lookout.forget(user_id, scope)
            deleted.update(report.deleted)
            lines.extend(report.kept)
        summary = ", ".join(f"{n} {table}" for table, n in sorted(deleted.items()) if n) or "nothing"
        # The audit trail says that someone was forgotten, never who: naming them would undo it.
        await self.audit(session, where, "forget", community_id=community_id or "",
                         detail=f"a person was forgotten on request; deleted {summary}; kept {len(lines)} item(s)")
        return [f"Deleted {summary}.", *[f"Kept: {line}" for line in lines]]

    async def purge(self, session: Session, where: Where) -> dict[str, int]:
        counts = await self.storage.purge(now=self.clock())
        await self.audit(session, where, "purge",
                         detail=", ".join(f"{n} {t}" for t, n in sorted(counts.items()) if n) or "nothing expired")
        return counts


def _describe(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "[" + ", ".join(map(str, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {v}" for k, v in value.items()) + "}"
    return "cleared" if value is None else str(value)


def _midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day, tzinfo=UTC)
