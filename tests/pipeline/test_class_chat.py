"""A school class's own chat: members of unknown age who have been there a while are classmates."""

from __future__ import annotations

import functools

import pytest

from bot.events import Author, ChannelKind, MessageEvent
from bot.pipeline import Pipeline, Policy
from bot.pipeline.class_chat import is_class_chat
from rules.engine import Engine, build_engine
from rules.packs_loader import bundled_pack_paths
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run


@functools.cache
def _engine() -> Engine:
    return build_engine(bundled_pack_paths(["en"]))


@pytest.mark.parametrize("name", ["Klasse 7a 🏫", "8º ano turma A 💙", "class 7B chat", "Klassenchat",
                                  "la classe de 5e", "7Б класс", "klasa 7b", "klas 2b", "2º ESO B", "year 8 gc"])
def test_names_of_class_chats(name: str) -> None:
    assert is_class_chat(name)


@pytest.mark.parametrize("name", ["general", "Roblox trading", "Year of the dragon fans", "Grade A memes",
                                  "first class tickets", "turma do vôlei", "class of 2012 reunion"])
def test_other_names(name: str) -> None:
    assert not is_class_chat(name)


def _chat(title: str, asker: Author) -> tuple[Pipeline, list[MessageEvent]]:
    kid = person("kid", account_days=700)
    c = Chat(ChannelKind.PUBLIC)
    c.channel = type(c.channel)(c.channel.id, c.channel.kind, title)
    p = Pipeline(_engine(), lambda _cid: Policy(youth_community=True))
    return p, [c.say(kid, "im 13 tomorrow!! party saturday"),
               c.say(asker, "send me a pic of the cake after"),
               c.say(kid, "ok"),
               c.say(asker, "and add me on snap, new phone")]


def test_a_classmate_asking_for_a_snap_in_the_class_chat_is_a_peer_not_an_alert() -> None:
    classmate = person("mila", account_days=600, joined_days=300)
    p, events = _chat("Class 8B chat", classmate)
    assert not kinds(run(p, events), "alert")


def test_the_same_lines_in_another_group_still_alert() -> None:
    classmate = person("mila", account_days=600, joined_days=300)
    p, events = _chat("general", classmate)
    assert kinds(run(p, events), "alert")  # someone of unknown age working on a 13-year-old


def test_a_newcomer_in_a_class_chat_is_not_presumed_a_classmate() -> None:
    stranger = person("stranger", account_days=3, joined_days=0.2)
    p, events = _chat("Class 8B chat", stranger)
    assert kinds(run(p, events), "alert")
