"""The moderation layer seen from Discord: what moderators and children get, through the fake Discord.

Each test here pins one defect found in the real bot (the alert that stopped updating, the status
that said "defaults", the English report form in a Spanish server, the two platforms listing cases
differently) or one promise the web console will rely on: acting on a case through the layer
alone updates the alert where it was posted.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import tips
from bot.actions import Action, AlertView, EvidenceLine
from bot.events import Author, MessageEvent
from bot.moderation import Effect
from bot.platforms.discord.render import EMBED_LIMIT, FIELD_LIMIT
from bot.service import Lookout
from bot.vocabulary import CaseStatus, ModAction
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import World, build_world, running_bot
from tests.discord.stub_lookout import StubLookout, StubSettings
from tests.discord.test_scenarios import CONFIG, _alert_posts, _fields, _groom_until_alert, _open, _sub


@pytest.fixture
def world(fake: FakeDiscord) -> World:
    return build_world(fake)


@pytest.fixture
async def lookout(tmp_path: Path, world: World) -> AsyncIterator[Lookout]:
    service = await _open(f"sqlite:///{tmp_path / 'lookout.db'}", world, alert_channel_id=str(world.alerts),
                          nudge_mode="dm")
    try:
        yield service
    finally:
        await service.close()


def _evidence(fields: dict[str, str]) -> str:
    return "\n".join(v for k, v in fields.items() if k.startswith("Evidence"))


async def test_the_alert_keeps_showing_the_case_after_it_is_critical(
    fake: FakeDiscord, world: World, lookout: Lookout
) -> None:
    """Later moves join the open case; the alert shows them (newest first) without a new post."""
    async with running_bot(fake, lookout, CONFIG):
        alert_id = await _groom_until_alert(fake, world)
        await fake.send_message(world.general, world.stranger, "send me a pic of you, just for me")
        # Wait for the photo request itself to reach the alert. Waiting for "CRITICAL" is not enough:
        # the grooming chat may already have made the case critical, and the edit counted below
        # would then be the photo request's, still on its way.
        await fake.wait_for(lambda: "photo_request" in _fields(fake.messages[alert_id]).get("Categories", ""),
                            what="the photo request shown")
        assert "CRITICAL" in fake.messages[alert_id]["embeds"][0]["title"]
        [case] = await lookout.list_cases(str(world.guild))
        decided = len((await lookout.storage.get_case(case.case_id)).decisions)
        edits = len(fake.find("PATCH", rf"/channels/{world.alerts}/messages/{alert_id}"))
        await fake.send_message(world.general, world.stranger, "i can get you free robux if you want")
        await fake.wait_for(
            lambda: len(fake.find("PATCH", rf"/channels/{world.alerts}/messages/{alert_id}")) > edits,
            what="the alert edited with the new evidence",
        )
        fields = _fields(fake.messages[alert_id])
        [case] = await lookout.list_cases(str(world.guild))
        after = len((await lookout.storage.get_case(case.case_id)).decisions)
    assert "gift_offer" in case.categories, "the pipeline flagged the gift offer"
    assert after == decided, "no new alert was decided: the case grew, and only the growth can update the alert"
    assert "gift_offer" in fields["Categories"]
    evidence = _evidence(fields)
    assert "free robux" in evidence.splitlines()[0], "the newest line comes first"
    assert "send me a pic" in evidence.splitlines()[1]
    assert f"{case.risk:.2f}" in fields["Risk"] and case.stage in fields["Risk"]
    assert len(_alert_posts(fake, world)) == 1, "one alert, edited in place"


async def test_a_long_case_fits_discords_limits_and_keeps_the_newest_lines(fake: FakeDiscord, world: World) -> None:
    stub = StubLookout()
    stub.settings[str(world.guild)] = StubSettings(str(world.guild), alert_channel_id=str(world.alerts))
    start = datetime.now(UTC) - timedelta(hours=2)
    old = [
        EvidenceLine(str(1000 + i), str(world.general), str(world.stranger), "CoolCoach", start + timedelta(minutes=i),
                     f"older line {i:02d} " + "and a long story about nothing at all " * 5, flagged=i % 3 == 0)
        for i in range(40)
    ]

    def decide(ev: MessageEvent) -> list[Action]:
        return [stub.alert(ev, ev.author, evidence=old)]

    stub.decide = decide
    async with running_bot(fake, stub):
        await fake.send_message(world.general, world.stranger, "the newest line: add me on snap")
        [post] = await fake.wait_request("POST", rf"/channels/{world.alerts}/messages")
    embed = post.json["embeds"][0]
    size = len(embed["title"]) + len(embed["footer"]["text"]) + sum(
        len(f["name"]) + len(f["value"]) for f in embed["fields"])
    assert size <= EMBED_LIMIT and len(embed["fields"]) <= 25
    assert all(len(f["value"]) <= FIELD_LIMIT for f in embed["fields"])
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    first = next(v for k, v in fields.items() if k.startswith("Evidence")).splitlines()[0]
    assert "the newest line" in first
    assert "older line 39" in _evidence(fields), "the newest old line is kept"
    assert "older line 01 " not in _evidence(fields), "an old unflagged line is what gives way"
    assert "More evidence" in fields


async def test_status_shows_what_is_in_force_and_where_it_comes_from(
    fake: FakeDiscord, world: World, lookout: Lookout
) -> None:
    async with running_bot(fake, lookout, CONFIG):
        token = await fake.slash(world.guild, world.general, world.moderator, "lookout", _sub("status"))
        status = await fake.wait_reply(token)
    fields = _fields(status["data"])
    assert "moderator**: Moderator (config file)" in fields["Roles"]
    assert "defaults" not in fields["Roles"]
    assert fields["Safety tips"] == "dm (set by a moderator)"  # the built-in default is "button"
    assert fields["Language"] == "en (built-in default)"  # this config names no language


async def test_language_command_reaches_the_guide_and_the_report_form(
    fake: FakeDiscord, world: World, lookout: Lookout
) -> None:
    async with running_bot(fake, lookout, CONFIG):
        token = await fake.slash(world.guild, world.general, world.child, "lookout", _sub("language", code=(3, "es")))
        refused = await fake.wait_reply(token)
        assert (await lookout.get_settings(str(world.guild))).language == "en", refused
        token = await fake.slash(world.guild, world.general, world.moderator, "lookout",
                                 _sub("language", code=(3, "es")))
        answer = await fake.wait_reply(token)
        assert "Español" in answer["data"]["content"]

        token = await fake.slash(world.guild, world.general, world.child, "safety")
        guide = await fake.wait_reply(token)
        target = await fake.send_message(world.general, world.stranger, "you seem so mature for your age")
        token = await fake.message_command(world.guild, world.general, world.child, "Report to moderators", target)
        modal = await fake.wait_reply(token)
        submit = await fake.submit_modal(token, world.child, ["me escribe todo el rato"])
        thanks = await fake.wait_reply(submit)
    assert (await lookout.get_settings(str(world.guild))).language == "es"
    assert guide["data"]["embeds"][0]["description"].startswith(tips.safety_guide("es")[:40])
    form = json.dumps(modal["data"], ensure_ascii=False)
    for key in ("report_title", "report_label", "report_placeholder"):
        assert tips.message(key, "es") in form, key
    assert thanks["data"]["content"] == tips.message("report_thanks", "es")


async def test_case_list_shows_what_waits_for_a_moderator(fake: FakeDiscord, world: World, lookout: Lookout) -> None:
    async with running_bot(fake, lookout, CONFIG):
        alert_id = await _groom_until_alert(fake, world)
        [case] = await lookout.list_cases(str(world.guild))
        listing = [{"type": 2, "name": "case", "options": _sub("list")}]
        token = await fake.slash(world.guild, world.general, world.moderator, "lookout", listing)
        waiting = (await fake.wait_reply(token))["data"]["content"]
        token = await fake.click(alert_id, world.moderator, label="False positive")
        await fake.wait_reply(token)
        await fake.wait_for(lambda: "False positive" in _fields(fake.messages[alert_id])["Status"], what="closed")
        token = await fake.slash(world.guild, world.general, world.moderator, "lookout", listing)
        after = (await fake.wait_reply(token))["data"]["content"]
        closed = [{"type": 2, "name": "case", "options": _sub("list", status=(3, "false_positive"))}]
        token = await fake.slash(world.guild, world.general, world.moderator, "lookout", closed)
        asked = (await fake.wait_reply(token))["data"]["content"]
    assert case.case_id in waiting
    assert case.case_id not in after and "No cases waiting" in after
    assert case.case_id in asked


async def test_an_action_through_the_layer_alone_updates_the_discord_alert(
    fake: FakeDiscord, world: World, lookout: Lookout
) -> None:
    """What the web console will do: no interaction, just the layer, the case id and who acts."""

    class ConsoleSurface:
        alert_ref = None

        def __init__(self) -> None:
            self.refused: list[str] = []
            self.told: list[str] = []

        async def refuse(self, text: str) -> None:
            self.refused.append(text)

        async def accept(self) -> None:
            return None

        async def send_file(self, filename: str, data: bytes, caption: str) -> Effect:
            return Effect("evidence file downloaded from the console")

        async def finish(self, view: AlertView, message: str) -> None:
            self.told.append(message)

    async with running_bot(fake, lookout, CONFIG) as bot:
        alert_id = await _groom_until_alert(fake, world)
        [case] = await lookout.list_cases(str(world.guild))
        child = ConsoleSurface()
        assert await bot.moderation.act(case.case_id, ModAction.ACKNOWLEDGE, Author(str(world.child)), child) is None
        moderator = ConsoleSurface()
        done = await bot.moderation.act(case.case_id, ModAction.ACKNOWLEDGE, Author(str(world.moderator), "Rowan"),
                                        moderator)
        await fake.wait_for(lambda: _fields(fake.messages[alert_id])["Status"] == "Acknowledged",
                            what="the Discord alert shows the console's action")
        timeout = await bot.moderation.act(case.case_id, ModAction.TIMEOUT, Author(str(world.moderator), "Rowan"),
                                           ConsoleSurface())
    assert child.refused and "moderators" in child.refused[0]
    assert done is not None and done.status == CaseStatus.ACKNOWLEDGED and moderator.told == ["Acknowledged."]
    assert timeout is not None and fake.find("PATCH", rf"/guilds/{world.guild}/members/{world.stranger}")
    assert "Rowan" in _fields(fake.messages[alert_id])["Moderator actions"]
    assert len(_alert_posts(fake, world)) == 1
