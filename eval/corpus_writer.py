"""Turn compact, hand-written conversation descriptions into real chat-export files.

The evaluation corpus must exercise the same readers that parents and moderators use on
real exports, so each conversation is written as a genuine DiscordChatExporter JSON file or a
Telegram Desktop single-chat JSON file, never as a private test-only format. Writing the
conversations as short Python descriptions keeps them reviewable (a reviewer reads the chat,
not two hundred lines of JSON) and lets one place own the fiddly export details: snowflake
ids whose embedded dates carry account age, reply references, mention entities, join events.

Every id is derived deterministically from the conversation and person descriptions, so
regenerating the corpus gives byte-identical files and stable labels.

Id rules (what ends up in the export and therefore in the labels):
- Discord author id: a snowflake whose embedded creation time is ``account_days_old`` days
  before the conversation start (default ``DEFAULT_ACCOUNT_DAYS``), low bits from ``Person.id``.
  If ``account_days_old`` is None and ``Person.id`` is already a snowflake (17+ digits), it is
  used unchanged.
- Telegram ``from_id``: ``"user" + Person.id`` when ``Person.id`` is all digits, otherwise
  ``"user"`` + a stable 10-digit number derived from it.
- ``joined_days_ago`` (days before the conversation start) within ``JOIN_EVENT_WINDOW_DAYS``
  produces a join event (Discord ``GuildMemberJoin``, Telegram service ``join_group_by_link``),
  because that is the only way an export can show that someone is new to the community.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000
DEFAULT_ACCOUNT_DAYS = 1000.0
JOIN_EVENT_WINDOW_DAYS = 60.0

PLATFORMS = ("discord", "telegram")
CHATS = ("group", "thread", "private_thread", "dm")
KINDS = ("grooming", "benign")

_DISCORD_CHANNEL_TYPES = {
    "group": "GuildTextChat",
    "thread": "GuildPublicThread",
    "private_thread": "GuildPrivateThread",
    "dm": "DirectTextChat",
}
# Telegram has no threads in a single-chat export; forum topics live inside supergroups.
_TELEGRAM_CHAT_TYPES = {
    "group": "private_supergroup",
    "thread": "public_supergroup",
    "private_thread": "private_group",
    "dm": "personal_chat",
}
_MENTION = re.compile(r"@[\w.]+", re.UNICODE)


@dataclass
class Person:
    """A participant. ``key`` is how lines, suspects and targets refer to them."""

    key: str
    id: str
    name: str
    roles: tuple[str, ...] = ()
    joined_days_ago: float | None = None
    username: str | None = None
    is_bot: bool = False
    account_days_old: float | None = None


@dataclass
class Line:
    """One message: ``minutes`` after the conversation start, optionally replying to an earlier line."""

    who: str
    minutes: float
    text: str
    reply_to: int | None = None


@dataclass
class Conversation:
    """A whole chat plus its ground truth (who is the suspect, where it became unambiguous)."""

    id: str
    platform: str
    chat: str
    community: str
    channel: str
    people: list[Person]
    lines: list[Line]
    kind: str
    suspects: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    critical: int | None = None
    tactics: list[str] = field(default_factory=list)
    notes: str = ""
    language: str = "en"
    start: str = "2026-03-14T16:00:00+00:00"


class CorpusError(ValueError):
    """A conversation description is inconsistent; the message names the conversation and field."""


# ---------------------------------------------------------------- ids and times


def _digest(*parts: str) -> int:
    data = "\x1f".join(parts).encode("utf-8")
    return int.from_bytes(hashlib.sha256(data).digest()[:8], "big")


def snowflake_at(moment: datetime, low_bits: int) -> str:
    """A Discord snowflake whose creation time is ``moment`` (what readers decode account age from)."""
    ms = int(moment.timestamp() * 1000) - DISCORD_EPOCH_MS
    if ms < 0:
        raise CorpusError(f"time {moment.isoformat()} is before the Discord epoch (2015-01-01)")
    return str((ms << 22) | (low_bits & 0x3FFFFF))


def snowflake_time(snowflake: str) -> datetime:
    """Inverse of :func:`snowflake_at`, used by tests to check account ages survive the round trip."""
    ms = (int(snowflake) >> 22) + DISCORD_EPOCH_MS
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def _start_of(conv: Conversation) -> datetime:
    try:
        start = datetime.fromisoformat(conv.start)
    except ValueError as exc:
        raise CorpusError(f"{conv.id}: start {conv.start!r} is not ISO-8601") from exc
    if start.tzinfo is None:
        raise CorpusError(f"{conv.id}: start {conv.start!r} needs a UTC offset")
    return start.astimezone(UTC)


def discord_user_id(conv: Conversation, person: Person) -> str:
    """The export ``author.id`` of ``person`` in ``conv``."""
    if person.account_days_old is None and person.id.isdigit() and len(person.id) >= 17:
        return person.id
    days = DEFAULT_ACCOUNT_DAYS if person.account_days_old is None else person.account_days_old
    created = _start_of(conv) - timedelta(days=days)
    return snowflake_at(created, _digest("user", person.id))


def telegram_user_id(person: Person) -> str:
    """The export ``from_id`` of ``person`` (Telegram Desktop writes ``user<digits>``)."""
    if person.id.isdigit():
        return f"user{int(person.id)}"
    return f"user{1_000_000_000 + _digest('tg', person.id) % 6_000_000_000}"


def export_user_id(conv: Conversation, person: Person) -> str:
    """The id a label must use for ``person``: exactly what the export's reader will report."""
    return discord_user_id(conv, person) if conv.platform == "discord" else telegram_user_id(person)


# ---------------------------------------------------------------- validation


def _validate(conv: Conversation) -> dict[str, Person]:
    where = f"conversation {conv.id!r}"
    if conv.platform not in PLATFORMS:
        raise CorpusError(f"{where}: platform {conv.platform!r} must be one of {PLATFORMS}")
    if conv.chat not in CHATS:
        raise CorpusError(f"{where}: chat {conv.chat!r} must be one of {CHATS}")
    if conv.kind not in KINDS:
        raise CorpusError(f"{where}: kind {conv.kind!r} must be one of {KINDS}")
    people: dict[str, Person] = {}
    for person in conv.people:
        if person.key in people:
            raise CorpusError(f"{where}: person key {person.key!r} is used twice")
        people[person.key] = person
    ids = [export_user_id(conv, p) for p in conv.people]
    if len(set(ids)) != len(ids):
        raise CorpusError(f"{where}: two people map to the same export id; give them different Person.id")
    if not conv.lines:
        raise CorpusError(f"{where}: has no lines")
    previous = float("-inf")
    for index, line in enumerate(conv.lines):
        if line.who not in people:
            raise CorpusError(f"{where}: line {index} is by unknown person {line.who!r}")
        if line.minutes < previous:
            raise CorpusError(f"{where}: line {index} at {line.minutes} min is earlier than the line before")
        previous = line.minutes
        if line.reply_to is not None and not 0 <= line.reply_to < index:
            raise CorpusError(f"{where}: line {index} replies to {line.reply_to}, not an earlier line")
    for label, keys in (("suspects", conv.suspects), ("targets", conv.targets)):
        for key in keys:
            if key not in people:
                raise CorpusError(f"{where}: {label} names unknown person {key!r}")
            if not any(line.who == key for line in conv.lines):
                raise CorpusError(f"{where}: {label} names {key!r} who never writes")
    if conv.critical is not None:
        if not 0 <= conv.critical < len(conv.lines):
            raise CorpusError(f"{where}: critical {conv.critical} is not a line index")
        if conv.lines[conv.critical].who not in conv.suspects:
            raise CorpusError(f"{where}: critical line {conv.critical} is not written by a suspect")
    if conv.kind == "grooming" and (not conv.suspects or conv.critical is None):
        raise CorpusError(f"{where}: a grooming conversation needs suspects and a critical line")
    if conv.platform == "telegram" and conv.chat == "dm" and len(people) != 2:
        raise CorpusError(f"{where}: a Telegram personal chat has exactly two people")
    return people


# ---------------------------------------------------------------- Discord


def _discord_time(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def _discord_author(conv: Conversation, person: Person) -> dict[str, Any]:
    roles = [
        {
            "id": snowflake_at(datetime(2019, 1, 1, tzinfo=UTC), _digest("role", conv.community, role)),
            "name": role,
            "color": None,
            "position": len(person.roles) - position,
        }
        for position, role in enumerate(person.roles)
    ]
    uid = discord_user_id(conv, person)
    return {
        "id": uid,
        "name": person.username or re.sub(r"\W+", "", person.name.casefold()) or f"user{uid[-4:]}",
        "discriminator": "0000",
        "nickname": person.name,
        "color": None,
        "isBot": person.is_bot,
        "roles": roles if conv.chat != "dm" else [],
        "avatarUrl": f"https://cdn.discordapp.com/embed/avatars/{int(uid) % 5}.png",
    }


def _mentioned(text: str, people: list[Person]) -> list[Person]:
    handles = {m.group(0)[1:].casefold() for m in _MENTION.finditer(text)}
    found = []
    for person in people:
        names = {person.name.casefold(), (person.username or "").casefold(), person.key.casefold()}
        if handles & names:
            found.append(person)
    return found


def _discord_export(conv: Conversation, people: dict[str, Person]) -> tuple[dict[str, Any], list[str]]:
    start = _start_of(conv)
    guild_id = "0" if conv.chat == "dm" else snowflake_at(
        datetime(2020, 6, 1, tzinfo=UTC), _digest("guild", conv.community)
    )
    channel_id = snowflake_at(start - timedelta(days=200), _digest("channel", conv.community, conv.channel))
    authors = {key: _discord_author(conv, p) for key, p in people.items()}
    events: list[tuple[datetime, int, dict[str, Any]]] = []
    if conv.chat != "dm":
        for order, person in enumerate(conv.people):
            if person.joined_days_ago is not None and person.joined_days_ago <= JOIN_EVENT_WINDOW_DAYS:
                when = start - timedelta(days=person.joined_days_ago)
                events.append((when, -1000 + order, {
                    "type": "GuildMemberJoin", "content": "Joined the server.", "author": authors[person.key],
                }))
    line_ids: list[str] = []
    for index, line in enumerate(conv.lines):
        when = start + timedelta(minutes=line.minutes)
        msg_id = snowflake_at(when, (_digest("msg", conv.id) & 0x3FF000) | (index & 0xFFF))
        line_ids.append(msg_id)
        message: dict[str, Any] = {"type": "Reply" if line.reply_to is not None else "Default",
                                   "content": line.text, "author": authors[line.who], "_id": msg_id}
        if line.reply_to is not None:
            message["reference"] = {"messageId": line_ids[line.reply_to], "channelId": channel_id,
                                    "guildId": None if conv.chat == "dm" else guild_id}
        message["mentions"] = [
            {k: authors[p.key][k] for k in ("id", "name", "discriminator", "nickname", "isBot")}
            for p in _mentioned(line.text, conv.people)
        ]
        events.append((when, index, message))
    events.sort(key=lambda e: (e[0], e[1]))
    messages = []
    for when, order, body in events:
        msg_id = body.pop("_id", None) or snowflake_at(when, _digest("join", conv.id, str(order)))
        messages.append({
            "id": msg_id,
            "type": body["type"],
            "timestamp": _discord_time(when),
            "timestampEdited": None,
            "callEndedTimestamp": None,
            "isPinned": False,
            "content": body["content"],
            "author": body["author"],
            "attachments": [],
            "embeds": [],
            "stickers": [],
            "reactions": [],
            "mentions": body.get("mentions", []),
            **({"reference": body["reference"]} if "reference" in body else {}),
        })
    dm = conv.chat == "dm"
    return {
        "guild": {"id": guild_id, "name": "Direct Messages" if dm else conv.community,
                  "iconUrl": "https://cdn.discordapp.com/embed/avatars/0.png"},
        "channel": {
            "id": channel_id,
            "type": _DISCORD_CHANNEL_TYPES[conv.chat],
            "categoryId": channel_id if dm else snowflake_at(
                datetime(2020, 6, 2, tzinfo=UTC), _digest("category", conv.community)),
            "category": "Private" if dm else "Text Channels",
            "name": conv.channel,
            "topic": None,
        },
        "dateRange": {"after": None, "before": None},
        "exportedAt": _discord_time(start + timedelta(minutes=conv.lines[-1].minutes + 90)),
        "messages": messages,
        "messageCount": len(messages),
    }, line_ids


# ---------------------------------------------------------------- Telegram


def _telegram_text(text: str, people: list[Person]) -> tuple[str | list[Any], list[dict[str, Any]]]:
    """Split text around @mentions the way Telegram Desktop exports them.

    ``@username`` of someone who has a username stays a ``mention``; anyone else is mentioned the
    way Telegram does for users without a username: a ``mention_name`` entity showing their name
    and carrying their ``user_id``, which is what lets a reader attribute the message to them.
    """
    by_handle: dict[str, Person] = {}
    for person in people:
        for handle in (person.name, person.key, person.username or ""):
            if handle:
                by_handle.setdefault(handle.casefold(), person)
    parts: list[Any] = []
    entities: list[dict[str, Any]] = []
    pos = 0
    for match in _MENTION.finditer(text):
        handle = match.group(0)[1:]
        found = by_handle.get(handle.casefold())
        if found is None:
            continue
        if match.start() > pos:
            parts.append(text[pos:match.start()])
            entities.append({"type": "plain", "text": text[pos:match.start()]})
        if found.username and handle.casefold() == found.username.casefold():
            entity: dict[str, Any] = {"type": "mention", "text": match.group(0)}
        else:
            entity = {"type": "mention_name", "text": found.name,
                      "user_id": int(telegram_user_id(found)[4:])}
        parts.append(entity)
        entities.append(entity)
        pos = match.end()
    if not entities:
        return text, [{"type": "plain", "text": text}] if text else []
    if pos < len(text):
        parts.append(text[pos:])
        entities.append({"type": "plain", "text": text[pos:]})
    return parts, entities


def _telegram_date(moment: datetime) -> tuple[str, str]:
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S"), str(int(utc.timestamp()))


def _telegram_export(conv: Conversation, people: dict[str, Person]) -> tuple[dict[str, Any], list[str]]:
    start = _start_of(conv)
    dm = conv.chat == "dm"
    base = 1000 + _digest("tgmsg", conv.id) % 90_000
    events: list[tuple[datetime, int, dict[str, Any]]] = []
    if not dm:
        for order, person in enumerate(conv.people):
            if person.joined_days_ago is not None and person.joined_days_ago <= JOIN_EVENT_WINDOW_DAYS:
                events.append((start - timedelta(days=person.joined_days_ago), -1000 + order, {
                    "type": "service", "actor": person.name, "actor_id": telegram_user_id(person),
                    "action": "join_group_by_link", "inviter": "Group", "text": "", "text_entities": [],
                }))
    for index, line in enumerate(conv.lines):
        text, entities = _telegram_text(line.text, conv.people)
        person = people[line.who]
        body: dict[str, Any] = {"type": "message", "from": person.name, "from_id": telegram_user_id(person)}
        if line.reply_to is not None:
            body["reply_to_message_id"] = line.reply_to
        body["text"] = text
        body["text_entities"] = entities
        events.append((start + timedelta(minutes=line.minutes), index, body))
    events.sort(key=lambda e: (e[0], e[1]))
    line_to_msg: dict[int, int] = {}
    messages = []
    for number, (when, order, body) in enumerate(events):
        msg_id = base + number
        if order >= 0:
            line_to_msg[order] = msg_id
        date, unix = _telegram_date(when)
        message: dict[str, Any] = {
            "id": msg_id, "type": body.pop("type"), "date": date, "date_unixtime": unix,
        }
        if "reply_to_message_id" in body:
            body["reply_to_message_id"] = line_to_msg[body["reply_to_message_id"]]
        message.update(body)
        messages.append(message)
    if dm:
        # A personal-chat export is named after, and identified by, the other person.
        peer = next((p for p in conv.people if p.key in conv.suspects), conv.people[-1])
        name, chat_id = peer.name, int(telegram_user_id(peer)[4:])
    else:
        name, chat_id = conv.community, 1_000_000_000 + _digest("tgchat", conv.community) % 900_000_000
    export = {"name": name, "type": _TELEGRAM_CHAT_TYPES[conv.chat], "id": chat_id, "messages": messages}
    return export, [str(line_to_msg[i]) for i in range(len(conv.lines))]


# ---------------------------------------------------------------- public API


def build_export(conv: Conversation) -> tuple[dict[str, Any], list[str]]:
    """The export document for ``conv`` and the export message id of each of its lines."""
    people = _validate(conv)
    if conv.platform == "discord":
        return _discord_export(conv, people)
    return _telegram_export(conv, people)


def write_conversation(conv: Conversation, out_dir: Path, labels_base: Path) -> dict[str, Any]:
    """Write ``conv`` as ``out_dir/<id>.json`` and return its label, with ids exactly as exported."""
    export, line_ids = build_export(conv)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{conv.id}.json"
    path.write_text(json.dumps(export, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    people = {p.key: p for p in conv.people}
    try:
        rel = path.resolve().relative_to(labels_base.resolve())
    except ValueError as exc:
        raise CorpusError(f"{conv.id}: export {path} is not under the labels folder {labels_base}") from exc
    return {
        "file": rel.as_posix(),
        "kind": conv.kind,
        "suspects": [export_user_id(conv, people[k]) for k in conv.suspects],
        "targets": [export_user_id(conv, people[k]) for k in conv.targets],
        "critical_message_id": None if conv.critical is None else line_ids[conv.critical],
        "tactics": list(conv.tactics),
        "notes": conv.notes,
        "id": conv.id,
        "platform": conv.platform,
        "chat": conv.chat,
        "language": conv.language,
    }


def write_corpus(convs: list[Conversation], out_dir: Path, labels_path: Path) -> None:
    """Write every export into ``out_dir`` and all their labels into ``labels_path`` (a JSON list)."""
    seen: set[str] = set()
    for conv in convs:
        if conv.id in seen:
            raise CorpusError(f"conversation id {conv.id!r} is used twice")
        seen.add(conv.id)
    labels = [write_conversation(conv, out_dir, labels_path.parent) for conv in convs]
    labels_path.parent.mkdir(parents=True, exist_ok=True)
    labels_path.write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
