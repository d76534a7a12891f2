"""Slash commands (`/lookout …`, `/safety`) and the "Report to moderators" message menu.

Why permission checks in code: Discord's own command permissions (default_member_permissions)
cannot express "Manage Server *or* the moderator role", and volunteers in youth servers are
often given a moderator role without Manage Server. So `/lookout` is visible to everyone and
each subcommand refuses, privately, anyone who is neither. `/safety` and the report menu are
for everyone, children first: their answers are always ephemeral.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Literal, cast

import discord
from discord import app_commands

from bot.platforms.discord import status as st
from bot.platforms.discord.components import case_view
from bot.platforms.discord.render import STATUS_LABELS, alert_embed, guide_embeds
from bot.platforms.discord.translate import author_of, message_event

if TYPE_CHECKING:
    from bot.platforms.discord.client import LookoutBot

log = logging.getLogger("bot.platforms.discord.commands")

REPORT_MENU = "Report to moderators"


def _bot(interaction: discord.Interaction[Any]) -> LookoutBot:
    return cast("LookoutBot", interaction.client)


async def _say(interaction: discord.Interaction[Any], text: str, **kwargs: Any) -> None:
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, **kwargs)
    else:
        await interaction.response.send_message(text, ephemeral=True, **kwargs)


async def _moderator_only(interaction: discord.Interaction[Any]) -> bool:
    member = interaction.user
    if interaction.guild is None or not isinstance(member, discord.Member):
        await _say(interaction, "Lookout commands work inside a server.")
        return False
    if await _bot(interaction).is_moderator(member, interaction.permissions):
        return True
    await _say(interaction, "Only members with Manage Server or the Lookout moderator role can use this.")
    return False


def _gid(interaction: discord.Interaction[Any]) -> str:
    assert interaction.guild_id is not None
    return str(interaction.guild_id)


lookout_group = app_commands.Group(
    name="lookout", description="Lookout child-safety settings and cases", guild_only=True
)
case_group = app_commands.Group(name="case", description="Lookout cases", parent=lookout_group)


@lookout_group.command(name="setup", description="Choose the private channel where moderators get alerts")
@app_commands.rename(alert_channel="alert-channel")
@app_commands.describe(alert_channel="A channel only moderators can read")
async def setup_cmd(interaction: discord.Interaction[Any], alert_channel: discord.TextChannel) -> None:
    if not await _moderator_only(interaction):
        return
    bot = _bot(interaction)
    gid = _gid(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    try:
        await alert_channel.send(
            "Lookout will post child-safety alerts here. Keep this channel visible to moderators only."
        )
    except discord.Forbidden:
        bot.board.problem(
            gid,
            st.ALERT_CHANNEL,
            f"cannot post in the alert channel <#{alert_channel.id}>: give "
            "Lookout View Channel, Send Messages and Embed Links there",
        )
        await _say(
            interaction,
            f"I cannot post in {alert_channel.mention}. Give Lookout View Channel, Send "
            "Messages and Embed Links there, then run this again.",
        )
        return
    await bot.update_settings(gid, alert_channel_id=str(alert_channel.id))
    bot.board.clear(gid, st.ALERT_CHANNEL)
    bot.board.clear(gid, st.NO_ALERT_CHANNEL)
    everyone = alert_channel.permissions_for(alert_channel.guild.default_role)
    warning = (
        ("\n⚠️ Everyone can read that channel. Alerts name suspects and children: restrict it to moderators.")
        if everyone.view_channel
        else ""
    )
    waiting = await bot.redeliver(gid)
    sent = f"\n{waiting} alert(s) that were waiting have been posted there." if waiting else ""
    await _say(interaction, f"Alerts will go to {alert_channel.mention}.{warning}{sent}")
    log.info("guild %s: alert channel set", gid)


@lookout_group.command(name="roles", description="Tell Lookout which roles mean minor, adult, trusted or moderator")
@app_commands.describe(
    minor="An age role for under-18s",
    adult="An age role for adults",
    trusted="A role whose members are trusted (damped)",
    moderator="A role allowed to use Lookout commands and alert buttons",
    remove="Remove the given roles instead of adding them",
)
async def roles_cmd(
    interaction: discord.Interaction[Any],
    minor: discord.Role | None = None,
    adult: discord.Role | None = None,
    trusted: discord.Role | None = None,
    moderator: discord.Role | None = None,
    remove: bool = False,
) -> None:
    if not await _moderator_only(interaction):
        return
    bot = _bot(interaction)
    gid = _gid(interaction)
    settings = await bot.settings(gid)
    changes: dict[str, list[str]] = {}
    for field, role in (
        ("minor_roles", minor),
        ("adult_roles", adult),
        ("trusted_roles", trusted),
        ("moderator_roles", moderator),
    ):
        if role is None:
            continue
        names = [n for n in bot.role_list(settings, field) if n.casefold() != role.name.casefold()]
        if not remove:
            names.append(role.name)
        changes[field] = names
    if changes:
        settings = await bot.update_settings(gid, **changes)
    lines = [
        f"**{label}**: {', '.join(bot.role_list(settings, field)) or 'defaults'}"
        for label, field in (
            ("Minor", "minor_roles"),
            ("Adult", "adult_roles"),
            ("Trusted", "trusted_roles"),
            ("Moderator", "moderator_roles"),
        )
    ]
    await _say(interaction, "\n".join(lines), allowed_mentions=discord.AllowedMentions.none())


@lookout_group.command(name="threshold", description="How much risk triggers an alert (lower = more alerts)")
async def threshold_cmd(interaction: discord.Interaction[Any], value: app_commands.Range[float, 0.01, 100.0]) -> None:
    if not await _moderator_only(interaction):
        return
    settings = await _bot(interaction).update_settings(_gid(interaction), threshold=float(value))
    await _say(interaction, f"Alert threshold set to {settings.threshold}.")


@lookout_group.command(name="nudges", description="How children get safety tips")
@app_commands.describe(mode="dm: private message (falls back to a button); button: a private tip button; off")
async def nudges_cmd(interaction: discord.Interaction[Any], mode: Literal["dm", "button", "off"]) -> None:
    if not await _moderator_only(interaction):
        return
    await _bot(interaction).update_settings(_gid(interaction), nudge_mode=mode)
    await _say(interaction, f"Safety tips: {mode}.")


@lookout_group.command(name="status", description="What is configured, what is missing, open cases")
async def status_cmd(interaction: discord.Interaction[Any]) -> None:
    if not await _moderator_only(interaction):
        return
    bot = _bot(interaction)
    gid = _gid(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    settings = await bot.settings(gid)
    open_cases = await bot.lookout.open_case_count(gid)
    board = bot.board.guild(gid)
    embed = discord.Embed(title="Lookout status", colour=0x2ECC71 if not board.problems else 0xE67E22)
    channel = f"<#{settings.alert_channel_id}>" if settings.alert_channel_id else "not set: run /lookout setup"
    embed.add_field(name="Alert channel", value=channel, inline=False)
    embed.add_field(name="Safety tips", value=settings.nudge_mode, inline=True)
    embed.add_field(
        name="Threshold", value=str(settings.threshold if settings.threshold is not None else "default"), inline=True
    )
    embed.add_field(name="Open cases", value=str(open_cases), inline=True)
    roles = [
        f"{label}: {', '.join(bot.role_list(settings, field)) or 'defaults'}"
        for label, field in (
            ("minor", "minor_roles"),
            ("adult", "adult_roles"),
            ("trusted", "trusted_roles"),
            ("moderator", "moderator_roles"),
        )
    ]
    embed.add_field(name="Roles", value="\n".join(roles), inline=False)
    intents = bot.intents
    intent_problems = [
        name
        for name, on in (("Message Content", intents.message_content), ("Server Members", intents.members))
        if not on
    ]
    problems = bot.board.problems(gid) + [f"the {n} intent is off" for n in intent_problems] + \
        bot.lookout.rule_problems()
    embed.add_field(
        name="Problems", value="\n".join(f"⚠️ {p}" for p in problems)[:1024] if problems else "none", inline=False
    )
    embed.set_footer(
        text=f"seen {board.messages_seen} messages, posted {board.alerts_posted} alerts, "
        f"{board.nudges_sent} tips since start (this process)"
    )
    await interaction.followup.send(embed=embed, ephemeral=True)


@case_group.command(name="show", description="Show a case")
async def case_show(interaction: discord.Interaction[Any], id: str) -> None:
    if not await _moderator_only(interaction):
        return
    view = await _bot(interaction).lookout.case_view(id.strip())
    if view is None or view.community_id != _gid(interaction):
        await _say(interaction, f"No case `{id}` in this server.")
        return
    await interaction.response.send_message(embed=alert_embed(view), view=case_view(view.case_id), ephemeral=True)


@case_group.command(name="list", description="List this server's cases")
async def case_list(
    interaction: discord.Interaction[Any],
    status: Literal["open", "acknowledged", "false_positive", "actioned", "reported", "closed"] | None = None,
) -> None:
    if not await _moderator_only(interaction):
        return
    views = await _bot(interaction).lookout.list_cases(_gid(interaction), status)
    if not views:
        await _say(interaction, "No cases." if status is None else f"No {STATUS_LABELS.get(status, status)} cases.")
        return
    lines = [
        f"`{v.case_id}` {v.severity} · {STATUS_LABELS.get(v.status, v.status)} · <@{v.suspect.id}> → "
        + (f"<@{v.target.id}>" if v.target else "?")
        for v in views[:25]
    ]
    more = f"\n… and {len(views) - 25} more" if len(views) > 25 else ""
    await _say(interaction, "\n".join(lines) + more, allowed_mentions=discord.AllowedMentions.none())


@case_group.command(name="note", description="Add a note to a case (notes are never overwritten)")
async def case_note(interaction: discord.Interaction[Any], id: str, text: app_commands.Range[str, 1, 1500]) -> None:
    if not await _moderator_only(interaction):
        return
    bot = _bot(interaction)
    assert isinstance(interaction.user, discord.Member)
    current = await bot.lookout.case_view(id.strip())
    if current is None or current.community_id != _gid(interaction):
        await _say(interaction, f"No case `{id}` in this server.")
        return
    view = await bot.lookout.add_note(current.case_id, author_of(interaction.user), text)
    await _say(interaction, f"Note added to case `{view.case_id}`.")
    await bot.alerts.deliver(view)


@lookout_group.command(name="check", description="Show what Lookout's engine sees in a text (for tuning)")
async def check_cmd(interaction: discord.Interaction[Any], text: app_commands.Range[str, 1, 2000]) -> None:
    if not await _moderator_only(interaction):
        return
    detection = _bot(interaction).lookout.check(text)
    rules = getattr(detection, "rules", ()) or ()
    lines = [
        f"**Categories**: {', '.join(getattr(detection, 'categories', ()) or ()) or 'none'}",
        f"**Rules**: {', '.join(str(getattr(r, 'id', r)) for r in rules) or 'none'}",
        f"**Declared age**: {getattr(detection, 'declared_age', None) or 'none'}",
        f"**Normalised**: `{discord.utils.escape_markdown(str(getattr(detection, 'normalized', '')))[:1500]}`",
    ]
    await _say(interaction, "\n".join(lines), allowed_mentions=discord.AllowedMentions.none())


@lookout_group.command(name="forget", description="Delete what Lookout stores about a member (privacy request)")
async def forget_cmd(interaction: discord.Interaction[Any], user: discord.User) -> None:
    if not await _moderator_only(interaction):
        return
    await interaction.response.defer(ephemeral=True, thinking=True)
    report = await _bot(interaction).lookout.forget(str(user.id), _gid(interaction))
    await _say(interaction, report.summary(), allowed_mentions=discord.AllowedMentions.none())
    log.info("guild %s: forget request handled for %s", _gid(interaction), user.id)


@app_commands.command(name="safety", description="Staying safe online: a short guide only you can see")
async def safety_cmd(interaction: discord.Interaction[Any]) -> None:
    bot = _bot(interaction)
    language = "en"
    if interaction.guild_id is not None:
        language = (await bot.settings(str(interaction.guild_id))).language or "en"
    guide = bot.lookout.safety_guide(language)
    await interaction.response.send_message(embeds=guide_embeds(guide), ephemeral=True)


class ReportModal(discord.ui.Modal, title="Report to moderators"):
    reason: discord.ui.TextInput[ReportModal] = discord.ui.TextInput(
        label="What worries you? (optional)",
        style=discord.TextStyle.paragraph,
        required=False,
        max_length=500,
        placeholder="You are not in trouble. Only moderators will see this.",
    )

    def __init__(self, target: discord.Message) -> None:
        super().__init__(timeout=900)
        self.target = target

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        bot = _bot(interaction)
        reporter = interaction.user
        await interaction.response.defer(ephemeral=True, thinking=True)
        settings = await bot.settings(str(interaction.guild_id))
        event = message_event(self.target, staff_roles=bot.staff_roles(settings))
        view = await bot.lookout.report(event, author_of(reporter), self.reason.value or "")
        await bot.alerts.deliver(view)
        await interaction.followup.send(
            "Thank you. The moderators have been told, and only they can see your report. If someone is "
            "making you uncomfortable you can also block them and talk to an adult you trust.",
            ephemeral=True,
        )
        log.info("guild %s: member report recorded for case %s", interaction.guild_id, view.case_id)


@app_commands.context_menu(name=REPORT_MENU)
@app_commands.guild_only()
async def report_menu(interaction: discord.Interaction[Any], message: discord.Message) -> None:
    if message.author.bot:
        await interaction.response.send_message("Bot messages cannot be reported here.", ephemeral=True)
        return
    await interaction.response.send_modal(ReportModal(message))


def register(tree: app_commands.CommandTree[Any]) -> None:
    tree.add_command(lookout_group)
    tree.add_command(safety_cmd)
    tree.add_command(report_menu)
