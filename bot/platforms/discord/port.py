"""Discord's side of the moderation ports: the REST calls behind alerts, actions and tips.

Why it knows only a `discord.Client`: every call here is a plain REST call (post, edit, time out,
ban, DM), so nothing needs the Lookout bot class, and the moderation flows reach Discord through
this object alone, including when a moderator acts from the web console. Each method turns
Discord's answer into the neutral result the flows expect; what to do next is the flows' decision.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta

import discord

from bot import tips
from bot.actions import AlertView, Tip
from bot.events import Author
from bot.moderation import EditResult, Effect, Problem, Refused, Rights, StatusBoard, Wording
from bot.moderation.settings import SettingsResolver
from bot.platforms.discord.components import case_view, tip_view
from bot.platforms.discord.render import alert_embed, tip_embed
from bot.platforms.discord.rights import moderator_role, rights_of
from bot.platforms.discord.translate import PLATFORM
from bot.vocabulary import ModAction

log = logging.getLogger(__name__)

CANNOT_DM = 50007
WORDING = Wording(
    moderators="this server's moderators",
    setup_hint="run /lookout setup alert-channel:#channel",
    rights={ModAction.TIMEOUT: "Timeout Members", ModAction.BAN: "Ban Members"},
)


def parse_ref(ref: str) -> tuple[int, int] | None:
    """'channel_id:message_id' as ints; None for anything else (another platform's ref)."""
    channel, _, message = ref.partition(":")
    if channel.isdigit() and message.isdigit():
        return int(channel), int(message)
    return None


def _token(value: str) -> str:
    """Keep custom-id fields inside the button template's alphabet."""
    return re.sub(r"[^\w-]", "_", value)[:40] or "general"


def _mention_roles(role: discord.Role | None) -> discord.AllowedMentions:
    return discord.AllowedMentions(everyone=False, users=False, roles=[role] if role else False)


class DiscordPort:
    """The `PlatformPort` for one Discord client (one shard process)."""

    platform = PLATFORM
    wording = WORDING
    private_is_opt_in = False

    def __init__(self, client: discord.Client, settings: SettingsResolver, board: StatusBoard) -> None:
        self.client = client
        self.settings = settings
        self.board = board
        self._owner_noticed: set[str] = set()

    def serves(self, community_id: str) -> bool:
        return community_id.isdigit() and self.client.get_guild(int(community_id)) is not None

    # ------------------------------------------------------------------ who may act

    async def rights(self, community_id: str, user_id: str) -> Rights:
        member = await self._member(community_id, user_id)
        return await rights_of(self.settings, member) if member is not None else Rights(moderate=False)

    async def _member(self, community_id: str, user_id: str) -> discord.Member | None:
        guild = self.client.get_guild(int(community_id)) if community_id.isdigit() else None
        if guild is None or not user_id.isdigit():
            return None
        try:
            return guild.get_member(int(user_id)) or await guild.fetch_member(int(user_id))
        except discord.HTTPException:
            return None

    async def moderator_role(self, guild_id: str) -> discord.Role | None:
        guild = self.client.get_guild(int(guild_id))
        return await moderator_role(self.settings, guild) if guild is not None else None

    # ------------------------------------------------------------------ alerts

    async def post_alert(self, channel_id: str, view: AlertView) -> str | None:
        guild_id = view.community_id
        channel = self.client.get_partial_messageable(int(channel_id), guild_id=int(guild_id))
        role = await self.moderator_role(guild_id)
        try:
            message = await channel.send(
                content=f"{role.mention} new Lookout alert" if role else None,
                embed=alert_embed(view),
                view=case_view(view.case_id, view.console_url),
                allowed_mentions=_mention_roles(role),
            )
        except discord.Forbidden:
            raise self._cannot_post(channel_id) from None
        except discord.NotFound:
            raise Refused(Problem.ALERT_CHANNEL, "the alert channel no longer exists: run /lookout setup again") \
                from None
        except discord.HTTPException as exc:
            log.warning("guild %s: posting alert for case %s failed: HTTP %s code %s",
                        guild_id, view.case_id, exc.status, exc.code)
            return None
        return f"{message.channel.id}:{message.id}"

    def _alert_message(self, alert_ref: str, community_id: str) -> discord.PartialMessage | None:
        where = parse_ref(alert_ref)
        channel = self.client.get_partial_messageable(where[0], guild_id=int(community_id)) if where else None
        return channel.get_partial_message(where[1]) if channel is not None and where else None

    async def edit_alert(self, alert_ref: str, view: AlertView) -> EditResult:
        message = self._alert_message(alert_ref, view.community_id)
        if message is None:
            return EditResult.GONE
        try:
            await message.edit(embed=alert_embed(view), view=case_view(view.case_id, view.console_url))
        except discord.NotFound:
            return EditResult.GONE  # the alert was deleted: post a fresh one
        except discord.Forbidden:
            refused = self._cannot_post(str(message.channel.id))
            self.board.problem(view.community_id, refused.problem, refused.text)
            return EditResult.FAILED
        except discord.HTTPException as exc:
            log.warning("guild %s: editing alert for case %s failed: HTTP %s",
                        view.community_id, view.case_id, exc.status)
            return EditResult.FAILED
        return EditResult.EDITED

    async def announce_escalation(self, alert_ref: str, view: AlertView) -> None:
        """An edit notifies nobody, so an escalation gets one short reply that pings the role."""
        message = self._alert_message(alert_ref, view.community_id)
        if message is None:
            return
        role = await self.moderator_role(view.community_id)
        prefix = f"{role.mention} " if role else ""
        try:
            await message.channel.send(
                f"{prefix}case `{view.case_id}` escalated to **{view.severity}**: see the updated alert.",
                reference=message.to_reference(fail_if_not_exists=False),
                allowed_mentions=_mention_roles(role),
            )
        except discord.HTTPException as exc:
            log.warning("guild %s: escalation ping for case %s failed: HTTP %s",
                        view.community_id, view.case_id, exc.status)

    @staticmethod
    def _cannot_post(channel_id: str) -> Refused:
        return Refused(Problem.ALERT_CHANNEL, f"cannot post in the alert channel <#{channel_id}>: give Lookout "
                                              "View Channel, Send Messages and Embed Links there")

    async def setup_missing(self, community_id: str) -> None:
        """Tell the owner once (remembered in the settings) how to finish setup."""
        if community_id in self._owner_noticed:
            return
        self._owner_noticed.add(community_id)
        settings = await self.settings.get(community_id, PLATFORM)
        if settings.setup_notice_at is not None:
            return
        guild = self.client.get_guild(int(community_id))
        if guild is None or guild.owner_id is None:
            return
        try:
            owner = guild.owner or await self.client.fetch_user(guild.owner_id)
            await owner.send(
                f"Hi! Lookout was added to **{discord.utils.escape_markdown(guild.name)}** but cannot warn "
                "moderators yet. To finish setup, in a private moderators-only channel run "
                "`/lookout setup alert-channel:#that-channel`, then `/lookout roles` to map your age roles "
                "and `/lookout status` to check everything. Until then Lookout still shows children "
                "safety tips, but no one sees alerts."
            )
        except discord.HTTPException as exc:
            self.board.problem(community_id, Problem.OWNER_DM, f"could not DM the server owner the setup steps "
                                                               f"(HTTP {exc.status}); run /lookout setup")
        await self.settings.update(community_id, setup_notice_at=datetime.now(UTC))

    # ------------------------------------------------------------------ actions

    async def timeout(self, community_id: str, user_id: str, length: timedelta, reason: str) -> Effect:
        guild = self.client.get_guild(int(community_id))
        if guild is None:
            return Effect.failed("time-out failed: Lookout is not in the server",
                                 "Lookout is no longer in that server.")
        try:
            member = guild.get_member(int(user_id)) or await guild.fetch_member(int(user_id))
            await member.timeout(length, reason=reason)
        except discord.NotFound:
            return Effect.failed("time-out not applied: suspect not in server",
                          "The suspect is no longer in the server; nothing to time out.")
        except discord.Forbidden:
            return Effect.failed(
                "failed: missing permission",
                "Lookout is not allowed to time out this member (missing Timeout Members permission "
                "or the member's role is higher than Lookout's).",
                Refused(Problem.TIMEOUT, "cannot time out members: give Lookout the Timeout Members permission "
                                         "and put its role above the members' roles"),
            )
        except discord.HTTPException as exc:
            return Effect.failed(f"time-out failed: HTTP {exc.status}", f"The time-out failed (HTTP {exc.status}).")
        hours = round(length.total_seconds() / 3600)
        return Effect(f"timed out for {hours} h", f"Suspect timed out for {hours} hours.")

    async def ban(self, community_id: str, user_id: str, reason: str) -> Effect:
        guild = self.client.get_guild(int(community_id))
        if guild is None:
            return Effect.failed("ban failed: Lookout is not in the server", "Lookout is no longer in that server.")
        try:
            await guild.ban(discord.Object(id=int(user_id)), reason=reason, delete_message_seconds=0)
        except discord.Forbidden:
            return Effect.failed("ban failed: Lookout lacks permission", "Lookout is not allowed to ban this member.",
                          Refused(Problem.BAN, "cannot ban members: give Lookout the Ban Members permission "
                                               "and put its role above the members' roles"))
        except discord.HTTPException as exc:
            return Effect.failed(f"ban failed: HTTP {exc.status}", f"The ban failed (HTTP {exc.status}).")
        return Effect("banned", "Suspect banned (their messages were kept as evidence).")

    # ------------------------------------------------------------------ tips

    async def send_private(self, user_id: str, tip: Tip) -> bool:
        try:
            user = self.client.get_user(int(user_id)) or await self.client.fetch_user(int(user_id))
            await user.send(embed=tip_embed(tip))
        except discord.Forbidden as exc:
            if exc.code != CANNOT_DM:
                log.warning("tip DM refused (code %s); using the channel button", exc.code)
            return False
        except discord.HTTPException as exc:
            log.warning("tip DM failed: HTTP %s; using the channel button", exc.status)
            return False
        return True

    async def send_button(self, community_id: str, channel_id: str, child: Author, tip: Tip) -> bool:
        """One neutral line that mentions only the child; the button's answer only they see."""
        channel = self.client.get_partial_messageable(int(channel_id), guild_id=int(community_id))
        prompt = tips.message("tip_prompt", tip.language).replace("{name}", f"<@{child.id}>")
        try:
            await channel.send(
                prompt,
                view=tip_view(_token(tip.category), _token(tip.language),
                              tips.message("tip_button", tip.language)),
                allowed_mentions=discord.AllowedMentions(
                    everyone=False, roles=False, users=[discord.Object(id=int(child.id))], replied_user=False
                ),
            )
        except discord.Forbidden:
            raise Refused(Problem.NUDGE_CHANNEL, f"cannot post safety-tip buttons in <#{channel_id}>: "
                                                 "give Lookout Send Messages there") from None
        except discord.HTTPException as exc:
            log.warning("guild %s: tip button failed: HTTP %s", community_id, exc.status)
            return False
        return True
