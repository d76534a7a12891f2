"""`/lookout status` in neutral terms: what is in force and where it comes from, and what is wrong.

Why: "why am I not getting alerts?" is the question moderators ask most, and the answer must be
the same whichever surface they ask it on. Each value names its source (set by a moderator, the
config file, or the built-in default), because a status that says "defaults" while the config's
moderator role is in force sends moderators looking in the wrong place. Platforms add their own
live checks (the bot's permissions, intents) when they render it.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.community_settings import EffectiveSettings
from bot.moderation.board import CommunityStatus, StatusBoard
from bot.moderation.settings import SettingsResolver
from bot.ports import LookoutPort


@dataclass(frozen=True, slots=True)
class StatusReport:
    community_id: str
    settings: EffectiveSettings
    open_cases: int
    problems: tuple[str, ...]
    counters: CommunityStatus


async def status_report(
    lookout: LookoutPort, settings: SettingsResolver, board: StatusBoard, community_id: str, platform: str
) -> StatusReport:
    return StatusReport(
        community_id=community_id,
        settings=await settings.get(community_id, platform),
        open_cases=await lookout.open_case_count(community_id),
        # Rules that timed out on hostile input are every community's problem (the engine is shared).
        problems=(*board.problems(community_id), *lookout.rule_problems()),
        counters=board.community(community_id),
    )
