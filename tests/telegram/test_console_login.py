"""`/lookout_console` in the alert chat: a one-time web console link, only ever sent privately.

The real adapter runs against the fake Bot API; the web console is stood in for by a recorder
that makes up links the way the console does (the browser tests use the real console). What
matters here is the Telegram side: who gets a link, for which groups, and that the link never
appears in the alert chat, in a link preview or in the logs.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from tests.telegram.harness import GROUP_ID, MODS_ID, World, running_world

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")


@dataclass
class Issuer:
    """Stands in for the console's `issue_login`: records each request, returns a fresh link."""

    issued: list[tuple[str, str, tuple[str, ...], str]] = field(default_factory=list)

    async def issue_login(self, platform: str, user_id: str, communities: Sequence[str], display_name: str) -> str:
        self.issued.append((platform, user_id, tuple(communities), display_name))
        return f"http://127.0.0.1:8470/login/one-time-{len(self.issued)}-Zx9"


async def answer_in(world: World, chat_id: int, who: dict[str, object], text: str) -> str:
    before = len(world.api.sent_messages(chat_id))
    world.api.group_message(world.mods, who, text)
    call = await world.api.wait_for_call("sendMessage", chat_id=chat_id, count=before + 1)
    return str(call.params["text"])


async def test_an_admin_gets_the_link_privately_and_the_alert_chat_only_hears_that(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        issuer = Issuer()
        world.rt.moderation.console = issuer
        world.api.private_message(world.admin, "/start")  # Ada opened a private chat with the bot once
        await world.api.wait_for_call("sendMessage", chat_id=world.admin["id"])

        said = await answer_in(world, MODS_ID, world.admin, "/lookout_console")
        assert "sent you a console login link in a private chat" in said
        private = world.api.sent_messages(int(str(world.admin["id"])))[-1]
        await world.settled()

    assert issuer.issued == [("telegram", str(world.admin["id"]), (str(GROUP_ID),), "Ada")]
    text = str(private.params["text"])
    assert "http://127.0.0.1:8470/login/one-time-1-Zx9" in text
    assert "works once, within 10 minutes" in text and "Do not forward it" in text
    # Telegram's preview fetch would otherwise open the one-time link before the moderator does.
    assert private.params["link_preview_options"]["is_disabled"] is True
    # The link never reaches the alert chat, nor any log line.
    assert all("one-time" not in str(c.params.get("text")) for c in world.api.sent_messages(MODS_ID))
    assert not any("one-time" in r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)


async def test_an_admin_who_never_opened_a_private_chat_is_told_how(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        world.rt.moderation.console = Issuer()
        said = await answer_in(world, MODS_ID, world.admin, "/lookout_console")
    assert "cannot message you privately yet" in said and "press Start" in said
    assert "one-time" not in said


async def test_only_admins_of_the_linked_group_get_a_link(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        issuer = Issuer()
        world.rt.moderation.console = issuer
        # Noor sits in the moderators' chat but is no admin of the protected group.
        world.api.set_member(MODS_ID, world.friend["id"])
        world.api.private_message(world.friend, "/start")
        await world.api.wait_for_call("sendMessage", chat_id=world.friend["id"])
        said = await answer_in(world, MODS_ID, world.friend, "/lookout_console")
        # Removed as an admin of the group: the same answer, at once (rights are asked again).
        world.api.set_member(GROUP_ID, world.admin["id"])
        world.rt.admins.drop((GROUP_ID, int(str(world.admin["id"]))))
        demoted = await answer_in(world, MODS_ID, world.admin, "/lookout_console")
    assert said == demoted == "Only admins of the protected group can open the Lookout console."
    assert issuer.issued == []


async def test_outside_an_alert_chat_or_without_a_console_nothing_is_issued(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        world.say(world.admin, "/lookout_console")  # in the protected group itself
        in_group = await world.api.wait_for_call("sendMessage", chat_id=GROUP_ID)
        not_on = await answer_in(world, MODS_ID, world.admin, "/lookout_console")  # no [console] in the config
    assert "not linked" in str(in_group.params["text"])
    assert "not switched on" in not_on and "[console]" in not_on


def test_the_alert_keyboard_links_to_the_console_case_page_when_there_is_one() -> None:
    from bot.actions import AlertView
    from bot.events import Author
    from bot.platforms.telegram.render import keyboard
    from bot.vocabulary import CaseStatus, Severity

    view = AlertView(case_id="k3y7case", platform="telegram", community_id=str(GROUP_ID), channel_id=str(GROUP_ID),
                     suspect=Author("4300003", "Rex"), target=None, severity=Severity.HIGH, risk=1.2, stage="trust",
                     categories=("age_probe",), rules=(), signals=(), evidence=(), prior_cases=0,
                     status=CaseStatus.OPEN)
    plain = keyboard(view).inline_keyboard
    assert all(button.url is None for row in plain for button in row)
    linked = keyboard(replace(view, console_url="https://mods.example.org/cases/k3y7case")).inline_keyboard
    assert linked[:-1] == plain
    [[button]] = linked[-1:]
    assert (button.text, button.url) == ("Open in console", "https://mods.example.org/cases/k3y7case")


async def test_an_alert_chat_that_is_the_admins_private_chat_gets_the_link_once(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        issuer = Issuer()
        world.rt.moderation.console = issuer
        admin_id = int(str(world.admin["id"]))
        await world.lookout.update_settings(str(GROUP_ID), alert_channel_id=str(admin_id))  # linked to Ada's chat
        world.api.private_message(world.admin, "/lookout_console")
        await world.api.wait_for_call("sendMessage", lambda c: "one-time" in str(c.params.get("text")),
                                      chat_id=admin_id)
        await world.settled()
        sent = [str(c.params["text"]) for c in world.api.sent_messages(admin_id)]
    assert len(sent) == 1 and "Your Lookout console link" in sent[0]
    assert issuer.issued == [("telegram", str(admin_id), (str(GROUP_ID),), "Ada")]
