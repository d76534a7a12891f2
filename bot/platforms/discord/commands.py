"""Slash commands (`/lookout …`, `/safety`) and the "Report to moderators" message menu.

Why `/lookout` is visible to everyone: Discord's command permissions cannot express "Manage
Server *or* the moderator role", so each subcommand refuses, privately, anyone who is neither.
`/safety` and the report menu are for everyone, children first: their answers are ephemeral and
in the community's language. The commands only translate; the moderation layer holds the flows.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

import discord
from discord import app_commands

from bot import tips
from bot.moderation import Moderation, Problem, RoleKind, Scope
from bot.platforms.discord.components import case_view
from bot.platforms.discord.host import DiscordHost, Interaction
from bot.platforms.discord.render import alert_embed, case_list, guide_embeds, role_lines, status_embed
from bot.platforms.discord.rights import is_moderator, rights_of
from bot.platforms.discord.surface import InteractionSurface, say
from bot.platforms.discord.translate import PLATFORM, author_of, message_event
from bot.vocabulary import CaseStatus, ModAction, NudgeMode

log = logging.getLogger(__name__)

REPORT_MENU = "Report to moderators"
LANGUAGE_CHOICES = [app_commands.Choice(name=tips.language_name(code), value=code) for code in tips.languages()]
STATUS_CHOICES = [app_commands.Choice(name=status.value.replace("_", " "), value=status.value) for status in CaseStatus]


def _gid(interaction: Interaction) -> str:
    assert interaction.guild_id is not None, "guild-only command"
    return str(interaction.guild_id)


class LookoutCommands(app_commands.Group, name="lookout", description="Lookout child-safety settings and cases",
                      guild_only=True):
    case = app_commands.Group(name="case", description="Lookout cases")

    def __init__(self, host: DiscordHost) -> None:
        super().__init__()
        self.host = host

    @property
    def moderation(self) -> Moderation:
        return self.host.moderation

    async def _moderator(self, interaction: Interaction) -> discord.Member | None:
        """The member, if they may use these commands; otherwise they are told why not."""
        member = interaction.user
        if interaction.guild is None or not isinstance(member, discord.Member):
            await say(interaction, "Lookout commands work inside a server.")
            return None
        if await is_moderator(self.moderation.settings, member, interaction.permissions):
            return member
        await say(interaction, "Only members with Manage Server or the Lookout moderator role can use this.")
        return None

    @app_commands.command(name="setup", description="Choose the private channel where moderators get alerts")
    @app_commands.rename(alert_channel="alert-channel")
    @app_commands.describe(alert_channel="A channel only moderators can read")
    async def setup(self, interaction: Interaction, alert_channel: discord.TextChannel) -> None:
        if await self._moderator(interaction) is None:
            return
        gid = _gid(interaction)
        board = self.moderation.board
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            await alert_channel.send(
                "Lookout will post child-safety alerts here. Keep this channel visible to moderators only."
            )
        except discord.Forbidden:
            board.problem(gid, Problem.ALERT_CHANNEL, f"cannot post in the alert channel <#{alert_channel.id}>: "
                                                      "give Lookout View Channel, Send Messages and Embed Links there")
            await say(interaction, f"I cannot post in {alert_channel.mention}. Give Lookout View Channel, Send "
                                   "Messages and Embed Links there, then run this again.")
            return
        waiting = await self.moderation.set_alert_channel(PLATFORM, gid, str(alert_channel.id))
        everyone = alert_channel.permissions_for(alert_channel.guild.default_role)
        warning = ("\n⚠️ Everyone can read that channel. Alerts name suspects and children: restrict it to "
                   "moderators.") if everyone.view_channel else ""
        sent = f"\n{waiting} alert(s) that were waiting have been posted there." if waiting else ""
        await say(interaction, f"Alerts will go to {alert_channel.mention}.{warning}{sent}")
        log.info("guild %s: alert channel set", gid)

    @app_commands.command(name="roles",
                          description="Tell Lookout which roles mean minor, adult, trusted or moderator")
    @app_commands.describe(
        minor="An age role for under-18s",
        adult="An age role for adults",
        trusted="A role whose members are trusted (damped)",
        moderator="A role allowed to use Lookout commands and alert buttons",
        remove="Remove the given roles instead of adding them",
    )
    async def roles(
        self,
        interaction: Interaction,
        minor: discord.Role | None = None,
        adult: discord.Role | None = None,
        trusted: discord.Role | None = None,
        moderator: discord.Role | None = None,
        remove: bool = False,
    ) -> None:
        if await self._moderator(interaction) is None:
            return
        gid = _gid(interaction)
        settings = self.moderation.settings
        for kind, role in ((RoleKind.MINOR, minor), (RoleKind.ADULT, adult), (RoleKind.TRUSTED, trusted),
                           (RoleKind.MODERATOR, moderator)):
            if role is not None:
                await settings.change_role(gid, kind, role.name, remove=remove, platform=PLATFORM)
        effective = await settings.get(gid, PLATFORM)
        await say(interaction, "\n".join(role_lines(effective)))

    @app_commands.command(name="threshold", description="How much risk triggers an alert (lower = more alerts)")
    async def threshold(self, interaction: Interaction, value: app_commands.Range[float, 0.01, 100.0]) -> None:
        if await self._moderator(interaction) is None:
            return
        settings = await self.moderation.settings.update(_gid(interaction), threshold=float(value))
        await say(interaction, f"Alert threshold set to {settings.threshold}.")

    @app_commands.command(name="nudges", description="How children get safety tips")
    @app_commands.describe(mode="dm: private message (falls back to a button); button: a private tip button; off")
    async def nudges(self, interaction: Interaction, mode: Literal["dm", "button", "off"]) -> None:
        if await self._moderator(interaction) is None:
            return
        await self.moderation.settings.update(_gid(interaction), nudge_mode=NudgeMode(mode).value)
        await say(interaction, f"Safety tips: {mode}.")

    @app_commands.command(name="language", description="The language children read Lookout's tips and guide in")
    @app_commands.choices(code=LANGUAGE_CHOICES)
    async def language(self, interaction: Interaction, code: app_commands.Choice[str]) -> None:
        if await self._moderator(interaction) is None:
            return
        try:
            name = await self.moderation.set_language(_gid(interaction), code.value)
        except ValueError as err:
            await say(interaction, f"Not changed: {err}.")
            return
        await say(interaction, f"Tips, the /safety guide and the report form are now in {name}.")

    @app_commands.command(name="status", description="What is configured, what is missing, open cases")
    async def status(self, interaction: Interaction) -> None:
        if await self._moderator(interaction) is None:
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await self.moderation.status(_gid(interaction), PLATFORM)
        intents = interaction.client.intents
        missing = [name for name, on in (("Message Content", intents.message_content),
                                         ("Server Members", intents.members)) if not on]
        embed = status_embed(report, [f"the {name} intent is off" for name in missing])
        await interaction.followup.send(embed=embed, ephemeral=True)

    @case.command(name="show", description="Show a case")
    async def case_show(self, interaction: Interaction, id: str) -> None:
        if await self._moderator(interaction) is None:
            return
        view = await self.moderation.find_case(id, Scope((_gid(interaction),)))
        if view is None:
            await say(interaction, f"No case `{id}` in this server.")
            return
        await interaction.response.send_message(embed=alert_embed(view),
                                                view=case_view(view.case_id, view.console_url), ephemeral=True)

    @case.command(name="list", description="List this server's cases (those waiting for a moderator by default)")
    @app_commands.choices(status=STATUS_CHOICES)
    async def case_list(self, interaction: Interaction, status: app_commands.Choice[str] | None = None) -> None:
        if await self._moderator(interaction) is None:
            return
        listing = await self.moderation.list_cases([_gid(interaction)], CaseStatus(status.value) if status else None)
        await say(interaction, case_list(listing))

    @case.command(name="note", description="Add a note to a case (notes are never overwritten)")
    async def case_note(self, interaction: Interaction, id: str, text: app_commands.Range[str, 1, 1500]) -> None:
        member = await self._moderator(interaction)
        if member is None:
            return
        await self.moderation.act(
            id, ModAction.NOTE, author_of(member), InteractionSurface(interaction),
            rights=await rights_of(self.moderation.settings, member, interaction.permissions),
            scope=Scope((_gid(interaction),)), detail=text,
        )

    @app_commands.command(name="check", description="Show what Lookout's engine sees in a text (for tuning)")
    async def check(self, interaction: Interaction, text: app_commands.Range[str, 1, 2000]) -> None:
        if await self._moderator(interaction) is None:
            return
        detection = self.moderation.lookout.check(text)
        lines = [
            f"**Categories**: {', '.join(detection.categories) or 'none'}",
            f"**Rules**: {', '.join(detection.rules) or 'none'}",
            f"**Declared age**: {detection.declared_age or 'none'}",
            f"**Normalised**: `{discord.utils.escape_markdown(detection.normalized)[:1500]}`",
        ]
        await say(interaction, "\n".join(lines))

    @app_commands.command(name="console", description="Open the web console: a one-time login link only you see")
    async def console(self, interaction: Interaction) -> None:
        member = interaction.user
        if interaction.guild is None or not isinstance(member, discord.Member):
            await say(interaction, "Lookout commands work inside a server.")
            return
        here = interaction.guild
        # The servers this bot shares with them (their member object is at hand); the layer keeps
        # those they moderate. Here, the permissions Discord sent with the command count.
        shared = [here] + [g for g in interaction.client.guilds if g.id != here.id and g.get_member(member.id)]
        login = await self.moderation.console_login(
            PLATFORM, author_of(member), [str(g.id) for g in shared],
            known={str(here.id): await rights_of(self.moderation.settings, member, interaction.permissions)},
            names={str(g.id): discord.utils.escape_markdown(g.name) for g in shared},
        )
        # No preview: a link unfurler fetching the one-time link must not be what uses it up.
        await interaction.response.send_message(login.text, ephemeral=True, suppress_embeds=True,
                                                allowed_mentions=discord.AllowedMentions.none())

    @app_commands.command(name="forget", description="Delete what Lookout stores about a member (privacy request)")
    async def forget(self, interaction: Interaction, user: discord.User) -> None:
        if await self._moderator(interaction) is None:
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await self.moderation.lookout.forget(str(user.id), _gid(interaction))
        await say(interaction, report.summary())
        log.info("guild %s: forget request handled for %s", _gid(interaction), user.id)


class ReportModal(discord.ui.Modal):
    """What a member writes when reporting a message, in the community's language."""

    def __init__(self, moderation: Moderation, target: discord.Message, language: str) -> None:
        super().__init__(title=tips.message("report_title", language), timeout=900)
        self.moderation = moderation
        self.target = target
        self.reason: discord.ui.TextInput[ReportModal] = discord.ui.TextInput(
            label=tips.message("report_label", language),
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=500,
            placeholder=tips.message("report_placeholder", language),
        )
        self.add_item(self.reason)

    async def on_submit(self, interaction: Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        staff = await self.moderation.settings.staff_roles(_gid(interaction), PLATFORM)
        event = message_event(self.target, staff_roles=staff)
        thanks = await self.moderation.report(event, author_of(interaction.user), self.reason.value or "")
        await interaction.followup.send(thanks, ephemeral=True)


def safety_command(host: DiscordHost) -> app_commands.Command[Any, ..., None]:
    @app_commands.command(name="safety", description="Staying safe online: a short guide only you can see")
    async def safety(interaction: Interaction) -> None:
        moderation = host.moderation
        if interaction.guild_id is not None:
            language = await moderation.language(str(interaction.guild_id))
        else:
            language = tips.normalize_language(str(interaction.locale))
        guide = moderation.lookout.safety_guide(language)
        await interaction.response.send_message(embeds=guide_embeds(guide), ephemeral=True)

    return safety


def report_menu(host: DiscordHost) -> app_commands.ContextMenu:
    @app_commands.context_menu(name=REPORT_MENU)
    @app_commands.guild_only()
    async def report(interaction: Interaction, message: discord.Message) -> None:
        language = await host.moderation.language(_gid(interaction))
        if message.author.bot or message.webhook_id is not None:
            await interaction.response.send_message(tips.message("report_not_possible", language), ephemeral=True)
            return
        await interaction.response.send_modal(ReportModal(host.moderation, message, language))

    return report


def register(tree: app_commands.CommandTree[discord.Client], host: DiscordHost) -> None:
    tree.add_command(LookoutCommands(host))
    tree.add_command(safety_command(host))
    tree.add_command(report_menu(host))
