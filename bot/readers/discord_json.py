"""DiscordChatExporter's JSON format turned into neutral events.

DiscordChatExporter (Tyrrrz) writes one channel per file: ``guild``, ``channel`` and ``messages[]``.
Besides ordinary messages the list holds service entries (joins, pins, thread creation, calls …);
those are not conversation, but a member-join entry tells us when an account joined the server,
which the pipeline uses as a relationship signal, so it is kept in a per-file map.
An export holds each message once, in its final form, so `Message.edited` stays false: for the
pipeline an edited message in an export is simply a message, never a re-scan of an earlier one.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.events import Author, Channel, ChannelKind, ChatExport, Community, Message, MessageEvent
from bot.readers.conversation import RecentAuthors, TimeOrder, guarded, in_time_order
from bot.readers.errors import MalformedExport
from bot.readers.fields import (
    as_id,
    as_object,
    as_text,
    join,
    message_array,
    opt_bool,
    opt_list,
    opt_text,
    parse_iso,
    require,
)
from bot.readers.jsonstream import JsonFile

HINT = "the file does not look like a complete DiscordChatExporter JSON export; export the channel again"

DISCORD_EPOCH_MS = 1_420_070_400_000

CHANNEL_KINDS: dict[str, ChannelKind] = {
    "GuildTextChat": ChannelKind.PUBLIC,
    "GuildNewsChat": ChannelKind.PUBLIC,
    "GuildVoiceChat": ChannelKind.PUBLIC,
    "GuildStageVoice": ChannelKind.PUBLIC,
    "GuildForum": ChannelKind.PUBLIC,
    "GuildNewsThread": ChannelKind.THREAD,
    "GuildPublicThread": ChannelKind.THREAD,
    "GuildPrivateThread": ChannelKind.PRIVATE_THREAD,
    "DirectTextChat": ChannelKind.DIRECT,
    "DirectGroupTextChat": ChannelKind.DIRECT,
}

# Entries that are conversation. Other named kinds are service entries; a kind DiscordChatExporter does
# not know is written as a number and is kept when it carries text or files, so nothing is dropped.
CONVERSATION_TYPES = frozenset({"Default", "Reply"})
SERVICE_TYPES = frozenset(
    {
        "RecipientAdd",
        "RecipientRemove",
        "Call",
        "ChannelNameChange",
        "ChannelIconChange",
        "ChannelPinnedMessage",
        "GuildMemberJoin",
        "ThreadCreated",
    }
)


def looks_like(root: object) -> bool:
    return isinstance(root, dict) and "guild" in root and "channel" in root and "messages" in root


def snowflake_time(snowflake: str) -> datetime | None:
    """Discord ids encode their creation time; for a user id that is when the account was made."""
    if not snowflake.isdigit():
        return None
    millis = (int(snowflake) >> 22) + DISCORD_EPOCH_MS
    try:
        return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=millis)
    except OverflowError:
        return None  # not a real snowflake: the id is still usable, its age is just unknown


@dataclass(slots=True)
class _Raw:
    """A conversation entry between parsing and building events (joins are only known at the end)."""

    message_id: str
    timestamp: datetime
    text: str
    author_id: str
    display_name: str
    username: str
    roles: tuple[str, ...]
    is_bot: bool
    reply_to_id: str | None
    reply_to_author_id: str | None
    mention_ids: tuple[str, ...]
    attachments: int


def read(root: Any, source: str, file: JsonFile) -> list[ChatExport]:
    """One channel export. A first pass over the file surveys what events need from all of it; the
    events are then read, and every entry checked, lazily, one message at a time (see
    bot.readers.jsonstream). A bad entry ends the events with an `ExportReadError` naming it."""
    root = as_object(root, "", HINT)
    guild = as_object(require(root, "guild", "", HINT), "guild", HINT)
    guild_id = as_id(require(guild, "id", "guild", HINT), "guild.id", HINT)
    channel_obj = as_object(require(root, "channel", "", HINT), "channel", HINT)
    channel_id = as_id(require(channel_obj, "id", "channel", HINT), "channel.id", HINT)
    channel_type = as_text(require(channel_obj, "type", "channel", HINT), "channel.type", HINT)
    kind = CHANNEL_KINDS.get(channel_type, ChannelKind.PUBLIC)
    direct = kind is ChannelKind.DIRECT or guild_id == "0"
    if direct:
        kind = ChannelKind.DIRECT
        community = Community(id=f"dm:{channel_id}", platform="discord", name="Direct messages")
    else:
        community = Community(id=guild_id, platform="discord", name=opt_text(guild, "name", "guild", HINT))
    array = message_array(require(root, "messages", "", HINT), "messages", HINT)

    # Pass 1: what events need from the whole file: join times, the people of a DM, and whether the
    # file is in time order (exporters write it so).
    joins: dict[str, list[datetime]] = {}
    members: dict[str, None] = {}
    order = TimeOrder()
    for entry in file.items(array):
        _survey(entry, joins, members, order)
    for times in joins.values():
        times.sort()

    parent = channel_obj.get("categoryId")
    channel = Channel(
        id=channel_id,
        kind=kind,
        name=opt_text(channel_obj, "name", "channel", HINT),
        parent_id=str(parent) if isinstance(parent, str | int) and parent else None,
        member_ids=tuple(members) if direct else (),
    )
    members.clear()

    def events() -> Iterator[MessageEvent]:
        authors: dict[tuple[object, ...], Author] = {}
        replies = RecentAuthors()
        for index, entry in enumerate(file.items(array)):
            raw = _parse_entry(entry, f"messages[{index}]", replies, {})
            if raw is not None:
                yield MessageEvent(community, channel, _author(raw, joins, authors), _message(raw))

    return [ChatExport(source=source, platform="discord", community=community, channel=channel,
                       events=guarded(in_time_order(events(), order.sorted), source, file))]


def _survey(entry: Any, joins: dict[str, list[datetime]], members: dict[str, None], order: TimeOrder) -> None:
    """The facts of one entry that the whole conversation needs, the same as `_parse_entry` finds for a
    good entry. An odd entry is skipped here; reading the events reports it, precisely."""
    try:
        kind = _kind(entry["type"], "")
        when = parse_iso(entry["timestamp"], "", HINT)
        author_id = as_id(entry["author"]["id"], "", HINT)
    except (KeyError, TypeError, MalformedExport):
        return
    if kind == "GuildMemberJoin":
        joins.setdefault(author_id, []).append(when)
    elif kind in CONVERSATION_TYPES or (kind not in SERVICE_TYPES
                                        and (entry.get("content") or entry.get("attachments"))):
        members[author_id] = None
        order.see(when)


def _parse_entry(
    entry: object, where: str, author_of: RecentAuthors, joins: dict[str, list[datetime]]
) -> _Raw | None:
    msg = as_object(entry, where, HINT)
    message_id = as_id(require(msg, "id", where, HINT), join(where, "id"), HINT)
    kind = _kind(require(msg, "type", where, HINT), join(where, "type"))
    timestamp = parse_iso(require(msg, "timestamp", where, HINT), join(where, "timestamp"), HINT)
    author_where = join(where, "author")
    author = as_object(require(msg, "author", where, HINT), author_where, HINT)
    author_id = as_id(require(author, "id", author_where, HINT), join(author_where, "id"), HINT)
    author_of[message_id] = author_id
    text = opt_text(msg, "content", where, HINT)
    attachments = len(opt_list(msg, "attachments", where, HINT))

    if kind == "GuildMemberJoin":
        joins.setdefault(author_id, []).append(timestamp)
        return None
    if kind not in CONVERSATION_TYPES and (kind in SERVICE_TYPES or not (text or attachments)):
        return None

    roles = []
    for r_index, role in enumerate(opt_list(author, "roles", author_where, HINT)):
        role_where = f"{author_where}.roles[{r_index}]"
        roles.append(opt_text(as_object(role, role_where, HINT), "name", role_where, HINT))
    mentions = []
    for m_index, mention in enumerate(opt_list(msg, "mentions", where, HINT)):
        mention_where = f"{where}.mentions[{m_index}]"
        mention_obj = as_object(mention, mention_where, HINT)
        mentions.append(as_id(require(mention_obj, "id", mention_where, HINT), join(mention_where, "id"), HINT))

    reply_to_id = None
    reference = msg.get("reference")
    if reference is not None:
        ref_where = join(where, "reference")
        ref = as_object(reference, ref_where, HINT)
        if ref.get("messageId") is not None:
            reply_to_id = as_id(ref["messageId"], join(ref_where, "messageId"), HINT)

    name = opt_text(author, "name", author_where, HINT)
    return _Raw(
        message_id=message_id,
        timestamp=timestamp,
        text=text,
        author_id=author_id,
        display_name=opt_text(author, "nickname", author_where, HINT) or name,
        username=name,
        roles=tuple(r for r in roles if r),
        is_bot=opt_bool(author, "isBot", author_where, HINT),
        reply_to_id=reply_to_id,
        # Only messages read before this one: a reply cannot point forward in time.
        reply_to_author_id=author_of.get(reply_to_id) if reply_to_id else None,
        mention_ids=tuple(dict.fromkeys(mentions)),
        attachments=attachments,
    )


def _kind(value: object, where: str) -> str:
    """The entry type: a name, or a number for a kind the exporter does not know (kept, see above)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return as_text(value, where, HINT)


def _author(raw: _Raw, joins: dict[str, list[datetime]], cache: dict[tuple[object, ...], Author]) -> Author:
    """Share one Author object per distinct profile: big exports repeat the same few people."""
    joined_at = None
    times = joins.get(raw.author_id)
    if times:
        # The latest join at or before this message: a member who left and came back counts from the return.
        position = bisect.bisect_right(times, raw.timestamp)
        if position:
            joined_at = times[position - 1]
    key = (raw.author_id, raw.display_name, raw.username, raw.roles, raw.is_bot, joined_at)
    author = cache.get(key)
    if author is None:
        author = Author(
            id=raw.author_id,
            display_name=raw.display_name,
            username=raw.username or None,
            created_at=snowflake_time(raw.author_id),
            joined_at=joined_at,
            roles=raw.roles,
            is_bot=raw.is_bot,
        )
        cache[key] = author
    return author


def _message(raw: _Raw) -> Message:
    return Message(
        id=raw.message_id,
        timestamp=raw.timestamp,
        text=raw.text,
        reply_to_id=raw.reply_to_id,
        reply_to_author_id=raw.reply_to_author_id,
        mention_ids=raw.mention_ids,
        attachments=raw.attachments,
    )
