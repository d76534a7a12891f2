"""Shared helpers for batch 8c: the grooming scripts use eval.grooming.script.convo directly;
benign chats use the same `WHO [+delay] [^]: text` notation through `benign()` below."""

from __future__ import annotations

from collections.abc import Sequence

from eval.corpus_writer import Conversation, Person
from eval.grooming.script import ScriptError, convo, kid, member, newcomer, parse

__all__ = ["benign", "convo", "kid", "member", "newcomer", "adult", "Person"]


def adult(key: str, name: str, *roles: str, days_in: float | None = 400, account: float = 1500,
          username: str | None = None) -> Person:
    """An adult (or any ordinary participant) in a benign chat; days_in None = no join info."""
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
    """A benign hard negative written in the grooming-script notation (no line may be marked '!')."""
    lines, critical = parse(script)
    if critical is not None:
        raise ScriptError(f"{id}: a benign conversation has a line marked critical")
    if not tactics:
        raise ScriptError(f"{id}: list the look-alike cues in tactics")
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
