"""DiscordChatExporter JSON → neutral events."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.events import ChannelKind, ChatExport
from bot.readers import ExportError, read_paths
from tests.readers.builders import dce_author, dce_export, dce_message, write

KID = dce_author("1111111111111111111", "pixelfox", roles=("13-15", "Member"), nickname="Foxy")
STRANGER = dce_author("1222222222222222222", "skyguy", roles=("Member",))
HELPER_BOT = dce_author("1333333333333333333", "RuleBot", bot=True)


def snowflake_for(moment: datetime) -> str:
    millis = int(moment.timestamp() * 1000) - 1_420_070_400_000
    return str(millis << 22)


def only_export(paths: list[str]) -> ChatExport:
    results = list(read_paths(paths))
    assert len(results) == 1, results
    assert isinstance(results[0], ChatExport), str(results[0])
    return results[0]


def test_guild_channel_messages_authors_and_roles(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "general.json",
        dce_export(
            [
                dce_message("5001", "2026-02-01T18:00:00.000+00:00", KID, "anyone up for a build contest?"),
                dce_message("5002", "2026-02-01T18:01:30.250+01:00", STRANGER, "me! you build really well"),
            ]
        ),
    )
    export = only_export([path])
    assert export.source == path
    assert export.platform == "discord"
    assert (export.community.id, export.community.platform, export.community.name) == (
        "1001",
        "discord",
        "Pixel Pals",
    )
    assert export.channel.id == "2001"
    assert export.channel.kind is ChannelKind.PUBLIC
    assert export.channel.name == "general"
    assert export.channel.member_ids == ()
    first, second = export.events
    # +01:00 18:01 is 17:01 UTC, so the stranger's message sorts first.
    assert second.message.id == "5001"
    assert first.message.timestamp == datetime(2026, 2, 1, 17, 1, 30, 250000, tzinfo=UTC)
    assert second.message.text == "anyone up for a build contest?"
    kid = second.author
    assert kid.id == "1111111111111111111"
    assert kid.display_name == "Foxy"
    assert kid.username == "pixelfox"
    assert kid.roles == ("13-15", "Member")
    assert kid.is_bot is False
    assert first.community is export.community and first.channel is export.channel


def test_account_creation_time_comes_from_the_snowflake(tmp_path: Path) -> None:
    # Discord's own documentation example: this id was created 2016-04-30 11:18:25.796 UTC.
    documented = dce_author("175928847299117063", "oldtimer")
    created = datetime(2026, 1, 28, 9, 30, tzinfo=UTC)
    fresh = dce_author(snowflake_for(created), "newbie")
    synthetic = dce_author("not-a-number", "odd")
    path = write(
        tmp_path,
        "c.json",
        dce_export(
            [
                dce_message("1", "2026-02-01T10:00:00+00:00", documented, "hello"),
                dce_message("2", "2026-02-01T10:00:01+00:00", fresh, "hey"),
                dce_message("3", "2026-02-01T10:00:02+00:00", synthetic, "yo"),
            ]
        ),
    )
    authors = [event.author for event in only_export([path]).events]
    assert authors[0].created_at == datetime(2016, 4, 30, 11, 18, 25, 796000, tzinfo=UTC)
    assert authors[1].created_at == created
    assert authors[2].created_at is None


def test_replies_resolve_the_author_of_earlier_messages(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "r.json",
        dce_export(
            [
                dce_message("10", "2026-02-01T10:00:00+00:00", KID, "my castle is done"),
                dce_message("11", "2026-02-01T10:00:05+00:00", STRANGER, "nice!", kind="Reply", reply_to="10"),
                # A reply to a message outside the export keeps its id but no author.
                dce_message("12", "2026-02-01T10:00:09+00:00", KID, "thanks", kind="Reply", reply_to="999"),
            ]
        ),
    )
    events = only_export([path]).events
    assert (events[0].message.reply_to_id, events[0].message.reply_to_author_id) == (None, None)
    assert events[1].message.reply_to_id == "10"
    assert events[1].message.reply_to_author_id == KID["id"]
    assert events[2].message.reply_to_id == "999"
    assert events[2].message.reply_to_author_id is None


def test_mentions_and_attachments(tmp_path: Path) -> None:
    mention = {"id": KID["id"], "name": "pixelfox", "discriminator": "0000", "nickname": "Foxy", "isBot": False}
    path = write(
        tmp_path,
        "m.json",
        dce_export(
            [
                dce_message("20", "2026-02-01T10:00:00+00:00", STRANGER, "look @Foxy", mentions=[mention, mention]),
                dce_message("21", "2026-02-01T10:00:01+00:00", KID, "", attachments=2),
            ]
        ),
    )
    events = only_export([path]).events
    assert events[0].message.mention_ids == (KID["id"],)
    assert events[0].message.attachments == 0
    assert events[1].message.attachments == 2
    assert events[1].message.text == ""


def test_service_entries_are_skipped_and_joins_fill_joined_at(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "j.json",
        dce_export(
            [
                dce_message("30", "2026-02-01T09:00:00+00:00", KID, "hi all"),
                dce_message("31", "2026-02-01T10:00:00+00:00", STRANGER, "", kind="GuildMemberJoin"),
                dce_message("32", "2026-02-01T10:05:00+00:00", STRANGER, "hi, new here"),
                dce_message("33", "2026-02-01T10:06:00+00:00", KID, "Pinned a message.", kind="ChannelPinnedMessage"),
                dce_message("34", "2026-02-01T10:07:00+00:00", KID, "rules", kind="ThreadCreated"),
                dce_message("35", "2026-02-01T10:08:00+00:00", HELPER_BOT, "Welcome!"),
            ]
        ),
    )
    events = only_export([path]).events
    assert [e.message.id for e in events] == ["30", "32", "35"]
    assert events[0].author.joined_at is None
    assert events[1].author.joined_at == datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
    assert events[2].author.is_bot is True


def test_unknown_numeric_kind_with_text_is_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "u.json",
        dce_export(
            [
                dce_message("40", "2026-02-01T10:00:00+00:00", KID, "ran a command", kind="20"),
                dce_message("41", "2026-02-01T10:00:01+00:00", KID, "", kind="21"),
            ]
        ),
    )
    assert [e.message.id for e in only_export([path]).events] == ["40"]


def test_direct_messages_get_a_synthetic_community_and_members(tmp_path: Path) -> None:
    document = dce_export(
        [
            dce_message("50", "2026-02-01T10:00:00+00:00", STRANGER, "hey, saw you in pixel pals"),
            dce_message("51", "2026-02-01T10:00:40+00:00", KID, "oh hi"),
            dce_message("52", "2026-02-01T10:01:00+00:00", STRANGER, "how was school"),
        ],
        channel_type="DirectTextChat",
        guild_id="0",
        channel_id="7007",
    )
    document["guild"]["name"] = "Direct Messages"
    export = only_export([write(tmp_path, "dm.json", document)])
    assert export.community.id == "dm:7007"
    assert export.channel.kind is ChannelKind.DIRECT
    assert export.channel.member_ids == (STRANGER["id"], KID["id"])


def test_guild_id_zero_is_direct_even_for_group_dms(tmp_path: Path) -> None:
    document = dce_export(
        [dce_message("60", "2026-02-01T10:00:00+00:00", KID, "group chat!")],
        channel_type="DirectGroupTextChat",
        guild_id="0",
        channel_id="8008",
    )
    export = only_export([write(tmp_path, "gdm.json", document)])
    assert export.community.id == "dm:8008"
    assert export.channel.kind is ChannelKind.DIRECT


def test_thread_kinds_and_parent(tmp_path: Path) -> None:
    kinds = {
        "GuildTextChat": ChannelKind.PUBLIC,
        "GuildNewsChat": ChannelKind.PUBLIC,
        "GuildVoiceChat": ChannelKind.PUBLIC,
        "GuildPublicThread": ChannelKind.THREAD,
        "GuildPrivateThread": ChannelKind.PRIVATE_THREAD,
        "SomethingNew": ChannelKind.PUBLIC,
    }
    for channel_type, expected in kinds.items():
        document = dce_export([dce_message("1", "2026-02-01T10:00:00+00:00", KID, "x")], channel_type=channel_type)
        export = only_export([write(tmp_path, f"{channel_type}.json", document)])
        assert export.channel.kind is expected, channel_type
        assert export.channel.parent_id == "3001"
        assert export.community.id == "1001"


def test_events_are_sorted_by_time_and_stable(tmp_path: Path) -> None:
    same = "2026-02-01T10:00:00+00:00"
    path = write(
        tmp_path,
        "s.json",
        dce_export(
            [
                dce_message("3", "2026-02-01T10:00:09+00:00", KID, "c"),
                dce_message("1", same, KID, "a"),
                dce_message("2", same, STRANGER, "b"),
            ]
        ),
    )
    assert [e.message.id for e in only_export([path]).events] == ["1", "2", "3"]


def test_unknown_extra_fields_are_ignored(tmp_path: Path) -> None:
    message = dce_message("1", "2026-02-01T10:00:00+00:00", KID, "hi")
    message["somethingAddedLater"] = {"nested": [1, 2, 3]}
    document = dce_export([message])
    document["futureField"] = True
    export = only_export([write(tmp_path, "x.json", document)])
    assert export.events[0].message.text == "hi"


def test_a_bad_message_rejects_the_whole_file_with_its_index(tmp_path: Path) -> None:
    messages = [dce_message(str(i), "2026-02-01T10:00:00+00:00", KID, "fine") for i in range(20)]
    messages[12]["timestamp"] = "yesterday-ish"
    results = list(read_paths([write(tmp_path, "bad.json", dce_export(messages))]))
    assert len(results) == 1 and isinstance(results[0], ExportError)
    assert results[0].where == "messages[12].timestamp"
    assert "ISO-8601" in results[0].what
