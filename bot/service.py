"""The Lookout service: the pipeline plus storage, shared by every platform adapter in a process.

Adapters hand it neutral events and get neutral actions back; it persists what protects children
(cases, evidence, nudge records, risk state) before anything is announced, and it owns the rules
that must be the same everywhere: one case per suspect incident, alert dedup and escalation,
nudge rate limits, moderator actions and their audit trail.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import quote

from bot import tips
from bot.actions import Action, AlertView, AuditLine, EvidenceLine, ForgetReport, SendAlert, SendNudge, Tip, UpdateAlert
from bot.community_settings import EffectiveSettings
from bot.config import Config
from bot.detection_setup import configured_engine, configured_semantic
from bot.events import Author, MemberJoined, MessageEvent
from bot.ops import Ops
from bot.pipeline import Decision, Pipeline, Policy
from bot.pipeline.pipeline import NUDGE_EVERY_S
from bot.settings_cache import SettingsCache
from bot.vocabulary import STATUS_AFTER, CaseSource, CaseStatus, DecisionKind, ModAction, NudgeMode, Severity
from rules.engine import Engine
from rules.timeouts import ORDINARY_CHARS
from rules.types import Detection
from storage import (
    CaseDetail,
    EvidenceInput,
    OutboxItem,
    PairEvent,
    PairStateRecord,
    Retention,
    Storage,
    SuspectAggregateRecord,
    UnknownCaseError,
    open_storage,
)

log = logging.getLogger(__name__)

NUDGE_MEMORY = timedelta(seconds=NUDGE_EVERY_S)  # the longest the pipeline's nudge limits look back
Origin = tuple[str, str]  # (export file, conversation id) of a case saved from a scan
# How long a read on the way to an alert waits for the database to come back before giving up.
READ_PATIENCE_S = 300.0
T = TypeVar("T")


def _dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def _note_text(note: Any) -> str:
    """Moderators see their notes on the alert itself (alert channels are moderator-only)."""
    if note is None:
        return "added a note"
    text = str(note.text)
    return text if len(text) <= 300 else text[:297] + "..."


def _evidence_input(line: EvidenceLine, link: str | None = None) -> EvidenceInput:
    return EvidenceInput(message_id=line.message_id, channel_id=line.channel_id, author_id=line.author_id,
                         author_name=line.author_name, timestamp=line.timestamp, text=line.text, link=link,
                         flagged=line.flagged, categories=line.categories)


class Lookout:
    """One per process; every adapter (Discord, Telegram) shares it."""

    def __init__(self, config: Config, engine: Engine, storage: Storage) -> None:
        self.config = config
        self.engine = engine
        self.storage = storage
        self.settings = SettingsCache(storage, config, self._read)
        self.pipeline = Pipeline(engine, self.policy, semantic=configured_semantic(config))
        self._alert_outbox: dict[str, str] = {}
        self._lock = asyncio.Lock()
        self.ops = Ops()
        self.ops.watch_storage(storage)

    # ----- lifecycle -----------------------------------------------------------------------

    @classmethod
    async def open(cls, config: Config, *, storage_url: str | None = None) -> Lookout:
        engine = configured_engine(config)
        retention = Retention(pair_state_days=config.storage.pair_retention_days,
                              nudge_days=config.storage.pair_retention_days,
                              closed_case_days=config.storage.case_retention_days)
        storage = await open_storage(storage_url or config.storage.url, retention=retention,
                                     seal_key_path=config.storage.seal_key_path or None)
        self = cls(config, engine, storage)
        await self.settings.load_all()
        await self.restore_state()
        return self

    async def storage_ready(self) -> tuple[bool, str]:
        """For /readyz: the last write committed and a read answers now."""
        writer = getattr(self.storage, "writer", None)
        if writer is not None and not writer.healthy:
            return False, f"writes to {self.storage.description} are failing; retrying"
        await self.storage.get_settings("")  # a read through the driver: fails while the database is gone
        return True, self.storage.description

    async def restore_state(self, now: datetime | None = None) -> None:
        """Give the pipeline back what the last run stored: pair risk, each suspect's fan-out, and
        the last day's tips (the daily limit per category and the cool-down between tips).
        `now` is the time the bot resumes at (tests replay conversations from another day)."""
        pairs = await self.storage.load_pair_states()
        suspects = await self.storage.load_suspect_aggregates()
        nudges = await self.storage.recent_nudges((now or datetime.now(UTC)) - NUDGE_MEMORY)
        restored = self.pipeline.restore(
            (((r.community_id, r.suspect_id, r.target_id), r.state) for r in pairs),
            suspects=(((r.community_id, r.suspect_id), r.state) for r in suspects),
            nudges=((n.community_id, n.child_id, n.category, n.at.timestamp()) for n in nudges))
        if restored or suspects or nudges:
            log.info("restored risk state for %d pair(s), %d suspect(s), %d recent tip(s)",
                     restored, len(suspects), len(nudges))

    async def close(self) -> None:
        await self._save_state()
        await self.storage.close()

    async def _save_state(self) -> None:
        records = [PairStateRecord(k[0], k[1], k[2], st, _dt(st["last"])) for k, st in self.pipeline.take_dirty()]
        if records:
            await self.storage.save_pair_states(records)
        suspects = [SuspectAggregateRecord(k[0], k[1], st, _dt(st["last"]))
                    for k, st in self.pipeline.take_dirty_suspects()]
        if suspects:
            await self.storage.save_suspect_aggregates(suspects)

    async def _read(self, call: Callable[[], Awaitable[T]]) -> T:
        """Run a storage read, waiting out a database outage instead of failing.

        Why: these reads sit between a decision and its delivery (the case view, the outbox). The
        pipeline has already moved on when they run, so a read that fails during an outage, or on
        the first dead connection after one, would lose an alert for good. Writes already wait in
        the writer's queue; reads wait here, with the same backoff.
        """
        writer = getattr(self.storage, "writer", None)
        delay, waited = 0.05, 0.0
        while True:
            try:
                return await call()
            except Exception as exc:
                if writer is None or not writer.is_transient(exc) or waited >= READ_PATIENCE_S:
                    raise
                if waited == 0.0:
                    log.warning("storage: a read failed (%s); waiting for %s to answer again",
                                type(exc).__name__, self.storage.description)
            await asyncio.sleep(delay)
            waited += delay
            delay = min(delay * 2, 5.0)

    # ----- settings (see bot.settings_cache) ---------------------------------------------------

    def policy(self, community_id: str) -> Policy:
        return self.settings.policy(community_id)

    async def get_settings(self, community_id: str, platform: str = "") -> EffectiveSettings:
        """The settings in force, each with its source; `platform` when the caller knows it (the
        config's Discord moderator role only counts on Discord)."""
        await self.settings.refresh(community_id, platform)
        return self.settings.view(community_id)

    async def update_settings(self, community_id: str, **changes: Any) -> EffectiveSettings:
        """Set what a moderator chose (names in `community_settings.CHANGEABLE`); None clears a
        setting, so the config's value applies again. Raises ValueError naming a bad setting or value."""
        return await self.settings.update(community_id, **changes)

    async def alert_communities(self, alert_chat_id: str) -> tuple[str, ...]:
        """The communities whose alerts go to `alert_chat_id` (a Telegram alert chat's commands
        may show their cases). Asks the database: another process may have linked one."""
        return await self.settings.alert_communities(alert_chat_id)

    # ----- events ----------------------------------------------------------------------------

    async def on_member_joined(self, event: MemberJoined) -> None:
        await self.settings.refresh(event.community.id, event.community.platform)
        self.pipeline.member_joined(event)

    def check(self, text: str) -> Detection:
        return self.engine.analyze(text)

    def rule_problems(self) -> list[str]:
        """Rules that timed out since start, and any switched off for it, one line each (status)."""
        return [health.describe() for health in self.engine.rule_health()]

    async def on_message(self, event: MessageEvent) -> list[Action]:
        """Run the pipeline on one message and persist what it decided; return what to deliver.

        The engine's work on one message is bounded (rules/engine.py: no exponential pattern, a time
        limit on every search, bounded windows), but a message longer than ORDINARY_CHARS may still
        cost milliseconds, or up to about half a second of time-outs when a moderator's pattern is
        slow. So such messages are analysed in a worker thread (the `regex` module releases the GIL
        while it matches long text) and the event loop keeps serving every other community
        meanwhile; chat-sized ones, microseconds each, stay inline, where a thread hop would cost
        more than the analysis. Only the analysis moves: the pipeline's state is still touched on
        the loop alone. (A long message may thus be decided a moment after a short one sent later.)
        """
        started = time.monotonic()
        await self.settings.refresh(event.community.id, event.community.platform)
        detection = None
        if len(event.message.text) > ORDINARY_CHARS:
            detection = await asyncio.to_thread(self.engine.analyze, event.message.text)
        decisions = self.pipeline.process(event, detection)
        self.ops.messages.labels(event.community.platform).inc()
        if not decisions:
            return []
        for d in decisions:
            self.ops.decisions.labels(d.kind).inc()
        actions: list[Action] = []
        async with self._lock:  # one message's case writes at a time keeps case joins consistent
            events = [self._pair_event(d) for d in decisions if d.kind == DecisionKind.LOG]
            if events:
                await self.storage.add_pair_events(events)
            alerted = any(d.kind == DecisionKind.ALERT for d in decisions)
            for d in decisions:
                if d.kind == DecisionKind.ALERT:
                    view = await self._record_alert(d)
                    self.ops.alert_decided(view.case_id, started)
                    actions.append(SendAlert(view))
                elif d.kind == DecisionKind.LOG and d.escalation and not alerted:
                    grown = await self._grow_case(d)
                    if grown is not None:
                        actions.append(UpdateAlert(grown))
                elif d.kind == DecisionKind.NUDGE:
                    nudge = await self._record_nudge(d)
                    if nudge is not None:
                        actions.append(nudge)
            await self._save_state()
        return actions

    @staticmethod
    def _pair_event(d: Decision) -> PairEvent:
        return PairEvent(d.community_id, d.suspect_id, d.target_id or "", d.message_id, _dt(d.timestamp),
                         d.message_categories, d.rules, d.risk)

    async def _record_alert(self, d: Decision, origin: Origin | None = None) -> AlertView:
        """Open or join the case, with the decision and its evidence in the same transaction.

        `origin` is set for cases saved from an export scan: they are keyed by file and
        conversation, stamped with the time of saving, and have no alert to deliver.
        """
        now = _dt(d.timestamp) if origin is None else None
        case = await self.storage.open_case(
            community_id=d.community_id, platform=d.platform, suspect_id=d.suspect_id,
            targets=[d.target_id] if d.target_id else [], severity=d.severity, risk=d.risk, stage=d.stage,
            categories=d.categories, signals=list(d.signals), now=now,
            evidence=[_evidence_input(ln) for ln in d.evidence], decision=self._decision_json(d),
            **({} if origin is None else {"source": CaseSource.SCAN, "source_file": origin[0],
                                          "source_chat": origin[1]}))
        if not case.is_new:
            # The latest alert's reasons replace the earlier ones rather than piling up beside them.
            case = await self.storage.update_case(case.id, signals=list(d.signals), stage=d.stage, now=now)
        escalation = d.escalation or (not case.is_new and case.alert_ref is not None)
        view = await self._view(case.id, suspect=d.suspect, target=d.target, escalation=escalation)
        if origin is None:
            oid = await self.storage.outbox_put("alert", d.community_id, {"case_id": case.id}, case_id=case.id,
                                                user_id=d.suspect_id)
            self._alert_outbox[case.id] = oid
        log.info("alert: case %s, %s severity, community %s", case.id, d.severity, d.community_id)
        return view

    async def save_offline(self, decisions: Sequence[Decision], origin: Origin) -> list[str]:
        """`lookout scan --save`: keep one scanned message's decisions as cases, the bots' way.

        The same code as a live alert opens, joins and grows cases (alerts, and later risky
        messages as evidence); only nudges (nobody to show them to) and the pipeline's running
        state are left out. Returns the ids of the cases alerted on.
        """
        saved: list[str] = []
        async with self._lock:
            alerted = any(d.kind == DecisionKind.ALERT for d in decisions)
            for d in decisions:
                if d.kind == DecisionKind.ALERT:
                    saved.append((await self._record_alert(d, origin)).case_id)
                elif d.kind == DecisionKind.LOG and d.escalation and not alerted:
                    await self._grow_case(d, origin)
        return saved

    async def _grow_case(self, d: Decision, origin: Origin | None = None) -> AlertView | None:
        """A further risky message after the alert: keep it as evidence in the open case, and (live)
        return the case's new state so the alert already posted shows it (no new post, nobody pinged)."""
        source_file, source_chat = origin or ("", "")
        active = [c for c in await self._read(lambda: self.storage.cases_for_suspect(d.community_id, d.suspect_id))
                  if c.active and (c.source_file, c.source_chat) == (source_file, source_chat)]
        if not active:
            return None
        case = active[0]
        targets = sorted(set(case.targets) | ({d.target_id} if d.target_id else set()))
        now = _dt(d.timestamp) if origin is None else None
        await self.storage.update_case(case.id, risk=max(case.risk, d.risk), stage=d.stage,
                                       categories=sorted(set(case.categories) | set(d.categories)),
                                       targets=targets, now=now)
        await self.storage.add_evidence(case.id, [_evidence_input(ln) for ln in d.evidence], now=now)
        return await self._view(case.id, suspect=d.suspect, target=d.target) if origin is None else None

    @staticmethod
    def _decision_json(d: Decision) -> dict[str, Any]:
        return {"kind": d.kind, "message_id": d.message_id, "timestamp": _dt(d.timestamp).isoformat(),
                "target_id": d.target_id, "risk": d.risk, "severity": d.severity, "stage": d.stage,
                "categories": list(d.categories), "rules": list(d.rules), "signals": list(d.signals),
                "escalation": d.escalation}

    async def _record_nudge(self, d: Decision) -> SendNudge | None:
        child = d.target
        if child is None or d.nudge_category is None:
            return None
        settings = await self.get_settings(d.community_id)
        if settings.nudge_mode == NudgeMode.OFF:
            return None
        now = _dt(d.timestamp)
        if not await self.storage.claim_nudge(d.community_id, child.id, d.nudge_category, now=now):
            return None
        tip = self.tip(d.nudge_category, settings.language)
        nid = await self.storage.outbox_put("nudge", d.community_id, {"category": d.nudge_category,
                                            "channel_id": d.channel_id, "message_id": d.message_id},
                                            user_id=child.id)
        return SendNudge(d.community_id, d.channel_id, d.message_id, child, tip, nid)

    async def alert_delivered(self, case_id: str, alert_ref: str) -> None:
        """The alert is on the platform: remember where (to edit it) and clear it from the outbox."""
        self.ops.alert_delivered(case_id)
        await self.storage.set_alert_ref(case_id, alert_ref)
        oid = self._alert_outbox.pop(case_id, None)
        if oid:
            await self.storage.outbox_done(oid)
        # Alerts decided before a restart are in the outbox too; they are delivered by now as well.
        for item in await self._read(lambda: self.storage.outbox_pending(1000)):
            if item.kind == "alert" and item.case_id == case_id:
                await self.storage.outbox_done(item.id)

    async def nudge_delivered(self, nudge_id: str) -> None:
        if nudge_id:
            await self.storage.outbox_done(nudge_id)

    # ----- cases -----------------------------------------------------------------------------

    async def _view(self, case_id: str, *, suspect: Author | None = None, target: Author | None = None,
                    escalation: bool = False, detail: CaseDetail | None = None) -> AlertView:
        if detail is None:
            detail = await self._read(lambda: self.storage.get_case(case_id))
        case = detail.case
        names = {e.author_id: e.author_name for e in detail.evidence}
        if suspect is None:
            suspect = self._author(case.community_id, case.suspect_id, names)
        if target is None and case.targets:
            target = self._author(case.community_id, case.targets[-1], names)
        prior = [c for c in await self._read(lambda: self.storage.cases_for_suspect(case.community_id,
                                                                                      case.suspect_id))
                 if c.id != case.id]
        evidence = tuple(EvidenceLine(e.message_id, e.channel_id, e.author_id, e.author_name, e.timestamp, e.text,
                                      e.flagged, e.categories) for e in detail.evidence)
        notes = iter(detail.notes)
        audit = tuple(
            AuditLine(a.actor_id, a.actor_name, a.action, a.at,
                      _note_text(next(notes, None)) if a.action == "note" else a.detail)
            for a in detail.audit)
        channel = next((e.channel_id for e in reversed(detail.evidence) if e.flagged), "")
        rules = tuple(dict.fromkeys(r for dec in detail.decisions for r in dec.data.get("rules", [])))
        return AlertView(
            case_id=case.id, platform=case.platform, community_id=case.community_id, channel_id=channel,
            suspect=suspect, target=target, severity=Severity(case.severity), risk=case.risk, stage=case.stage,
            categories=case.categories, rules=rules, signals=tuple(str(s) for s in case.signals),
            evidence=evidence, prior_cases=len(prior), status=CaseStatus(case.status), audit=audit,
            escalation=escalation, alert_ref=case.alert_ref, source=CaseSource(case.source),
            seal=detail.seal.short if detail.seal else "", console_url=self._console_url(case.id))

    def _console_url(self, case_id: str) -> str:
        """The case page in the web console, for a link on the alert: only at an https address (a
        phone cannot open this machine's 127.0.0.1, and Telegram refuses such links on buttons)."""
        console = self.config.console
        if console is None or not console.public_url or not console.public_url.startswith("https://"):
            return ""
        return f"{console.public_url.rstrip('/')}/cases/{quote(case_id, safe='')}"

    def _author(self, community_id: str, user_id: str, names: dict[str, str]) -> Author:
        info = self.pipeline.members.get((community_id, user_id))
        if info is not None:
            return info.author
        return Author(user_id, display_name=names.get(user_id, ""))

    async def case_view(self, case_id: str) -> AlertView | None:
        try:
            return await self._view(case_id)
        except UnknownCaseError:
            return None

    async def list_cases(
        self, community_id: str, status: CaseStatus | None = None, limit: int = 50
    ) -> list[AlertView]:
        """The community's cases (with `status`, if given), most recently active first."""
        cases = await self.storage.list_cases(community_id, status, limit=limit)
        return [await self._view(c.id) for c in cases]

    async def open_case_count(self, community_id: str) -> int:
        return sum(1 for c in await self.storage.list_cases(community_id, None, limit=1000) if c.active)

    async def moderator_action(
        self, case_id: str, actor: Author, action: ModAction, detail: str = "", *, applied: bool = True,
    ) -> AlertView:
        """Record a moderator's action on a case (status + audit) and return the view to re-render.

        `applied=False`: the platform refused the step (a ban without the right, say). The attempt is
        audited, but the case keeps its status, so nobody reads "banned" about someone still there.
        """
        found = await self.storage.find_case(case_id)
        if found is None:
            raise KeyError(case_id)
        name = actor.display_name or actor.username or actor.id
        if action == ModAction.NOTE:
            await self.storage.add_note(case_id, actor.id, name, detail)
        elif action in STATUS_AFTER and applied:
            await self.storage.set_status(case_id, STATUS_AFTER[action], actor.id, name,
                                          detail or action.replace("_", " "))
            if action == ModAction.FALSE_POSITIVE:
                self.pipeline.quiet(found.community_id, found.suspect_id)
        else:
            await self.storage.add_audit(case_id, actor.id, name, action, detail)
        log.info("case %s: %s by moderator %s", case_id, action, actor.id)
        return await self._view(case_id)

    async def add_note(self, case_id: str, actor: Author, text: str) -> AlertView:
        return await self.moderator_action(case_id, actor, ModAction.NOTE, text)

    async def report(self, reported: MessageEvent, reporter: Author, reason: str = "") -> AlertView:
        """A member asks moderators to look at a message: create or join a case about its author."""
        # The context is the reported person's exchange with the reporter and with whomever the
        # message was addressed to: not the rest of the channel (other children's chat).
        channel = (reported.community.id, reported.channel.id)
        addressee = self.pipeline.windows.addressee(channel, reported.message.id)
        window = self.pipeline.windows.exchange(channel, reported.author.id,
                                                {reporter.id, *([addressee] if addressee else [])})
        det = self.engine.analyze(reported.message.text)
        line = EvidenceLine(reported.message.id, reported.channel.id, reported.author.id,
                            reported.author.display_name or reported.author.id, reported.message.timestamp,
                            reported.message.text, True, tuple(det.categories))
        context = [ln for ln in window if ln.message_id != line.message_id]
        async with self._lock:
            case = await self.storage.open_case(
                community_id=reported.community.id, platform=reported.community.platform,
                suspect_id=reported.author.id, targets=[reporter.id], severity=Severity.MEDIUM, risk=0.0,
                stage="reported", categories=det.categories, source=CaseSource.REPORT,
                signals=["a member reported this message to moderators"] + ([f"reason: {reason}"] if reason else []),
                actor_id=reporter.id, actor_name=reporter.display_name or reporter.id,
                evidence=[_evidence_input(x) for x in [*context, line]])
            await self.storage.add_audit(case.id, reporter.id, reporter.display_name or reporter.id, "report",
                                         reason or "reported a message")
        return await self._view(case.id, suspect=reported.author, target=reporter,
                                escalation=not case.is_new and case.alert_ref is not None)

    async def export_case(self, case_id: str) -> tuple[str, bytes]:
        from bot.case_report import build_case_package

        detail = await self.storage.get_case(case_id)
        _json, html = build_case_package(detail, check=await self.storage.verify_case(case_id))
        return f"lookout-case-{case_id}.html", html

    async def forget(self, user_id: str, community_id: str | None = None) -> ForgetReport:
        result = await self.storage.forget(user_id, community_id)
        self.pipeline.forget(user_id, community_id)
        return ForgetReport(user_id, dict(result.deleted), list(result.kept))

    # ----- tips and linking --------------------------------------------------------------------

    def tip(self, category: str, language: str = "en") -> Tip:
        return tips.get_tip(category, language)

    def safety_guide(self, language: str = "en") -> str:
        return tips.safety_guide(language)

    async def create_link_code(self, community_id: str, platform: str = "telegram") -> str:
        """A one-time code that links the community to the chat it is posted in (valid 30 minutes)."""
        return await self.settings.create_link_code(community_id, platform)

    async def redeem_link_code(self, code: str, alert_chat_id: str) -> str | None:
        """Use a link code: the community's alerts go to `alert_chat_id` from now on.

        Returns the community (None for an unknown, used or expired code). A community is never
        linked to itself: its id comes back and its link stays as it was.
        """
        return await self.settings.redeem_link_code(code, alert_chat_id)

    async def pending_deliveries(self, limit: int = 100) -> Sequence[OutboxItem]:
        """Alerts and nudges a previous run decided but did not deliver (re-delivered at start-up)."""
        return await self.storage.outbox_pending(limit)
