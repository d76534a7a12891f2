"""Shared helpers for batch 3 part B (conversations).

Grooming chats use eval.grooming.script.convo (the `!` line is the critical message);
benign chats use the same script notation through `benign()`, which refuses a `!` mark.
"""
from __future__ import annotations

from eval.corpus_writer import Conversation, Person
from eval.grooming.script import convo, kid, member, newcomer, parse

__all__ = ["convo", "kid", "member", "newcomer", "adult", "benign"]


def adult(key: str, name: str, *roles: str, days_in: float = 500, account: float = 1500,
          username: str | None = None) -> Person:
    """An established adult account (parent, moderator, teacher, adult stranger)."""
    return Person(key, key, name, tuple(roles), days_in, username, False, account)


def benign(id: str, platform: str, chat: str, community: str, channel: str, people, script: str, *,
           tactics, notes: str, language: str = "en",
           start: str = "2026-05-02T17:00:00+00:00") -> Conversation:
    lines, critical = parse(script)
    if critical is not None:
        raise ValueError(f"{id}: a benign conversation must not mark a critical line")
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
