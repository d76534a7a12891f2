"""The quality bar of issue 2, measured on our own labelled single-message set.

The set (tests/data/messages.jsonl) was written before the rules, as grooming tactics and the
harmless look-alikes a keyword filter would flag; the rules are tuned on it. A second file,
messages_holdout.jsonl, says the same things in other words and is never tuned on: it is our
estimate of how the packs do on messages nobody has seen, so it is held to a looser bar that
still fails on a real generalisation problem. A third file, messages_fresh.jsonl, was written
later by someone imagining new wordings (slang, typos, other word orders) in all six languages,
before the rules were broadened; rules were then widened by *tactic* (keyword families with
flexible gaps), not by copying its lines. It gets the same loose bar, per language too, so a
pack that only knows its own examples shows up here. On failure the test prints per-category recall and
every miss (the texts are our own synthetic, non-explicit data, so printing them is fine).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.message_eval import Labelled, MessageScore, load_message_set, score_messages
from rules import CATEGORIES, load_default_engine

DATA = Path(__file__).resolve().parent.parent / "data"
LANGUAGES = ("en", "es", "pt", "de", "fr", "ru")
_ENGINE = load_default_engine()


def load_set(name: str) -> list[Labelled]:
    rows = load_message_set(DATA / name)
    assert all(r.lang in LANGUAGES for r in rows), f"{name}: a language outside {LANGUAGES}"
    return rows


def score(rows: list[Labelled]) -> MessageScore:
    return score_messages(_ENGINE, rows)


@pytest.fixture(scope="module")
def main_set() -> list[Labelled]:
    return load_set("messages.jsonl")


@pytest.fixture(scope="module")
def holdout_set() -> list[Labelled]:
    return load_set("messages_holdout.jsonl")


@pytest.fixture(scope="module")
def fresh_set() -> list[Labelled]:
    return load_set("messages_fresh.jsonl")


def test_set_is_big_and_balanced_enough(main_set: list[Labelled], holdout_set: list[Labelled],
                                        fresh_set: list[Labelled]) -> None:
    """The bar only means something on a set of the promised shape, so check the shape too."""
    assert len(main_set) >= 400 and len(holdout_set) >= 150
    risky = [r for r in main_set if r.risky]
    assert 0.4 <= len(risky) / len(main_set) <= 0.65
    per_cat = Counter(c for r in risky for c in r.categories)
    assert all(per_cat[c] >= 12 for c in CATEGORIES), per_cat
    per_lang = Counter(r.lang for r in main_set)
    assert all(per_lang[lang] >= 25 for lang in LANGUAGES), per_lang
    texts = [r.text for r in main_set + holdout_set + fresh_set]
    assert len(set(texts)) == len(texts), "a message appears twice; the check sets must not repeat the main set"
    assert len(fresh_set) >= 250
    fresh_langs = Counter(r.lang for r in fresh_set)
    assert all(fresh_langs[lang] >= 25 for lang in LANGUAGES), fresh_langs
    assert {c for r in fresh_set for c in r.categories} == set(CATEGORIES)


def test_quality_bar_on_main_set(main_set: list[Labelled]) -> None:
    s = score(main_set)
    print(s.report("messages.jsonl"))
    assert s.recall >= 0.90, s.report("messages.jsonl")
    assert s.false_positive_rate <= 0.05, s.report("messages.jsonl")
    assert s.age_accuracy >= 0.90, s.report("messages.jsonl")


def test_every_category_is_detected_on_main_set(main_set: list[Labelled]) -> None:
    """A category the packs barely see would hide behind a good overall recall."""
    s = score(main_set)
    weak = {c: f"{s.per_category_hit[c]}/{s.per_category[c]}" for c in CATEGORIES
            if s.per_category_hit[c] < 0.75 * s.per_category[c]}
    assert not weak, f"categories under 75% recall: {weak}\n{s.report('messages.jsonl')}"


def test_every_language_is_detected_on_main_set(main_set: list[Labelled]) -> None:
    for lang in LANGUAGES:
        s = score([r for r in main_set if r.lang == lang])
        assert s.recall >= 0.8, s.report(f"messages.jsonl, {lang} only")
        assert s.false_positive_rate <= 0.1, s.report(f"messages.jsonl, {lang} only")


def test_holdout_generalises(holdout_set: list[Labelled]) -> None:
    """Looser than the main bar on purpose: the rules were never tuned on these messages."""
    s = score(holdout_set)
    print(s.report("messages_holdout.jsonl (not tuned on)"))
    assert s.recall >= 0.80, s.report("messages_holdout.jsonl")
    assert s.false_positive_rate <= 0.08, s.report("messages_holdout.jsonl")


def test_fresh_wordings_generalise(fresh_set: list[Labelled]) -> None:
    """New wordings of the same tactics, in every language: the packs must not only know their own examples."""
    s = score(fresh_set)
    print(s.report("messages_fresh.jsonl"))
    assert s.recall >= 0.85, s.report("messages_fresh.jsonl")
    assert s.false_positive_rate <= 0.05, s.report("messages_fresh.jsonl")
    assert s.age_accuracy >= 0.85, s.report("messages_fresh.jsonl")
    for lang in LANGUAGES:
        one = score([r for r in fresh_set if r.lang == lang])
        assert one.recall >= 0.75, one.report(f"messages_fresh.jsonl, {lang} only")
        assert one.false_positive_rate <= 0.10, one.report(f"messages_fresh.jsonl, {lang} only")
