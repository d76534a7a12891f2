"""Whom a message is addressed to, and the short in-memory channel window used for evidence.

In a DM the other participant is the target. In a group it is the replied-to author, else the first
mentioned member, else the person the author has been talking with in the last few messages.

A case's evidence is the pair's exchange, never the whole channel: a busy group's window holds other
children's chat, and storing it in a stranger's case would keep children's words that protect no one
(DEVELOPERS.md: store only what protects children). The exchange is the suspect's lines, the target's
lines to the suspect, and lines anyone else addressed to either of them (a reply or a mention).
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from collections.abc import Collection
from dataclasses import replace
from typing import Final, NamedTuple

from bot.actions import EvidenceLine
from bot.events import ChannelKind, MessageEvent

WINDOW: Final = 12  # messages kept per channel for evidence context and attribution
RECENT_S: Final = 15 * 60  # "talking with" means a message from them within this many seconds
ANSWER_S: Final = 45 * 60.0  # an answer to a request made to this author ("sent u a dm") may come later
MAX_CHANNELS: Final = 20_000


class WindowEntry(NamedTuple):
    """A message in a channel window: cheap to keep; turned into evidence only when needed."""

    ts: float
    author_id: str
    message_id: str
    event: MessageEvent
    categories: tuple[str, ...]
    to: str | None = None  # whom it was addressed to (attribute_target), None: to everyone

    def evidence(self) -> EvidenceLine:
        ev = self.event
        a = ev.author
        return EvidenceLine(ev.message.id, ev.channel.id, a.id, a.display_name or a.username or a.id,
                            ev.message.timestamp, ev.message.text, bool(self.categories), self.categories)


class ChannelWindows:
    """Recent messages per channel, bounded in count per channel and in number of channels."""

    def __init__(self, max_channels: int = MAX_CHANNELS) -> None:
        self._windows: OrderedDict[tuple[str, str], deque[WindowEntry]] = OrderedDict()
        self._max = max_channels

    def get(self, channel_key: tuple[str, str]) -> deque[WindowEntry]:
        win = self._windows.get(channel_key)
        if win is None:
            win = self._windows[channel_key] = deque(maxlen=WINDOW)
            if len(self._windows) > self._max:
                self._windows.popitem(last=False)
        else:
            self._windows.move_to_end(channel_key)
        return win

    def drop_author(self, author_id: str, community_id: str | None = None) -> None:
        """Remove a person's messages from every window (erasure)."""
        for (community, _channel), win in self._windows.items():
            if community_id in (None, community) and any(e.author_id == author_id for e in win):
                kept = [e for e in win if e.author_id != author_id]
                win.clear()
                win.extend(kept)

    def lines(self, channel_key: tuple[str, str]) -> list[EvidenceLine]:
        """The whole window as evidence lines, oldest first (everyone's: not for a case, see exchange())."""
        return [e.evidence() for e in self._windows.get(channel_key, ())]

    def addressee(self, channel_key: tuple[str, str], message_id: str) -> str | None:
        """Whom a message still in the window was addressed to (None: to everyone, or no longer held)."""
        for entry in self._windows.get(channel_key, ()):
            if entry.message_id == message_id:
                return entry.to
        return None

    def exchange(self, channel_key: tuple[str, str], suspect: str, targets: Collection[str]) -> list[EvidenceLine]:
        """The window's lines that belong in `suspect`'s case with `targets`, oldest first.

        The suspect's lines keep their rule flags; everyone else's are context, never flagged (a
        child's own age answer is not a finding against them).
        """
        pair = {suspect, *targets}
        out: list[EvidenceLine] = []
        for entry in self._windows.get(channel_key, ()):
            if entry.author_id == suspect:
                out.append(entry.evidence())
            elif (entry.author_id in pair and entry.to == suspect) or addressed_to(entry, pair):
                line = entry.evidence()
                out.append(replace(line, flagged=False, categories=()) if line.flagged else line)
        return out


_WORD = re.compile(r"\w+")
MIN_NAME: Final = 3  # shorter first names ("Al", "Jo") are too often ordinary words or letters


def _first_name(author_name: str) -> str:
    m = _WORD.search(author_name.casefold())
    return m.group(0) if m and len(m.group(0)) >= MIN_NAME and not m.group(0).isdigit() else ""


def _vocative(name: str, words: list[str], low: str) -> bool:
    """Said to them, not about them: the name closes the line, or stands beside a comma or opens it
    before one ("Emma, send me…", "…your snap, Emma, …", "send it emma"); "Emma said you have
    snap" is about Emma."""
    if name == words[-1]:
        return True
    n = re.escape(name)
    return re.search(rf"(?:,\s*{n}\b|\b{n}\s*[,:]|^\W*{n}\s*[!?])", low) is not None


def _named(text: str, window: deque[WindowEntry], me: str, now: float) -> str | None:
    """The recent speaker the message calls by first name ("send me your snap, Emma").

    In a busy group the last other speaker is often not the one addressed; a name said in the line
    is the better reading. Only people who spoke in the channel recently count, the latest first,
    and only when one of them is named (two names: no reading). Called for flagged lines only: a
    regex pass over every message would cost the live path for lines where the target decides
    nothing."""
    low = text.casefold()
    words = _WORD.findall(low)
    if not words:
        return None
    found: list[str] = []
    for line in reversed(window):
        if now - line.ts > RECENT_S:
            break
        if line.author_id == me or line.author_id in found:
            continue
        a = line.event.author
        name = _first_name(a.display_name or a.username or "")
        if name and name in words and _vocative(name, words, low):
            found.append(line.author_id)
    return found[0] if len(found) == 1 else None


def addressed_to(entry: WindowEntry, people: Collection[str]) -> bool:
    """Was this line explicitly addressed (a reply, a mention) to one of `people`?"""
    msg = entry.event.message
    if msg.reply_to_author_id in people or any(m in people for m in msg.mention_ids):
        return True
    return entry.to in people and bool(msg.reply_to_id)  # a reply whose author was found in the window


def attribute_target(ev: MessageEvent, window: deque[WindowEntry], now: float,
                     categories: tuple[str, ...] = ()) -> str | None:
    """The id of the member this message is addressed to, or None if it is to everyone.

    `categories`: what the rules found in this message. A line of the same kind as a recent request
    made *to* this author ("shoot me a DM" - "sent u a dm") answers the one who asked, even when
    someone else spoke in between: without that, a child's answer lands on the last speaker and
    the child is read as the one making the move."""
    me = ev.author.id
    ch = ev.channel
    if ch.kind is ChannelKind.DIRECT or (ch.kind is ChannelKind.PRIVATE_THREAD and len(ch.member_ids) == 2):
        for mid in ch.member_ids:
            if mid != me:
                return mid
    msg = ev.message
    if msg.reply_to_author_id and msg.reply_to_author_id != me:
        return msg.reply_to_author_id
    if msg.reply_to_id:
        for line in window:
            if line.message_id == msg.reply_to_id and line.author_id != me:
                return line.author_id
    for mid in msg.mention_ids:
        if mid != me:
            return mid
    if categories:
        named = _named(ev.message.text, window, me, now)
        if named is not None:
            return named
        kinds = set(categories)
        for line in reversed(window):
            if now - line.ts > ANSWER_S:
                break
            if line.author_id != me and line.to == me and not kinds.isdisjoint(line.categories):
                return line.author_id
    # The person the author has been talking with: the latest other author in recent messages,
    # provided the author also spoke recently (a back-and-forth, not a stranger's aside).
    private = ch.kind in (ChannelKind.DIRECT, ChannelKind.PRIVATE_THREAD)
    for line in reversed(window):
        if not private and now - line.ts > RECENT_S:
            break  # in a private chat the other person is the addressee however long the pause
        if line.author_id != me:
            return line.author_id
    return None
