"""The Discord adapter against the fake Discord, with scripted service decisions.

These check the adapter's own duties: translating Discord events faithfully, rendering and
delivering alerts, moderator buttons (permissions, platform action, audit, edit), nudges and
their fallback, fault handling and the slash commands.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.actions import Action
from bot.events import ChannelKind, MessageEvent
from tests.discord.conftest import ErrorLogGuard
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import World, build_world, running_bot
from tests.discord.stub_lookout import StubLookout, StubSettings


@pytest.fixture
def world(fake: FakeDiscord) -> World:
    return build_world(fake)


@pytest.fixture
def stub(world: World) -> StubLookout:
    lookout = StubLookout()
    lookout.settings[str(world.guild)] = StubSettings(
        str(world.guild), alert_channel_id=str(world.alerts), moderator_roles=["Moderator"]
    )
    return lookout


def _alert_on_move(stub: StubLookout, world: World, *, nudge: bool = True) -> None:
    """Script: the stranger's message mentioning 'snap' is an alert (+ a nudge to the child)."""

    def decide(ev: MessageEvent) -> list[Action]:
        if ev.author.id != str(world.stranger) or "snap" not in ev.message.text:
            return []
        child = next(e.author for e in stub.events if e.author.id == str(world.child))
        actions: list[Action] = [stub.alert(ev, child)]
        if nudge:
            actions.append(stub.nudge(ev, child))
        return actions

    stub.decide = decide


async def test_messages_are_translated_faithfully(fake: FakeDiscord, world: World, stub: StubLookout) -> None:
    async with running_bot(fake, stub):
        first = await fake.send_message(world.general, world.child, "anyone playing tonight?")
        await fake.send_message(
            world.general, world.stranger, "hey, how old are you?", reply_to=first, mentions=[world.child]
        )
        await fake.send_message(world.general, world.moderator, "welcome everyone")
        await fake.send_message(world.general, world.friend_a, "hi", webhook=True)  # webhooks are ignored
        await fake.wait_for(lambda: len(stub.events) >= 3, what="three scanned messages")
        mid = int(stub.events[1].message.id)
        await fake.edit_message(mid, "hey, how old r u?")
        await fake.wait_for(lambda: len(stub.events) >= 4, what="the edit")
        joined = await fake.member_join(world.guild, "NewKid", created=datetime.now(UTC) - timedelta(days=1))
        await fake.wait_for(lambda: stub.joins, what="member join")

    child_ev, stranger_ev, mod_ev, edit_ev = stub.events
    assert child_ev.author.roles == ("13-15",) and not child_ev.author.is_staff
    assert stranger_ev.author.id == str(world.stranger)
    assert stranger_ev.author.created_at is not None
    assert datetime.now(UTC) - stranger_ev.author.created_at < timedelta(days=3)  # from the snowflake
    assert stranger_ev.author.joined_at is not None
    assert stranger_ev.message.reply_to_id == str(first)
    assert stranger_ev.message.reply_to_author_id == str(world.child)
    assert stranger_ev.message.mention_ids == (str(world.child),)
    assert stranger_ev.channel.kind is ChannelKind.PUBLIC and stranger_ev.community.platform == "discord"
    assert mod_ev.author.is_staff  # Manage Messages via the Moderator role
    assert edit_ev.message.edited and edit_ev.message.id == stranger_ev.message.id
    assert edit_ev.message.text == "hey, how old r u?"
    assert stub.joins[0].member.id == str(joined)
    assert all(e.author.id != str(world.friend_a) for e in stub.events)


async def test_alert_and_nudge_reach_discord(fake: FakeDiscord, world: World, stub: StubLookout) -> None:
    _alert_on_move(stub, world)
    async with running_bot(fake, stub):
        await fake.send_message(world.general, world.child, "hi")
        await fake.send_message(world.general, world.stranger, "add me on snap, we can talk in private")
        [post] = await fake.wait_request("POST", rf"/channels/{world.alerts}/messages")
        await fake.wait_for(lambda: stub.nudges_delivered, what="nudge delivered")

    embed = post.json["embeds"][0]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert f"<@{world.stranger}>" in fields["Suspect"] and str(world.stranger) in fields["Suspect"]
    assert f"<@{world.child}>" in fields["Child"]
    assert "platform_move" in fields["Categories"]
    assert f"https://discord.com/channels/{world.guild}/{world.general}/" in fields["Evidence"]
    assert embed["color"] == 0xE74C3C  # high
    assert [str(r) for r in post.json["allowed_mentions"]["roles"]] == [str(fake.role_id(world.guild, "Moderator"))]
    labels = [b["label"] for b in FakeDiscord.buttons(post.json)]
    assert labels == [
        "Acknowledge",
        "False positive",
        "Time out 24 h",
        "Ban",
        "Evidence file",
        "Reported to authorities",
    ]
    assert stub.delivered and stub.delivered[0][0] == "c1"
    # the nudge went to the child by DM, and nothing public was posted in #general
    [dm] = fake.dm_messages(world.child)
    assert dm["embeds"][0]["title"] == "Moving to another app?"
    assert fake.find("POST", rf"/channels/{world.general}/messages") == []


async def test_benign_traffic_posts_nothing(fake: FakeDiscord, world: World, stub: StubLookout) -> None:
    _alert_on_move(stub, world)
    async with running_bot(fake, stub):
        await fake.send_message(world.general, world.friend_a, "gg that build was sick")
        await fake.send_message(world.general, world.friend_b, "haha thanks, tomorrow again?")
        await fake.wait_for(lambda: len(stub.events) == 2, what="both messages scanned")
    assert [
        r for r in fake.requests if r.method in ("POST", "PATCH", "PUT") and not r.path.startswith("/applications/")
    ] == []


async def test_moderator_buttons(fake: FakeDiscord, world: World, stub: StubLookout) -> None:
    _alert_on_move(stub, world, nudge=False)
    async with running_bot(fake, stub) as bot:
        await fake.send_message(world.general, world.child, "hi")
        await fake.send_message(world.general, world.stranger, "snap me")
        [post] = await fake.wait_request("POST", rf"/channels/{world.alerts}/messages")
        alert_id = int(fake.channel_messages(world.alerts)[-1]["id"])

        # a member without moderator rights is refused, privately, and nothing happens
        token = await fake.click(alert_id, world.friend_a, label="Ban")
        refusal = await fake.wait_reply(token)
        assert refusal["type"] == 4 and refusal["data"]["flags"] & 64
        assert "moderators" in refusal["data"]["content"]
        # a moderator-role helper without Timeout Members cannot time out
        await bot.moderation.settings.update(str(world.guild), moderator_roles=["Moderator", "Helper"])
        token = await fake.click(alert_id, world.helper, label="Time out 24 h")
        refusal = await fake.wait_reply(token)
        assert "Timeout Members" in refusal["data"]["content"]

        token = await fake.click(alert_id, world.moderator, label="False positive")
        await fake.wait_reply(token)
        token = await fake.click(alert_id, world.moderator, label="Time out 24 h")
        await fake.wait_reply(token)
        await fake.wait_for(lambda: len(stub.actions) == 2, what="two recorded actions")

    assert [a[2] for a in stub.actions] == ["false_positive", "timeout"]
    assert stub.actions[1][3] == "timed out for 24 h"
    [patch] = fake.find("PATCH", rf"/guilds/{world.guild}/members/{world.stranger}")
    until = datetime.fromisoformat(patch.json["communication_disabled_until"])
    assert timedelta(hours=23) < until - datetime.now(UTC) < timedelta(hours=25)
    assert fake.find("PUT", r"/guilds/\d+/bans/\d+") == []
    alert = fake.messages[alert_id]
    fields = {f["name"]: f["value"] for f in alert["embeds"][0]["fields"]}
    assert fields["Status"] == "Action taken"
    assert "marked false positive" in fields["Moderator actions"]
    assert "timed out the suspect" in fields["Moderator actions"]
    assert "Rowan" in fields["Moderator actions"]
    assert post.json["embeds"][0]["title"] == alert["embeds"][0]["title"]


async def test_buttons_survive_a_restart(fake: FakeDiscord, world: World, stub: StubLookout) -> None:
    _alert_on_move(stub, world, nudge=False)
    async with running_bot(fake, stub):
        await fake.send_message(world.general, world.child, "hi")
        await fake.send_message(world.general, world.stranger, "snap me")
        await fake.wait_request("POST", rf"/channels/{world.alerts}/messages")
    alert_id = int(fake.channel_messages(world.alerts)[-1]["id"])
    async with running_bot(fake, stub):  # a new client; the service keeps the cases
        token = await fake.click(alert_id, world.moderator, label="Acknowledge")
        reply = await fake.wait_reply(token)
        assert reply["type"] == 6
        await fake.wait_for(lambda: stub.actions, what="acknowledge recorded")
    assert stub.actions[0][2] == "acknowledge"
    assert {f["name"]: f["value"] for f in fake.messages[alert_id]["embeds"][0]["fields"]}["Status"] == "Acknowledged"


async def test_evidence_file_goes_to_the_moderator_privately(
    fake: FakeDiscord, world: World, stub: StubLookout
) -> None:
    _alert_on_move(stub, world, nudge=False)
    async with running_bot(fake, stub):
        await fake.send_message(world.general, world.child, "hi")
        await fake.send_message(world.general, world.stranger, "snap me")
        await fake.wait_request("POST", rf"/channels/{world.alerts}/messages")
        alert_id = int(fake.channel_messages(world.alerts)[-1]["id"])
        token = await fake.click(alert_id, world.moderator, label="Evidence file")
        await fake.wait_reply(token)
        await fake.wait_for(lambda: stub.actions, what="evidence recorded")
        # with DMs closed, the file comes back ephemerally instead
        fake.close_dms(world.moderator)
        token = await fake.click(alert_id, world.moderator, label="Evidence file")
        await fake.wait_request("POST", rf"/webhooks/{fake.application_id}/{token}", where=lambda r: bool(r.files))
    [dm] = fake.dm_messages(world.moderator)
    assert dm["attachments"][0]["filename"] == "lookout-case-c1.html"
    [followup] = fake.find("POST", rf"/webhooks/{fake.application_id}/{token}")
    assert followup.json["flags"] & 64 and followup.files[0][1].startswith(b"<html>")
    assert [a[3] for a in stub.actions] == ["evidence file sent by DM", "evidence file sent privately in the server"]


async def test_closed_dms_fall_back_to_a_tip_button(fake: FakeDiscord, world: World, stub: StubLookout) -> None:
    _alert_on_move(stub, world)
    fake.close_dms(world.child)
    async with running_bot(fake, stub):
        await fake.send_message(world.general, world.child, "hi")
        await fake.send_message(world.general, world.stranger, "add me on snap")
        [prompt] = await fake.wait_request("POST", rf"/channels/{world.general}/messages")
        await fake.wait_for(lambda: stub.nudges_delivered, what="nudge delivered")
        public = fake.channel_messages(world.general)[-1]
        # anyone may open the tip, and only they see it
        token = await fake.click(int(public["id"]), world.child, label="Safety tip")
        reply = await fake.wait_reply(token)
    assert [str(u) for u in prompt.json["allowed_mentions"]["users"]] == [str(world.child)]
    assert str(world.stranger) not in json.dumps(prompt.json)
    assert "snap" not in prompt.json["content"] and "CoolCoach" not in prompt.json["content"]
    assert f"<@{world.child}>" in prompt.json["content"]
    assert reply["data"]["flags"] & 64 and reply["data"]["embeds"][0]["title"] == "Moving to another app?"


async def test_alert_channel_403_is_logged_once_and_shown(
    fake: FakeDiscord, world: World, stub: StubLookout, caplog: pytest.LogCaptureFixture
) -> None:
    counter = iter(range(100))

    def decide(ev: MessageEvent) -> list[Action]:
        if ev.author.id != str(world.stranger):
            return []
        return [stub.alert(ev, ev.author, case_id=f"c{next(counter)}")]

    stub.decide = decide
    fake.forbid_channel(world.alerts)
    async with running_bot(fake, stub):
        for i in range(3):
            await fake.send_message(world.general, world.stranger, f"message {i}")
        await fake.wait_request("POST", rf"/channels/{world.alerts}/messages", count=3)
        token = await fake.slash(
            world.guild, world.general, world.moderator, "lookout", [{"type": 1, "name": "status", "options": []}]
        )
        reply = await fake.wait_reply(token)
    warnings = [r for r in caplog.records if "cannot post in the alert channel" in r.getMessage()]
    assert len(warnings) == 1
    problems = {f["name"]: f["value"] for f in reply["data"]["embeds"][0]["fields"]}["Problems"]
    assert "cannot post in the alert channel" in problems
    assert stub.delivered == []


async def test_setup_safety_and_report(
    fake: FakeDiscord, world: World, stub: StubLookout, error_log: ErrorLogGuard
) -> None:
    stub.settings[str(world.guild)] = StubSettings(str(world.guild), moderator_roles=["Moderator"])
    async with running_bot(fake, stub):
        # the owner was told once how to finish setup
        [notice] = await fake.wait_for(lambda: fake.dm_messages(world.owner), what="owner setup DM")
        assert "/lookout setup" in notice["content"]

        # a child cannot run setup
        token = await fake.slash(
            world.guild,
            world.general,
            world.child,
            "lookout",
            [
                {
                    "type": 1,
                    "name": "setup",
                    "options": [{"type": 7, "name": "alert-channel", "value": str(world.alerts)}],
                }
            ],
            resolved=fake.resolved_channel(world.alerts),
        )
        refusal = await fake.wait_reply(token)
        assert refusal["data"]["flags"] & 64 and stub.settings[str(world.guild)].alert_channel_id is None

        token = await fake.slash(
            world.guild,
            world.general,
            world.owner,
            "lookout",
            [
                {
                    "type": 1,
                    "name": "setup",
                    "options": [{"type": 7, "name": "alert-channel", "value": str(world.alerts)}],
                }
            ],
            resolved=fake.resolved_channel(world.alerts),
        )
        answer = await fake.wait_reply(token)
        assert f"<#{world.alerts}>" in answer["data"]["content"]
        assert stub.settings[str(world.guild)].alert_channel_id == str(world.alerts)
        assert fake.channel_messages(world.alerts)  # the channel check posted there

        token = await fake.slash(world.guild, world.general, world.child, "safety")
        guide = await fake.wait_reply(token)
        assert guide["data"]["flags"] & 64 and "never have to send photos" in guide["data"]["embeds"][0]["description"]

        target = await fake.send_message(world.general, world.stranger, "you seem mature for your age")
        token = await fake.message_command(world.guild, world.general, world.child, "Report to moderators", target)
        modal = await fake.wait_reply(token)
        assert modal["type"] == 9
        submit = await fake.submit_modal(token, world.child, ["he keeps messaging me"])
        thanks = await fake.wait_reply(submit)
        [alert] = await fake.wait_request(
            "POST", rf"/channels/{world.alerts}/messages", where=lambda r: bool(r.json.get("embeds"))
        )
    assert thanks["data"]["flags"] & 64
    event, reporter, reason = stub.reports[0]
    assert event.author.id == str(world.stranger) and reporter.id == str(world.child)
    assert reason == "he keeps messaging me"
    assert alert.json["embeds"][0]["title"].startswith("Member report")
    assert len(fake.dm_messages(world.owner)) == 1


async def test_long_messages_are_capped_and_rule_health_shows_in_status(
    fake: FakeDiscord, world: World, stub: StubLookout
) -> None:
    """Discord never sends more than 4,000 characters; if something does, the rest is not read."""
    stub.rule_problem_lines = ["rule u.secrecy.slow (mine.toml) is switched off: it timed out 5 times"]
    async with running_bot(fake, stub):
        await fake.send_message(world.general, world.stranger, "add me on snap " + "x" * 6_000)
        await fake.wait_for(lambda: stub.events, what="the long message")
        token = await fake.slash(
            world.guild, world.general, world.moderator, "lookout", [{"type": 1, "name": "status", "options": []}]
        )
        reply = await fake.wait_reply(token)
    assert len(stub.events[0].message.text) == 4_000 and stub.events[0].message.text.startswith("add me on snap")
    problems = {f["name"]: f["value"] for f in reply["data"]["embeds"][0]["fields"]}["Problems"]
    assert "u.secrecy.slow (mine.toml) is switched off" in problems
