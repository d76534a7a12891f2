"""Telegram Desktop's JSON export turned into neutral events.

Telegram Desktop writes either one chat (``name``, ``type``, ``id``, ``messages[]``) or a whole
account (``chats.list[]``, each element shaped like a one-chat export). Message text is a string, or
a list mixing strings and ``{type, text}`` entity objects (links, bold, mentions…) whose texts, joined,
are what the reader saw. Joins are service entries; they give the join time used as a signal.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.events import Author, Channel, ChannelKind, ChatExport, Community, Message, MessageEvent
from bot.readers.conversation import RecentAuthors, TimeOrder, guarded, in_time_order
from bot.readers.errors import MalformedExport
from bot.readers.fields import (
    as_id,
    as_list,
    as_object,
    as_text,
    describe,
    join,
    message_array,
    opt_text,
    parse_iso,
    parse_unix,
    require,
)
from bot.readers.jsonstream import JsonFile

HINT = "the file does not look like a complete Telegram Desktop JSON export; export the chat again as JSON"

# One-to-one chats. Everything else (groups, supergroups, channels, and kinds added later) is a group.
DIRECT_TYPES = frozenset({"personal_chat", "bot_chat", "saved_messages"})

# Media fields: a message carries at most one piece of media, whichever field names it.
MEDIA_FIELDS = ("photo", "file", "media_type", "sticker_emoji", "contact_information", "location_information")

JOIN_ACTIONS = frozenset({"join_group_by_link", "join_group_by_request"})


def looks_like_account(root: object) -> bool:
    return isinstance(root, dict) and isinstance(root.get("chats"), dict)


def looks_like_chat(root: object) -> bool:
    return isinstance(root, dict) and "messages" in root and "type" in root and "guild" not in root


@dataclass(slots=True)
class _Raw:
    message_id: str
    timestamp: datetime
    text: str
    author_id: str
    display_name: str
    reply_to_id: str | None
    reply_to_author_id: str | None
    mention_ids: tuple[str, ...]
    attachments: int


def read_account(root: Any, source: str, file: JsonFile) -> list[ChatExport]:
    """A full-account export: every chat in ``chats.list`` (and chats the user left) in file order.

    Every chat is checked before the first is returned; their events are then read in file order."""
    root = as_object(root, "", HINT)
    exports: list[ChatExport] = []
    for section in ("chats", "left_chats"):
        if section not in root:
            continue
        container = as_object(root[section], section, HINT)
        chats = as_list(require(container, "list", section, HINT), f"{section}.list", HINT)
        for index, chat in enumerate(chats):
            exports.extend(read_chat(chat, source, file, f"{section}.list[{index}]"))
    return exports


def read_chat(root: Any, source: str, file: JsonFile, where: str = "") -> list[ChatExport]:
    """One chat (`where` locates it inside an account export). A first pass surveys what events need
    from the whole chat; the events are then read, and every entry checked, lazily. A bad entry ends
    the events with an `ExportReadError` naming it."""
    chat = as_object(root, where, HINT)
    chat_id = as_id(require(chat, "id", where, HINT), join(where, "id"), HINT)
    chat_type = as_text(require(chat, "type", where, HINT), join(where, "type"), HINT)
    direct = chat_type in DIRECT_TYPES
    name = opt_text(chat, "name", where, HINT)
    messages_where = join(where, "messages")
    array = message_array(require(chat, "messages", where, HINT), messages_where, HINT)

    # Pass 1: join times, invitations, the people of a DM and the time order.
    joined_at: dict[str, datetime] = {}
    invited_names: list[tuple[str, datetime]] = []
    ids_by_name: dict[str, str] = {}
    members: dict[str, None] = {}
    order = TimeOrder()
    for entry in file.items(array):
        _survey(entry, joined_at, invited_names, ids_by_name, members, order)
    # Invitations list members by display name only; match them to senders seen in this chat.
    for invited, when in invited_names:
        member_id = ids_by_name.get(invited)
        if member_id is not None:
            joined_at.setdefault(member_id, when)
    ids_by_name.clear()
    invited_names.clear()

    member_ids: tuple[str, ...] = ()
    if direct:
        member_ids = tuple(members)
        if len(member_ids) < 2 and chat_type == "personal_chat" and chat_id.isdigit():
            # A personal chat's id is the other person's user id; add them when they never wrote.
            member_ids = tuple(dict.fromkeys((*member_ids, f"user{chat_id}")))
    members.clear()
    community = Community(id=chat_id, platform="telegram", name=name)
    channel = Channel(
        id=chat_id,
        kind=ChannelKind.DIRECT if direct else ChannelKind.PUBLIC,
        name=name,
        member_ids=member_ids,
    )

    def events() -> Iterator[MessageEvent]:
        authors: dict[tuple[str, str, datetime | None], Author] = {}
        replies = RecentAuthors()
        for index, entry in enumerate(file.items(array)):
            raw = _parse_entry(entry, f"{messages_where}[{index}]", replies, {}, [])
            if raw is None:
                continue
            key = (raw.author_id, raw.display_name, joined_at.get(raw.author_id))
            author = authors.get(key)
            if author is None:
                author = Author(id=raw.author_id, display_name=raw.display_name, joined_at=key[2])
                authors[key] = author
            yield MessageEvent(community, channel, author, _message(raw))

    return [ChatExport(source=source, platform="telegram", community=community, channel=channel,
                       events=guarded(in_time_order(events(), order.sorted), source, file))]


def _survey(
    entry: Any,
    joined_at: dict[str, datetime],
    invited_names: list[tuple[str, datetime]],
    ids_by_name: dict[str, str],
    members: dict[str, None],
    order: TimeOrder,
) -> None:
    """The facts of one entry that the whole chat needs, the same as `_parse_entry` finds for a good
    entry. An odd entry is skipped here; reading the events reports it, precisely."""
    try:
        kind = entry.get("type") or "message"
        when = _timestamp(entry, "")
        if kind == "service":
            action = entry.get("action")
            if action in JOIN_ACTIONS and entry.get("actor_id") is not None:
                joined_at.setdefault(as_id(entry["actor_id"], "", HINT), when)
            elif action == "invite_members":
                invited_names.extend((m, when) for m in entry.get("members") or [] if isinstance(m, str) and m)
            return
        if kind != "message":
            return
        author_id = as_id(entry["from_id"], "", HINT)
        name = entry.get("from") or ""
    except (KeyError, TypeError, AttributeError, MalformedExport):
        return
    order.see(when)
    members[author_id] = None
    if isinstance(name, str) and name:
        ids_by_name.setdefault(name, author_id)


def _parse_entry(
    entry: object,
    where: str,
    author_of: RecentAuthors,
    joined_at: dict[str, datetime],
    invited_names: list[tuple[str, datetime]],
) -> _Raw | None:
    msg = as_object(entry, where, HINT)
    message_id = as_id(require(msg, "id", where, HINT), join(where, "id"), HINT)
    kind = opt_text(msg, "type", where, HINT) or "message"
    timestamp = _timestamp(msg, where)

    if kind == "service":
        action = opt_text(msg, "action", where, HINT)
        actor = msg.get("actor_id")
        if action in JOIN_ACTIONS and actor is not None:
            joined_at.setdefault(as_id(actor, join(where, "actor_id"), HINT), timestamp)
        elif action == "invite_members":
            members = msg.get("members")
            if members is not None and not isinstance(members, list):
                raise MalformedExport(join(where, "members"), f"expected a list, found {describe(members)}; {HINT}")
            for m_index, member in enumerate(members or []):
                if isinstance(member, str) and member:
                    invited_names.append((member, timestamp))
                elif member is not None:
                    raise MalformedExport(
                        f"{where}.members[{m_index}]", f"expected a name, found {describe(member)}; {HINT}"
                    )
        return None
    if kind != "message":
        return None

    author_id = as_id(require(msg, "from_id", where, HINT), join(where, "from_id"), HINT)
    author_of[message_id] = author_id
    text, mentions = _text(msg, where)
    reply_to_id = None
    if msg.get("reply_to_message_id") is not None:
        reply_to_id = as_id(msg["reply_to_message_id"], join(where, "reply_to_message_id"), HINT)
    return _Raw(
        message_id=message_id,
        timestamp=timestamp,
        text=text,
        author_id=author_id,
        display_name=opt_text(msg, "from", where, HINT),
        reply_to_id=reply_to_id,
        reply_to_author_id=author_of.get(reply_to_id) if reply_to_id else None,
        mention_ids=mentions,
        attachments=1 if any(msg.get(field) for field in MEDIA_FIELDS) else 0,
    )


def _timestamp(msg: dict[str, Any], where: str) -> datetime:
    """`date_unixtime` is exact UTC; older exports only have `date`, local time without an offset."""
    if msg.get("date_unixtime") is not None:
        return parse_unix(msg["date_unixtime"], join(where, "date_unixtime"), HINT)
    return parse_iso(require(msg, "date", where, HINT), join(where, "date"), HINT)


def _text(msg: dict[str, Any], where: str) -> tuple[str, tuple[str, ...]]:
    """Join the pieces of a message's text; `mention_name` entities also give the mentioned user's id."""
    value = msg.get("text", "")
    text_where = join(where, "text")
    if isinstance(value, str):
        return value, ()
    if not isinstance(value, list):
        raise MalformedExport(text_where, f"expected text or a list of text pieces, found {describe(value)}; {HINT}")
    pieces: list[str] = []
    mentions: list[str] = []
    for index, piece in enumerate(value):
        piece_where = f"{text_where}[{index}]"
        if isinstance(piece, str):
            pieces.append(piece)
            continue
        if not isinstance(piece, dict):
            raise MalformedExport(
                piece_where, f"expected text or a {{type, text}} object, found {describe(piece)}; {HINT}"
            )
        pieces.append(as_text(piece.get("text", ""), join(piece_where, "text"), HINT))
        if piece.get("type") == "mention_name" and piece.get("user_id") is not None:
            mentions.append(f"user{as_id(piece['user_id'], join(piece_where, 'user_id'), HINT)}")
    return "".join(pieces), tuple(dict.fromkeys(mentions))


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
