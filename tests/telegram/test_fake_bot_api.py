"""The fake Bot API itself: a real PTB Application must be able to run against it."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
import warnings

import pytest
from telegram import ChatPermissions, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import CallbackQueryHandler, ChatMemberHandler, ContextTypes, MessageHandler, filters

from tests.telegram.conftest import app_builder, polling
from tests.telegram.fake_bot_api import FakeBotAPI, inline_buttons

# PTB 22 warns about its own RetryAfter.retry_after type change whenever one is raised.
pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")


async def test_application_receives_a_group_message_and_replies(fake_api: FakeBotAPI) -> None:
    chat = fake_api.supergroup(-1001234567890, "Pixel Painters")
    kid = fake_api.user(5001, "Mia", "mia_draws")
    seen: list[str] = []

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_chat is not None
        seen.append(update.effective_message.text or "")
        await context.bot.send_message(update.effective_chat.id, "got it")

    app = app_builder(fake_api).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    async with polling(app):
        fake_api.group_message(chat, kid, "hello everyone")
        call = await fake_api.wait_for_call("sendMessage", chat_id=chat["id"])
        await fake_api.wait_consumed()
    assert seen == ["hello everyone"]
    assert call.params["text"] == "got it"
    # The final getUpdates at shutdown acknowledges what was handled and does not hold.
    final = fake_api.calls_to("getUpdates")[-1]
    assert final.params["timeout"] == 0
    assert not fake_api.pending_updates
    assert fake_api.calls_to("deleteWebhook")


async def test_shutdown_is_prompt_while_getupdates_is_held(fake_api: FakeBotAPI) -> None:
    app = app_builder(fake_api).build()
    started = time.monotonic()
    async with polling(app):
        await fake_api.wait_for_call("getUpdates")
    # A held long poll must not keep the test waiting for its whole timeout per cycle.
    assert time.monotonic() - started < 4


async def test_chat_member_updates_only_when_asked_for(fake_api: FakeBotAPI) -> None:
    chat = fake_api.supergroup(-1001234567891, "Homework Help")
    newcomer = fake_api.user(5002, "Sam")
    joined: list[int] = []

    async def on_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.chat_member is not None
        joined.append(update.chat_member.new_chat_member.user.id)

    app = app_builder(fake_api).build()
    app.add_handler(ChatMemberHandler(on_member, ChatMemberHandler.CHAT_MEMBER))
    async with polling(app, allowed_updates=["message"]):
        fake_api.member_joined(chat, newcomer)
        await fake_api.wait_for_call("getUpdates", count=3)
    assert joined == []
    # A later run that opts in receives it: the fake held it back rather than dropping it.
    app = app_builder(fake_api).build()
    app.add_handler(ChatMemberHandler(on_member, ChatMemberHandler.CHAT_MEMBER))
    async with polling(app, allowed_updates=["message", "chat_member"]):
        await fake_api.wait_consumed()
    assert joined == [newcomer["id"]]
    assert fake_api.allowed_updates == ["message", "chat_member"]


async def test_callback_query_edit_and_keyboard_round_trip(fake_api: FakeBotAPI) -> None:
    chat = fake_api.supergroup(-1001234567892, "Mods")
    mod = fake_api.user(6001, "Ada", "ada_mod")

    async def on_click(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("done", show_alert=True)
        await query.edit_message_text(f"clicked {query.data}")

    app = app_builder(fake_api).build()
    app.add_handler(CallbackQueryHandler(on_click))
    async with polling(app):
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ack", callback_data="ack:c1")]])
        sent = await app.bot.send_message(chat["id"], "alert", reply_markup=keyboard)
        stored = fake_api.messages[(chat["id"], sent.message_id)]
        assert [b["callback_data"] for b in inline_buttons(stored)] == ["ack:c1"]
        fake_api.callback_query(mod, stored, "ack:c1")
        edit = await fake_api.wait_for_call("editMessageText")
    answer = fake_api.calls_to("answerCallbackQuery")[0]
    assert answer.params["show_alert"] is True and answer.params["text"] == "done"
    assert edit.params["text"] == "clicked ack:c1"
    assert fake_api.messages[(chat["id"], sent.message_id)]["text"] == "clicked ack:c1"


async def test_injected_failures_map_to_ptb_errors(fake_api: FakeBotAPI) -> None:
    chat = fake_api.supergroup(-1001234567893, "Chess Club")
    app = app_builder(fake_api).build()
    async with app:
        fake_api.fail_next("sendMessage", "retry_after", retry_after=3)
        with pytest.raises(RetryAfter) as flood:
            await app.bot.send_message(chat["id"], "one")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert flood.value.retry_after in (3, dt.timedelta(seconds=3))
        fake_api.fail_next("sendMessage", "network")
        with pytest.raises(NetworkError):
            await app.bot.send_message(chat["id"], "two")
        fake_api.fail_next("sendMessage", "drop")
        with pytest.raises(NetworkError):
            await app.bot.send_message(chat["id"], "three")
        fake_api.kick_bot(chat["id"])
        with pytest.raises(Forbidden, match="kicked"):
            await app.bot.send_message(chat["id"], "four")
        with pytest.raises(BadRequest, match="not found"):
            await app.bot.do_api_request("noSuchMethod")
    assert [c.status for c in fake_api.calls_to("sendMessage")] == [429, 502, 0, 403]


async def test_admin_rights_restrict_ban_delete_and_upload(fake_api: FakeBotAPI) -> None:
    chat = fake_api.supergroup(-1001234567894, "Robotics")
    kid = fake_api.user(5003, "Lena")
    stranger = fake_api.user(7001, "Max")
    fake_api.set_member(chat["id"], kid["id"])
    fake_api.set_member(chat["id"], stranger["id"])
    app = app_builder(fake_api).build()
    async with app:
        member = await app.bot.get_chat_member(chat["id"], stranger["id"])
        assert member.status == "member"
        with pytest.raises(BadRequest, match="(?i)not enough rights"):
            await app.bot.ban_chat_member(chat["id"], stranger["id"])
        fake_api.set_admin(chat["id"], fake_api.bot_id)
        me = await app.bot.get_chat_member(chat["id"], fake_api.bot_id)
        assert me.status == "administrator" and getattr(me, "can_restrict_members", False)
        until = int(time.time()) + 86400
        assert await app.bot.restrict_chat_member(
            chat["id"], stranger["id"], ChatPermissions.no_permissions(), until_date=until
        )
        assert fake_api.member_status(chat["id"], stranger["id"]) == "restricted"
        assert fake_api.members[(chat["id"], stranger["id"])]["until_date"] == until
        assert await app.bot.ban_chat_member(chat["id"], stranger["id"])
        assert fake_api.member_status(chat["id"], stranger["id"]) == "kicked"
        posted = fake_api.group_message(chat, kid, "/report")
        assert await app.bot.delete_message(chat["id"], posted["message_id"])
        assert (chat["id"], posted["message_id"]) in fake_api.deleted
        doc = await app.bot.send_document(chat["id"], InputFile(b"<html>ok</html>", filename="case.html"))
        assert doc.document is not None and doc.document.file_name == "case.html"
        assert fake_api.uploads[-1].data == b"<html>ok</html>"
        full = await app.bot.get_chat(chat["id"])
        assert full.title == "Robotics"
        admins = await app.bot.get_chat_administrators(chat["id"])
        assert [a.user.id for a in admins] == [fake_api.bot_id]


async def test_getupdates_holds_until_an_update_arrives(fake_api: FakeBotAPI) -> None:
    chat = fake_api.supergroup(-1001234567895, "Art")
    kid = fake_api.user(5004, "Io")
    app = app_builder(fake_api).build()
    async with app:
        poll = asyncio.create_task(app.bot.get_updates(timeout=3))
        await fake_api.wait_in_flight("getUpdates")
        fake_api.group_message(chat, kid, "hi")
        updates = await asyncio.wait_for(poll, 3)
    assert [u.message.text for u in updates if u.message] == ["hi"]
