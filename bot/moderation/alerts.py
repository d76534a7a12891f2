"""Alerts in the moderators' channel: posted once, then kept showing the case as it is now.

Why one living message per case: a grooming conversation produces several decisions within
seconds (new evidence, a severity step, a moderator's click). Posting each would flood the
channel and hit rate limits, so every case has one slot: while a post or edit is in flight, newer
requests replace the pending one and only the latest is applied. And because views are snapshots
taken at different moments, the desk reads the case again just before it renders it, so the
alert never goes back to an older state.

The first post records where the alert is (`alert_ref`) with the service, so later escalations,
new evidence and actions (from a button, a command or the console) edit that same message on the
platform it was posted to. Alerts a previous run decided but did not post wait in the service's
outbox and are delivered again here, at start-up and (through `redelivery`) every half minute while
the platform is connected, so a post refused during a REST storm lands once the storm is over.
The per-case slot also makes that retry safe: a retry and a new escalation of the same case never
post twice, because the second waits for the first and then edits what it posted.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from bot.actions import AlertView
from bot.moderation.board import Problem, StatusBoard
from bot.moderation.ports import AlertPort, EditResult, Refused
from bot.moderation.settings import SettingsResolver
from bot.ports import LookoutPort
from bot.vocabulary import Severity

log = logging.getLogger(__name__)

MAX_SLOTS = 10_000
REDELIVER_BATCH = 500


@dataclass
class _Slot:
    pending: AlertView | None = None
    settle: bool = False  # the pending view answers a decision waiting in the outbox
    busy: bool = False
    ref: str | None = None
    pinged: Severity | None = None  # severity for which moderators were last notified


class AlertDesk:
    """Posts and edits alerts through the live platform ports, one case at a time."""

    def __init__(self, lookout: LookoutPort, settings: SettingsResolver, board: StatusBoard) -> None:
        self.lookout = lookout
        self.settings = settings
        self.board = board
        self.ports: dict[str, AlertPort] = {}
        self._slots: OrderedDict[str, _Slot] = OrderedDict()

    def _slot(self, case_id: str) -> _Slot:
        slot = self._slots.get(case_id)
        if slot is None:
            slot = self._slots[case_id] = _Slot()
            while len(self._slots) > MAX_SLOTS:
                oldest, old = next(iter(self._slots.items()))
                if old.busy:
                    break
                del self._slots[oldest]
        self._slots.move_to_end(case_id)
        return slot

    async def deliver(self, view: AlertView, *, settle: bool = True) -> bool:
        """Post or edit the alert for `view.case_id`; concurrent calls for one case coalesce.

        `settle`: the view comes from a decision the service queued in its outbox, so a successful
        edit must clear that entry too (a new post always records itself).

        Returns True when this call left the alert showing the case on the platform; False when it
        could not (refused, no alert channel, platform not connected here), or when it handed the
        view to a delivery of the same case already under way.
        """
        port = self.ports.get(view.platform)
        if port is None:
            log.info("case %s: %s is not connected in this process; the alert waits", view.case_id, view.platform)
            return False
        slot = self._slot(view.case_id)
        slot.pending = view
        slot.settle = slot.settle or settle
        if slot.busy:
            return False
        slot.busy = True
        shown = False
        try:
            while slot.pending is not None:
                current, settle_now = slot.pending, slot.settle
                slot.pending, slot.settle = None, False
                shown = await self._apply(port, current, slot, settle_now)
        finally:
            slot.busy = False
        return shown

    async def wait_idle(self, timeout: float = 5.0) -> None:
        """For shutdown and tests: wait (bounded) until no alert is being posted or edited."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while any(s.busy for s in self._slots.values()) and loop.time() < deadline:
            await asyncio.sleep(0.01)

    async def _current(self, view: AlertView) -> AlertView | None:
        """The case as it is now, with what only the decision knew (escalation, who exactly)."""
        fresh = await self.lookout.case_view(view.case_id)
        if fresh is None:
            return None
        return replace(
            fresh,
            escalation=view.escalation,
            suspect=view.suspect if view.suspect.id == fresh.suspect.id else fresh.suspect,
            target=view.target if view.target and fresh.target and view.target.id == fresh.target.id
            else fresh.target,
            alert_ref=fresh.alert_ref or view.alert_ref,
        )

    async def _apply(self, port: AlertPort, requested: AlertView, slot: _Slot, settle: bool) -> bool:
        """One post or edit; True when the platform now shows the alert."""
        view = await self._current(requested)
        if view is None:
            log.info("case %s no longer exists; its alert is left as it is", requested.case_id)
            return False
        community = view.community_id
        ref = view.alert_ref or slot.ref
        if ref is not None:
            result = await port.edit_alert(ref, view)
            if result is EditResult.EDITED:
                slot.ref = ref
                if settle or view.alert_ref is None:
                    # An escalation arrives as an edit: its outbox entry is settled too, or it would wait forever.
                    await self.lookout.alert_delivered(view.case_id, ref)
                if view.escalation and slot.pinged != view.severity:
                    slot.pinged = view.severity
                    await port.announce_escalation(ref, view)
                return True
            if result is EditResult.FAILED:
                return False
            log.info("case %s: the alert message is gone; posting it again", view.case_id)
        settings = await self.settings.get(community, port.platform)
        if not settings.alert_channel_id:
            self.board.problem(community, Problem.NO_ALERT_CHANNEL,
                               f"no alert channel is set, so alerts cannot be shown: {port.wording.setup_hint}")
            await port.setup_missing(community)
            return False
        try:
            posted = await port.post_alert(settings.alert_channel_id, view)
        except Refused as refused:
            self.board.problem(community, refused.problem, refused.text)
            return False
        if posted is None:
            return False
        self.board.clear(community, Problem.ALERT_CHANNEL, Problem.NO_ALERT_CHANNEL)
        self.board.community(community).alerts_posted += 1
        slot.ref = posted
        slot.pinged = view.severity
        await self.lookout.alert_delivered(view.case_id, posted)
        log.info("community %s: alert posted for case %s (%s)", community, view.case_id, view.severity)
        return True

    async def redeliver(self, platform: str, community_id: str | None = None, *, min_age_s: float = 0.0) -> int:
        """Post the alerts left in the outbox (by a previous run, a missing alert channel, or a post
        or edit the platform refused); returns how many are now shown.

        `min_age_s` is set by the retry loop: alerts decided more recently than that are skipped,
        since their first delivery may still be under way, and each one it posts is counted in
        `lookout_alerts_redelivered` (an alert that needed a second try is worth knowing about).
        """
        port = self.ports.get(platform)
        if port is None:
            return 0
        try:
            pending = await self.lookout.pending_deliveries(REDELIVER_BATCH)
        except Exception as err:  # the outbox is a bonus at start-up; never block the bot on it
            log.warning("could not read undelivered alerts: %s", type(err).__name__)
            return 0
        cutoff = datetime.now(UTC) - timedelta(seconds=min_age_s)
        count = 0
        for case_id in dict.fromkeys(item.case_id for item in pending if item.kind == "alert" and item.case_id
                                     and community_id in (None, item.community_id)
                                     and not (min_age_s and item.created_at > cutoff)
                                     and port.serves(item.community_id)):
            view = await self.lookout.case_view(case_id)
            # A case whose alert is already posted is here when an escalation's edit failed (or the
            # process stopped before it): the edit is retried, and settles the entry when it lands.
            if view is not None and view.platform == platform and await self.deliver(view):
                count += 1
                if min_age_s:
                    self.lookout.ops.alert_redelivered(platform)
        if count:
            log.info("%s: re-delivered %d pending alert(s)", platform, count)
        return count
