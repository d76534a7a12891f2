"""The moderation layer seen from Telegram, through the fake Bot API.

Each test pins one defect found in the real bot: the alert that stopped updating, one group's
flood-control wait stalling every other group, the child's English thank-you in a Spanish group,
`/safety` unanswered in a private chat, and the two platforms listing cases differently.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from bot import tips
from bot.moderation.cases import MAX_LISTED
from tests.telegram.fake_bot_api import Call
from tests.telegram.harness import GROUP_ID, MODS_ID, running_world
from tests.telegram.test_commands import command
from tests.telegram.test_end_to_end import alerted_world_case, button, groom, is_alert

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")

OTHER_GROUP_ID = -1001222333444


def _evidence_lines(text: str) -> list[str]:
    block = text.split("<b>Evidence</b>", 1)[1].split("\n\n", 1)[0]
    return [line for line in block.splitlines()[1:] if line.startswith(("🚩", "·"))]


async def test_the_alert_keeps_showing_the_case_after_it_is_critical(tmp_path: Path) -> None:
    """The last moves (a move to another app, a photo request) come after the alert is critical."""
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        await groom(world)
        [view] = await world.lookout.list_cases(str(GROUP_ID))
        detail = await world.lookout.storage.get_case(view.case_id)
    alerts = [c for c in world.api.sent_messages(MODS_ID) if is_alert(c)]
    edits = world.api.calls_to("editMessageText", chat_id=MODS_ID)
    assert len(alerts) == 1
    last = str(edits[-1].params["text"])
    assert [d.data["severity"] for d in detail.decisions][-1] == "critical"
    assert "photo request" in last and "platform move" in last, "categories that came after the last alert"
    assert f"Risk {view.risk:.2f}" in last and view.stage in last
    lines = _evidence_lines(last)
    assert "send me a selfie" in lines[0] and "add me on snap" in lines[1], "newest first"


async def test_one_groups_flood_wait_does_not_stall_another_group(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        other = world.api.supergroup(OTHER_GROUP_ID, "Clay Club Teens")
        world.api.set_admin(OTHER_GROUP_ID, world.api.bot_id)
        world.api.set_member(OTHER_GROUP_ID, world.friend["id"])
        world.api.fail_next("sendMessage", "retry_after", retry_after=2, chat_id=GROUP_ID)
        world.say(world.kid, "/safety")
        world.say(world.friend, "/safety")  # the same group: must wait for the first, in order
        world.api.group_message(other, world.friend, "/safety")
        await world.api.wait_for_call("sendMessage", chat_id=GROUP_ID, count=2, timeout=8)
        await world.settled()
    answers: list[Call] = [c for c in world.api.calls_to("sendMessage") if c.status == 200]
    first_here = next(c for c in answers if c.params["chat_id"] == GROUP_ID)
    there = next(c for c in answers if c.params["chat_id"] == OTHER_GROUP_ID)
    assert there.at < first_here.at - 1.0, "the other group was answered while this one waited"
    here = [c for c in world.api.calls_to("sendMessage", chat_id=GROUP_ID)]
    assert [c.status for c in here] == [429, 200, 200], "in order within the group, the flood-waited one first"


async def test_report_thanks_and_hints_are_in_the_groups_language(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        answer = await command(world, world.group, world.admin, "/lookout language es")
        assert "Español" in answer
        world.api.private_message(world.kid, "/start")
        await world.api.wait_for_call("sendMessage", chat_id=world.kid["id"])
        suspicious = world.say(world.stranger, "message me privately, it's a secret deal")
        world.say(world.kid, "/report", reply_to=suspicious)
        thanks = await world.api.wait_for_call("sendMessage", chat_id=world.kid["id"], count=2)
        world.say(world.kid, "/report")  # not a reply: how to report, in Spanish too
        how = await world.api.wait_for_call("sendMessage", chat_id=world.kid["id"], count=3)
        guide = await command(world, world.group, world.kid, "/safety")
    assert thanks.params["text"] == tips.message("report_thanks", "es")
    assert how.params["text"] == tips.message("report_how", "es")
    assert guide.startswith(html.escape(tips.safety_guide("es"))[:40])


async def test_language_is_for_admins_and_names_the_choices(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        refused = await command(world, world.group, world.kid, "/lookout language es")
        unknown = await command(world, world.group, world.admin, "/lookout language xx")
        usage = await command(world, world.group, world.admin, "/lookout language")
        await world.link_alert_chat()
        from_alert_chat = await command(world, world.mods, world.admin, "/lookout language de")
        settings = await world.lookout.get_settings(str(GROUP_ID))
    assert "Only admins" in refused
    assert "Not changed" in unknown and "es" in unknown
    assert "Usage" in usage and "Deutsch" in usage
    assert "Deutsch" in from_alert_chat and settings.language == "de"


async def test_safety_in_a_private_chat_gets_the_guide(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        world.api.private_message(world.kid, "/start")
        welcome = await world.api.wait_for_call("sendMessage", chat_id=world.kid["id"])
        world.api.private_message(world.kid, "/safety")
        guide = await world.api.wait_for_call("sendMessage", chat_id=world.kid["id"], count=2)
    assert "/safety" in welcome.params["text"]
    assert guide.params["text"] == html.escape(tips.safety_guide("en"))
    menus = {c.params["scope"]["type"]: c.params["commands"] for c in world.api.calls_to("setMyCommands")}
    assert [c["command"] for c in menus["all_private_chats"]] == ["safety"], "the private chat's menu offers it"


async def test_cases_lists_what_waits_for_a_moderator(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        case_id, alert = await alerted_world_case(world)
        waiting = await command(world, world.mods, world.admin, "/cases")
        world.api.callback_query(world.admin, alert, button(alert, "False positive"))
        await world.api.wait_for_call("editMessageText", lambda c: "false positive" in str(c.params.get("text")))
        await world.settled()
        after = await command(world, world.mods, world.admin, "/cases")
        asked = await command(world, world.mods, world.admin, "/cases false_positive")
    assert case_id in waiting
    assert case_id not in after and "No cases waiting" in after
    assert case_id in asked
    assert MAX_LISTED == 20  # the same cap as on Discord: one policy, in bot/moderation/cases.py


async def test_mute_needs_the_admin_right_to_ban(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        case_id, alert = await alerted_world_case(world)
        helper = world.friend
        world.api.set_admin(GROUP_ID, helper["id"], can_restrict_members=False)
        world.api.set_member(MODS_ID, helper["id"])
        world.api.callback_query(helper, alert, button(alert, "Mute"))
        refusal = await world.api.wait_for_call("answerCallbackQuery")
        await world.settled()
        view = await world.lookout.case_view(case_id)
    assert refusal.params["show_alert"] is True and "Ban users" in refusal.params["text"]
    assert world.api.calls_to("restrictChatMember") == []
    assert view is not None and view.status == "open"
