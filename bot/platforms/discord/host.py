"""What the Discord helpers need from the bot they run in, without importing the bot class.

Why a Protocol: buttons and slash commands get the client from the interaction, and used to import
`LookoutBot` (under `TYPE_CHECKING`) to know what it holds, which tied five modules into one
import circle. Like Red's mod cog, whose mixins share an abstract base that declares the few
attributes they use, they now see only this; the client class satisfies it.
"""

from __future__ import annotations

import contextlib
from typing import Protocol, TypeAlias, runtime_checkable

import discord

from bot.moderation import Moderation

Interaction: TypeAlias = discord.Interaction[discord.Client]


@runtime_checkable
class DiscordHost(Protocol):
    moderation: Moderation

    def working(self) -> contextlib.AbstractAsyncContextManager[None]:
        """Count a handler in flight, so shutdown waits for it before the service closes."""
        ...


def host_of(interaction: Interaction) -> DiscordHost:
    client = interaction.client
    if not isinstance(client, DiscordHost):
        raise TypeError(f"{type(client).__name__} is not a Lookout Discord client")
    return client
