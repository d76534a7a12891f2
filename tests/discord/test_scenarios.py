"""End-to-end scenarios: the real Lookout service (SQLite) behind the Discord adapter, against
the fake Discord. Each asserts what reached the fake REST API, as a moderator or child would see it.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.service import Lookout
from tests.discord.fake_discord import FakeDiscord, RecordedRequest
from tests.discord.harness import World, bot_config, build_world, running_bot

CONFIG = bot_config(moderator_role="Moderator")

# A stranger with a two-day-old account works on a 13-year-old: flattery, age, supervision,
# secrecy, then a move to a private app. Non-explicit: tactics only.
GROOMING = [
    ("child", "anyone want to build the castle tonight?"),
    ("stranger", "your builds are amazing, you're really talented"),
    ("child", "thanks!"),
    ("stranger", "how old are you btw?"),
    ("child", "im 13"),
    ("stranger", "cool. are your parents around when you play?"),
    ("child", "not really"),
    ("stranger", "don't tell anyone we talk ok? add me on snap so we can talk in private"),
]
FRIENDS = [
    ("friend_a", "did you finish the maths homework?"),
    ("friend_b", "yeah, question 4 was hard"),
    ("friend_a", "send me a pic of your puppy later lol"),
    ("friend_b", "haha ok, he's asleep on my bed"),
    ("friend_a", "see you at school tomorrow"),
]


@pytest.fixture
def world(fake: FakeDiscord) -> World:
    return build_world(fake)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'lookout.db'}"


async def _open(db: str, world: World, **settings: object) -> Lookout:
    lookout = await Lookout.open(CONFIG, storage_url=db)
    if settings:
        await lookout.update_settings(str(world.guild), **settings)
    return lookout


@pytest.fixture
async def lookout(db: str, world: World) -> AsyncIterator[Lookout]:
    service = await _open(db, world, alert_channel_id=str(world.alerts), nudge_mode="dm")
    try:
        yield service
    finally:
        await service.close()


async def _play(fake: FakeDiscord, world: World, lines: list[tuple[str, str]]) -> list[int]:
    ids = []
    for who, text in lines:
        ids.append(await fake.send_message(world.general, getattr(world, who), text))
    return ids


def _alert_posts(fake: FakeDiscord, world: World) -> list[RecordedRequest]:
    return [r for r in fake.find("POST", rf"/channels/{world.alerts}/messages") if r.json.get("embeds")]


def _fields(message: dict[str, object]) -> dict[str, str]:
    embeds = message["embeds"]
    assert isinstance(embeds, list)
    return {f["name"]: f["value"] for f in embeds[0]["fields"]}


async def _groom_until_alert(fake: FakeDiscord, world: World) -> int:
    """Play the grooming chat; return the id of the alert message once it has settled."""
    await _play(fake, world, GROOMING)
    await fake.wait_for(lambda: _alert_posts(fake, world), what="alert posted")
    # the final message escalates the case: the same alert is edited, not reposted
    await fake.wait_request("PATCH", rf"/channels/{world.alerts}/messages/\d+")
    return _posted_id(fake, world)


def _posted_id(fake: FakeDiscord, world: World) -> int:
    for message in fake.channel_messages(world.alerts):
        if message["embeds"] and message["components"]:
            return int(message["id"])
    raise AssertionError("alert message not stored")


async def test_grooming_raises_one_alert_and_a_private_tip(fake: FakeDiscord, world: World, lookout: Lookout) -> None:
    async with running_bot(fake, lookout, CONFIG):
        alert_id = await _groom_until_alert(fake, world)
        await fake.wait_for(lambda: fake.dm_messages(world.child), what="tip DM to the child")

    [post] = _alert_posts(fake, world)  # one alert, later edited in place
    fields = _fields(fake.messages[alert_id])
    assert f"<@{world.stranger}>" in fields["Suspect"] and str(world.stranger) in fields["Suspect"]
    assert f"<@{world.child}>" in fields["Child"] and str(world.child) in fields["Child"]
    evidence = "\n".join(v for k, v in fields.items() if k.startswith("Evidence"))
    assert "jump" in evidence and f"/channels/{world.guild}/{world.general}/" in evidence
    assert "snap" in evidence  # the flagged message is quoted to moderators (never in public)
    assert fields["Categories"] != "none"
    assert str(fake.role_id(world.guild, "Moderator")) in json.dumps(post.json["allowed_mentions"])
    # the escalation pinged the moderator role once, as a reply to the alert
    pings = [
        r
        for r in fake.find("POST", rf"/channels/{world.alerts}/messages")
        if "escalated" in (r.json.get("content") or "")
    ]
    assert len(pings) == 1 and str(pings[0].json["message_reference"]["message_id"]) == str(alert_id)
    # the child got a tip privately; nothing was said in public
    assert fake.dm_messages(world.child)[0]["embeds"][0]["title"]
    assert fake.find("POST", rf"/channels/{world.general}/messages") == []
    views = await lookout.list_cases(str(world.guild))
    assert len(views) == 1 and views[0].alert_ref == f"{world.alerts}:{alert_id}"
    assert views[0].suspect.id == str(world.stranger)
    # The footer carries the case seal as it was when rendered: a copy the database cannot rewrite.
    footer = fake.messages[alert_id]["embeds"][0]["footer"]["text"]
    shown = re.search(r"seal ([0-9a-f]{16} \(\d+ entries\))", footer)
    assert shown is not None, footer
    seal = (await lookout.storage.get_case(views[0].case_id)).seal
    assert seal is not None and seal.shows(shown.group(1))


async def test_friends_chatting_trigger_nothing(fake: FakeDiscord, world: World, lookout: Lookout) -> None:
    async with running_bot(fake, lookout, CONFIG) as bot:
        await _play(fake, world, FRIENDS)
        await fake.wait_for(
            lambda: bot.board.community(str(world.guild)).messages_seen == len(FRIENDS), what="all messages scanned"
        )
    writes = [r for r in fake.requests if r.method in ("POST", "PATCH", "PUT") and "/applications/" not in r.path]
    assert writes == []
    assert await lookout.list_cases(str(world.guild)) == []


async def test_moderators_act_and_others_are_refused(fake: FakeDiscord, world: World, lookout: Lookout) -> None:
    async with running_bot(fake, lookout, CONFIG):
        alert_id = await _groom_until_alert(fake, world)
        case_id = (await lookout.list_cases(str(world.guild)))[0].case_id

        token = await fake.click(alert_id, world.child, label="False positive")
        refusal = await fake.wait_reply(token)
        assert refusal["data"]["flags"] & 64 and "moderators" in refusal["data"]["content"]
        view = await lookout.case_view(case_id)
        assert view is not None and view.status == "open"

        token = await fake.click(alert_id, world.moderator, label="False positive")
        await fake.wait_reply(token)
        await fake.wait_for(
            lambda: "False positive" in _fields(fake.messages[alert_id])["Status"], what="alert shows false positive"
        )
        view = await lookout.case_view(case_id)
        assert view is not None and view.status == "false_positive"

        token = await fake.click(alert_id, world.moderator, label="Time out 24 h")
        [patch] = await fake.wait_request("PATCH", rf"/guilds/{world.guild}/members/{world.stranger}")
        await fake.wait_for(
            lambda: "timed out" in _fields(fake.messages[alert_id]).get("Moderator actions", ""),
            what="alert shows the timeout",
        )
    until = datetime.fromisoformat(patch.json["communication_disabled_until"])
    assert timedelta(hours=23) < until - datetime.now(UTC) < timedelta(hours=25)
    view = await lookout.case_view(case_id)
    assert view is not None and view.status == "actioned"
    assert [(a.action, a.detail) for a in view.audit][-2:] == [
        ("status:false_positive", "false positive"),
        ("status:actioned", "timed out for 24 h"),
    ]
    assert "Rowan" in _fields(fake.messages[alert_id])["Moderator actions"]


async def test_buttons_work_after_a_restart(fake: FakeDiscord, world: World, db: str) -> None:
    first = await _open(db, world, alert_channel_id=str(world.alerts), nudge_mode="dm")
    try:
        async with running_bot(fake, first, CONFIG):
            alert_id = await _groom_until_alert(fake, world)
    finally:
        await first.close()

    second = await _open(db, world)  # a new process: same database file, new client
    try:
        async with running_bot(fake, second, CONFIG):
            token = await fake.click(alert_id, world.moderator, label="Acknowledge")
            await fake.wait_reply(token)
            await fake.wait_for(
                lambda: _fields(fake.messages[alert_id])["Status"] == "Acknowledged",
                what="old alert updated after restart",
            )
        [view] = await second.list_cases(str(world.guild))
        assert view.status == "acknowledged"
    finally:
        await second.close()


async def test_closed_dms_fall_back_to_the_tip_button(fake: FakeDiscord, world: World, lookout: Lookout) -> None:
    fake.close_dms(world.child)
    async with running_bot(fake, lookout, CONFIG):
        await _groom_until_alert(fake, world)
        [prompt] = await fake.wait_request("POST", rf"/channels/{world.general}/messages")
        public = fake.channel_messages(world.general)[-1]
        token = await fake.click(int(public["id"]), world.child, label="Safety tip")
        tip = await fake.wait_reply(token)
    text = json.dumps(prompt.json)
    assert f"<@{world.child}>" in prompt.json["content"]
    assert str(world.stranger) not in text and "CoolCoach" not in text and "snap" not in text
    assert [str(u) for u in prompt.json["allowed_mentions"]["users"]] == [str(world.child)]
    assert tip["data"]["flags"] & 64 and tip["data"]["embeds"][0]["description"]


async def test_forbidden_alert_channel_is_logged_once_and_shown(
    fake: FakeDiscord, world: World, lookout: Lookout, caplog: pytest.LogCaptureFixture
) -> None:
    fake.forbid_channel(world.alerts)
    async with running_bot(fake, lookout, CONFIG):
        await _play(fake, world, GROOMING)
        await fake.wait_request("POST", rf"/channels/{world.alerts}/messages", count=2)
        token = await fake.slash(
            world.guild, world.general, world.moderator, "lookout", [{"type": 1, "name": "status", "options": []}]
        )
        status = await fake.wait_reply(token)
    assert len([r for r in caplog.records if "cannot post in the alert channel" in r.getMessage()]) == 1
    fields = _fields(status["data"])
    assert "cannot post in the alert channel" in fields["Problems"]
    assert fields["Open cases"] == "1"
    # the alert is still waiting in the outbox, to be posted once the channel works
    pending = await lookout.pending_deliveries()
    assert any(item.kind == "alert" for item in pending)


async def test_setup_safety_and_report(fake: FakeDiscord, world: World, db: str) -> None:
    service = await _open(db, world)
    try:
        async with running_bot(fake, service, CONFIG):
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
                    },
                ],
                resolved=fake.resolved_channel(world.alerts),
            )
            answer = await fake.wait_reply(token)
            assert f"<#{world.alerts}>" in answer["data"]["content"]
            assert (await service.get_settings(str(world.guild))).alert_channel_id == str(world.alerts)

            token = await fake.slash(world.guild, world.general, world.child, "safety")
            guide = await fake.wait_reply(token)
            assert guide["data"]["flags"] & 64 and guide["data"]["embeds"][0]["description"]

            target = await fake.send_message(world.general, world.stranger, "you seem so mature for your age")
            token = await fake.message_command(world.guild, world.general, world.child, "Report to moderators", target)
            assert (await fake.wait_reply(token))["type"] == 9
            submit = await fake.submit_modal(token, world.child, ["he keeps messaging me"])
            thanks = await fake.wait_reply(submit)
            assert thanks["data"]["flags"] & 64
            await fake.wait_for(lambda: _alert_posts(fake, world), what="report alert")
        [view] = await service.list_cases(str(world.guild))
        assert view.source == "report" and view.suspect.id == str(world.stranger)
        assert view.alert_ref is not None
        fields = _fields(_alert_posts(fake, world)[0].json)
        assert f"<@{world.stranger}>" in fields["Suspect"] and f"<@{world.child}>" in fields["Child"]
    finally:
        await service.close()


async def test_gateway_resume_does_not_duplicate_alerts(fake: FakeDiscord, world: World, lookout: Lookout) -> None:
    fake.replay_on_resume = 50  # Discord may re-send events after a resume
    async with running_bot(fake, lookout, CONFIG) as bot:
        await _groom_until_alert(fake, world)
        seen = bot.board.community(str(world.guild)).messages_seen
        await fake.drop_connection()
        await fake.wait_for(lambda: fake.resumes, what="client resumed")
        await fake.wait_connected()
        await fake.send_message(world.general, world.friend_a, "brb dinner")
        await fake.wait_for(
            lambda: bot.board.community(str(world.guild)).messages_seen == seen + 1, what="new message after resume"
        )
    assert len(_alert_posts(fake, world)) == 1
    assert len(await lookout.list_cases(str(world.guild))) == 1


def _sub(name: str, **options: tuple[int, object]) -> list[dict[str, object]]:
    return [
        {
            "type": 1,
            "name": name,
            "options": [{"type": t, "name": k.replace("_", "-"), "value": v} for k, (t, v) in options.items()],
        }
    ]


async def test_moderator_commands_with_the_real_service(fake: FakeDiscord, world: World, db: str) -> None:
    service = await _open(db, world, nudge_mode="dm")  # no alert channel yet
    gid = str(world.guild)
    try:
        async with running_bot(fake, service, CONFIG) as bot:
            await _play(fake, world, GROOMING)
            await fake.wait_for(lambda: fake.dm_messages(world.owner), what="owner told how to finish setup")
            assert _alert_posts(fake, world) == []  # nowhere to post yet: the alert waits in the outbox
            # Seen counts a message when its handler starts; the last one may still be deciding.
            await fake.wait_for(lambda: bot.board.community(gid).messages_seen == len(GROOMING)
                                and bot.handlers_running == 0, what="scanned and handled")
            await bot.alerts.wait_idle()
            assert await service.pending_deliveries(), "undelivered alert kept in the outbox"

            minor = fake.role_id(world.guild, "13-15")
            helper = fake.role_id(world.guild, "Helper")
            token = await fake.slash(
                world.guild,
                world.general,
                world.owner,
                "lookout",
                _sub("roles", minor=(8, str(minor)), moderator=(8, str(helper))),
                resolved={
                    "roles": {
                        **fake.resolved_role(world.guild, minor)["roles"],
                        **fake.resolved_role(world.guild, helper)["roles"],
                    }
                },
            )
            roles = await fake.wait_reply(token)
            assert "13-15" in roles["data"]["content"] and "Helper" in roles["data"]["content"]

            # the helper is now a moderator for Lookout: setup posts the waiting alert
            token = await fake.slash(
                world.guild,
                world.general,
                world.helper,
                "lookout",
                _sub("setup", alert_channel=(7, str(world.alerts))),
                resolved=fake.resolved_channel(world.alerts),
            )
            answer = await fake.wait_reply(token)
            assert "waiting" in answer["data"]["content"]
            await fake.wait_for(lambda: _alert_posts(fake, world), what="pending alert posted after setup")

            for name, options in (("nudges", {"mode": (3, "button")}), ("threshold", {"value": (10, 2.5)})):
                token = await fake.slash(world.guild, world.general, world.owner, "lookout", _sub(name, **options))
                await fake.wait_reply(token)
            settings = await service.get_settings(gid)
            assert settings.nudge_mode == "button" and settings.threshold == 2.5
            assert "13-15" in settings.minor_roles

            token = await fake.slash(
                world.guild,
                world.general,
                world.owner,
                "lookout",
                _sub("check", text=(3, "add me on snap, don't tell your mum")),
            )
            check = await fake.wait_reply(token)
            assert "Categories" in check["data"]["content"] and "none" not in check["data"]["content"].split("\n")[0]

            [view] = await service.list_cases(gid)
            token = await fake.slash(
                world.guild,
                world.general,
                world.owner,
                "lookout",
                [{"type": 2, "name": "case", "options": _sub("list")}],
            )
            listing = await fake.wait_reply(token)
            assert view.case_id in listing["data"]["content"]
            token = await fake.slash(
                world.guild,
                world.general,
                world.owner,
                "lookout",
                [
                    {
                        "type": 2,
                        "name": "case",
                        "options": _sub("note", id=(3, view.case_id), text=(3, "parents contacted")),
                    }
                ],
            )
            await fake.wait_reply(token)
            token = await fake.slash(
                world.guild,
                world.general,
                world.owner,
                "lookout",
                [{"type": 2, "name": "case", "options": _sub("show", id=(3, view.case_id))}],
            )
            shown = await fake.wait_reply(token)
            assert "added a note" in json.dumps(shown["data"]["embeds"])
            assert shown["data"]["flags"] & 64

            token = await fake.slash(
                world.guild,
                world.general,
                world.owner,
                "lookout",
                _sub("forget", user=(6, str(world.friend_a))),
                resolved=fake.resolved_user(world.guild, world.friend_a),
            )
            forgot = await fake.wait_reply(token)
            assert "Deleted" in forgot["data"]["content"]
        assert len(fake.dm_messages(world.owner)) == 1
    finally:
        await service.close()


async def test_a_busy_channel_leaves_other_childrens_chat_out_of_the_case(
    fake: FakeDiscord, world: World, lookout: Lookout
) -> None:
    """Evidence is the pair's exchange: the suspect's lines, the child's replies, and a bystander's
    line only when it is addressed to one of them. Other children's chat around it, and one child's
    innocent age question to another, never reach the suspect's case; only the suspect's lines are flagged."""
    g, c, s, a, b = world.general, world.child, world.stranger, world.friend_a, world.friend_b
    async with running_bot(fake, lookout, CONFIG) as bot:
        await fake.send_message(g, a, "who is online for the castle build?")
        castle = await fake.send_message(g, c, "anyone want to build the castle tonight?")
        await fake.send_message(g, b, "me! after dinner")
        praise = await fake.send_message(g, s, "your builds are amazing, you're really talented", reply_to=castle)
        homework = await fake.send_message(g, a, "did you finish the maths homework?")
        await fake.send_message(g, c, "thanks!", reply_to=praise)
        question4 = await fake.send_message(g, b, "yeah, question 4 was hard", reply_to=homework)
        thanks_reply = await fake.send_message(g, s, "how old are you btw?", reply_to=castle)
        peer_age = await fake.send_message(g, a, "how old are you? you seem older lol", reply_to=question4)
        age = await fake.send_message(g, c, "im 13", reply_to=thanks_reply)
        await fake.send_message(g, b, "13 too haha", reply_to=peer_age)
        parents = await fake.send_message(g, s, "cool. are your parents around when you play?", reply_to=age)
        await fake.send_message(g, b, "who are you?", reply_to=parents)  # a bystander speaking to the suspect
        alone = await fake.send_message(g, c, "not really", reply_to=parents)
        await fake.send_message(g, s, "don't tell anyone we talk ok? add me on snap so we can talk in private",
                                reply_to=alone)
        await fake.wait_for(lambda: bot.board.community(str(world.guild)).messages_seen == 15, what="all scanned")
        await fake.wait_for(lambda: _alert_posts(fake, world), what="alert posted")
        await fake.wait_request("PATCH", rf"/channels/{world.alerts}/messages/\d+")
        alert_id = _posted_id(fake, world)

    [view] = await lookout.list_cases(str(world.guild))
    assert view.suspect.id == str(s)
    detail = await lookout.storage.get_case(view.case_id)
    lines = {e.text: e for e in detail.evidence}
    assert "don't tell anyone we talk ok? add me on snap so we can talk in private" in lines
    assert "im 13" in lines and "not really" in lines  # the child's replies to the suspect
    assert "who are you?" in lines  # a bystander's line that is part of the exchange
    bystanders = {e.text for e in detail.evidence if e.author_id in (str(a), str(b))}
    assert bystanders == {"who are you?"}, f"other children's chat in the case: {bystanders}"
    for unrelated in ("how old are you? you seem older lol", "13 too haha", "yeah, question 4 was hard",
                      "did you finish the maths homework?", "me! after dinner"):
        assert unrelated not in lines
    assert {e.author_id for e in detail.evidence if e.flagged} == {str(s)}, "only the suspect's lines are flagged"
    assert not lines["im 13"].flagged
    shown = "\n".join(v for k, v in _fields(fake.messages[alert_id]).items() if k.startswith("Evidence"))
    assert "seem older" not in shown and "question 4" not in shown and "snap" in shown
