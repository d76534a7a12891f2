"""The one flow behind `/lookout console` and `/lookout_console`: who gets a link, for what, and what they read.

Stand-ins for the platform port and the console record what the flow asks of them; the adapters'
own tests (tests/discord/, tests/telegram/) run it through the fake servers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from bot.events import Author
from bot.moderation import NO_RIGHTS, Rights, Wording, console_login

ROWAN = Author("5550001", display_name="Rowan", username="rowan_mod")


@dataclass
class Port:
    platform = "discord"
    wording = Wording(moderators="this server's moderators", setup_hint="run /lookout setup")
    rights_in: dict[str, Rights] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    async def rights(self, community_id: str, user_id: str) -> Rights:
        self.asked.append(community_id)
        if community_id == "broken":
            raise ConnectionError("platform unreachable")
        return self.rights_in.get(community_id, NO_RIGHTS)


@dataclass
class Issuer:
    issued: list[tuple[str, str, tuple[str, ...], str]] = field(default_factory=list)
    fail: bool = False

    async def issue_login(self, platform: str, user_id: str, communities: Sequence[str], display_name: str) -> str:
        if self.fail:
            raise RuntimeError("the console is not serving yet")
        self.issued.append((platform, user_id, tuple(communities), display_name))
        return "http://127.0.0.1:8470/login/t0k3n-for-rowan"


async def test_the_link_opens_only_the_communities_moderated_now(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    port = Port(rights_in={"g1": Rights(moderate=True), "g3": Rights(moderate=True, ban=True)})
    issuer = Issuer()
    answer = await console_login(issuer, "discord", port, ROWAN, ["g1", "g2", "g3", "g1", "broken"],
                                 names={"g1": "Block Builders", "g3": "Pixel Racers"})
    assert issuer.issued == [("discord", "5550001", ("g1", "g3"), "Rowan")]
    assert answer.url == "http://127.0.0.1:8470/login/t0k3n-for-rowan" and answer.communities == ("g1", "g3")
    assert "2 communities: Block Builders, Pixel Racers" in answer.text and answer.url in answer.text
    assert port.asked == ["g1", "g2", "g3", "broken"], "each community asked once; a platform error means no"
    assert not any("t0k3n" in r.getMessage() for r in caplog.records), "the link is a credential: never logged"


async def test_rights_the_request_carried_are_not_asked_again() -> None:
    port, issuer = Port(), Issuer()
    answer = await console_login(issuer, "discord", port, ROWAN, ["g1"], known={"g1": Rights(moderate=True)})
    assert port.asked == [] and answer.communities == ("g1",)
    assert "opens the cases of community g1." in answer.text  # no name known: the id


async def test_no_rights_no_link_and_the_platform_says_who_may() -> None:
    issuer = Issuer()
    answer = await console_login(issuer, "discord", Port(), ROWAN, ["g1"])
    assert (answer.text, answer.url) == ("Only this server's moderators can open the Lookout console.", None)
    assert issuer.issued == []


async def test_without_a_console_or_when_it_fails_the_moderator_is_told() -> None:
    port = Port(rights_in={"g1": Rights(moderate=True)})
    off = await console_login(None, "discord", port, ROWAN, ["g1"])
    assert off.url is None and "not switched on" in off.text and port.asked == []
    failed = await console_login(Issuer(fail=True), "discord", port, ROWAN, ["g1"])
    assert failed.url is None and "Try again in a minute" in failed.text
