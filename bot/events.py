"""The platform-neutral event model.

Adapters (Discord, Telegram) and the export readers turn what they receive into these types;
everything after them (pipeline, storage, scanner) sees only these, so no logic is tied to a platform.
Times are timezone-aware UTC datetimes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ChannelKind(StrEnum):
    PUBLIC = "public"
    THREAD = "thread"
    PRIVATE_THREAD = "private_thread"
    DIRECT = "direct"


@dataclass(frozen=True, slots=True)
class Community:
    """A Discord guild or a Telegram group. DMs exported alone get a synthetic community per chat."""

    id: str
    platform: str  # "discord" | "telegram"
    name: str = ""


@dataclass(frozen=True, slots=True)
class Channel:
    id: str
    kind: ChannelKind
    name: str = ""
    parent_id: str | None = None
    # Known participants, for DMs and private threads (the other side of a DM is the target).
    member_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Author:
    id: str
    display_name: str = ""
    username: str | None = None
    created_at: datetime | None = None  # account creation, when known (Discord snowflakes encode it)
    joined_at: datetime | None = None  # joined this community, when known
    roles: tuple[str, ...] = ()  # role names as shown on the platform
    is_bot: bool = False
    is_staff: bool = False  # moderator/admin/trusted, as the platform or config says


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    timestamp: datetime
    text: str
    reply_to_id: str | None = None
    reply_to_author_id: str | None = None
    mention_ids: tuple[str, ...] = ()
    attachments: int = 0
    edited: bool = False


@dataclass(frozen=True, slots=True)
class MessageEvent:
    """A message was posted (or edited: `message.edited` is true and `message.id` is the original id)."""

    community: Community
    channel: Channel
    author: Author
    message: Message


@dataclass(frozen=True, slots=True)
class MemberJoined:
    community: Community
    member: Author
    timestamp: datetime


@dataclass(frozen=True, slots=True)
class ChatExport:
    """One conversation read from an export file: its events in timestamp order.

    `events` is a list, or, from the scanner's streaming reader, an iterator that reads the file as it
    goes (so an export is never all in memory) and can be walked once.
    """

    source: str  # the path as given by the user
    platform: str
    community: Community
    channel: Channel
    events: Iterable[MessageEvent] = field(default_factory=list)


Event = MessageEvent | MemberJoined
