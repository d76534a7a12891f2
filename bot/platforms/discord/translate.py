"""Turn discord.py objects into Lookout's neutral events.

Why a separate module: this is the only place that knows how Discord represents people and
places, so the pipeline sees the same `Author`/`Channel`/`Message` shape as it does for
Telegram and for chat exports. Staff detection lives here because it depends on Discord
permissions (Manage Server, Manage Messages, Administrator) as well as configured roles.
"""

from __future__ import annotations

from collections.abc import Iterable

import discord

from bot.events import Author, Channel, ChannelKind, Community, MemberJoined, Message, MessageEvent

PLATFORM = "discord"
# Discord's own limit on a message (with Nitro; 2,000 without). The gateway should never send more;
# if it does (a proxy, a fake, a change on Discord's side) the rest is not read, so one event cannot
# carry unbounded work into the pipeline.
MAX_MESSAGE_CHARS = 4_000


def is_staff_member(member: discord.Member, staff_roles: Iterable[str]) -> bool:
    """Moderators, admins and configured trusted roles are damped by the pipeline."""
    perms = member.guild_permissions
    if perms.administrator or perms.manage_guild or perms.manage_messages:
        return True
    wanted = {name.casefold() for name in staff_roles}
    return any(role.name.casefold() in wanted or str(role.id) in wanted for role in member.roles)


def author_of(user: discord.User | discord.Member, staff_roles: Iterable[str] = ()) -> Author:
    if isinstance(user, discord.Member):
        roles = tuple(role.name for role in user.roles if not role.is_default())
        return Author(
            id=str(user.id),
            display_name=user.display_name,
            username=user.name,
            created_at=user.created_at,
            joined_at=user.joined_at,
            roles=roles,
            is_bot=user.bot,
            is_staff=is_staff_member(user, staff_roles),
        )
    return Author(
        id=str(user.id),
        display_name=user.display_name,
        username=user.name,
        created_at=user.created_at,
        is_bot=user.bot,
    )


def community_of(guild: discord.Guild) -> Community:
    return Community(id=str(guild.id), platform=PLATFORM, name=guild.name)


def channel_of(channel: object, thread_members: dict[int, tuple[str, ...]] | None = None) -> Channel:
    """Map a channel; private threads carry their known members (watched like DMs)."""
    if isinstance(channel, discord.Thread):
        private = channel.type is discord.ChannelType.private_thread
        members = (thread_members or {}).get(channel.id, ())
        if not members:
            members = tuple(str(m.id) for m in channel.members)
        return Channel(
            id=str(channel.id),
            kind=ChannelKind.PRIVATE_THREAD if private else ChannelKind.THREAD,
            name=channel.name,
            parent_id=str(channel.parent_id),
            member_ids=members if private else (),
        )
    if isinstance(channel, discord.DMChannel):
        recipient = channel.recipient
        return Channel(
            id=str(channel.id), kind=ChannelKind.DIRECT, member_ids=(str(recipient.id),) if recipient else ()
        )
    name = getattr(channel, "name", "") or ""
    return Channel(id=str(getattr(channel, "id", "")), kind=ChannelKind.PUBLIC, name=name)


def should_ignore(message: discord.Message) -> bool:
    """Bots, webhooks, system messages and DMs to the bot carry nothing to protect."""
    if message.author.bot or message.webhook_id is not None or message.guild is None:
        return True
    return message.type not in (discord.MessageType.default, discord.MessageType.reply)


def message_event(
    message: discord.Message,
    *,
    edited: bool = False,
    staff_roles: Iterable[str] = (),
    thread_members: dict[int, tuple[str, ...]] | None = None,
) -> MessageEvent:
    assert message.guild is not None, "guild messages only"
    reply_to_id: str | None = None
    reply_to_author: str | None = None
    if message.reference is not None and message.reference.message_id is not None:
        reply_to_id = str(message.reference.message_id)
        resolved = message.reference.resolved
        if isinstance(resolved, discord.Message):
            reply_to_author = str(resolved.author.id)
    return MessageEvent(
        community=community_of(message.guild),
        channel=channel_of(message.channel, thread_members),
        author=author_of(message.author, staff_roles),
        message=Message(
            id=str(message.id),
            timestamp=message.created_at,
            text=message.content[:MAX_MESSAGE_CHARS],
            reply_to_id=reply_to_id,
            reply_to_author_id=reply_to_author,
            mention_ids=tuple(str(u.id) for u in message.mentions if u.id != message.author.id),
            attachments=len(message.attachments),
            edited=edited,
        ),
    )


def member_joined(member: discord.Member, staff_roles: Iterable[str] = ()) -> MemberJoined:
    when = member.joined_at or discord.utils.utcnow()
    return MemberJoined(community=community_of(member.guild), member=author_of(member, staff_roles), timestamp=when)


def jump_url(guild_id: str, channel_id: str, message_id: str) -> str:
    return f"https://discord.com/channels/{guild_id}/{channel_id}/{message_id}"
