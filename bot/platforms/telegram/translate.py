"""Turn python-telegram-bot updates into Lookout's neutral events.

This is the only module that knows how Telegram represents people, chats and messages, so the
pipeline sees the same shapes it sees from Discord and from chat exports. Telegram tells a bot
neither account ages nor roles: the author's `joined_at` comes from join updates the bot has
seen, and "staff" means an administrator of the chat (looked up by the caller, cached).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from telegram import Chat, ChatMemberUpdated, Message, User

from bot.events import Author, Channel, ChannelKind, Community, MemberJoined, MessageEvent
from bot.events import Message as NeutralMessage

PLATFORM = "telegram"
GROUP_TYPES = frozenset({Chat.GROUP, Chat.SUPERGROUP})
JOINED_STATUSES = frozenset({"member", "restricted"})
ABSENT_STATUSES = frozenset({"left", "kicked"})
# Telegram's limit on a message text (captions are shorter). Longer text should never arrive; if it
# does, the rest is not read, so one update cannot carry unbounded work into the pipeline.
MAX_MESSAGE_CHARS = 4_096


def display_name(user: User) -> str:
    return user.full_name or (user.username or str(user.id))


def author_of(user: User, *, is_staff: bool = False, joined_at: datetime | None = None) -> Author:
    return Author(
        id=str(user.id),
        display_name=display_name(user),
        username=user.username,
        joined_at=joined_at,
        roles=("administrator",) if is_staff else (),
        is_bot=user.is_bot,
        is_staff=is_staff,
    )


def community_of(chat: Chat) -> Community:
    return Community(id=str(chat.id), platform=PLATFORM, name=chat.title or "")


def channel_id_of(message: Message) -> str:
    """Forum topics are channels of their own; elsewhere the chat is the channel."""
    if message.is_topic_message and message.message_thread_id:
        return f"{message.chat.id}/{message.message_thread_id}"
    return str(message.chat.id)


def channel_of(message: Message) -> Channel:
    chat = message.chat
    if message.is_topic_message and message.message_thread_id:
        return Channel(
            id=channel_id_of(message), kind=ChannelKind.THREAD, name=chat.title or "", parent_id=str(chat.id)
        )
    return Channel(id=str(chat.id), kind=ChannelKind.PUBLIC, name=chat.title or "")


def text_of(message: Message) -> str:
    return message.text or message.caption or ""


def attachments_of(message: Message) -> int:
    kinds = (
        message.photo,
        message.document,
        message.video,
        message.animation,
        message.voice,
        message.video_note,
        message.audio,
        message.sticker,
        message.contact,
        message.location,
    )
    return sum(1 for kind in kinds if kind)


def replied_to(message: Message) -> Message | None:
    """The message this one answers, ignoring the implicit reply to a forum topic's first post."""
    reply = message.reply_to_message
    if reply is None or reply.forum_topic_created is not None:
        return None
    return reply


def mentioned_users(message: Message) -> tuple[list[str], list[str]]:
    """(user ids from text mentions, usernames from @mentions, lower-case, without '@')."""
    ids: list[str] = []
    names: list[str] = []
    text = text_of(message)
    entities = message.entities or message.caption_entities or ()
    for entity in entities:
        if entity.type == "text_mention" and entity.user is not None:
            ids.append(str(entity.user.id))
        elif entity.type == "mention":
            # Offsets count UTF-16 code units: slice the UTF-16 form, not the str.
            encoded = text.encode("utf-16-le")
            start, end = entity.offset * 2, (entity.offset + entity.length) * 2
            names.append(encoded[start:end].decode("utf-16-le").lstrip("@").lower())
    return ids, names


def message_event(
    message: Message,
    *,
    edited: bool,
    is_staff: bool,
    joined_at: datetime | None,
    mention_ids: Iterable[str] = (),
) -> MessageEvent | None:
    """The neutral event for a group message, or None when there is nothing to look at."""
    user = message.from_user
    if message.chat.type not in GROUP_TYPES or user is None or user.is_bot:
        return None
    if message.sender_chat is not None:  # posted as a channel or anonymously as the group
        return None
    text = text_of(message)
    if not text and not attachments_of(message):
        return None
    reply = replied_to(message)
    reply_author = reply.from_user if reply is not None else None
    when = message.edit_date if (edited and message.edit_date) else message.date
    neutral = NeutralMessage(
        id=str(message.message_id),
        timestamp=_utc(when),
        text=text[:MAX_MESSAGE_CHARS],
        reply_to_id=str(reply.message_id) if reply is not None else None,
        reply_to_author_id=str(reply_author.id) if reply_author is not None else None,
        mention_ids=tuple(dict.fromkeys(mention_ids)),
        attachments=attachments_of(message),
        edited=edited,
    )
    return MessageEvent(
        community=community_of(message.chat),
        channel=channel_of(message),
        author=author_of(user, is_staff=is_staff, joined_at=joined_at),
        message=neutral,
    )


def joined_member(update: ChatMemberUpdated) -> MemberJoined | None:
    """A chat_member update that means somebody (not a bot) entered the group."""
    old, new = update.old_chat_member, update.new_chat_member
    if update.chat.type not in GROUP_TYPES or new.user.is_bot:
        return None
    was_in = old.status not in ABSENT_STATUSES and not (
        old.status == "restricted" and not getattr(old, "is_member", True)
    )
    now_in = new.status in JOINED_STATUSES and getattr(new, "is_member", True)
    if was_in or not now_in:
        return None
    return MemberJoined(community=community_of(update.chat), member=author_of(new.user), timestamp=_utc(update.date))


def joined_from_service_message(message: Message) -> list[MemberJoined]:
    """Joins announced as `new_chat_members` (seen even without chat_member updates)."""
    if message.chat.type not in GROUP_TYPES:
        return []
    return [
        MemberJoined(community=community_of(message.chat), member=author_of(user), timestamp=_utc(message.date))
        for user in message.new_chat_members or ()
        if not user.is_bot
    ]


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
