"""The Italian, Dutch and Polish packs held to the bars the other six languages meet.

tests/data/messages_it_nl_pl.jsonl holds single messages written for these three packs: grooming
tactics in chat register (shorthand, typos, emoji, spaced and zero-width evasion) and the hard
look-alikes a keyword filter would flag (homework photos, party secrets, parents' pick-ups, safety
advice quoting the tactics, friend requests inside games). It was written after the packs, in new
wordings, and scored once before any rule was widened for it: 85.2% of risky messages caught and
8.1% of look-alikes flagged (it 91.3% / 9.7%, nl 83.6% / 4.8%, pl 80.6% / 9.7%). The rules were then
widened by tactic, so this is now a set the packs are tuned on, held to the bars of the main set
(test_message_set.py); the honest figure for unseen wording is the blind batch (eval/README.md).

A second test guards the failure that motivated these packs in the first place, in the other
direction: Romance, Germanic and Slavic packs reading each other's text. The three new packs must
not fire on any benign message of the other languages' sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.message_eval import Labelled, load_message_set, score_messages
from rules import CATEGORIES, load_default_engine

DATA = Path(__file__).resolve().parent.parent / "data"
NEW_LANGUAGES = ("it", "nl", "pl")
OTHER_SETS = ("messages.jsonl", "messages_holdout.jsonl", "messages_fresh.jsonl")
_ENGINE = load_default_engine()


@pytest.fixture(scope="module")
def new_set() -> list[Labelled]:
    rows = load_message_set(DATA / "messages_it_nl_pl.jsonl")
    assert {r.lang for r in rows} == set(NEW_LANGUAGES), "messages_it_nl_pl.jsonl: only it, nl and pl rows"
    return rows


def test_set_has_the_promised_shape(new_set: list[Labelled]) -> None:
    """At least 60 risky and 60 benign messages per language, every category in every language, no repeats."""
    for lang in NEW_LANGUAGES:
        rows = [r for r in new_set if r.lang == lang]
        assert sum(r.risky for r in rows) >= 60, f"{lang}: fewer than 60 risky messages"
        assert sum(not r.risky for r in rows) >= 60, f"{lang}: fewer than 60 benign messages"
        covered = {c for r in rows for c in r.categories}
        assert covered == set(CATEGORIES), f"{lang}: categories without a message: {set(CATEGORIES) - covered}"
        assert sum(r.age is not None for r in rows) >= 3, f"{lang}: too few declared ages to check"
    others = {r.text for name in OTHER_SETS for r in load_message_set(DATA / name)}
    texts = [r.text for r in new_set]
    assert len(set(texts)) == len(texts), "a message appears twice"
    assert not others & set(texts), "a message repeats one of the other sets"


def test_quality_bar(new_set: list[Labelled]) -> None:
    s = score_messages(_ENGINE, new_set)
    print(s.report("messages_it_nl_pl.jsonl"))
    assert s.recall >= 0.90, s.report("messages_it_nl_pl.jsonl")
    assert s.false_positive_rate <= 0.05, s.report("messages_it_nl_pl.jsonl")
    assert s.age_accuracy >= 0.90, s.report("messages_it_nl_pl.jsonl")


def test_every_category_is_detected(new_set: list[Labelled]) -> None:
    s = score_messages(_ENGINE, new_set)
    weak = {c: f"{s.per_category_hit[c]}/{s.per_category[c]}" for c in CATEGORIES
            if s.per_category_hit[c] < 0.75 * s.per_category[c]}
    assert not weak, f"categories under 75% recall: {weak}\n{s.report('messages_it_nl_pl.jsonl')}"


@pytest.mark.parametrize("lang", NEW_LANGUAGES)
def test_every_language_meets_the_per_language_bar(new_set: list[Labelled], lang: str) -> None:
    s = score_messages(_ENGINE, [r for r in new_set if r.lang == lang])
    assert s.recall >= 0.8, s.report(f"messages_it_nl_pl.jsonl, {lang} only")
    assert s.false_positive_rate <= 0.1, s.report(f"messages_it_nl_pl.jsonl, {lang} only")


def test_new_packs_leave_other_languages_benign_messages_alone() -> None:
    """An it/nl/pl rule firing on Spanish, German or English small talk is a cross-language collision."""
    rows = [r for name in OTHER_SETS for r in load_message_set(DATA / name)
            if not r.risky and r.lang not in NEW_LANGUAGES]
    assert len(rows) > 300
    hits = []
    for row, det in zip(rows, _ENGINE.analyze_many([r.text for r in rows]), strict=True):
        mine = [rid for rid in det.rules if rid.split(".", 1)[0] in NEW_LANGUAGES]
        if mine:
            hits.append(f"[{row.lang}] {row.text!r} -> {mine}")
    assert not hits, "new packs fire on other languages' benign messages:\n" + "\n".join(hits)
