"""Small, non-explicit export documents built in code, shaped exactly like the real exporters' output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def dce_author(
    author_id: str, name: str, roles: tuple[str, ...] = (), nickname: str | None = None, bot: bool = False
) -> dict[str, Any]:
    return {
        "id": author_id,
        "name": name,
        "discriminator": "0000",
        "nickname": nickname or name,
        "color": None,
        "isBot": bot,
        "roles": [{"id": str(900 + i), "name": r, "color": None, "position": i} for i, r in enumerate(roles)],
        "avatarUrl": "https://cdn.example.invalid/avatar.png",
    }


def dce_message(
    message_id: str,
    timestamp: str,
    author: dict[str, Any],
    content: str = "",
    kind: str = "Default",
    reply_to: str | None = None,
    mentions: list[dict[str, Any]] | None = None,
    attachments: int = 0,
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "id": message_id,
        "type": kind,
        "timestamp": timestamp,
        "timestampEdited": None,
        "callEndedTimestamp": None,
        "isPinned": False,
        "content": content,
        "author": author,
        "attachments": [
            {"id": f"{message_id}{i}", "url": "x.png", "fileName": "x.png", "fileSizeBytes": 10}
            for i in range(attachments)
        ],
        "embeds": [],
        "stickers": [],
        "reactions": [],
        "mentions": mentions or [],
        "inlineEmojis": [],
    }
    if reply_to is not None:
        message["reference"] = {"messageId": reply_to, "channelId": "2001", "guildId": "1001"}
    return message


def dce_export(
    messages: list[dict[str, Any]],
    channel_type: str = "GuildTextChat",
    guild_id: str = "1001",
    channel_id: str = "2001",
) -> dict[str, Any]:
    return {
        "guild": {"id": guild_id, "name": "Pixel Pals", "iconUrl": "https://cdn.example.invalid/i.png"},
        "channel": {
            "id": channel_id,
            "type": channel_type,
            "categoryId": "3001",
            "category": "Community",
            "name": "general",
            "topic": None,
        },
        "dateRange": {"after": None, "before": None},
        "exportedAt": "2026-03-01T10:00:00+00:00",
        "messages": messages,
        "messageCount": len(messages),
    }


def tg_message(
    message_id: int,
    unixtime: int | None,
    from_id: str,
    name: str,
    text: Any = "",
    reply_to: int | None = None,
    date: str = "2026-02-01T18:00:00",
    **extra: Any,
) -> dict[str, Any]:
    message: dict[str, Any] = {"id": message_id, "type": "message", "date": date}
    if unixtime is not None:
        message["date_unixtime"] = str(unixtime)
    message.update({"from": name, "from_id": from_id, "text": text})
    if reply_to is not None:
        message["reply_to_message_id"] = reply_to
    if isinstance(text, str):
        message["text_entities"] = [{"type": "plain", "text": text}]
    message.update(extra)
    return message


def tg_chat(
    messages: list[dict[str, Any]], chat_type: str = "public_supergroup", chat_id: int = 5550001
) -> dict[str, Any]:
    return {"name": "Block Builders", "type": chat_type, "id": chat_id, "messages": messages}


def write(tmp: Path, name: str, document: Any) -> str:
    path = tmp / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)
