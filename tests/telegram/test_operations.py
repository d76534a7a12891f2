"""Everything around the alert: tips, evidence files, status, faults, webhook mode, privacy of logs."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import aiohttp
import pytest

from bot.config import Config, TelegramConfig
from bot.platforms.telegram import run_telegram
from bot.platforms.telegram.app import run_webhook, webhook_secret
from bot.service import Lookout
from rules.engine import build_engine
from storage import open_storage
from tests.telegram.fake_bot_api import FakeBotAPI, inline_buttons
from tests.telegram.harness import GROUP_ID, MODS_ID, PACK, build_world, running_world
from tests.telegram.test_end_to_end import GROOMING, alerted_world_case, button, groom, is_alert

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")


async def test_tip_goes_privately_when_the_child_started_the_bot(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        assert (await world.lookout.get_settings(str(GROUP_ID))).nudge_mode == "button"  # the default
        world.api.private_message(world.kid, "/start")
        await world.api.wait_for_call("sendMessage", chat_id=world.kid["id"])
        await groom(world)
        tip = await world.api.wait_for_call(
            "sendMessage", lambda c: "💡" in str(c.params.get("text")), chat_id=world.kid["id"])
    assert "Rex" not in tip.params["text"]
    # No public line in the group: the child got it privately.
    assert world.api.sent_messages(GROUP_ID) == []


async def test_no_tips_when_switched_off(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        await world.lookout.update_settings(str(GROUP_ID), nudge_mode="off")
        world.api.private_message(world.kid, "/start")
        await world.api.wait_for_call("sendMessage", chat_id=world.kid["id"])
        await groom(world)
        await world.api.wait_for_call("sendMessage", is_alert)
    assert world.api.sent_messages(GROUP_ID) == []
    assert len(world.api.sent_messages(world.kid["id"])) == 1  # only the /start welcome


async def test_deep_link_start_shows_the_tip(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        world.api.private_message(world.kid, "/start tip_platform_move")
        reply = await world.api.wait_for_call("sendMessage", chat_id=world.kid["id"])
    expected = world.lookout.tip("platform_move", "en")
    assert expected.title in reply.params["text"]


async def test_evidence_button_sends_the_html_package(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        case_id, alert = await alerted_world_case(world)
        world.api.callback_query(world.admin, alert, button(alert, "Evidence"))
        doc = await world.api.wait_for_call("sendDocument", chat_id=MODS_ID)
        await world.settled()
        view = await world.lookout.case_view(case_id)
    upload = doc.files["document"]
    assert upload.filename.endswith(".html") and b"<html" in upload.data.lower()
    assert view is not None and any("evidence file sent" in a.detail for a in view.audit)


async def test_bot_removed_from_the_alert_chat_shows_in_status(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        world.api.bot_status_changed(world.mods, world.admin, "kicked")
        await world.settled()
        world.say(world.admin, "/lookout status")
        status = await world.api.wait_for_call("sendMessage", lambda c: "status" in str(c.params.get("text")),
                                               chat_id=GROUP_ID)
    text = status.params["text"]
    assert "removed from the alert chat" in text
    assert "Sees ordinary messages" in text and "Ban users" in text


async def test_alert_refused_with_403_is_noticed(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        world.api.kick_bot(MODS_ID)
        await groom(world)
        world.say(world.admin, "/lookout status")
        status = await world.api.wait_for_call("sendMessage", lambda c: "status" in str(c.params.get("text")),
                                               chat_id=GROUP_ID)
        views = await world.lookout.list_cases(str(GROUP_ID))
    assert "removed from the alert chat" in status.params["text"]
    assert views and views[0].alert_ref is None  # not delivered, so still pending for a retry


async def test_privacy_mode_is_reported_in_status(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        world.api.bot_user["can_read_all_group_messages"] = False
        world.api.set_member(GROUP_ID, world.api.bot_id, "member")
        await world.app.bot.get_me()  # PTB keeps the latest getMe answer: privacy mode is now on
        assert not world.rt.can_read_all_group_messages
        world.say(world.admin, "/lookout status")
        status = await world.api.wait_for_call("sendMessage", chat_id=GROUP_ID)
    assert "privacy mode is on" in status.params["text"]


async def test_network_errors_are_retried_without_duplicate_alerts(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        world.api.fail_next("sendMessage", "network", times=2, chat_id=MODS_ID)
        await groom(world)
        await world.api.wait_for_call("sendMessage", is_alert)
        await world.settled()
    attempts = world.api.calls_to("sendMessage", chat_id=MODS_ID)
    assert [c.status for c in attempts][:3] == [502, 502, 200]
    assert len([c for c in world.api.sent_messages(MODS_ID) if is_alert(c)]) == 1


async def test_a_failing_handler_is_logged_once_and_the_bot_keeps_going(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with running_world(tmp_path, collect_errors=False) as world:
        await world.link_alert_chat()
        real = world.lookout.on_message
        calls = 0

        async def flaky(event):  # type: ignore[no-untyped-def]
            nonlocal calls
            calls += 1
            if calls == 1:
                raise RuntimeError("storage hiccup")
            return await real(event)

        world.lookout.on_message = flaky  # type: ignore[method-assign]
        world.say(world.kid, "first message breaks")
        await world.settled()
        await groom(world)
        await world.api.wait_for_call("sendMessage", is_alert)
    failures = [r for r in caplog.records
                if r.name.startswith("bot.platforms.telegram") and "handler failed" in r.getMessage()]
    assert len(failures) == 1 and failures[0].exc_info is not None
    # Privacy: no message text and no token in any log line at INFO or above.
    texts = [text for _, text in GROOMING] + ["first message breaks"]
    for record in caplog.records:
        if record.levelno >= logging.INFO:
            line = record.getMessage()
            assert world.api.token not in line
            assert not any(t in line for t in texts), line


async def test_run_telegram_polls_with_the_needed_update_types(tmp_path: Path) -> None:
    async with FakeBotAPI() as api:
        people = build_world(api)
        pack = tmp_path / "p.toml"
        pack.write_text(PACK, encoding="utf-8")
        config = Config(telegram=TelegramConfig(api_base_url=f"http://127.0.0.1:{api.port}"))
        lookout = Lookout(config, build_engine([pack]), await open_storage(f"sqlite:///{tmp_path / 'l.db'}"))
        stop = asyncio.Event()
        task = asyncio.create_task(run_telegram(lookout, config, token=api.token, stop=stop))
        try:
            api.member_joined(people["group"], people["stranger"])
            api.group_message(people["group"], people["kid"], "/safety")
            await api.wait_for_call("sendMessage", chat_id=GROUP_ID)
            await api.wait_consumed()
        finally:
            stop.set()
            await asyncio.wait_for(task, 10)
            await lookout.close()
    assert set(api.allowed_updates or []) >= {"message", "edited_message", "chat_member", "my_chat_member",
                                               "callback_query"}
    assert api.calls_to("setMyCommands")
    assert api.calls_to("getUpdates")[-1].params["timeout"] == 0  # clean shutdown acknowledgement


async def test_webhook_mode_accepts_only_telegram(tmp_path: Path) -> None:
    from bot.platforms.telegram import build_application

    async with FakeBotAPI() as api:
        people = build_world(api)
        pack = tmp_path / "p.toml"
        pack.write_text(PACK, encoding="utf-8")
        lookout = Lookout(Config(), build_engine([pack]), await open_storage(f"sqlite:///{tmp_path / 'l.db'}"))
        app = build_application(lookout, token=api.token, base_url=api.base_url)
        stop = asyncio.Event()
        ready: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        task = asyncio.create_task(run_webhook(app, stop, token=api.token, url="https://bot.example.org/tg/hook",
                                               listen="127.0.0.1", port=0, ready=ready))
        try:
            port = await asyncio.wait_for(ready, 5)
            registered = api.calls_to("setWebhook")[0].params
            assert registered["secret_token"] == webhook_secret(api.token)
            assert "chat_member" in registered["allowed_updates"]
            update = {"update_id": 1, "message": {
                "message_id": 7, "date": 1_780_000_000, "chat": people["group"], "from": people["kid"],
                "text": "/safety", "entities": [{"type": "bot_command", "offset": 0, "length": 7}]}}
            url = f"http://127.0.0.1:{port}/tg/hook"
            async with aiohttp.ClientSession() as http:
                async with http.post(url, json=update) as wrong:
                    assert wrong.status == 403
                headers = {"X-Telegram-Bot-Api-Secret-Token": registered["secret_token"]}
                async with http.post(url, json=update, headers=headers) as right:
                    assert right.status == 200
            await api.wait_for_call("sendMessage", chat_id=GROUP_ID)
        finally:
            stop.set()
            await asyncio.wait_for(task, 10)
            await lookout.close()
    assert len(api.sent_messages(GROUP_ID)) == 1  # the unauthenticated copy was ignored
    assert api.calls_to("deleteWebhook")


async def test_escalation_edits_the_same_alert(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        await groom(world)
        alerts = [c for c in world.api.sent_messages(MODS_ID) if is_alert(c)]
        edits = world.api.calls_to("editMessageText", chat_id=MODS_ID)
    assert len(alerts) == 1
    assert edits and all(e.params["message_id"] == alerts[0].result["message_id"] for e in edits)
    assert any("escalated" in e.params["text"] for e in edits)
    assert list(inline_buttons(edits[-1].params))  # the keyboard survives the edit


async def test_bot_removed_from_the_group_shows_in_the_alert_chat_status(tmp_path: Path) -> None:
    async with running_world(tmp_path) as world:
        await world.link_alert_chat()
        world.api.bot_status_changed(world.group, world.admin, "kicked")
        await world.settled()
        assert world.rt.board.is_removed(str(GROUP_ID))
        world.api.group_message(world.mods, world.admin, "/lookout status")
        status = await world.api.wait_for_call("sendMessage", chat_id=MODS_ID)
    assert "alert chat" in status.params["text"] and "not in this group any more" in status.params["text"]
