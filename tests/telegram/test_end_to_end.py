"""End to end: the real PTB Application and the real service against the fake Bot API."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.telegram.fake_bot_api import Call, inline_buttons
from tests.telegram.harness import GROUP_ID, MODS_ID, World, running_world

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")

GROOMING = [
    ("kid", "anyone want to trade brushes for the contest?"),
    ("stranger", "hey how old are you"),
    ("kid", "im 13"),
    ("stranger", "you're so mature for your age"),
    ("stranger", "are you alone right now?"),
    ("stranger", "don't tell anyone we talk ok"),
    ("stranger", "add me on snap, it's easier there"),
    ("stranger", "send me a selfie"),
]


def is_alert(call: Call) -> bool:
    return call.params.get("chat_id") == MODS_ID and "Case" in str(call.params.get("text", ""))


async def groom(world: World) -> None:
    world.api.member_joined(world.group, world.stranger)
    for who, text in GROOMING:
        world.say(getattr(world, who), text)
    await world.api.wait_consumed()


async def test_grooming_in_a_supergroup_alerts_moderators_and_nudges_the_child(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        await groom(world)
        alert = await world.api.wait_for_call("sendMessage", is_alert)
        nudge = await world.api.wait_for_call(
            "sendMessage", lambda c: c.params.get("chat_id") == GROUP_ID and "tip" in str(c.params.get("text")))
    text = alert.params["text"]
    assert "Rex" in text and "@rex_gamer_x" in text and str(world.stranger["id"]) in text
    assert "Mia" in text and "@mia_draws" in text
    assert f"https://t.me/c/{str(GROUP_ID)[4:]}/" in text  # evidence links into the supergroup
    labels = [b["text"] for b in inline_buttons(alert.params)]
    assert len(labels) == 6 and any("Mute" in label for label in labels)
    assert all(len(b["callback_data"].encode()) <= 64 for b in inline_buttons(alert.params))
    # The public nudge names only the child and links to the private tip.
    public = str(nudge.params["text"])
    assert "Mia" in public and "Rex" not in public and "rex_gamer_x" not in public
    (button,) = list(inline_buttons(nudge.params))
    assert button["url"].startswith(f"https://t.me/{world.api.bot_username}?start=tip_")
    # Exactly one alert message (escalations edit it).
    assert len([c for c in world.api.sent_messages(MODS_ID) if is_alert(c)]) == 1
