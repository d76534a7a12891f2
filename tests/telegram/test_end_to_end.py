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
    await world.settled()


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


async def test_benign_chat_sends_nothing(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        for who, text in [
            ("kid", "who wants to do the pixel challenge this weekend?"),
            ("friend", "me! show us your puppy sketch when it's done"),
            ("kid", "haha ok, my mum says we can do a drawing party on saturday"),
            ("friend", "add me to the group chat for it"),
        ]:
            world.say(getattr(world, who), text)
        world.api.edited_message(world.say(world.friend, "nice colours"), "really nice colours")
        await world.settled()
        assert await world.lookout.open_case_count(str(GROUP_ID)) == 0
    assert world.api.sent_messages() == []


async def alerted_world_case(world: World) -> tuple[str, dict[str, object]]:
    """Run the grooming scenario; return the case id and the alert message as stored."""
    await world.link_alert_chat()
    await groom(world)
    alert = await world.api.wait_for_call("sendMessage", is_alert)
    stored = world.api.messages[(MODS_ID, alert.result["message_id"])]
    case_id = next(iter(inline_buttons(stored)))["callback_data"].split(":", 2)[2]
    return case_id, stored


def button(message: dict[str, object], label: str) -> str:
    return str(next(b["callback_data"] for b in inline_buttons(message) if label in b["text"]))


async def test_admin_clicks_mute_restricts_records_and_edits_the_alert(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        case_id, alert = await alerted_world_case(world)
        world.api.callback_query(world.admin, alert, button(alert, "Mute"))
        edit = await world.api.wait_for_call("editMessageText", lambda c: "muted" in str(c.params.get("text")))
        await world.settled()
        view = await world.lookout.case_view(case_id)
    restrict = world.api.calls_to("restrictChatMember")
    assert len(restrict) == 1 and restrict[0].status == 200
    assert restrict[0].params["chat_id"] == GROUP_ID and restrict[0].params["user_id"] == world.stranger["id"]
    until = int(restrict[0].params["until_date"])
    assert 23 * 3600 < until - int(__import__("time").time()) <= 24 * 3600 + 5
    assert world.api.member_status(GROUP_ID, world.stranger["id"]) == "restricted"
    assert edit.params["message_id"] == alert["message_id"] and "Ada" in edit.params["text"]
    assert view is not None and view.status == "actioned"
    assert any(a.actor_id == str(world.admin["id"]) and a.detail == "muted for 24 h" for a in view.audit)
    assert "muted for 24 h" in edit.params["text"] and "action taken" in edit.params["text"]


async def test_non_admin_click_is_refused(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        case_id, alert = await alerted_world_case(world)
        world.api.set_member(MODS_ID, world.friend["id"])  # in the mods chat, but no group admin
        edits_before = len(world.api.calls_to("editMessageText"))
        world.api.callback_query(world.friend, alert, button(alert, "Ban"))
        answer = await world.api.wait_for_call("answerCallbackQuery")
        await world.settled()
        view = await world.lookout.case_view(case_id)
    assert answer.params["show_alert"] is True and "admin" in answer.params["text"].lower()
    assert world.api.calls_to("banChatMember") == []
    assert len(world.api.calls_to("editMessageText")) == edits_before
    assert view is not None and view.status == "open"


async def test_report_reply_opens_a_case_and_deletes_the_command(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        suspicious = world.say(world.stranger, "message me privately, it's a secret deal")
        command = world.say(world.kid, "/report", reply_to=suspicious)
        alert = await world.api.wait_for_call("sendMessage", is_alert)
        await world.api.wait_for_call("deleteMessage")
        await world.settled()
        views = await world.lookout.list_cases(str(GROUP_ID))
    assert (GROUP_ID, command["message_id"]) in world.api.deleted
    assert "reported" in alert.params["text"] and "secret deal" in alert.params["text"]
    assert len(views) == 1 and views[0].suspect.id == str(world.stranger["id"]) and views[0].source == "report"
    # Nothing about the report was said in the group itself.
    assert world.api.sent_messages(GROUP_ID) == []


async def test_linking_with_a_one_time_code(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        world.api.private_message(world.admin, "/start")  # the admin has started the bot before
        await world.api.wait_for_call("sendMessage", chat_id=world.admin["id"])
        world.say(world.kid, "/lookout_setup")
        refused = await world.api.wait_for_call("sendMessage", chat_id=GROUP_ID)
        assert "Only admins" in refused.params["text"]
        world.say(world.admin, "/lookout_setup")
        code_msg = await world.api.wait_for_call(
            "sendMessage", lambda c: "Setup code" in str(c.params.get("text")), chat_id=world.admin["id"])
        code = code_msg.params["text"].split("<code>")[1].split("</code>")[0]
        # The code never appears in the group.
        assert all(code not in str(c.params.get("text")) for c in world.api.sent_messages(GROUP_ID))
        world.api.group_message(world.mods, world.admin, f"/lookout_link {code}")
        await world.api.wait_for_call("sendMessage", lambda c: "Linked" in str(c.params.get("text")),
                                      chat_id=MODS_ID)
        settings = await world.lookout.get_settings(str(GROUP_ID))
        assert settings.alert_channel_id == str(MODS_ID)
        # Single use: the same code again is refused.
        world.api.group_message(world.mods, world.admin, f"/lookout_link {code}")
        await world.api.wait_for_call("sendMessage", lambda c: "not valid" in str(c.params.get("text")),
                                      chat_id=MODS_ID)
        # And alerts now arrive there.
        await groom(world)
        await world.api.wait_for_call("sendMessage", is_alert)


async def test_retry_after_on_the_alert_is_retried_once_and_alerts_once(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        world.api.fail_next("sendMessage", "retry_after", retry_after=1, chat_id=MODS_ID)
        await world.link_alert_chat()
        await groom(world)
        await world.api.wait_for_call("sendMessage", is_alert, timeout=8)
        await world.settled()
        views = await world.lookout.list_cases(str(GROUP_ID))
    attempts = [c for c in world.api.calls_to("sendMessage", chat_id=MODS_ID) if "Case" in str(c.params["text"])]
    assert [c.status for c in attempts] == [429, 200]
    assert len(views) == 1 and views[0].alert_ref == f"{MODS_ID}:{attempts[1].result['message_id']}"
