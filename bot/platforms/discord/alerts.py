"""Deliver alerts to the moderators' channel and carry out what moderators click on them.

Why coalescing: a grooming conversation can trigger several decisions within seconds (new
evidence, a severity step). Posting each would flood the channel and hit rate limits, so each
case has one slot: while a post or edit is in flight, newer views replace the pending one and
only the latest is applied. The first post records the message reference with the service, so
later escalations and button clicks edit that same message.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections import OrderedDict
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import discord

from bot.actions import AlertView
from bot.platforms.discord import status as st
from bot.platforms.discord.components import case_view
from bot.platforms.discord.render import alert_embed
from bot.platforms.discord.translate import author_of

if TYPE_CHECKING:
    from bot.platforms.discord.client import LookoutBot

log = logging.getLogger("bot.platforms.discord.alerts")

TIMEOUT_LENGTH = timedelta(hours=24)
MAX_SLOTS = 10_000


@dataclass
class _Slot:
    pending: AlertView | None = None
    busy: bool = False
    ref: str | None = None
    pinged: str = ""  # severity for which the moderator role was last pinged


def parse_ref(ref: str) -> tuple[int, int] | None:
    channel, _, message = ref.partition(":")
    if channel.isdigit() and message.isdigit():
        return int(channel), int(message)
    return None


class AlertDesk:
    def __init__(self, bot: LookoutBot) -> None:
        self.bot = bot
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

    async def deliver(self, view: AlertView) -> None:
        """Post or edit the alert for `view.case_id`; concurrent calls for a case coalesce."""
        slot = self._slot(view.case_id)
        slot.pending = view
        if slot.busy:
            return
        slot.busy = True
        try:
            while slot.pending is not None:
                current, slot.pending = slot.pending, None
                await self._apply(current, slot)
        finally:
            slot.busy = False

    async def wait_idle(self, timeout: float = 5.0) -> None:
        """For shutdown and tests: wait until no alert is being posted."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while any(s.busy for s in self._slots.values()) and loop.time() < deadline:
            await asyncio.sleep(0.01)

    async def _apply(self, view: AlertView, slot: _Slot) -> None:
        guild_id = view.community_id
        ref = view.alert_ref or slot.ref
        where = parse_ref(ref) if ref else None
        if where is not None and await self._edit(view, slot, *where):
            return
        settings = await self.bot.settings(guild_id)
        if not settings.alert_channel_id:
            self.bot.board.problem(
                guild_id,
                st.NO_ALERT_CHANNEL,
                "no alert channel is set, so alerts cannot be shown: run /lookout setup alert-channel:#channel",
            )
            await self.bot.notify_owner_setup(guild_id)
            return
        channel = self.bot.get_partial_messageable(int(settings.alert_channel_id), guild_id=int(guild_id))
        role = self.bot.moderator_role(guild_id, settings)
        content = f"{role.mention} new Lookout alert" if role else None
        try:
            message = await channel.send(
                content=content,
                embed=alert_embed(view),
                view=case_view(view.case_id),
                allowed_mentions=discord.AllowedMentions(everyone=False, users=False, roles=[role] if role else False),
            )
        except discord.Forbidden:
            self._cannot_post(guild_id, settings.alert_channel_id)
            return
        except discord.NotFound:
            self.bot.board.problem(
                guild_id, st.ALERT_CHANNEL, "the alert channel no longer exists: run /lookout setup again"
            )
            return
        except discord.HTTPException as exc:
            log.warning(
                "guild %s: posting alert for case %s failed: HTTP %s code %s",
                guild_id,
                view.case_id,
                exc.status,
                exc.code,
            )
            return
        self.bot.board.clear(guild_id, st.ALERT_CHANNEL)
        self.bot.board.clear(guild_id, st.NO_ALERT_CHANNEL)
        self.bot.board.guild(guild_id).alerts_posted += 1
        slot.ref = f"{message.channel.id}:{message.id}"
        slot.pinged = view.severity
        await self.bot.lookout.alert_delivered(view.case_id, slot.ref)
        log.info("guild %s: alert posted for case %s (%s)", guild_id, view.case_id, view.severity)

    async def _edit(self, view: AlertView, slot: _Slot, channel_id: int, message_id: int) -> bool:
        guild_id = view.community_id
        channel = self.bot.get_partial_messageable(channel_id, guild_id=int(guild_id))
        try:
            await channel.get_partial_message(message_id).edit(embed=alert_embed(view), view=case_view(view.case_id))
        except discord.NotFound:
            return False  # the alert was deleted: post a fresh one
        except discord.Forbidden:
            self._cannot_post(guild_id, str(channel_id))
            return True
        except discord.HTTPException as exc:
            log.warning("guild %s: editing alert for case %s failed: HTTP %s", guild_id, view.case_id, exc.status)
            return True
        slot.ref = f"{channel_id}:{message_id}"
        # An escalation arrives as an edit: its outbox entry is settled too, or it would wait forever.
        await self.bot.lookout.alert_delivered(view.case_id, slot.ref)
        if view.escalation and slot.pinged != view.severity:
            slot.pinged = view.severity
            await self._ping_escalation(view, channel, message_id)
        return True

    async def _ping_escalation(self, view: AlertView, channel: discord.PartialMessageable, message_id: int) -> None:
        """An edit notifies nobody, so an escalation gets one short reply that pings the role."""
        settings = await self.bot.settings(view.community_id)
        role = self.bot.moderator_role(view.community_id, settings)
        prefix = f"{role.mention} " if role else ""
        try:
            await channel.send(
                f"{prefix}case `{view.case_id}` escalated to **{view.severity}**: see the updated alert.",
                reference=discord.MessageReference(
                    message_id=message_id, channel_id=channel.id, fail_if_not_exists=False
                ),
                allowed_mentions=discord.AllowedMentions(everyone=False, users=False, roles=[role] if role else False),
            )
        except discord.HTTPException as exc:
            log.warning(
                "guild %s: escalation ping for case %s failed: HTTP %s", view.community_id, view.case_id, exc.status
            )

    def _cannot_post(self, guild_id: str, channel_id: str) -> None:
        self.bot.board.problem(
            guild_id,
            st.ALERT_CHANNEL,
            f"cannot post in the alert channel <#{channel_id}>: give Lookout View Channel, Send Messages "
            "and Embed Links there",
        )

    # ------------------------------------------------------------------ buttons
    async def handle_button(self, interaction: discord.Interaction[Any], case_id: str, action: str) -> None:
        async with self.bot.working():
            await self._handle_button(interaction, case_id, action)

    async def _handle_button(self, interaction: discord.Interaction[Any], case_id: str, action: str) -> None:
        guild = interaction.guild
        member = interaction.user
        if guild is None or not isinstance(member, discord.Member):
            await interaction.response.send_message("Lookout alerts only work inside a server.", ephemeral=True)
            return
        perms = interaction.permissions
        if not await self.bot.is_moderator(member, perms):
            await interaction.response.send_message(
                "Only this server's moderators can act on Lookout alerts.", ephemeral=True
            )
            return
        if action == "timeout" and not (perms.moderate_members or perms.administrator):
            await interaction.response.send_message("You need the Timeout Members permission for this.", ephemeral=True)
            return
        if action == "ban" and not (perms.ban_members or perms.administrator):
            await interaction.response.send_message("You need the Ban Members permission for this.", ephemeral=True)
            return
        await interaction.response.defer()
        lookout = self.bot.lookout
        current = await lookout.case_view(case_id)
        if current is None:
            await interaction.followup.send(
                f"Case `{case_id}` no longer exists (it may have been purged).", ephemeral=True
            )
            return
        outcome, detail, file = await self._platform_action(interaction, guild, member, current, action)
        actor = author_of(member)
        try:
            view = await lookout.moderator_action(case_id, actor, action, detail)
        except KeyError:
            await interaction.followup.send(f"Case `{case_id}` no longer exists.", ephemeral=True)
            return
        await interaction.edit_original_response(embed=alert_embed(view), view=case_view(case_id))
        self._slot(case_id).ref = (
            f"{interaction.message.channel.id}:{interaction.message.id}" if (interaction.message) else None
        )
        if file is not None:
            await interaction.followup.send(outcome, file=file, ephemeral=True)
        else:
            await interaction.followup.send(outcome, ephemeral=True)
        log.info("guild %s: moderator %s did %s on case %s", guild.id, member.id, action, case_id)

    async def _platform_action(
        self,
        interaction: discord.Interaction[Any],
        guild: discord.Guild,
        moderator: discord.Member,
        view: AlertView,
        action: str,
    ) -> tuple[str, str, discord.File | None]:
        """Do the Discord side of an action; returns (message for the moderator, audit detail, file)."""
        suspect_id = int(view.suspect.id)
        reason = f"Lookout case {view.case_id}, by {moderator} ({moderator.id})"
        gid = str(guild.id)
        if action == "timeout":
            try:
                target = guild.get_member(suspect_id) or await guild.fetch_member(suspect_id)
                await target.timeout(TIMEOUT_LENGTH, reason=reason)
            except discord.NotFound:
                return (
                    "The suspect is no longer in the server; nothing to time out.",
                    "time-out not applied: suspect not in server",
                    None,
                )
            except discord.Forbidden:
                self.bot.board.problem(
                    gid,
                    st.TIMEOUT,
                    "cannot time out members: give Lookout the Timeout "
                    "Members permission and put its role above the members' roles",
                )
                return (
                    "Lookout is not allowed to time out this member (missing Timeout Members permission "
                    "or the member's role is higher than Lookout's).",
                    "failed: missing permission",
                    None,
                )
            self.bot.board.clear(gid, st.TIMEOUT)
            return "Suspect timed out for 24 hours.", "timed out for 24 h", None
        if action == "ban":
            try:
                await guild.ban(discord.Object(id=suspect_id), reason=reason, delete_message_seconds=0)
            except discord.Forbidden:
                self.bot.board.problem(
                    gid,
                    st.BAN,
                    "cannot ban members: give Lookout the Ban Members permission "
                    "and put its role above the members' roles",
                )
                return "Lookout is not allowed to ban this member.", "ban failed: Lookout lacks permission", None
            except discord.HTTPException as exc:
                return f"The ban failed (HTTP {exc.status}).", f"ban failed: HTTP {exc.status}", None
            self.bot.board.clear(gid, st.BAN)
            return "Suspect banned (their messages were kept as evidence).", "banned", None
        if action == "evidence":
            filename, data = await self.bot.lookout.export_case(view.case_id)
            try:
                await moderator.send(
                    f"Evidence file for Lookout case `{view.case_id}`. Keep it private; it may be needed "
                    "if you report this to the police or to Discord Trust & Safety.",
                    file=discord.File(io.BytesIO(data), filename=filename),
                )
            except discord.Forbidden:
                return (
                    "Your DMs are closed, so here is the evidence file (only you can see this).",
                    "evidence file sent privately in the server",
                    discord.File(io.BytesIO(data), filename=filename),
                )
            return "Evidence file sent to your DMs.", "evidence file sent by DM", None
        if action == "reported":
            return "Marked as reported to the authorities. Keep the evidence file safe.", "", None
        if action == "false_positive":
            return "Marked as a false positive. Thank you: this helps tune Lookout.", "", None
        return "Acknowledged.", "", None
