"""`Moderation`: the one object every surface of a process talks to about cases, alerts and tips.

Why one per process: the Discord bot, the Telegram bot and the web console run side by side on one
service, and an action taken on any of them must show wherever the case's alert was posted. So
the live platform connections register their ports here (`attach`), and every flow picks the
port of the platform a case or a community belongs to. A surface that only acts (the console)
attaches no port and still reaches the others'.

Nothing here imports a platform SDK; adapters translate between their platform and these calls.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping, Sequence

from bot import tips
from bot.actions import Action, SendAlert, SendNudge, UpdateAlert
from bot.config import Config
from bot.events import Author, MessageEvent
from bot.moderation import redelivery
from bot.moderation.actions import CaseActions
from bot.moderation.alerts import AlertDesk
from bot.moderation.board import Problem, StatusBoard
from bot.moderation.cases import CaseListing, list_cases
from bot.moderation.console_login import LoginAnswer, LoginIssuer, console_login
from bot.moderation.nudges import NudgeDesk
from bot.moderation.ports import PlatformPort, Rights
from bot.moderation.settings import SettingsResolver
from bot.moderation.status import StatusReport, status_report
from bot.ports import LookoutPort
from bot.vocabulary import CaseStatus

log = logging.getLogger(__name__)


class Moderation:
    def __init__(self, lookout: LookoutPort, config: Config | None = None) -> None:
        self.lookout = lookout
        self.config = config or lookout.config
        self.board = StatusBoard()
        self.settings = SettingsResolver(lookout)
        self.alerts = AlertDesk(lookout, self.settings, self.board)
        self.nudges = NudgeDesk(lookout, self.settings, self.board)
        self.cases = CaseActions(lookout, self.alerts, self.board)
        self.act = self.cases.act
        self.find_case = self.cases.find
        self._ports: dict[str, PlatformPort] = {}
        self._retrying: dict[str, asyncio.Task[None]] = {}
        # The web console of this process, once it serves (`lookout run` with [console]); until
        # then moderators asking for a login link are told it is not switched on.
        self.console: LoginIssuer | None = None

    # ----- live platforms

    def attach(self, port: PlatformPort) -> None:
        """A platform connection is up: its alerts, actions and tips go through `port`."""
        self._ports[port.platform] = port
        self.alerts.ports[port.platform] = port
        self.nudges.ports[port.platform] = port
        self.cases.ports[port.platform] = port

    def detach(self, port: PlatformPort) -> None:
        if self._ports.get(port.platform) is port:
            for ports in (self._ports, self.alerts.ports, self.nudges.ports, self.cases.ports):
                ports.pop(port.platform, None)
            retrying = self._retrying.pop(port.platform, None)
            if retrying is not None:  # normally stopped already (`stop_retrying`); never left behind
                retrying.cancel()

    def start_retrying(self, platform: str) -> None:
        """While `platform` is connected, post the alerts it refused every half minute (see
        `redelivery`), not only at the next start. Call once it takes posts; idempotent."""
        if platform in self._ports and platform not in self._retrying:
            self._retrying[platform] = redelivery.start(
                platform, lambda min_age_s: self.alerts.redeliver(platform, min_age_s=min_age_s))

    @property
    def retrying(self) -> tuple[str, ...]:
        """The platforms whose refused alerts are being retried now."""
        return tuple(self._retrying)

    async def stop_retrying(self, platform: str) -> None:
        """Stop the retry loop before the platform's connection closes (waits for a round in flight)."""
        await redelivery.stop(self._retrying.pop(platform, None))

    @property
    def platforms(self) -> tuple[str, ...]:
        return tuple(self._ports)

    # ----- what the service decided

    async def perform(self, platform: str, actions: Iterable[Action]) -> None:
        """Deliver the service's actions for a message that arrived on `platform`."""
        for action in actions:
            if isinstance(action, SendAlert):
                await self.alerts.deliver(action.view, settle=True)
            elif isinstance(action, UpdateAlert):
                await self.alerts.deliver(action.view, settle=False)
            elif isinstance(action, SendNudge):
                await self.nudges.deliver(platform, action)

    async def redeliver(self, platform: str, community_id: str | None = None) -> int:
        """Post what a previous run (or a missing alert channel) left undelivered; at connection time."""
        return await self.alerts.redeliver(platform, community_id)

    async def set_alert_channel(self, platform: str, community_id: str, channel_id: str | None = None) -> int:
        """Alerts for the community go to `channel_id` now (already stored when None): the problems
        about it are over, and the alerts that were waiting are posted there. Returns how many."""
        if channel_id is not None:
            await self.settings.update(community_id, alert_channel_id=channel_id)
        self.board.clear(community_id, Problem.ALERT_CHANNEL, Problem.NO_ALERT_CHANNEL)
        log.info("community %s: alert channel set", community_id)
        return await self.alerts.redeliver(platform, community_id)

    async def report(self, reported: MessageEvent, reporter: Author, reason: str = "") -> str:
        """A member asks moderators to look at a message: open or join a case, show the alert,
        and return the thank-you for the reporter, in the community's language."""
        view = await self.lookout.report(reported, reporter, reason)
        await self.alerts.deliver(view, settle=False)
        log.info("community %s: member report recorded for case %s", reported.community.id, view.case_id)
        return tips.message("report_thanks", await self.language(reported.community.id))

    # ----- moderators' actions (see `CaseActions.act`: one flow for buttons, commands and the console)

    async def list_cases(self, communities: Sequence[str], status: CaseStatus | None = None) -> CaseListing:
        return await list_cases(self.lookout, communities, status)

    # ----- communities

    async def status(self, community_id: str, platform: str) -> StatusReport:
        return await status_report(self.lookout, self.settings, self.board, community_id, platform)

    async def language(self, community_id: str | None) -> str:
        """The language children in that community read Lookout in (English outside one)."""
        if community_id is None:
            return tips.FALLBACK_LANGUAGE
        return (await self.settings.get(community_id)).language or tips.FALLBACK_LANGUAGE

    async def set_language(self, community_id: str, language: str) -> str:
        """Set the community's language; returns its name. ValueError names the choices."""
        settings = await self.settings.set_language(community_id, language)
        log.info("community %s: language set to %s", community_id, settings.language)
        return tips.language_name(settings.language)

    # ----- the web console

    async def console_login(
        self, platform: str, person: Author, candidates: Iterable[str], *,
        known: Mapping[str, Rights] | None = None, names: Mapping[str, str] | None = None,
    ) -> LoginAnswer:
        """A one-time console link for a moderator who asked on `platform` (see `console_login`)."""
        return await console_login(self.console, platform, self._ports.get(platform), person, candidates,
                                   known=known, names=names)
