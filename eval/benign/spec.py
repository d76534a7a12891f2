"""A compact way to write the benign hard-negative conversations by hand.

Eighty-odd conversations spelled out as nested constructor calls would bury the dialogue under
boilerplate, and the dialogue is what reviewers need to read: does this *really* look benign to a
human moderator, and would a keyword filter still trip on it? So each conversation is a `Spec`
holding a small script (one line per message, ``MINUTES WHO: text``) that `to_conversation` turns
into the `eval.corpus_writer` types at build time. Keeping these specs free of the writer's types
also lets the scripts be checked (speaker keys, timing, length) without writing any export.

Person ids are derived deterministically from the conversation id and the speaker key, so
rebuilding the corpus never changes a file; the writer turns them into platform ids (Discord
snowflakes that carry the account age, Telegram ``user<digits>``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eval.corpus_writer import Conversation

_LINE = re.compile(r"^(?P<minutes>\d+(?:\.\d+)?)\s+(?P<who>[a-z0-9_]+)(?:>(?P<reply>\d+))?:\s?(?P<text>.*)$")


@dataclass(frozen=True)
class P:
    """One participant: `key` is the short name used in the script."""

    key: str
    name: str
    roles: tuple[str, ...] = ()
    joined: float | None = None  # days before the conversation starts
    acct: float | None = None  # account age in days at the conversation start
    username: str | None = None
    bot: bool = False


@dataclass(frozen=True)
class ScriptLine:
    who: str
    minutes: float
    text: str
    reply_to: int | None = None  # index of an earlier line in the same script


@dataclass
class Spec:
    """A benign conversation before it is written out as an export."""

    id: str
    platform: str  # "discord" | "telegram"
    chat: str  # "group" | "thread" | "private_thread" | "dm"
    community: str
    channel: str
    people: list[P]
    script: str
    tactics: list[str]
    notes: str
    language: str = "en"
    start: str = "2026-03-14T16:00:00+00:00"
    lines: list[ScriptLine] = field(init=False)

    def __post_init__(self) -> None:
        self.lines = parse_script(self.script, self.id)


def parse_script(script: str, conv_id: str) -> list[ScriptLine]:
    """Parse ``MINUTES WHO[>REPLY_INDEX]: text`` lines; blank lines are ignored.

    A line that does not fit the notation is an authoring mistake, so it fails loudly with the
    conversation id and the offending line rather than silently dropping a message.
    """
    out: list[ScriptLine] = []
    for raw in script.strip("\n").splitlines():
        stripped = raw.strip()
        if not stripped:
            continue
        m = _LINE.match(stripped)
        if m is None:
            raise ValueError(f"{conv_id}: cannot parse script line {stripped!r} (expected 'MIN who: text')")
        reply = m.group("reply")
        out.append(
            ScriptLine(
                who=m.group("who"),
                minutes=float(m.group("minutes")),
                text=m.group("text"),
                reply_to=int(reply) if reply is not None else None,
            )
        )
    return out


def _digest(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("/".join(parts).encode()).digest()[:8], "big")


def account_days(spec: Spec, person: P) -> float:
    """Account age in days: the stated one, or a plausible, stable older-than-the-server age."""
    if person.acct is not None:
        return person.acct
    return float(300 + _digest(spec.id, person.key) % 900)


def person_id(spec: Spec, person: P) -> str:
    """The `Person.id` handed to the writer: stable, and distinct for every person of a conversation.

    For Discord the writer turns it into a snowflake carrying the account age, so any stable
    string works; for Telegram it must be digits, which the writer exports as ``user<digits>``.
    """
    if spec.platform == "discord":
        return f"{spec.id}/{person.key}"
    return str(1_000_000_000 + _digest(spec.id, person.key) % 6_000_000_000)


def check_spec(spec: Spec) -> list[str]:
    """Authoring problems in `spec` (empty when it is fine)."""
    problems: list[str] = []
    keys = [p.key for p in spec.people]
    if len(set(keys)) != len(keys):
        problems.append("duplicate person keys")
    if not 6 <= len(spec.lines) <= 30:
        problems.append(f"{len(spec.lines)} lines (want 6-30)")
    last = -1.0
    for i, line in enumerate(spec.lines):
        if line.who not in keys:
            problems.append(f"line {i}: unknown speaker {line.who!r}")
        if line.minutes < last:
            problems.append(f"line {i}: time goes backwards")
        last = line.minutes
        if line.reply_to is not None and not 0 <= line.reply_to < i:
            problems.append(f"line {i}: reply_to {line.reply_to} is not an earlier line")
    if spec.platform not in ("discord", "telegram"):
        problems.append(f"platform {spec.platform!r}")
    if spec.chat not in ("group", "thread", "private_thread", "dm"):
        problems.append(f"chat {spec.chat!r}")
    if spec.chat == "dm" and len({line.who for line in spec.lines}) != 2:
        problems.append("a DM needs exactly two speakers")
    if not spec.tactics:
        problems.append("no look-alike features listed in tactics")
    return problems


def to_conversation(spec: Spec) -> Conversation:
    """Turn a spec into the writer's `Conversation` (imported here so specs load without it)."""
    from eval.corpus_writer import Conversation, Line, Person

    people = [
        Person(
            key=p.key,
            id=person_id(spec, p),
            name=p.name,
            roles=p.roles,
            joined_days_ago=p.joined,
            username=p.username,
            is_bot=p.bot,
            account_days_old=account_days(spec, p) if spec.platform == "discord" else p.acct,
        )
        for p in spec.people
    ]
    lines = [Line(who=ln.who, minutes=ln.minutes, text=ln.text, reply_to=ln.reply_to) for ln in spec.lines]
    kwargs: dict[str, Any] = {
        "id": spec.id,
        "platform": spec.platform,
        "chat": spec.chat,
        "community": spec.community,
        "channel": spec.channel,
        "people": people,
        "lines": lines,
        "kind": "benign",
        "suspects": [],
        "targets": [],
        "critical": None,
        "tactics": list(spec.tactics),
        "notes": spec.notes,
        "language": spec.language,
        "start": spec.start,
    }
    return Conversation(**kwargs)
