"""The moderation layer on its own: a scripted service and a recording platform port, no servers.

These pin the rules every surface shares (who may act, what is recorded, which alert is edited,
how a child gets a tip, which cases are listed, which evidence an alert keeps), so a platform or
the console that implements the ports gets them without writing them again.
"""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from bot import tips
from bot.actions import AlertView, EvidenceLine, SendNudge, Tip, UpdateAlert
from bot.config import CommunityDefaults, Config, DiscordConfig
from bot.events import Author, Channel, ChannelKind, Community, Message, MessageEvent
from bot.moderation import EditResult, Effect, Moderation, Problem, Refused, Rights, Scope, Source, Wording, redelivery
from bot.moderation.cases import MAX_LISTED
from bot.moderation.evidence import fit, newest_first
from bot.moderation.settings import RoleKind
from bot.vocabulary import CaseStatus, ModAction, NudgeMode, Severity
from storage import OutboxItem
from tests.discord.stub_lookout import StubLookout, StubSettings

GUILD = "900"
T0 = datetime(2026, 5, 1, 18, 0, tzinfo=UTC)


class RecordingPort:
    """A platform that does what it is told and writes it down."""

    platform = "discord"
    wording = Wording(moderators="this server's moderators", setup_hint="run setup",
                      rights={ModAction.TIMEOUT: "Timeout Members"})

    def __init__(self) -> None:
        self.private_is_opt_in = False
        self.calls: list[tuple[str, ...]] = []
        self.rights_of: dict[str, Rights] = {}
        self.edit_result = EditResult.EDITED
        self.post_refusal: Refused | None = None
        self.down = False  # a passing failure (a REST storm): posts give no ref, nothing to fix
        self.private_ok = True
        self.button_refusal: Refused | None = None
        self.timeout_effect = Effect("timed out for 24 h", "Suspect timed out for 24 hours.")
        self.posts = 0

    def serves(self, community_id: str) -> bool:
        return True

    async def rights(self, community_id: str, user_id: str) -> Rights:
        self.calls.append(("rights", community_id, user_id))
        return self.rights_of.get(user_id, Rights(moderate=False))

    async def post_alert(self, channel_id: str, view: AlertView) -> str | None:
        self.calls.append(("post", channel_id, view.case_id, view.status))
        if self.post_refusal is not None:
            raise self.post_refusal
        if self.down:
            return None
        self.posts += 1
        return f"{channel_id}:{self.posts}"

    async def edit_alert(self, alert_ref: str, view: AlertView) -> EditResult:
        self.calls.append(("edit", alert_ref, view.case_id, view.status))
        return self.edit_result

    async def announce_escalation(self, alert_ref: str, view: AlertView) -> None:
        self.calls.append(("escalation", alert_ref, view.severity))

    async def setup_missing(self, community_id: str) -> None:
        self.calls.append(("setup_missing", community_id))

    async def timeout(self, community_id: str, user_id: str, length: timedelta, reason: str) -> Effect:
        self.calls.append(("timeout", community_id, user_id))
        return self.timeout_effect

    async def ban(self, community_id: str, user_id: str, reason: str) -> Effect:
        self.calls.append(("ban", community_id, user_id))
        return Effect("banned")

    async def send_private(self, user_id: str, tip: Tip) -> bool:
        self.calls.append(("private", user_id, tip.category))
        return self.private_ok

    async def send_button(self, community_id: str, channel_id: str, child: Author, tip: Tip) -> bool:
        self.calls.append(("button", channel_id, child.id))
        if self.button_refusal is not None:
            raise self.button_refusal
        return True


class Surface:
    def __init__(self, alert_ref: str | None = None) -> None:
        self.alert_ref = alert_ref
        self.said: list[tuple[str, str]] = []

    async def refuse(self, text: str) -> None:
        self.said.append(("refused", text))

    async def accept(self) -> None:
        self.said.append(("accepted", ""))

    async def send_file(self, filename: str, data: bytes, caption: str) -> Effect:
        self.said.append(("file", filename))
        return Effect("evidence file handed over")

    async def finish(self, view: AlertView, message: str) -> None:
        self.said.append(("done", message))


def _event(author: str, text: str = "hi", message_id: str = "1") -> MessageEvent:
    return MessageEvent(Community(GUILD, "discord"), Channel("10", ChannelKind.PUBLIC), Author(author, author),
                        Message(message_id, T0, text))


def _world(config: Config | None = None) -> tuple[StubLookout, Moderation, RecordingPort]:
    stub = StubLookout(config)
    stub.settings[GUILD] = StubSettings(GUILD, alert_channel_id="55")
    moderation = Moderation(stub)
    port = RecordingPort()
    moderation.attach(port)
    return stub, moderation, port


def _case(stub: StubLookout, case_id: str = "c1", severity: Severity = Severity.HIGH,
          status: CaseStatus = CaseStatus.OPEN, ref: str | None = "55:1") -> AlertView:
    view = stub.alert(_event("7", "add me on snap"), Author("8", "Mia"), case_id=case_id, severity=severity).view
    view = dataclasses.replace(view, status=status, alert_ref=ref)
    stub.cases[case_id] = view
    return view


# ------------------------------------------------------------------ acting on a case


async def test_an_action_checks_rights_acts_records_and_edits_the_alert() -> None:
    stub, moderation, port = _world()
    _case(stub)
    port.rights_of["mod"] = Rights(moderate=True, timeout=True)
    surface = Surface()
    view = await moderation.act("c1", ModAction.TIMEOUT, Author("mod", "Rowan"), surface)
    assert view is not None and view.status == CaseStatus.ACTIONED
    assert stub.actions == [("c1", "mod", "timeout", "timed out for 24 h")]
    assert ("timeout", GUILD, "7") in port.calls
    assert ("edit", "55:1", "c1", CaseStatus.ACTIONED) in port.calls, "the alert shows the new status"
    assert surface.said == [("accepted", ""), ("done", "Suspect timed out for 24 hours.")]


@pytest.mark.parametrize(
    ("rights", "action", "refusal"),
    [
        (Rights(moderate=False), ModAction.ACKNOWLEDGE, "Only this server's moderators"),
        (Rights(moderate=True), ModAction.TIMEOUT, "Timeout Members"),
        (Rights(moderate=True, timeout=True), ModAction.BAN, "You need the"),
    ],
)
async def test_who_may_do_what(rights: Rights, action: ModAction, refusal: str) -> None:
    stub, moderation, port = _world()
    _case(stub)
    port.rights_of["someone"] = rights
    surface = Surface()
    assert await moderation.act("c1", action, Author("someone"), surface) is None
    assert surface.said[0][0] == "refused" and refusal in surface.said[0][1]
    assert stub.actions == [] and not [c for c in port.calls if c[0] in ("timeout", "ban", "edit")]


async def test_rights_the_surface_already_knows_are_not_asked_again() -> None:
    stub, moderation, port = _world()
    _case(stub)
    await moderation.act("c1", ModAction.ACKNOWLEDGE, Author("m"), Surface(), rights=Rights(moderate=True))
    assert not [c for c in port.calls if c[0] == "rights"]
    assert stub.actions[0][2] == ModAction.ACKNOWLEDGE


async def test_a_case_outside_the_scope_does_not_exist_there() -> None:
    stub, moderation, port = _world()
    _case(stub)
    surface = Surface()
    result = await moderation.act("c1", ModAction.ACKNOWLEDGE, Author("m"), surface,
                                  rights=Rights(moderate=True), scope=Scope(("another server",)))
    assert result is None and "does not exist here" in surface.said[0][1] and stub.actions == []


async def test_a_refused_time_out_is_recorded_and_shown_until_one_works() -> None:
    stub, moderation, port = _world()
    _case(stub)
    port.rights_of["mod"] = Rights(moderate=True, timeout=True)
    refusal = Refused(Problem.TIMEOUT, "cannot time out members: give Lookout the permission")
    port.timeout_effect = Effect.failed("failed: missing permission", "Not allowed.", refusal)
    view = await moderation.act("c1", ModAction.TIMEOUT, Author("mod"), Surface())
    assert stub.actions[-1][3] == "failed: missing permission", "the audit says it failed"
    assert view is not None and view.status == CaseStatus.OPEN, "a refused time-out does not mark the case actioned"
    assert ("edit", "55:1", "c1", CaseStatus.OPEN) in port.calls, "the alert shows the case still open"
    assert moderation.board.problems(GUILD) == ["cannot time out members: give Lookout the permission"]
    port.timeout_effect = Effect("timed out for 24 h")
    view = await moderation.act("c1", ModAction.TIMEOUT, Author("mod"), Surface())
    assert view is not None and view.status == CaseStatus.ACTIONED
    assert moderation.board.problems(GUILD) == []


async def test_the_evidence_file_goes_through_the_surface() -> None:
    stub, moderation, port = _world()
    _case(stub)
    surface = Surface()
    await moderation.act("c1", ModAction.EVIDENCE, Author("m"), surface, rights=Rights(moderate=True))
    assert ("file", "lookout-case-c1.html") in surface.said
    assert stub.actions[-1][3] == "evidence file handed over"


async def test_without_the_platform_connected_only_records_are_possible() -> None:
    """The console alone over a database: acknowledging works, a time-out says why it cannot."""
    stub = StubLookout()
    _case(stub)
    moderation = Moderation(stub)
    surface = Surface()
    assert await moderation.act("c1", ModAction.ACKNOWLEDGE, Author("m"), surface) is None
    assert "not connected" in surface.said[0][1]
    view = await moderation.act("c1", ModAction.ACKNOWLEDGE, Author("m"), Surface(), rights=Rights(moderate=True))
    assert view is not None and view.status == CaseStatus.ACKNOWLEDGED
    surface = Surface()
    view = await moderation.act("c1", ModAction.TIMEOUT, Author("m"), surface, rights=Rights(True, True, True))
    assert "not connected" in surface.said[-1][1]
    assert view is not None and view.status == CaseStatus.ACKNOWLEDGED, "nothing was done on the platform"


async def test_a_note_is_kept_and_the_alert_shows_it() -> None:
    stub, moderation, port = _world()
    _case(stub)
    surface = Surface()
    await moderation.act("c1", ModAction.NOTE, Author("m"), surface, rights=Rights(moderate=True),
                         detail="parents called")
    assert stub.actions == [("c1", "m", "note", "parents called")]
    assert surface.said[-1] == ("done", "Note added to case c1.")
    assert port.calls[-1][0] == "edit"


# ------------------------------------------------------------------ alerts


async def test_a_new_alert_is_posted_once_then_edited() -> None:
    stub, moderation, port = _world()
    view = _case(stub, ref=None)
    await moderation.alerts.deliver(view)
    assert stub.delivered == [("c1", "55:1")]
    await moderation.alerts.deliver(stub.cases["c1"])
    assert [c[0] for c in port.calls] == ["post", "edit"]


async def test_an_alert_shows_the_case_as_it_is_when_it_is_rendered() -> None:
    """A snapshot taken before a moderator acted must not put the old status back."""
    stub, moderation, port = _world()
    stale = _case(stub)
    stub.cases["c1"] = dataclasses.replace(stale, status=CaseStatus.ACKNOWLEDGED)
    await moderation.perform("discord", [UpdateAlert(stale)])
    assert port.calls == [("edit", "55:1", "c1", CaseStatus.ACKNOWLEDGED)]


async def test_a_deleted_alert_is_posted_again_and_a_failed_edit_is_not_duplicated() -> None:
    stub, moderation, port = _world()
    view = _case(stub)
    port.edit_result = EditResult.FAILED
    await moderation.alerts.deliver(view)
    assert [c[0] for c in port.calls] == ["edit"]
    port.edit_result = EditResult.GONE
    await moderation.alerts.deliver(view)
    assert [c[0] for c in port.calls] == ["edit", "edit", "post"]


async def test_escalations_are_announced_once_per_severity() -> None:
    stub, moderation, port = _world()
    view = dataclasses.replace(_case(stub), escalation=True, severity=Severity.CRITICAL)
    stub.cases["c1"] = dataclasses.replace(view, escalation=False)
    await moderation.alerts.deliver(view)
    await moderation.alerts.deliver(view)
    assert [c for c in port.calls if c[0] == "escalation"] == [("escalation", "55:1", Severity.CRITICAL)]


async def test_no_alert_channel_is_a_problem_for_the_status_and_the_owner() -> None:
    stub, moderation, port = _world()
    stub.settings[GUILD] = StubSettings(GUILD)
    await moderation.alerts.deliver(_case(stub, ref=None))
    assert ("setup_missing", GUILD) in port.calls
    assert "no alert channel is set" in moderation.board.problems(GUILD)[0]
    stub.settings[GUILD] = StubSettings(GUILD, alert_channel_id="55")
    port.post_refusal = Refused(Problem.ALERT_CHANNEL, "cannot post in the alert channel")
    await moderation.alerts.deliver(stub.cases["c1"])
    assert "cannot post in the alert channel" in moderation.board.problems(GUILD)
    port.post_refusal = None
    await moderation.alerts.deliver(stub.cases["c1"])
    assert moderation.board.problems(GUILD) == [], "a successful post clears both problems"


async def test_setting_the_alert_channel_posts_what_was_waiting() -> None:
    stub, moderation, port = _world()
    stub.settings[GUILD] = StubSettings(GUILD)
    await moderation.alerts.deliver(_case(stub, ref=None))
    assert moderation.board.problems(GUILD) and port.posts == 0
    stub.pending = [OutboxItem("o1", GUILD, "alert", {"case_id": "c1"}, "c1", "7", T0),
                    OutboxItem("o2", "elsewhere", "alert", {"case_id": "c9"}, "c9", "7", T0)]
    assert await moderation.set_alert_channel("discord", GUILD, "77") == 1
    assert stub.settings[GUILD].alert_channel_id == "77" and ("post", "77", "c1", CaseStatus.OPEN) in port.calls
    assert moderation.board.problems(GUILD) == []


def _waiting(case_id: str, age: timedelta) -> OutboxItem:
    return OutboxItem(f"o-{case_id}", GUILD, "alert", {"case_id": case_id}, case_id, "7", datetime.now(UTC) - age)


async def test_the_retry_loop_posts_what_a_storm_refused_and_counts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redelivery, "EVERY_S", 0.01)
    monkeypatch.setattr(redelivery, "MIN_AGE_S", 5.0)
    stub, moderation, port = _world()
    port.down = True
    assert not await moderation.alerts.deliver(_case(stub, "c1", ref=None))
    assert not await moderation.alerts.deliver(_case(stub, "c2", ref=None))
    # c2 was decided a moment ago: its first delivery may still be under way, so the loop leaves it.
    stub.pending = [_waiting("c1", timedelta(minutes=1)), _waiting("c2", timedelta(seconds=0))]
    port.down = False  # the storm is over
    moderation.start_retrying("discord")
    moderation.start_retrying("discord")  # idempotent: one loop per platform
    try:
        async with asyncio.timeout(5):
            while stub.cases["c1"].alert_ref is None:
                await asyncio.sleep(0.01)
    finally:
        await moderation.stop_retrying("discord")
    assert [c[2] for c in port.calls if c[0] == "post"] == ["c1", "c2", "c1"], "posted once, on the retry"
    assert stub.cases["c2"].alert_ref is None
    counted = stub.ops.registry.get_sample_value("lookout_alerts_redelivered_total", {"platform": "discord"})
    assert counted == 1


async def test_a_failed_escalation_edit_is_retried_and_settles_its_outbox_entry() -> None:
    stub, moderation, port = _world()
    view = dataclasses.replace(_case(stub, severity=Severity.CRITICAL), escalation=True)
    port.edit_result = EditResult.FAILED
    assert not await moderation.alerts.deliver(view)
    assert stub.delivered == [], "nothing settled while the alert still shows the old state"
    stub.pending = [_waiting("c1", timedelta(minutes=1))]
    port.edit_result = EditResult.EDITED
    assert await moderation.redeliver("discord") == 1
    assert port.calls[-1][:2] == ("edit", "55:1") and port.posts == 0, "edited, never posted twice"
    assert stub.delivered == [("c1", "55:1")] and stub.pending == []


async def test_a_detached_platform_stops_retrying() -> None:
    _stub, moderation, port = _world()

    def loops() -> list[asyncio.Task[object]]:
        return [t for t in asyncio.all_tasks() if t.get_name() == "lookout-discord-redelivery" and not t.done()]

    moderation.start_retrying("discord")
    assert moderation.retrying == ("discord",) and len(loops()) == 1
    moderation.detach(port)
    await asyncio.sleep(0)  # the cancellation is delivered
    assert moderation.retrying == () and loops() == []
    moderation.start_retrying("discord")
    assert loops() == [], "no loop for a platform that is not connected"


async def test_roles_are_added_and_taken_off_without_regard_to_case() -> None:
    config = Config(community=CommunityDefaults(minor_roles=("Under 13",)), discord=DiscordConfig(moderator_role="Mod"))
    stub, moderation, _port = _world(config)
    await moderation.settings.change_role(GUILD, RoleKind.MODERATOR, "Helpers", platform="discord")
    await moderation.settings.change_role(GUILD, RoleKind.MINOR, "13-15")
    await moderation.settings.change_role(GUILD, RoleKind.MODERATOR, "Mods")
    await moderation.settings.change_role(GUILD, RoleKind.MODERATOR, "helpers", remove=True)
    # Each change starts from what is in force, so the config's roles of that kind stay.
    assert await moderation.settings.moderator_roles(GUILD, "discord") == ("Mod", "Mods")
    assert stub.settings[GUILD].minor_roles == ("Under 13", "13-15")
    await moderation.settings.change_role(GUILD, RoleKind.MODERATOR, "MOD", remove=True)
    assert await moderation.settings.moderator_roles(GUILD, "discord") == ("Mods",), "a config role can go too"


async def test_a_platform_that_is_not_connected_leaves_the_alert_waiting() -> None:
    stub = StubLookout()
    moderation = Moderation(stub)
    await moderation.alerts.deliver(_case(stub, ref=None))
    assert stub.delivered == []


# ------------------------------------------------------------------ tips


def _nudge() -> SendNudge:
    return SendNudge(GUILD, "10", "1", Author("8", "Mia"), Tip("platform_move", "en", "t", "b"), "n1")


@pytest.mark.parametrize(
    ("mode", "opt_in", "private_ok", "expected"),
    [
        (NudgeMode.DM, False, True, ["private"]),
        (NudgeMode.DM, False, False, ["private", "button"]),
        (NudgeMode.BUTTON, False, True, ["button"]),
        (NudgeMode.BUTTON, True, True, ["private"]),  # where private chats are opt-in, they come first
        (NudgeMode.OFF, False, True, []),
    ],
)
async def test_a_tip_goes_privately_first_then_as_a_button(
    mode: NudgeMode, opt_in: bool, private_ok: bool, expected: list[str]
) -> None:
    stub, moderation, port = _world()
    stub.settings[GUILD] = StubSettings(GUILD, nudge_mode=mode)
    port.private_is_opt_in, port.private_ok = opt_in, private_ok
    await moderation.perform("discord", [_nudge()])
    assert [c[0] for c in port.calls] == expected
    assert stub.nudges_delivered == (["n1"] if expected else [])


async def test_a_refused_tip_button_is_a_problem() -> None:
    stub, moderation, port = _world()
    stub.settings[GUILD] = StubSettings(GUILD, nudge_mode="button")
    port.button_refusal = Refused(Problem.NUDGE_CHANNEL, "cannot post safety-tip buttons")
    await moderation.perform("discord", [_nudge()])
    assert moderation.board.problems(GUILD) == ["cannot post safety-tip buttons"]
    assert stub.nudges_delivered == []


# ------------------------------------------------------------------ listing and status


async def test_case_listing_is_one_policy() -> None:
    stub, moderation, _port = _world()
    severities = [Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL]
    for i in range(30):
        status = CaseStatus.FALSE_POSITIVE if i % 6 == 5 else (CaseStatus.ACKNOWLEDGED if i % 2 else CaseStatus.OPEN)
        _case(stub, f"c{i:02d}", severities[i % 4], status)
    listing = await moderation.list_cases([GUILD])
    waiting = [v for v in stub.cases.values() if v.status in (CaseStatus.OPEN, CaseStatus.ACKNOWLEDGED)]
    assert len(listing.shown) == MAX_LISTED and listing.total == len(waiting) and listing.more == len(waiting) - 20
    assert all(v.status != CaseStatus.FALSE_POSITIVE for v in listing.shown)
    ranks = [v.severity.rank for v in listing.shown]
    assert ranks == sorted(ranks, reverse=True), "most severe first"
    closed = await moderation.list_cases([GUILD], CaseStatus.FALSE_POSITIVE)
    assert {v.status for v in closed.shown} == {CaseStatus.FALSE_POSITIVE} and closed.total == 5


async def test_status_names_where_each_value_comes_from() -> None:
    config = Config(community=CommunityDefaults(moderator_roles=("Mods",), minor_roles=("13-15",)),
                    discord=DiscordConfig(moderator_role="Moderator"))
    stub, moderation, _port = _world(config)
    stub.settings[GUILD] = dataclasses.replace(StubSettings(GUILD, moderator_roles=["Helpers"], nudge_mode="off"),
                                               minor_roles=("13-15", "Under 13"))
    settings = (await moderation.status(GUILD, "discord")).settings
    # A list set for the community replaces the config's list of that kind there.
    assert (settings.moderator_roles, settings.source("moderator_roles")) == (("Helpers",), Source.MODERATOR)
    assert (settings.minor_roles, settings.source("minor_roles")) == (("13-15", "Under 13"), Source.MODERATOR)
    assert (settings.nudge_mode, settings.source("nudge_mode")) == (NudgeMode.OFF, Source.MODERATOR)
    assert settings.source("threshold") == Source.DEFAULT, "the config says what the built-in default says"
    stub.settings["901"] = StubSettings("901", nudge_mode=None)
    chose_nothing = (await moderation.status("901", "discord")).settings
    assert (chose_nothing.moderator_roles, chose_nothing.source("moderator_roles")) == (
        ("Mods", "Moderator"), Source.CONFIG)
    assert (chose_nothing.minor_roles, chose_nothing.source("minor_roles")) == (("13-15",), Source.CONFIG)
    assert chose_nothing.source("nudge_mode") == Source.DEFAULT
    stub.settings["-100902"] = StubSettings("-100902")
    telegram = (await moderation.status("-100902", "telegram")).settings
    assert telegram.moderator_roles == ("Mods",), "[discord] moderator_role is Discord's only"


async def test_the_language_must_have_a_catalogue() -> None:
    stub, moderation, _port = _world()
    assert await moderation.set_language(GUILD, "ES") == "Español"
    assert stub.settings[GUILD].language == "es"
    with pytest.raises(ValueError, match="choose one of en, de"):
        await moderation.set_language(GUILD, "tlh")


async def test_a_report_thanks_the_reporter_in_the_communitys_language() -> None:
    stub, moderation, port = _world()
    stub.settings[GUILD] = StubSettings(GUILD, alert_channel_id="55", language="fr")
    thanks = await moderation.report(_event("7", "a secret deal"), Author("8", "Mia"), "he scares me")
    assert thanks == tips.message("report_thanks", "fr")
    assert port.calls[0][0] == "post" and stub.reports[0][2] == "he scares me"


# ------------------------------------------------------------------ evidence in alerts


def _line(i: int, flagged: bool) -> EvidenceLine:
    return EvidenceLine(str(100 + i), "10", "7", "Rex", T0 + timedelta(seconds=i), f"line {i}", flagged)


def test_evidence_is_newest_first_and_flagged_lines_outlast_the_others() -> None:
    lines = [_line(i, flagged=i in (0, 3, 5)) for i in range(8)]
    assert [ln.text for ln in newest_first(lines)][:2] == ["line 7", "line 6"]
    kept = fit(lines, lambda shown: len(shown) <= 4)
    assert [ln.text for ln in kept] == ["line 7", "line 5", "line 3", "line 0"]
    assert [ln.text for ln in fit(lines, lambda shown: True, most=2)] == ["line 5", "line 3"]
    assert fit(lines, lambda shown: not shown) == []
