"""Staff are damped (they quote tactics to warn about them) until they hide a chat from the other staff,
and a critical move of theirs to a known child in private still alerts."""

from __future__ import annotations

import functools

from bot.events import ChannelKind
from bot.pipeline import Pipeline, Policy
from bot.pipeline.pipeline import HIDES_FROM_STAFF
from rules.engine import Engine, build_engine
from rules.packs_loader import bundled_pack_paths, load_pack
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run


@functools.cache
def _engine() -> Engine:
    return build_engine(bundled_pack_paths(["en"]))


def test_every_hiding_rule_is_a_bundled_rule() -> None:
    """The set names rules by id: a renamed rule would drop out of it silently without this."""
    ids = {r.id for path in bundled_pack_paths() for r in load_pack(path).rules}
    assert ids >= HIDES_FROM_STAFF, HIDES_FROM_STAFF - ids


def _replay(lines: list[str], kind: ChannelKind = ChannelKind.PRIVATE_THREAD):  # type: ignore[no-untyped-def]
    helper = person("helper", "Helper", staff=True, account_days=1500)
    pupil = person("pupil", "13-15", account_days=700)
    c = Chat(kind, ("helper", "pupil") if kind is not ChannelKind.PUBLIC else ())
    events = [c.say(pupil, "can you help me with the quest, i'm stuck")]
    events += [c.say(helper, line) for line in lines]
    return run(Pipeline(_engine(), lambda _cid: Policy(youth_community=True)), events)


def test_a_staff_member_hiding_the_chat_from_the_mods_is_no_longer_damped() -> None:
    hidden = _replay(["sure, but don't tell the mods about this thread ok", "whats ur snapchat, easier there"])
    alerts = kinds(hidden, "alert")
    assert alerts and any("keeps this chat from the other staff" in r for r in alerts[-1].signals)
    public = _replay(["sure, happy to help with the quest", "whats ur snapchat, easier there"], ChannelKind.PUBLIC)
    assert not kinds(public, "alert")  # the same move from staff in the open, nothing hidden: damped


def test_a_staff_members_critical_move_to_a_known_child_in_private_alerts() -> None:
    """A helper, host or moderator asking a 13-15 member for their snap in a private thread: the
    risk stays damped, but the move is no part of moderating a child, so it is an alert."""
    private = _replay(["sure, happy to help with the quest", "whats ur snapchat, easier there"])
    assert kinds(private, "alert")
    advice = _replay(["sure, happy to help with the quest", "never give ur snapchat to people u meet here"])
    assert not kinds(advice, "alert")
