"""Shared helpers for batch 4 conversations (grooming via eval.grooming.script.convo, benign via parse)."""

from __future__ import annotations

from collections.abc import Sequence

from eval.corpus_writer import Conversation, Person
from eval.grooming.script import convo, kid, member, newcomer, parse  # noqa: F401  (re-exported)

__all__ = ["convo", "kid", "member", "newcomer", "adult", "benign", "Person"]


def adult(key: str, name: str, *roles: str, days_in: float | None = 500, account: float = 1500,
          username: str | None = None) -> Person:
    """An adult long-time member (benign chats) or any established account."""
    return Person(key, key, name, tuple(roles), days_in, username, False, account)


def benign(
    id: str,
    platform: str,
    chat: str,
    community: str,
    channel: str,
    people: Sequence[Person],
    script: str,
    *,
    tactics: Sequence[str],
    notes: str,
    language: str = "en",
    start: str = "2026-03-14T16:00:00+00:00",
) -> Conversation:
    """A benign hard negative from a script in the same notation (no line may be marked '!')."""
    lines, critical = parse(script)
    if critical is not None:
        raise ValueError(f"{id}: benign conversation has a line marked critical")
    placed = [
        Person(p.key, f"{id}/{p.id}", p.name, p.roles, p.joined_days_ago, p.username, p.is_bot,
               p.account_days_old)
        for p in people
    ]
    return Conversation(
        id=id, platform=platform, chat=chat, community=community, channel=channel, people=placed,
        lines=lines, kind="benign", suspects=[], targets=[], critical=None, tactics=list(tactics),
        notes=notes, language=language, start=start,
    )
