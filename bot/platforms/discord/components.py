"""Persistent buttons: the case id and action live in the custom id, so they survive restarts.

Why dynamic items: an alert may sit in the channel for days before a moderator acts on it, and
the bot will have restarted in between. discord.py matches the custom id of every click against
these templates and rebuilds the button on the fly, so no per-message state is needed. A click
only translates: who clicked with which permissions; the moderation layer does the rest.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from bot.moderation import Scope
from bot.platforms.discord.host import Interaction, host_of
from bot.platforms.discord.render import tip_embed
from bot.platforms.discord.rights import rights_of
from bot.platforms.discord.surface import InteractionSurface, say
from bot.platforms.discord.translate import author_of
from bot.vocabulary import ModAction

CASE_TEMPLATE = r"lookout:case:(?P<case>[\w-]+):(?P<action>\w+)"
TIP_TEMPLATE = r"lookout:tip:(?P<category>[\w-]+):(?P<language>[\w-]+)"

# (action, label, style, row)
CASE_BUTTONS: tuple[tuple[ModAction, str, discord.ButtonStyle, int], ...] = (
    (ModAction.ACKNOWLEDGE, "Acknowledge", discord.ButtonStyle.secondary, 0),
    (ModAction.FALSE_POSITIVE, "False positive", discord.ButtonStyle.secondary, 0),
    (ModAction.TIMEOUT, "Time out 24 h", discord.ButtonStyle.primary, 0),
    (ModAction.BAN, "Ban", discord.ButtonStyle.danger, 0),
    (ModAction.EVIDENCE, "Evidence file", discord.ButtonStyle.secondary, 1),
    (ModAction.REPORTED, "Reported to authorities", discord.ButtonStyle.secondary, 1),
)
_LABELS: dict[str, tuple[str, discord.ButtonStyle, int]] = {
    action.value: (label, style, row) for action, label, style, row in CASE_BUTTONS
}


class CaseButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=CASE_TEMPLATE):
    def __init__(self, case_id: str, action: str) -> None:
        label, style, row = _LABELS.get(action, (action, discord.ButtonStyle.secondary, 1))
        super().__init__(
            discord.ui.Button(label=label, style=style, custom_id=f"lookout:case:{case_id}:{action}", row=row)
        )
        self.case_id = case_id
        self.action = action

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> CaseButton:
        return cls(match["case"], match["action"])

    async def callback(self, interaction: Interaction) -> None:
        host = host_of(interaction)
        async with host.working():
            await act_on_click(interaction, self.case_id, self.action)


async def act_on_click(interaction: Interaction, case_id: str, action: str) -> None:
    """A moderator pressed an alert button: who, with which rights, in which server."""
    moderation = host_of(interaction).moderation
    member = interaction.user
    if interaction.guild is None or not isinstance(member, discord.Member):
        await say(interaction, "Lookout alerts only work inside a server.")
        return
    try:
        wanted = ModAction(action)
    except ValueError:
        await say(interaction, "This button is no longer valid.")
        return
    await moderation.act(
        case_id, wanted, author_of(member), InteractionSurface(interaction),
        rights=await rights_of(moderation.settings, member, interaction.permissions),
        scope=Scope((str(interaction.guild.id),)),
    )


class TipButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=TIP_TEMPLATE):
    def __init__(self, category: str, language: str, label: str = "Safety tip") -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                emoji="💡",
                style=discord.ButtonStyle.primary,
                custom_id=f"lookout:tip:{category}:{language}",
            )
        )
        self.category = category
        self.language = language

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> TipButton:
        return cls(match["category"], match["language"])

    async def callback(self, interaction: Interaction) -> None:
        """Anyone may open a tip; the answer is ephemeral, so only the clicker sees it."""
        tip = host_of(interaction).moderation.lookout.tip(self.category, self.language)
        await interaction.response.send_message(embed=tip_embed(tip), ephemeral=True)


def case_view(case_id: str, console_url: str = "") -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for action, *_ in CASE_BUTTONS:
        view.add_item(CaseButton(case_id, action))
    if console_url:  # the case page in the web console (notes, timeline, exports), on a phone too
        view.add_item(discord.ui.Button(label="Open in console", url=console_url, row=1))
    return view


def tip_view(category: str, language: str, label: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(TipButton(category, language, label))
    return view
