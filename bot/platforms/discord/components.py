"""Persistent buttons: the case id and action live in the custom id, so they survive restarts.

Why dynamic items: an alert may sit in the channel for days before a moderator acts on it, and
the bot will have restarted in between. discord.py matches the custom id of every click
against these templates and rebuilds the button on the fly, so no per-message state is needed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

import discord

if TYPE_CHECKING:
    from bot.platforms.discord.client import LookoutBot

CASE_TEMPLATE = r"lookout:case:(?P<case>[\w-]+):(?P<action>\w+)"
TIP_TEMPLATE = r"lookout:tip:(?P<category>[\w-]+):(?P<language>[\w-]+)"

# (action, label, style, row); actions are the service's MOD_ACTIONS.
CASE_BUTTONS: tuple[tuple[str, str, discord.ButtonStyle, int], ...] = (
    ("acknowledge", "Acknowledge", discord.ButtonStyle.secondary, 0),
    ("false_positive", "False positive", discord.ButtonStyle.secondary, 0),
    ("timeout", "Time out 24 h", discord.ButtonStyle.primary, 0),
    ("ban", "Ban", discord.ButtonStyle.danger, 0),
    ("evidence", "Evidence file", discord.ButtonStyle.secondary, 1),
    ("reported", "Reported to authorities", discord.ButtonStyle.secondary, 1),
)
_LABELS = {action: (label, style, row) for action, label, style, row in CASE_BUTTONS}


def _bot(interaction: discord.Interaction[Any]) -> LookoutBot:
    return cast("LookoutBot", interaction.client)


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
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> CaseButton:
        return cls(match["case"], match["action"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await _bot(interaction).alerts.handle_button(interaction, self.case_id, self.action)


class TipButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=TIP_TEMPLATE):
    def __init__(self, category: str, language: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Safety tip",
                emoji="💡",
                style=discord.ButtonStyle.primary,
                custom_id=f"lookout:tip:{category}:{language}",
            )
        )
        self.category = category
        self.language = language

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> TipButton:
        return cls(match["category"], match["language"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await _bot(interaction).nudges.show_tip(interaction, self.category, self.language)


def case_view(case_id: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for action, *_ in CASE_BUTTONS:
        view.add_item(CaseButton(case_id, action))
    return view


def tip_view(category: str, language: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(TipButton(category, language))
    return view
