"""Shared helpers for blind batch 7c: benign conversations in the same script notation as the grooming ones."""

from __future__ import annotations

from collections.abc import Sequence

from eval.corpus_writer import Conversation, Person
from eval.grooming.script import parse


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
    """A benign hard negative written as a script (``WHO [+delay] [^]: text``); no line may be marked ``!``."""
    lines, critical = parse(script)
    if critical is not None:
        raise ValueError(f"{id}: a benign conversation has no critical line")
    if not tactics:
        raise ValueError(f"{id}: list the look-alike cues in tactics")
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
