"""What is broken in each community, remembered so it is logged once and shown in the status.

Why: a missing permission (cannot post in the alert channel, cannot time out) fails the same way
on every message. Logging each failure would bury the logs and still not tell the moderators, who
are the only people able to fix it. So each problem is logged once per community and kept here
until an operation that needs the same permission succeeds again; `/lookout status` on every
platform, and the console, read it from here. It also counts what this process did, and which
chats or channels the bot was removed from (Telegram tells a bot only when it next tries).

In memory, per process: after a restart the bot learns it again from the next failure, and the
status commands check the platform's live rights each time they run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

log = logging.getLogger(__name__)

# After this many messages from members with no text at all, the platform most likely withholds
# message text from the bot (Discord's Message Content intent, Telegram's privacy mode).
EMPTY_CONTENT_LIMIT = 5


class Problem(StrEnum):
    """Stable keys, so that a later success clears the matching problem."""

    NO_ALERT_CHANNEL = "no_alert_channel"  # no alert channel or chat is set up
    ALERT_CHANNEL = "alert_channel"  # it is set up, but alerts cannot be posted there
    TIMEOUT = "timeout"  # cannot time out (mute) members
    BAN = "ban"  # cannot ban members
    NUDGE_CHANNEL = "nudge_channel"  # cannot post tip buttons where the child is
    OWNER_DM = "owner_dm"  # could not tell the owner how to finish setup
    MESSAGE_CONTENT = "message_content"  # messages arrive without their text
    CANNOT_DELETE = "cannot_delete"  # cannot delete report commands (they stay visible)
    PRIVACY_MODE = "privacy_mode"  # sees commands only


@dataclass
class CommunityStatus:
    problems: dict[str, tuple[datetime, str]] = field(default_factory=dict)
    messages_seen: int = 0
    empty_messages: int = 0
    alerts_posted: int = 0
    nudges_sent: int = 0


class StatusBoard:
    """Per-community problems and counters for this process (other processes keep their own)."""

    def __init__(self) -> None:
        self._communities: dict[str, CommunityStatus] = {}
        self._removed: dict[str, datetime] = {}

    def community(self, community_id: str) -> CommunityStatus:
        return self._communities.setdefault(community_id, CommunityStatus())

    def problem(self, community_id: str, key: str, text: str) -> None:
        """Record a problem; only its first occurrence (until cleared) reaches the log."""
        status = self.community(community_id)
        if key not in status.problems:
            log.warning("community %s: %s", community_id, text)
        status.problems[key] = (datetime.now(UTC), text)

    def clear(self, community_id: str, *keys: str) -> None:
        status = self.community(community_id)
        for key in keys:
            if status.problems.pop(key, None) is not None:
                log.info("community %s: resolved problem %s", community_id, key)

    def problems(self, community_id: str) -> list[str]:
        """The open problems, oldest first, in words a moderator can act on."""
        return [text for _, text in sorted(self.community(community_id).problems.values())]

    def saw_message(self, community_id: str, has_text: bool, has_other_content: bool) -> bool:
        """Count a member's message; True when messages keep arriving without any text."""
        status = self.community(community_id)
        status.messages_seen += 1
        if has_text:
            status.empty_messages = 0
            self.clear(community_id, Problem.MESSAGE_CONTENT)
        elif not has_other_content:
            status.empty_messages += 1
        return status.empty_messages >= EMPTY_CONTENT_LIMIT

    # ----- places (channels, chats) the bot was removed from

    def mark_removed(self, place_id: str, why: str) -> None:
        if place_id not in self._removed:
            log.warning("the bot is no longer in %s (%s)", place_id, why)
        self._removed[place_id] = datetime.now(UTC)

    def mark_present(self, place_id: str) -> None:
        self._removed.pop(place_id, None)

    def is_removed(self, place_id: str) -> bool:
        return place_id in self._removed
