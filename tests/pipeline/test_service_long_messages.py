"""Long messages are analysed off the event loop, with the same decisions as inline ones."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bot.actions import SendAlert
from bot.config import Config
from bot.service import Lookout
from rules.engine import Engine
from rules.timeouts import ORDINARY_CHARS
from rules.types import Detection
from storage import open_storage
from tests.pipeline.conftest import Chat, person

CHILD = person("kid", "13-15")
STRANGER = person("stranger", account_days=3, joined_days=1)


async def test_a_long_message_is_analysed_in_a_worker_thread(engine: Engine, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, bool]] = []  # (text length, on the event loop's thread)
    real = engine.analyze

    def recording(text: object) -> Detection:
        seen.append((len(str(text)), threading.current_thread() is threading.main_thread()))
        return real(text)

    monkeypatch.setattr(engine, "analyze", recording)
    lk = Lookout(Config(), engine, await open_storage(f"sqlite:///{tmp_path / 'l.db'}"))
    try:
        c = Chat()
        padding = "so anyway " * (ORDINARY_CHARS // 10)
        actions = []
        for ev in [c.say(CHILD, "anyone up for a match"), c.say(STRANGER, "how old are you"),
                   c.say(STRANGER, "you're so mature"), c.say(STRANGER, "are you alone right now"),
                   c.say(STRANGER, padding + "add me on snap")]:
            actions += await lk.on_message(ev)
    finally:
        await lk.close()
    assert [a for a in actions if isinstance(a, SendAlert)]  # decided as usual
    long_message = len(padding + "add me on snap")
    assert (long_message, False) in seen and (long_message, True) not in seen  # in a worker thread
    assert all(inline for length, inline in seen if length <= ORDINARY_CHARS)  # chat-sized ones inline
