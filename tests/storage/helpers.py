"""Invented, non-explicit test data shared by the storage tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from storage import Case, EvidenceInput, Storage

T0 = datetime(2026, 3, 2, 17, 30, tzinfo=UTC)


async def new_case(store: Storage, suspect: str = "u-suspect-1", target: str = "u-child-1",
                   community: str = "g-fandom", **extra: Any) -> Case:
    values: dict[str, Any] = {
        "community_id": community,
        "platform": "discord",
        "suspect_id": suspect,
        "targets": [target],
        "severity": "medium",
        "risk": 0.55,
        "stage": "trust",
        "categories": ["flattery", "age_probe"],
        "signals": ["account 3 days old", {"name": "fan_out", "detail": "2 children approached"}],
        "now": T0,
    }
    values.update(extra)
    return await store.open_case(**values)


def conversation(suspect: str = "u-suspect-1", child: str = "u-child-1") -> list[EvidenceInput]:
    lines = [
        (suspect, "Sky", "you seem really mature for your age", True, ("flattery",)),
        (child, "Robin", "haha thanks", False, ()),
        (suspect, "Sky", "how old are you btw? are your parents around?", True, ("age_probe", "isolation")),
        (child, "Robin", "13, they're at work", False, ()),
        (suspect, "Sky", "lets talk on another app, and keep this between us ok", True, ("platform_move", "secrecy")),
    ]
    return [
        EvidenceInput(
            message_id=f"m{index}",
            channel_id="ch-general",
            author_id=author,
            author_name=name,
            timestamp=T0 + timedelta(minutes=index),
            text=text,
            link=f"https://discord.com/channels/1/2/{index}",
            flagged=flagged,
            categories=categories,
        )
        for index, (author, name, text, flagged, categories) in enumerate(lines, start=1)
    ]
