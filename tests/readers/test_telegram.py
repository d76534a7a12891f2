"""Telegram Desktop JSON (one chat and a whole account) → neutral events."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.events import ChannelKind, ChatExport
from bot.readers import read_paths
from tests.readers.builders import tg_chat, tg_message, write

T0 = 1_769_968_800  # 2026-02-01 18:00:00 UTC


def exports(paths: list[str]) -> list[ChatExport]:
    results = list(read_paths(paths))
    for result in results:
        assert isinstance(result, ChatExport), str(result)
    return results  # type: ignore[return-value]


def test_supergroup_messages_authors_and_times(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "result.json",
        tg_chat(
            [
                tg_message(1, T0, "user100200300", "Mia", "who wants to trade skins?"),
                tg_message(2, T0 + 60, "user400500600", "Leo", "me"),
            ]
        ),
    )
    (export,) = exports([path])
    assert export.platform == "telegram"
    assert (export.community.id, export.community.platform, export.community.name) == (
        "5550001",
        "telegram",
        "Block Builders",
    )
    assert export.channel.kind is ChannelKind.PUBLIC
    assert export.channel.member_ids == ()
    first, second = export.events
    assert first.author.id == "user100200300"
    assert first.author.display_name == "Mia"
    assert first.message.id == "1"
    assert first.message.text == "who wants to trade skins?"
    assert first.message.timestamp == datetime(2026, 2, 1, 18, 0, tzinfo=UTC)
    assert second.message.timestamp == datetime(2026, 2, 1, 18, 1, tzinfo=UTC)


def test_date_without_unixtime_is_read_as_utc(tmp_path: Path) -> None:
    message = tg_message(1, None, "user1", "Mia", "hi", date="2021-07-04T09:15:00")
    (export,) = exports([write(tmp_path, "old.json", tg_chat([message]))])
    assert export.events[0].message.timestamp == datetime(2021, 7, 4, 9, 15, tzinfo=UTC)


def test_text_as_a_list_of_strings_and_entities_is_joined(tmp_path: Path) -> None:
    text = [
        "check ",
        {"type": "link", "text": "example.invalid/map"},
        " and ask ",
        {"type": "mention_name", "text": "Leo", "user_id": 400500600},
        " or ",
        {"type": "mention", "text": "@mia_builds"},
        {"type": "bold", "text": "!"},
    ]
    message = tg_message(1, T0, "user100200300", "Mia", text)
    (export,) = exports([write(tmp_path, "e.json", tg_chat([message]))])
    event = export.events[0]
    assert event.message.text == "check example.invalid/map and ask Leo or @mia_builds!"
    assert event.message.mention_ids == ("user400500600",)


def test_replies_and_media(tmp_path: Path) -> None:
    messages = [
        tg_message(10, T0, "user1", "Mia", "look at my build", photo="photos/photo_1.jpg", width=10, height=10),
        tg_message(11, T0 + 5, "user2", "Leo", "cool", reply_to=10),
        tg_message(12, T0 + 9, "user1", "Mia", "", file="files/map.zip", media_type="document"),
        tg_message(13, T0 + 12, "user2", "Leo", "see above", reply_to=4),
    ]
    (export,) = exports([write(tmp_path, "m.json", tg_chat(messages))])
    events = export.events
    assert [e.message.attachments for e in events] == [1, 0, 1, 0]
    assert events[1].message.reply_to_id == "10"
    assert events[1].message.reply_to_author_id == "user1"
    assert events[3].message.reply_to_id == "4"
    assert events[3].message.reply_to_author_id is None


def test_personal_chat_is_direct_with_both_members(tmp_path: Path) -> None:
    messages = [
        tg_message(1, T0, "user900", "Sam", "hey"),
        tg_message(2, T0 + 30, "user100", "Mia", "hi"),
        tg_message(3, T0 + 60, "user900", "Sam", "how r u"),
    ]
    (export,) = exports([write(tmp_path, "dm.json", tg_chat(messages, chat_type="personal_chat", chat_id=900))])
    assert export.channel.kind is ChannelKind.DIRECT
    assert export.channel.member_ids == ("user900", "user100")
    assert export.community.id == "900"


def test_personal_chat_where_only_one_side_wrote_still_knows_the_other(tmp_path: Path) -> None:
    messages = [tg_message(1, T0, "user100", "Mia", "hello?")]
    (export,) = exports([write(tmp_path, "dm.json", tg_chat(messages, chat_type="personal_chat", chat_id=900))])
    assert export.channel.member_ids == ("user100", "user900")


def test_service_joins_give_joined_at_and_are_not_messages(tmp_path: Path) -> None:
    messages = [
        {
            "id": 1,
            "type": "service",
            "date": "2026-02-01T17:00:00",
            "date_unixtime": str(T0 - 3600),
            "actor": "Sam",
            "actor_id": "user900",
            "action": "join_group_by_link",
            "inviter": "Group",
            "text": "",
            "text_entities": [],
        },
        {
            "id": 2,
            "type": "service",
            "date": "2026-02-01T17:30:00",
            "date_unixtime": str(T0 - 1800),
            "actor": "Mia",
            "actor_id": "user100",
            "action": "invite_members",
            "members": ["Leo", None],
            "text": "",
            "text_entities": [],
        },
        tg_message(3, T0, "user900", "Sam", "hi everyone"),
        tg_message(4, T0 + 10, "user2", "Leo", "hi"),
        tg_message(5, T0 + 20, "user100", "Mia", "welcome"),
    ]
    (export,) = exports([write(tmp_path, "g.json", tg_chat(messages))])
    by_author = {e.author.id: e.author for e in export.events}
    assert [e.message.id for e in export.events] == ["3", "4", "5"]
    assert by_author["user900"].joined_at == datetime(2026, 2, 1, 17, 0, tzinfo=UTC)
    assert by_author["user2"].joined_at == datetime(2026, 2, 1, 17, 30, tzinfo=UTC)
    assert by_author["user100"].joined_at is None


def test_full_account_export_yields_every_chat(tmp_path: Path) -> None:
    account = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 100, "first_name": "Mia"},
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                tg_chat([tg_message(1, T0, "user900", "Sam", "hi")], chat_type="personal_chat", chat_id=900),
                tg_chat([tg_message(7, T0, "user2", "Leo", "gg")], chat_type="private_supergroup", chat_id=4242),
            ],
        },
        "left_chats": {"about": "chats you left", "list": [tg_chat([], chat_type="private_group", chat_id=77)]},
    }
    path = write(tmp_path, "result.json", account)
    results = exports([path])
    assert [r.community.id for r in results] == ["900", "4242", "77"]
    assert [r.channel.kind for r in results] == [ChannelKind.DIRECT, ChannelKind.PUBLIC, ChannelKind.PUBLIC]
    assert all(r.source == path for r in results)
    assert results[1].events[0].message.text == "gg"
    assert results[2].events == []


def test_sorting_is_by_time_not_file_order(tmp_path: Path) -> None:
    messages = [
        tg_message(2, T0 + 10, "user1", "Mia", "second"),
        tg_message(1, T0, "user2", "Leo", "first"),
        tg_message(3, T0 + 10, "user2", "Leo", "third"),
    ]
    (export,) = exports([write(tmp_path, "o.json", tg_chat(messages))])
    assert [e.message.text for e in export.events] == ["first", "second", "third"]
