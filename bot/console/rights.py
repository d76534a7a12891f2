"""Who may see and do what in the console, asked again on every request.

Why again each time: a login link is bound to the communities someone moderated when they asked
for it, but a moderator whose role is taken away must lose access at once, not when their session
ends. So every page and every action asks the `ConsoleRights` of the process: in bot mode the live
platform (through the port it attached to the moderation layer), in standalone mode the local
owner's rights over the database (everything but the platform's own actions, which need a
platform that is not there).
"""

from __future__ import annotations

import logging
from typing import Protocol

from bot.moderation import Moderation
from bot.moderation.ports import NO_RIGHTS, Rights

log = logging.getLogger(__name__)

LOCAL_PLATFORM = "local"  # the owner of a database opened with `lookout console --db`
OWNER_RIGHTS = Rights(moderate=True, timeout=False, ban=False)


class ConsoleRights(Protocol):
    async def rights(self, platform: str, community_id: str, user_id: str) -> Rights:
        """What `user_id` (a person on `platform`) may do in `community_id` right now."""
        ...

    def unavailable(self, platform: str, community_platform: str) -> str:
        """Why the platform's own actions (time out, ban) cannot be taken here ("" when they can)."""
        ...


class PlatformRights:
    """Bot mode: the platform the person logged in from says, through its attached port."""

    def __init__(self, moderation: Moderation) -> None:
        self.moderation = moderation

    async def rights(self, platform: str, community_id: str, user_id: str) -> Rights:
        port = self.moderation.cases.ports.get(platform)
        if port is None:
            return NO_RIGHTS  # not connected: nobody can say they still moderate there
        try:
            return await port.rights(community_id, user_id)
        except Exception as err:  # a platform error must not open the door, nor crash the page
            log.warning("console: could not check rights in community %s on %s (%s)", community_id, platform,
                        type(err).__name__)
            return NO_RIGHTS

    def unavailable(self, platform: str, community_platform: str) -> str:
        if community_platform not in self.moderation.cases.ports:
            return f"Lookout is not connected to {community_platform or 'that platform'} in this process."
        return ""


class OwnerRights:
    """Standalone mode: the local owner may do everything the database allows, and nothing else."""

    async def rights(self, platform: str, community_id: str, user_id: str) -> Rights:
        return OWNER_RIGHTS if platform == LOCAL_PLATFORM else NO_RIGHTS

    def unavailable(self, platform: str, community_platform: str) -> str:
        return ("The console runs over a database alone (no Discord or Telegram connection), so it cannot time "
                "out or ban anyone; do that on the platform.")
