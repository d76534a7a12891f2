"""Show a child a safety tip privately, at the moment it helps.

Why two modes: a DM is the most private place, but many children (rightly) close DMs from
server members; Discord then answers error 50007. The fallback is a short, neutral message in
the channel that mentions only the child, with a button whose answer only the clicker sees.
The public message never names or quotes anyone else and says nothing about why, so it cannot
embarrass the child or tip off the other person. Rate limits are the service's job.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord

from bot.actions import SendNudge
from bot.platforms.discord import status as st
from bot.platforms.discord.components import tip_view
from bot.platforms.discord.render import tip_embed

if TYPE_CHECKING:
    from bot.platforms.discord.client import LookoutBot

log = logging.getLogger("bot.platforms.discord.nudges")

CANNOT_DM = 50007
PUBLIC_PROMPT = "{mention} here's a quick tip from Lookout, just for you. Only you can see it."


def _token(value: str) -> str:
    """Keep custom-id fields inside the button template's alphabet."""
    return re.sub(r"[^\w-]", "_", value)[:40] or "general"


class NudgeSender:
    def __init__(self, bot: LookoutBot) -> None:
        self.bot = bot

    async def deliver(self, nudge: SendNudge) -> None:
        settings = await self.bot.settings(nudge.community_id)
        mode = settings.nudge_mode
        if mode == "off":
            return
        sent = False
        if mode == "dm":
            sent = await self._dm(nudge)
        if not sent:
            sent = await self._button(nudge)
        if sent:
            self.bot.board.guild(nudge.community_id).nudges_sent += 1
            if nudge.nudge_id:
                await self.bot.lookout.nudge_delivered(nudge.nudge_id)

    async def _dm(self, nudge: SendNudge) -> bool:
        try:
            user = self.bot.get_user(int(nudge.child.id)) or await self.bot.fetch_user(int(nudge.child.id))
            await user.send(embed=tip_embed(nudge.tip))
        except discord.Forbidden as exc:
            if exc.code != CANNOT_DM:
                log.warning(
                    "guild %s: tip DM refused (code %s); using the channel button", nudge.community_id, exc.code
                )
            return False
        except discord.HTTPException as exc:
            log.warning("guild %s: tip DM failed: HTTP %s; using the channel button", nudge.community_id, exc.status)
            return False
        log.info("guild %s: tip sent by DM (%s)", nudge.community_id, nudge.tip.category)
        return True

    async def _button(self, nudge: SendNudge) -> bool:
        channel = self.bot.get_partial_messageable(int(nudge.channel_id), guild_id=int(nudge.community_id))
        child = discord.Object(id=int(nudge.child.id))
        try:
            await channel.send(
                PUBLIC_PROMPT.format(mention=f"<@{nudge.child.id}>"),
                view=tip_view(_token(nudge.tip.category), _token(nudge.tip.language)),
                allowed_mentions=discord.AllowedMentions(
                    everyone=False, roles=False, users=[child], replied_user=False
                ),
            )
        except discord.Forbidden:
            self.bot.board.problem(
                nudge.community_id,
                st.NUDGE_CHANNEL,
                f"cannot post safety-tip buttons in <#{nudge.channel_id}>: give Lookout Send Messages there",
            )
            return False
        except discord.HTTPException as exc:
            log.warning("guild %s: tip button failed: HTTP %s", nudge.community_id, exc.status)
            return False
        self.bot.board.clear(nudge.community_id, st.NUDGE_CHANNEL)
        log.info("guild %s: tip offered by button (%s)", nudge.community_id, nudge.tip.category)
        return True

    async def show_tip(self, interaction: discord.Interaction[Any], category: str, language: str) -> None:
        """Anyone may open a tip; the answer is ephemeral, so only the clicker sees it."""
        tip = self.bot.lookout.tip(category, language)
        await interaction.response.send_message(embed=tip_embed(tip), ephemeral=True)
