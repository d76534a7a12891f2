"""Telegram side of issue 11's part 1: capped message text, and rule time-outs in /lookout status."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from telegram import Chat, Message, User

from bot.platforms.telegram.translate import MAX_MESSAGE_CHARS, message_event
from rules.engine import build_engine
from tests.rules.test_engine import SLOW_PACK, SLOW_TEXT
from tests.telegram.harness import GROUP_ID, running_world


def test_message_text_is_capped_at_telegrams_limit() -> None:
    chat = Chat(GROUP_ID, Chat.SUPERGROUP, title="Pixel Painters Teens")
    user = User(4300003, "Rex", is_bot=False)
    message = Message(7, datetime.now(UTC), chat, from_user=user, text="add me on snap " + "x" * 9_000)
    event = message_event(message, edited=False, is_staff=False, joined_at=None)
    assert event is not None
    assert len(event.message.text) == MAX_MESSAGE_CHARS == 4_096
    assert event.message.text.startswith("add me on snap")


async def test_a_switched_off_rule_shows_in_status(tmp_path: Path) -> None:
    pack = tmp_path / "mine.toml"
    pack.write_text(SLOW_PACK, encoding="utf-8")
    async with running_world(tmp_path) as world:
        engine = build_engine([], user_paths=[pack])
        for _ in range(5):
            engine.analyze(SLOW_TEXT)
        world.lookout.engine = engine  # what the status reads; the pipeline keeps its own
        world.say(world.admin, "/lookout status")
        status = await world.api.wait_for_call("sendMessage", lambda c: "status" in str(c.params.get("text")),
                                               chat_id=GROUP_ID)
    text = status.params["text"]
    assert "rule u.secrecy.slow (mine.toml) is switched off: it timed out 5 times on ordinary-length" in text
