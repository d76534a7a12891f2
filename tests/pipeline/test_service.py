"""The service: decisions are persisted before they are announced, and survive a restart."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from bot.actions import SendAlert, SendNudge
from bot.config import Config
from bot.events import Author, ChannelKind
from bot.service import Lookout
from rules.engine import Engine
from storage import open_storage
from tests.pipeline.conftest import T0, Chat, person

CHILD = person("kid", "13-15")
STRANGER = person("stranger", account_days=3, joined_days=1)
MOD = Author("mod1", display_name="Mod One", is_staff=True)


async def make(engine: Engine, db: Path) -> Lookout:
    return Lookout(Config(), engine, await open_storage(f"sqlite:///{db}"))


async def groom(lk: Lookout, c: Chat) -> list:  # type: ignore[type-arg]
    actions = []
    for ev in [c.say(CHILD, "anyone up for a match"), c.say(STRANGER, "how old are you"),
               c.say(STRANGER, "you're so mature"), c.say(STRANGER, "are you alone right now"),
               c.say(STRANGER, "add me on snap")]:
        actions += await lk.on_message(ev)
    return actions


async def test_alert_creates_case_with_evidence_and_nudge_is_rate_limited(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "a.db")
    try:
        c = Chat()
        actions = await groom(lk, c)
        alerts = [a for a in actions if isinstance(a, SendAlert)]
        nudges = [a for a in actions if isinstance(a, SendNudge)]
        assert alerts and nudges
        view = alerts[0].view
        assert view.suspect.id == "stranger" and view.target is not None and view.target.id == "kid"
        assert view.status == "open" and view.alert_ref is None
        detail = await lk.storage.get_case(view.case_id)
        assert any(e.flagged and e.author_id == "stranger" for e in detail.evidence)
        assert detail.decisions and "platform_move" in detail.case.categories
        # The alert carries the seal as stored, the case verifies, and a moderator's note re-seals it.
        assert detail.seal is not None and detail.seal.shows(view.seal)  # the seal as it was at the alert
        assert (await lk.storage.verify_case(view.case_id)).status == "intact"
        noted = await lk.add_note(view.case_id, MOD, "spoke to the family")
        after = (await lk.storage.get_case(view.case_id)).seal
        assert after is not None and noted.seal == after.short and after.entries > detail.seal.entries
        assert nudges[0].child.id == "kid" and nudges[0].tip.body
        # Same category again the same day: no second nudge (storage remembers).
        again = await lk.on_message(c.say(STRANGER, "are you alone right now", after=timedelta(hours=2)))
        assert not [a for a in again if isinstance(a, SendNudge) and a.tip.category == "isolation"]
        await lk.alert_delivered(view.case_id, "chan:msg1")
        assert (await lk.case_view(view.case_id)).alert_ref == "chan:msg1"  # type: ignore[union-attr]
    finally:
        await lk.close()


async def test_restart_resumes_risk_and_edits_the_same_alert(engine: Engine, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    lk = await make(engine, db)
    c = Chat()
    actions = []
    for ev in [c.say(CHILD, "hi"), c.say(STRANGER, "how old are you"), c.say(STRANGER, "add me on snap")]:
        actions += await lk.on_message(ev)
    views = [a.view for a in actions if isinstance(a, SendAlert)]
    assert views and views[-1].severity != "critical"
    case_id = views[0].case_id
    await lk.alert_delivered(case_id, "chan:1")
    risk_before = lk.pipeline.pairs[("g1", "stranger", "kid")].risk
    await lk.close()

    lk2 = Lookout(Config(), engine, await open_storage(f"sqlite:///{db}"))
    try:
        await lk2.restore_state(now=c.t)
        assert lk2.pipeline.pairs[("g1", "stranger", "kid")].risk == pytest.approx(risk_before)
        more = await lk2.on_message(c.say(STRANGER, "send more or i post it", reply_to="m1", reply_author="kid"))
        alert = next(a.view for a in more if isinstance(a, SendAlert))
        assert alert.case_id == case_id, "the same incident joins the same case"
        assert alert.alert_ref == "chan:1" and alert.escalation and alert.severity == "critical"
    finally:
        await lk2.close()


async def test_moderator_actions_are_recorded_and_rendered(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "m.db")
    try:
        actions = await groom(lk, Chat())
        case_id = next(a.view.case_id for a in actions if isinstance(a, SendAlert))
        view = await lk.moderator_action(case_id, MOD, "timeout", "timed out for 24 h")
        assert view.status == "actioned"
        assert view.audit[-1].actor_id == "mod1" and "24 h" in view.audit[-1].detail
        view = await lk.add_note(case_id, MOD, "parents informed")
        assert view.audit[-1].action == "note" and view.audit[-1].detail == "parents informed"
        detail = await lk.storage.get_case(case_id)
        assert [n.text for n in detail.notes] == ["parents informed"]
        refused = await lk.moderator_action(case_id, MOD, "ban", "ban failed: Lookout lacks permission", applied=False)
        assert refused.status == "actioned", "a refused ban leaves the status as it was"
        assert refused.audit[-1].action == "ban" and "failed" in refused.audit[-1].detail
        with pytest.raises(KeyError):
            await lk.moderator_action("nope", MOD, "ban")
        name, html = await lk.export_case(case_id)
        assert name.endswith(".html") and b"<html" in html.lower()
    finally:
        await lk.close()


async def test_false_positive_quiets_the_pair(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "f.db")
    try:
        c = Chat()
        actions = await groom(lk, c)
        case_id = next(a.view.case_id for a in actions if isinstance(a, SendAlert))
        await lk.moderator_action(case_id, MOD, "false_positive")
        later = await lk.on_message(c.say(STRANGER, "add me on kik"))
        assert not [a for a in later if isinstance(a, SendAlert)]
    finally:
        await lk.close()


async def test_report_creates_or_joins_a_case(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "p.db")
    try:
        c = Chat()
        await lk.on_message(c.say(CHILD, "hi"))
        ev = c.say(STRANGER, "hey wanna chat somewhere else")
        await lk.on_message(ev)
        view = await lk.report(ev, CHILD, "he keeps messaging me")
        assert view.source == "report" and view.suspect.id == "stranger"
        assert any(e.message_id == ev.message.id and e.flagged for e in view.evidence)
        again = await lk.report(ev, person("friend", "13-15"))
        assert again.case_id == view.case_id
    finally:
        await lk.close()


async def test_a_report_keeps_the_exchange_not_the_channel(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "r.db")
    try:
        c = Chat()
        other_a, other_b = person("ana", "13-15"), person("ben", "13-15")
        hi = c.say(CHILD, "hi")
        for ev in [hi, c.say(other_a, "did u see the new map"), c.say(other_b, "how old are you lol"),
                   c.say(other_a, "im 12")]:
            await lk.on_message(ev)
        first = c.say(STRANGER, "hey wanna chat somewhere else", reply_to=hi.message.id, reply_author="kid")
        answer = c.say(CHILD, "who are you?", reply_to=first.message.id, reply_author="stranger")
        ev = c.say(STRANGER, "just a friend, come on", reply_to=answer.message.id, reply_author="kid")
        for e in (first, answer, ev):
            await lk.on_message(e)
        view = await lk.report(ev, CHILD, "he keeps messaging me")
        authors = {e.author_id for e in view.evidence}
        assert authors == {"stranger", "kid"}, "other children's chat is not the report's context"
        assert {e.author_id for e in view.evidence if e.flagged} == {"stranger"}
    finally:
        await lk.close()


async def test_forget_removes_memory_state_too(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "g.db")
    try:
        await groom(lk, Chat())
        report = await lk.forget("kid")
        assert not any("kid" in k for k in lk.pipeline.pairs)
        assert "kid" in report.summary()
    finally:
        await lk.close()


async def test_link_code_links_once(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "l.db")
    try:
        code = await lk.create_link_code("-100123")
        assert await lk.redeem_link_code("00000000" if code != "00000000" else "11111111", "-5") is None
        assert await lk.redeem_link_code(code, "-500") == "-100123"
        assert (await lk.get_settings("-100123")).alert_channel_id == "-500"
        assert await lk.redeem_link_code(code, "-600") is None  # one-time
    finally:
        await lk.close()


async def test_moves_after_the_alert_grow_the_case_without_new_posts(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "grow.db")
    try:
        c = Chat()
        actions = await groom(lk, c)
        case_id = next(a.view.case_id for a in actions if isinstance(a, SendAlert))
        await lk.on_message(c.say(STRANGER, "send more or i post it"))  # critical: may alert once more
        later = await lk.on_message(c.say(STRANGER, "send me a selfie"))
        assert not [a for a in later if isinstance(a, SendAlert)], "no new post once the case is critical"
        detail = await lk.storage.get_case(case_id)
        assert "photo_request" in detail.case.categories
        assert any(e.text == "send me a selfie" and e.flagged for e in detail.evidence)
        signals = list(detail.case.signals)
        assert len(signals) == len(set(signals)), "reasons are replaced, not piled up"
    finally:
        await lk.close()


async def approach(lk: Lookout, kids: list[Author], start: int = 0) -> None:
    """The stranger opens a private chat with each child in turn and asks their age."""
    for i, kid in enumerate(kids, start=start):
        c = Chat(ChannelKind.DIRECT, ("stranger", kid.id), channel=f"d{i}")
        c.t += timedelta(hours=i)
        await lk.on_message(c.say(kid, "hi"))
        await lk.on_message(c.say(STRANGER, "how old are you"))


async def test_one_person_approaching_several_children_is_remembered_across_a_restart(
        engine: Engine, tmp_path: Path) -> None:
    kids = [person(f"kid{i}", "13-15") for i in range(3)]
    lk = await make(engine, tmp_path / "fan.db")
    await approach(lk, kids[:2])
    await lk.close()

    restarted = await make(engine, tmp_path / "fan.db")
    forgetful = await make(engine, tmp_path / "fresh.db")  # the same third approach, with no memory
    try:
        stored = await restarted.storage.load_suspect_aggregates("g1")
        assert [(r.suspect_id, sorted(r.state["targets"])) for r in stored] == [("stranger", ["kid0", "kid1"])]
        await restarted.restore_state(now=T0 + timedelta(hours=3))
        assert sorted(restarted.pipeline.suspects[("g1", "stranger")].targets) == ["kid0", "kid1"]
        await approach(restarted, kids[2:], start=2)
        await approach(forgetful, kids[2:], start=2)
        key = ("g1", "stranger", "kid2")
        assert restarted.pipeline.pairs[key].risk > forgetful.pipeline.pairs[key].risk  # the third child counts
    finally:
        await restarted.close()
        await forgetful.close()


async def test_forgetting_a_child_takes_them_out_of_a_suspects_fan_out(engine: Engine, tmp_path: Path) -> None:
    kids = [person(f"kid{i}", "13-15") for i in range(2)]
    db = tmp_path / "forget-fan.db"
    lk = await make(engine, db)
    await approach(lk, kids)
    await lk.forget("kid0")
    await approach(lk, kids[1:], start=1)  # the suspect's fan-out changes again: it is saved again
    await lk.close()
    store = await open_storage(f"sqlite:///{db}")
    try:
        stored = await store.load_suspect_aggregates("g1")
        assert [sorted(r.state["targets"]) for r in stored] == [["kid1"]]
    finally:
        await store.close()


async def test_a_restart_does_not_send_a_second_tip_at_once(engine: Engine, tmp_path: Path) -> None:
    db = tmp_path / "tips.db"
    lk = await make(engine, db)
    c = Chat()
    first = [a for a in await groom(lk, c) if isinstance(a, SendNudge)]
    assert [n.child.id for n in first] == ["kid"]
    await lk.close()

    # A new category, 6 minutes on, replying to the child (after a restart the channel's recent
    # lines are gone, so the reply is what names the target).
    photo = c.say(STRANGER, "send me a selfie", after=timedelta(minutes=5), reply_to="m1", reply_author="kid")
    for suffix in ("", ".seal-key"):
        shutil.copy(f"{db}{suffix}", f"{tmp_path / 'copy.db'}{suffix}")
    restarted = await make(engine, db)
    forgetful = await make(engine, tmp_path / "copy.db")
    try:
        await restarted.restore_state(now=photo.message.timestamp)
        assert not [a for a in await restarted.on_message(photo) if isinstance(a, SendNudge)]
        # Restoring only the pairs, as before, the same message sent a second tip at once.
        forgetful.pipeline.restore(((r.community_id, r.suspect_id, r.target_id), r.state)
                                   for r in await forgetful.storage.load_pair_states())
        assert [a.tip.category for a in await forgetful.on_message(photo) if isinstance(a, SendNudge)] == [
            "photo_request"]
        # Once the half hour has passed, the next new move gets its tip.
        later = c.say(STRANGER, "dont tell your parents", after=timedelta(minutes=40), reply_to="m1",
                      reply_author="kid")
        assert [a.tip.category for a in await restarted.on_message(later) if isinstance(a, SendNudge)] == ["secrecy"]
    finally:
        await restarted.close()
        await forgetful.close()
