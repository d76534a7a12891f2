"""Helpers shared by the batch-5c conversation modules.

Grooming conversations use ``eval.grooming.script.convo`` directly. Benign ones are written in the
same ``WHO [+delay] [^]: text`` notation and turned into a benign ``Conversation`` here (a benign
script must not carry a ``!`` mark).
"""

from __future__ import annotations

from collections.abc import Sequence

from eval.corpus_writer import Conversation, Person
from eval.grooming.script import convo, kid, member, newcomer, parse  # noqa: F401  (re-exported)

PREFIX = "b5c"


def adult(key: str, name: str, *roles: str, days_in: float = 500, account: float = 1400,
          username: str | None = None) -> Person:
    """An adult with an old account (benign small talk, parents, moderators)."""
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
    lines, critical = parse(script)
    if critical is not None:
        raise ValueError(f"{id}: a benign script must not mark a critical line")
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
