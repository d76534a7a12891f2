"""A tiny chat-script notation so that conversations read like chats, not like data structures.

Each non-empty line of a script is ``WHO [TOKENS]: TEXT``. Tokens:
- ``+5`` / ``+5m`` minutes, ``+2h`` hours, ``+3d`` days after the previous line (default ``+1m``;
  the first line is at minute 0 unless it carries a delay);
- ``^`` replies to the previous line, ``^-3`` to the line three above, ``^4`` to line 4;
- ``!`` marks the critical line: the suspect's first unambiguous risky move.

Marking the critical line inline (instead of counting indexes by hand) keeps the label honest
when a conversation is edited later: the mark moves with the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eval.corpus_writer import Conversation, Line, Person

_LINE = re.compile(r"^(?P<who>\w+)(?P<tokens>(?:\s+[+^!][\w-]*)*)\s*:\s?(?P<text>.*)$")
_UNITS = {"": 1.0, "m": 1.0, "h": 60.0, "d": 1440.0}


class ScriptError(ValueError):
    """A script line does not follow the notation; the message quotes it."""


def parse(script: str) -> tuple[list[Line], int | None]:
    """The lines of ``script`` and the index of the line marked ``!`` (None when unmarked)."""
    lines: list[Line] = []
    critical: int | None = None
    clock = 0.0
    for raw in script.strip("\n").splitlines():
        if not raw.strip():
            continue
        match = _LINE.match(raw.strip())
        if match is None:
            raise ScriptError(f"script line {raw!r} is not 'WHO [+delay] [^] [!]: text'")
        delay = 1.0 if lines else 0.0
        reply: int | None = None
        for token in match.group("tokens").split():
            if token.startswith("+"):
                amount = re.fullmatch(r"\+(\d+(?:\.\d+)?)([mhd]?)", token)
                if amount is None:
                    raise ScriptError(f"bad delay {token!r} in {raw!r}")
                delay = float(amount.group(1)) * _UNITS[amount.group(2)]
            elif token.startswith("^"):
                rest = token[1:]
                reply = len(lines) - 1 if not rest else (len(lines) + int(rest) if rest.startswith("-")
                                                          else int(rest))
            elif token == "!":
                if critical is not None:
                    raise ScriptError(f"two lines are marked critical (second: {raw!r})")
                critical = len(lines)
        clock += delay
        lines.append(Line(match.group("who"), clock, match.group("text"), reply))
    return lines, critical


def convo(
    id: str,
    platform: str,
    chat: str,
    community: str,
    channel: str,
    people: Sequence[Person],
    script: str,
    *,
    suspects: Sequence[str] = ("s",),
    targets: Sequence[str] = ("k",),
    tactics: Sequence[str] = (),
    notes: str = "",
    language: str = "en",
    start: str = "2026-03-14T16:00:00+00:00",
) -> Conversation:
    """A grooming conversation from a script; person ids are namespaced by the conversation id."""
    lines, critical = parse(script)
    if critical is None:
        raise ScriptError(f"{id}: no line is marked critical with '!'")
    placed = [
        Person(p.key, f"{id}/{p.id}", p.name, p.roles, p.joined_days_ago, p.username, p.is_bot,
               p.account_days_old)
        for p in people
    ]
    return Conversation(
        id=id, platform=platform, chat=chat, community=community, channel=channel, people=placed,
        lines=lines, kind="grooming", suspects=list(suspects), targets=list(targets), critical=critical,
        tactics=list(tactics), notes=notes, language=language, start=start,
    )


def kid(key: str, name: str, *roles: str, days_in: float = 300, account: float = 500,
        username: str | None = None) -> Person:
    """A child who has been around a while (the usual shape: an established member)."""
    return Person(key, key, name, tuple(roles), days_in, username, False, account)


def newcomer(key: str, name: str, *roles: str, days_in: float = 2, account: float = 6,
             username: str | None = None) -> Person:
    """A recently created account that recently joined: how most suspects arrive."""
    return Person(key, key, name, tuple(roles), days_in, username, False, account)


def member(key: str, name: str, *roles: str, days_in: float = 400, account: float = 900,
           username: str | None = None) -> Person:
    """A bystander or long-time member who is not part of the label."""
    return Person(key, key, name, tuple(roles), days_in, username, False, account)
