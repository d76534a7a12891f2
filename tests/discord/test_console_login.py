"""`/lookout console` on Discord: a one-time web console link, in an answer only the moderator sees.

The real bot runs against the fake Discord; the web console is stood in for by a recorder (the
browser tests sign in with the real console). What matters here: who gets a link, which servers
it opens (those they moderate, not merely those they are in), that the answer is ephemeral and
unfurls nothing, and that the link is never logged.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.service import Lookout
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import World, build_world, running_bot
from tests.discord.test_scenarios import CONFIG, _open, _sub

EPHEMERAL = 1 << 6
SUPPRESS_EMBEDS = 1 << 2


@dataclass
class Issuer:
    """Stands in for the console's `issue_login`: records each request, returns a fresh link."""

    issued: list[tuple[str, str, tuple[str, ...], str]] = field(default_factory=list)

    async def issue_login(self, platform: str, user_id: str, communities: Sequence[str], display_name: str) -> str:
        self.issued.append((platform, user_id, tuple(communities), display_name))
        return f"https://mods.example.org/login/one-time-{len(self.issued)}-Qv7"


@pytest.fixture
def world(fake: FakeDiscord) -> World:
    return build_world(fake)


@pytest.fixture
async def lookout(tmp_path: Path, world: World) -> AsyncIterator[Lookout]:
    service = await _open(f"sqlite:///{tmp_path / 'lookout.db'}", world, alert_channel_id=str(world.alerts))
    try:
        yield service
    finally:
        await service.close()


async def ask(fake: FakeDiscord, world: World, user: int, guild: int | None = None,
              channel: int | None = None) -> dict[str, object]:
    token = await fake.slash(guild or world.guild, channel or world.general, user, "lookout", _sub("console"))
    reply = await fake.wait_reply(token)
    data: dict[str, object] = reply["data"]
    return data


async def test_a_moderator_gets_a_private_link_for_the_servers_they_moderate(
    fake: FakeDiscord, world: World, lookout: Lookout, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    now = datetime.now(UTC)
    # Rowan also moderates a second server the bot is in, and is a plain member of a third.
    other = fake.add_guild("Block Builders Events", owner_id=fake.new_id(now - timedelta(days=900)))
    fake.add_role(other, "Moderator", 1 << 5)  # Manage Server
    fake.add_member(other, "Rowan", roles=["Moderator"], user_id=world.moderator)
    third = fake.add_guild("Speedrun Club")
    fake.add_member(third, "Rowan", user_id=world.moderator)
    async with running_bot(fake, lookout, CONFIG) as bot:
        issuer = Issuer()
        bot.moderation.console = issuer
        answer = await ask(fake, world, world.moderator)

    assert issuer.issued == [("discord", str(world.moderator), (str(world.guild), str(other)), "Rowan")]
    content = str(answer["content"])
    assert "https://mods.example.org/login/one-time-1-Qv7" in content
    assert "Block Builders Youth" in content and "Block Builders Events" in content and "Speedrun" not in content
    assert "works once, within 10 minutes" in content
    flags = int(str(answer["flags"]))
    assert flags & EPHEMERAL, "only the moderator may see the link"
    assert flags & SUPPRESS_EMBEDS, "an unfurl would fetch the one-time link before the moderator opens it"
    assert not any("one-time" in r.getMessage() for r in caplog.records)


async def test_members_who_moderate_nothing_get_no_link(fake: FakeDiscord, world: World, lookout: Lookout) -> None:
    async with running_bot(fake, lookout, CONFIG) as bot:
        issuer = Issuer()
        bot.moderation.console = issuer
        helper = await ask(fake, world, world.helper)  # a role, but not the moderator role
        child = await ask(fake, world, world.child)
    assert helper["content"] == child["content"] == "Only this server's moderators can open the Lookout console."
    assert int(str(helper["flags"])) & EPHEMERAL
    assert issuer.issued == []


async def test_without_a_console_the_moderator_is_told_how_to_turn_it_on(
    fake: FakeDiscord, world: World, lookout: Lookout
) -> None:
    async with running_bot(fake, lookout, CONFIG):
        answer = await ask(fake, world, world.owner)
    assert "not switched on" in str(answer["content"]) and "[console]" in str(answer["content"])


async def test_alerts_link_to_the_case_page_when_the_console_has_an_https_address(
    fake: FakeDiscord, world: World, lookout: Lookout
) -> None:
    """From the alert to the case page in one tap, on a phone too; no link to a 127.0.0.1 console."""
    from dataclasses import replace

    from bot.config import ConsoleConfig
    from tests.discord.test_scenarios import _groom_until_alert

    lookout.config = replace(lookout.config, console=ConsoleConfig(public_url="https://mods.example.org/lookout/"))
    async with running_bot(fake, lookout, CONFIG):
        alert_id = await _groom_until_alert(fake, world)
        [case] = await lookout.list_cases(str(world.guild))
    buttons = [c for row in fake.messages[alert_id]["components"] for c in row["components"]]
    links = [b["url"] for b in buttons if b.get("style") == 5]
    assert links == [f"https://mods.example.org/lookout/cases/{case.case_id}"]
    assert len(buttons) == 7, "the six action buttons stay"

    lookout.config = replace(lookout.config, console=ConsoleConfig(public_url="http://127.0.0.1:8470"))
    view = await lookout.case_view(case.case_id)
    assert view is not None and view.console_url == ""
