"""A small, fixed rule pack and event builders, so pipeline tests don't move when packs are tuned."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.events import Author, Channel, ChannelKind, Community, Message, MessageEvent
from bot.pipeline import Pipeline, Policy
from rules.engine import Engine, build_engine

PACK = r'''
[pack]
id = "p"
language = "en"

[[rule]]
id = "p.age_probe.how_old"
category = "age_probe"
weight = 0.35
patterns = ['\bhow old (?:are|r) (?:you|u)\b', '\basl\b']

[[rule]]
id = "p.flattery.mature"
category = "flattery"
weight = 0.35
patterns = ['\bso mature\b']

[[rule]]
id = "p.isolation.alone"
category = "isolation"
weight = 0.55
patterns = ['\b(?:are|r) (?:you|u) alone\b']

[[rule]]
id = "p.secrecy.dont_tell"
category = "secrecy"
weight = 0.6
patterns = ["\\bdon'?t tell (?:anyone|your parents)\\b"]

[[rule]]
id = "p.platform_move.snap"
category = "platform_move"
weight = 0.6
patterns = ['\badd me on (?:snap|kik)\b']

[[rule]]
id = "p.photo_request.pic"
category = "photo_request"
weight = 0.9
patterns = ['\bsend (?:me )?(?:a )?(?:pic|selfie)\b', '\b(?:pic|video) of (?:you|u)\b']

[[rule]]
id = "p.platform_move.friend_request"
category = "platform_move"
weight = 0.5
patterns = ['\bsent (?:you|u) a friend request\b']

[[rule]]
id = "p.meeting.pick_up"
category = "meeting"
weight = 0.85
patterns = ['\bpick (?:you|u) up\b']

[[rule]]
id = "p.sextortion.post"
category = "sextortion"
weight = 1.0
patterns = ['\bor i (?:will )?post\b']

[[rule]]
id = "p.sexual_talk.wearing"
category = "sexual_talk"
weight = 0.75
patterns = ['\bwhat (?:are|r) (?:you|u) wearing\b', '\b(?:have|did) (?:you|u) ever kissed\b',
            '\bdo (?:you|u) have a (?:boyfriend|girlfriend)\b']

[[age]]
pattern = "\\bi'?m (?P<age>\\d{1,2})\\b"
'''

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path: Path = tmp_path_factory.mktemp("pack") / "p.toml"
    path.write_text(PACK, encoding="utf-8")
    return build_engine([path])


@pytest.fixture
def pipeline(engine: Engine) -> Pipeline:
    return Pipeline(engine, lambda _cid: Policy())


def person(uid: str, *roles: str, account_days: float | None = 900, joined_days: float | None = 400,
           staff: bool = False, bot: bool = False) -> Author:
    return Author(
        id=uid, display_name=uid.capitalize(), roles=roles, is_staff=staff, is_bot=bot,
        created_at=T0 - timedelta(days=account_days) if account_days is not None else None,
        joined_at=T0 - timedelta(days=joined_days) if joined_days is not None else None,
    )


class Chat:
    """Builds a conversation's events with increasing times and ids."""

    def __init__(self, kind: ChannelKind = ChannelKind.PUBLIC, members: tuple[str, ...] = (),
                 community: str = "g1", channel: str = "c1") -> None:
        self.community = Community(community, "discord", "Test Server")
        self.channel = Channel(channel, kind, "general", member_ids=members)
        self.n = 0
        self.t = T0

    def say(self, who: Author, text: str, *, after: timedelta = timedelta(minutes=1), reply_to: str | None = None,
            reply_author: str | None = None, mentions: tuple[str, ...] = (),
            edited_id: str | None = None) -> MessageEvent:
        self.t += after
        if edited_id is None:
            self.n += 1
        mid = edited_id or f"m{self.n}"
        return MessageEvent(self.community, self.channel, who,
                            Message(mid, self.t, text, reply_to, reply_author, mentions, edited=edited_id is not None))


@pytest.fixture
def chat() -> Callable[..., Chat]:
    return Chat
