"""What is broken in each server, remembered so it is logged once and shown in `/lookout status`.

Why: a missing permission (cannot post in the alert channel, cannot time out) fails the same way
on every message. Logging each failure would bury the logs and still not tell the moderators,
who are the only people able to fix it. So each problem is logged once per server and kept
here until an operation that needs the same permission succeeds again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

log = logging.getLogger("bot.platforms.discord")

# Problem keys (stable, so a later success can clear the matching problem).
ALERT_CHANNEL = "alert_channel"
NO_ALERT_CHANNEL = "no_alert_channel"
TIMEOUT = "timeout"
BAN = "ban"
NUDGE_CHANNEL = "nudge_channel"
OWNER_DM = "owner_dm"
MESSAGE_CONTENT = "message_content"

# After this many messages from members with no text at all, the message-content intent is
# most likely disabled in the developer portal (Discord then sends empty `content`).
EMPTY_CONTENT_LIMIT = 5


@dataclass
class GuildStatus:
    problems: dict[str, tuple[datetime, str]] = field(default_factory=dict)
    messages_seen: int = 0
    empty_messages: int = 0
    alerts_posted: int = 0
    nudges_sent: int = 0


class StatusBoard:
    """Per-guild problems and counters for this process (other shards keep their own)."""

    def __init__(self) -> None:
        self._guilds: dict[str, GuildStatus] = {}

    def guild(self, guild_id: str) -> GuildStatus:
        return self._guilds.setdefault(guild_id, GuildStatus())

    def problem(self, guild_id: str, key: str, text: str) -> None:
        """Record a problem; only the first occurrence (until cleared) reaches the log."""
        status = self.guild(guild_id)
        if key not in status.problems:
            log.warning("guild %s: %s", guild_id, text)
        status.problems[key] = (datetime.now(UTC), text)

    def clear(self, guild_id: str, key: str) -> None:
        status = self.guild(guild_id)
        if status.problems.pop(key, None) is not None:
            log.info("guild %s: resolved problem %s", guild_id, key)

    def problems(self, guild_id: str) -> list[str]:
        return [text for _, text in sorted(self.guild(guild_id).problems.values())]

    def saw_message(self, guild_id: str, has_text: bool, has_other_content: bool) -> None:
        """Track member messages to notice a disabled message-content intent."""
        status = self.guild(guild_id)
        status.messages_seen += 1
        if has_text:
            status.empty_messages = 0
            self.clear(guild_id, MESSAGE_CONTENT)
        elif not has_other_content:
            status.empty_messages += 1
            if status.empty_messages >= EMPTY_CONTENT_LIMIT:
                self.problem(
                    guild_id,
                    MESSAGE_CONTENT,
                    "messages arrive without text: enable the Message Content intent for the bot "
                    "in the Discord developer portal (Bot > Privileged Gateway Intents)",
                )
