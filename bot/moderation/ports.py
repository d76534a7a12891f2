"""The small interfaces a platform implements so the moderation flows can run on it.

Why ports: the flows (post or edit an alert, act on a button, show a child a tip) are the same
on Discord, on Telegram and in the web console; what differs is the call that does each step.
Each port holds only the methods a flow uses, and says what happened in neutral terms (a ref,
an `EditResult`, an `Effect`, a `Refused` problem), so the flows never see a platform type and
a new surface implements the ports alone.

Refs (`alert_ref`) are opaque strings the platform makes up ("channel:message" on Discord,
"chat:message" on Telegram); only the platform that made one reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Protocol

from bot.actions import AlertView, Tip
from bot.events import Author
from bot.moderation.board import Problem
from bot.vocabulary import ModAction


class Refused(Exception):
    """The platform refused in a way only the community's moderators can fix."""

    def __init__(self, problem: Problem, text: str) -> None:
        super().__init__(text)
        self.problem = problem
        self.text = text


class EditResult(StrEnum):
    EDITED = "edited"  # the alert shows the new state
    GONE = "gone"  # the alert message no longer exists: post a new one
    FAILED = "failed"  # it exists but could not be edited now: do not post a duplicate


@dataclass(frozen=True, slots=True)
class Rights:
    """What one person may do in one community, as the platform says right now."""

    moderate: bool  # act on cases at all (moderator role, Manage Server, group admin…)
    timeout: bool = False
    ban: bool = False

    def allows(self, action: ModAction) -> bool:
        if action == ModAction.TIMEOUT:
            return self.timeout
        if action == ModAction.BAN:
            return self.ban
        return self.moderate


NO_RIGHTS = Rights(moderate=False)


@dataclass(frozen=True, slots=True)
class Effect:
    """What a platform-side step did: words for the audit trail, and for the moderator."""

    detail: str  # recorded on the case and shown on the alert ("timed out for 24 h", "ban failed: …")
    message: str = ""  # told to the moderator who acted, when it says more than `detail`
    problem: Refused | None = None  # a lasting problem the moderators must fix (shown in the status)
    applied: bool = True  # False when the platform step did not happen: the case keeps its status

    @classmethod
    def failed(cls, detail: str, message: str = "", problem: Refused | None = None) -> Effect:
        """A step that did not happen: the audit trail says so, and the case is not marked as done."""
        return cls(detail, message, problem, applied=False)


@dataclass(frozen=True, slots=True)
class Wording:
    """The platform's own words, for the few sentences the shared flows say to moderators."""

    moderators: str  # who may act: "this server's moderators"
    setup_hint: str  # how to choose the alert channel: "run /lookout setup alert-channel:#channel"
    rights: Mapping[ModAction, str] = field(default_factory=dict)  # permission an action needs, by name


class AlertPort(Protocol):
    """Where a community's alerts are shown, and how they are kept up to date."""

    platform: str
    wording: Wording

    def serves(self, community_id: str) -> bool:
        """Whether this process talks to that community (Discord shards split the servers)."""
        ...

    async def post_alert(self, channel_id: str, view: AlertView) -> str | None:
        """Post a new alert; its ref, or None after a passing failure (logged). Raises `Refused`."""
        ...

    async def edit_alert(self, alert_ref: str, view: AlertView) -> EditResult: ...

    async def announce_escalation(self, alert_ref: str, view: AlertView) -> None:
        """An edit notifies nobody: tell the moderators the case got worse (or do nothing)."""
        ...

    async def setup_missing(self, community_id: str) -> None:
        """No alert channel is set: tell whoever can set one up, once (or do nothing)."""
        ...


class ActionPort(Protocol):
    """The platform side of moderators' actions, and who may take them."""

    platform: str
    wording: Wording

    async def rights(self, community_id: str, user_id: str) -> Rights: ...

    async def timeout(self, community_id: str, user_id: str, length: timedelta, reason: str) -> Effect: ...

    async def ban(self, community_id: str, user_id: str, reason: str) -> Effect: ...


class NudgePort(Protocol):
    """Showing a child a tip, privately when possible."""

    platform: str
    # True where a private chat exists only if the child opened it (Telegram): using it is then
    # always the most discreet way, whatever the community's nudge mode.
    private_is_opt_in: bool

    async def send_private(self, user_id: str, tip: Tip) -> bool:
        """The tip in a private message; False when the child cannot be reached privately."""
        ...

    async def send_button(self, community_id: str, channel_id: str, child: Author, tip: Tip) -> bool:
        """A neutral line naming only the child, with a button to the tip. Raises `Refused`."""
        ...


class PlatformPort(AlertPort, ActionPort, NudgePort, Protocol):
    """Everything a live platform connection offers the moderation layer."""
