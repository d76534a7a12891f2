"""Show a child a safety tip privately, at the moment it helps.

Why two ways: a private message is the most discreet, but many children (rightly) do not accept
private messages from a server's members, and on Telegram a bot can only write to someone who
started it. Then the platform posts one short, neutral line where the child is, mentioning only
the child, with a button to the tip. That public line never names or quotes anyone else and says
nothing about why, so it cannot embarrass the child or warn the other person. How often a child
is nudged is the service's decision; this only delivers.
"""

from __future__ import annotations

import logging

from bot.actions import SendNudge
from bot.moderation.board import Problem, StatusBoard
from bot.moderation.ports import NudgePort, Refused
from bot.moderation.settings import SettingsResolver
from bot.ports import LookoutPort
from bot.vocabulary import NudgeMode

log = logging.getLogger(__name__)


class NudgeDesk:
    def __init__(self, lookout: LookoutPort, settings: SettingsResolver, board: StatusBoard) -> None:
        self.lookout = lookout
        self.settings = settings
        self.board = board
        self.ports: dict[str, NudgePort] = {}

    async def deliver(self, platform: str, nudge: SendNudge) -> bool:
        """Show the tip; True when it reached the child (privately, or as a button)."""
        port = self.ports.get(platform)
        if port is None:
            return False
        community = nudge.community_id
        mode = NudgeMode((await self.settings.get(community, platform)).nudge_mode)
        if mode is NudgeMode.OFF:
            return False
        sent = False
        if mode is NudgeMode.DM or port.private_is_opt_in:
            sent = await port.send_private(nudge.child.id, nudge.tip)
            how = "privately"
        if not sent:
            how = "by button"
            try:
                sent = await port.send_button(community, nudge.channel_id, nudge.child, nudge.tip)
            except Refused as refused:
                self.board.problem(community, refused.problem, refused.text)
                return False
            if sent:
                self.board.clear(community, Problem.NUDGE_CHANNEL)
        if not sent:
            return False
        self.board.community(community).nudges_sent += 1
        await self.lookout.nudge_delivered(nudge.nudge_id)
        log.info("community %s: tip shown %s (%s)", community, how, nudge.tip.category)
        return True
