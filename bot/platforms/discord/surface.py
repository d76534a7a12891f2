"""A Discord interaction as the place a moderator acted (an alert button or a slash command).

Why: the moderation flow says *what* to tell the moderator; this says it the Discord way. Every
answer is ephemeral (only the moderator sees it), a refusal is the interaction's first response,
an accepted click is deferred as a message update (the alert itself is edited by the alert desk),
and a file goes by DM, or ephemerally when the moderator's DMs are closed.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import discord

from bot.actions import AlertView
from bot.moderation import Effect
from bot.platforms.discord.host import Interaction
from bot.platforms.discord.render import alert_embed


async def say(interaction: Interaction, text: str, *, embeds: Sequence[discord.Embed] = ()) -> None:
    """An ephemeral answer, first or follow-up, whichever the interaction is ready for."""
    mentions = discord.AllowedMentions.none()
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=mentions, embeds=list(embeds))
    else:
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=mentions, embeds=embeds)


class InteractionSurface:
    """`ActionSurface` for a button click or a slash command."""

    def __init__(self, interaction: Interaction) -> None:
        self.interaction = interaction
        self._file: tuple[str, bytes] | None = None

    @property
    def _message(self) -> discord.Message | None:
        return self.interaction.message if self.interaction.type is discord.InteractionType.component else None

    @property
    def alert_ref(self) -> str | None:
        message = self._message
        if message is None or message.flags.ephemeral:
            return None  # a private copy (from /lookout case show) is not the alert
        return f"{message.channel.id}:{message.id}"

    async def refuse(self, text: str) -> None:
        await say(self.interaction, text)

    async def accept(self) -> None:
        if self.interaction.response.is_done():
            return
        if self._message is not None:
            await self.interaction.response.defer()  # the alert message itself is updated
        else:
            await self.interaction.response.defer(ephemeral=True, thinking=True)

    async def send_file(self, filename: str, data: bytes, caption: str) -> Effect:
        try:
            await self.interaction.user.send(
                f"{caption}. Keep it private; it may be needed if you report this to the police or to "
                "Discord Trust & Safety.",
                file=discord.File(io.BytesIO(data), filename=filename),
            )
        except discord.Forbidden:
            self._file = (filename, data)
            return Effect("evidence file sent privately in the server",
                          "Your DMs are closed, so here is the evidence file (only you can see this).")
        return Effect("evidence file sent by DM", "Evidence file sent to your DMs.")

    async def finish(self, view: AlertView, message: str) -> None:
        clicked = self._message
        if clicked is not None and clicked.flags.ephemeral:
            await self.interaction.edit_original_response(embed=alert_embed(view))  # the private copy
        if self._file is not None:
            filename, data = self._file
            await self.interaction.followup.send(message, ephemeral=True,
                                                 file=discord.File(io.BytesIO(data), filename=filename))
        else:
            await say(self.interaction, message)
