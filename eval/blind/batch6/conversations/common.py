"""Shared helpers for batch 6c: evasion expansion, grooming and benign constructors.

Scripts use the notation of eval/grooming/script.py (``WHO [+delay] [^] [!]: text``).
Inside a script, ``[[sep:word]]`` puts one separator between every letter of ``word``
(sep: zw, zwnj, zwj, wj, tag, vs, bidi, dot, dash, us, sp), so evasion is written with
real Unicode characters in the exports while the source stays readable.
"""

from __future__ import annotations

import re

from eval.corpus_writer import Conversation, Person
from eval.grooming.script import convo, kid, member, newcomer, parse  # noqa: F401  (re-exported)

SEPS = {
    "zw": "\u200b",
    "zwnj": "\u200c",
    "zwj": "\u200d",
    "wj": "\u2060",
    "tag": "\U000E0020",
    "vs": "\ufe0f",
    "bidi": "\u2068",
    "dot": ".",
    "dash": "-",
    "us": "_",
    "sp": " ",
}
_EV = re.compile(r"\[\[(\w+):([^\]]+)\]\]")


def expand(script: str) -> str:
    return _EV.sub(lambda m: SEPS[m.group(1)].join(m.group(2)), script)


# Long chats must have at least this many lines before the critical one.
LONG_IDS: set[str] = set()


def G(id, platform, chat, community, channel, people, script, *, long=False, **kw) -> Conversation:
    """A grooming conversation (critical line marked with '!')."""
    if long:
        LONG_IDS.add(id)
    return convo(id, platform, chat, community, channel, people, expand(script), **kw)


def B(id, platform, chat, community, channel, people, script, *, tactics, notes,
      language="en", start="2026-03-14T16:00:00+00:00") -> Conversation:
    """A benign hard-negative conversation (no suspects, no critical line)."""
    lines, critical = parse(expand(script))
    if critical is not None:
        raise ValueError(f"{id}: benign script has a '!' line")
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


def adult(key: str, name: str, *roles: str, days_in: float = 500, account: float = 1500,
          username: str | None = None) -> Person:
    """An adult (benign) participant: established account."""
    return Person(key, key, name, tuple(roles), days_in, username, False, account)
