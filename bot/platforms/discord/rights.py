"""Who may do what in a Discord server, from the member's roles and permissions.

Why permission checks in code: Discord's own command permissions cannot express "Manage Server
*or* the Lookout moderator role", and volunteers in youth servers are often given a moderator
role without Manage Server. Moderator roles come from the community's settings and the config
(`[discord] moderator_role`), resolved by the moderation layer.
"""

from __future__ import annotations

import discord

from bot.moderation import Rights
from bot.moderation.settings import SettingsResolver
from bot.platforms.discord.translate import PLATFORM


async def is_moderator(
    settings: SettingsResolver, member: discord.Member, perms: discord.Permissions | None = None
) -> bool:
    perms = perms or member.guild_permissions
    if perms.administrator or perms.manage_guild or member.guild.owner_id == member.id:
        return True
    wanted = {n.casefold() for n in await settings.moderator_roles(str(member.guild.id), PLATFORM)}
    return any(r.name.casefold() in wanted or str(r.id) in wanted for r in member.roles)


async def rights_of(
    settings: SettingsResolver, member: discord.Member, perms: discord.Permissions | None = None
) -> Rights:
    """From a member and their permissions where they acted (an interaction carries these)."""
    perms = perms or member.guild_permissions
    return Rights(
        moderate=await is_moderator(settings, member, perms),
        timeout=perms.moderate_members or perms.administrator,
        ban=perms.ban_members or perms.administrator,
    )


async def moderator_role(settings: SettingsResolver, guild: discord.Guild) -> discord.Role | None:
    """The first moderator role that exists in the server (pinged on new alerts)."""
    for name in await settings.moderator_roles(str(guild.id), PLATFORM):
        for role in guild.roles:
            if role.name.casefold() == name.casefold() or str(role.id) == name:
                return role
    return None
