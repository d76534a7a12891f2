"""Moderators' commands in the alert chat, and setting up through the deep link."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.telegram.harness import GROUP_ID, MODS_ID, World, running_world
from tests.telegram.test_end_to_end import alerted_world_case

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")


async def command(world: World, chat: dict[str, object], who: dict[str, object], text: str) -> str:
    before = len(world.api.sent_messages(int(str(chat["id"]))))
    world.api.group_message(chat, who, text)
    call = await world.api.wait_for_call("sendMessage", chat_id=chat["id"], count=before + 1)
    return str(call.params["text"])


async def test_alert_chat_commands(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        case_id, _alert = await alerted_world_case(world)
        listing = await command(world, world.mods, world.admin, "/cases")
        assert case_id in listing and "Rex" in listing
        full = await command(world, world.mods, world.admin, f"/case {case_id}")
        assert "@rex_gamer_x" in full and f"Case <code>{case_id}</code>" in full
        assert "not linked" not in await command(world, world.mods, world.admin, "/check add me on snap")
        checked = world.api.sent_messages(MODS_ID)[-1].params["text"]
        assert "platform_move" in checked
        noted = await command(world, world.mods, world.admin, f"/note {case_id} spoke with Mia's parents")
        assert "Note added" in noted
        await world.settled()
        view = await world.lookout.case_view(case_id)
        assert view is not None
        assert any(a.actor_id == str(world.admin["id"]) and a.action == "note" and "Mia's parents" in a.detail
               for a in view.audit)
        detail = await world.lookout.storage.get_case(case_id)
        assert any("parents" in str(n) for n in detail.notes)
        # The alert itself shows the note too.
        edit = world.api.calls_to("editMessageText", chat_id=MODS_ID)[-1]
        assert "added a note" in edit.params["text"]
        # A member of the mods chat who is no admin of the group cannot act.
        world.api.set_member(MODS_ID, world.friend["id"])
        refused = await command(world, world.mods, world.friend, f"/note {case_id} hello")
        assert "Only admins" in refused
        # Unknown case ids and chats that are not alert chats get clear answers.
        assert "No case" in await command(world, world.mods, world.admin, "/case nosuchcase")
        assert "not linked" in await command(world, world.group, world.admin, "/cases")
        forgot = await command(world, world.mods, world.admin, f"/forget {world.friend['id']}")
        assert "Deleted" in forgot


async def test_setup_through_the_deep_link_when_the_admin_never_started_the_bot(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        world.say(world.admin, "/lookout_setup")
        offer = await world.api.wait_for_call("sendMessage", chat_id=GROUP_ID)
        (link,) = [b["url"] for row in offer.params["reply_markup"]["inline_keyboard"] for b in row]
        assert link == f"https://t.me/{world.api.bot_username}?start=setup_{GROUP_ID}"
        # A non-admin who follows the link gets nothing.
        world.api.private_message(world.kid, f"/start setup_{GROUP_ID}")
        refusal = await world.api.wait_for_call("sendMessage", chat_id=world.kid["id"])
        assert "Only admins" in refusal.params["text"]
        world.api.private_message(world.admin, f"/start setup_{GROUP_ID}")
        sent = await world.api.wait_for_call("sendMessage", lambda c: "Setup code" in str(c.params.get("text")),
                                             chat_id=world.admin["id"])
        code = str(sent.params["text"]).split("<code>")[1].split("</code>")[0]
        # The admin makes their private chat the alert chat by sending the bare code.
        world.api.private_message(world.admin, code)
        await world.api.wait_for_call("sendMessage", lambda c: "Linked" in str(c.params.get("text")),
                                      chat_id=world.admin["id"])
        settings = await world.lookout.get_settings(str(GROUP_ID))
    assert settings.alert_channel_id == str(world.admin["id"])


async def test_a_group_cannot_become_its_own_alert_chat(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        code = await world.lookout.create_link_code(str(GROUP_ID))
        world.say(world.admin, f"/lookout_link {code}")
        answer = await world.api.wait_for_call("sendMessage", chat_id=GROUP_ID)
        settings = await world.lookout.get_settings(str(GROUP_ID))
    assert "cannot be its own alert chat" in answer.params["text"]
    assert settings.alert_channel_id is None


async def test_a_linked_group_posting_its_own_code_keeps_its_alert_chat(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        code = await world.lookout.create_link_code(str(GROUP_ID))
        world.say(world.admin, f"/lookout_link {code}")
        answer = await world.api.wait_for_call("sendMessage", chat_id=GROUP_ID)
        settings = await world.lookout.get_settings(str(GROUP_ID))
        served = await world.lookout.alert_communities(str(MODS_ID))
    assert "cannot be its own alert chat" in answer.params["text"]
    assert settings.alert_channel_id == str(MODS_ID), "alerts still go to the moderators' chat"
    assert served == (str(GROUP_ID),)


async def test_members_cannot_probe_rules_or_read_status_in_the_group(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        probe = await command(world, world.group, world.stranger, "/check add me on snap")
        status = await command(world, world.group, world.kid, "/lookout status")
    assert "platform_move" not in probe and "not linked" in probe
    assert "Only admins" in status and "Open cases" not in status
