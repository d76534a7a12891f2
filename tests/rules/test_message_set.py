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

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from rules import CATEGORIES, Detection, load_default_engine

DATA = Path(__file__).resolve().parent.parent / "data"
LANGUAGES = ("en", "es", "pt", "de", "fr", "ru")


@dataclass(frozen=True)
class Labelled:
    text: str
    lang: str
    risky: bool
    categories: tuple[str, ...]
    age: int | None
    line: int


def load_set(name: str) -> list[Labelled]:
    """Read one JSONL file, checking the schema so a broken line is named instead of skipped."""
    rows: list[Labelled] = []
    path = DATA / name
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        obj = json.loads(raw)
        label = obj["label"]
        assert label in ("risky", "benign"), f"{name}:{n}: label {label!r}"
        cats = tuple(obj["categories"])
        assert all(c in CATEGORIES for c in cats), f"{name}:{n}: unknown category in {cats}"
        assert (label == "risky") == bool(cats), f"{name}:{n}: risky rows need categories, benign rows none"
        assert obj["lang"] in LANGUAGES, f"{name}:{n}: lang {obj['lang']!r}"
        age = obj.get("age")
        assert age is None or isinstance(age, int), f"{name}:{n}: age must be null or an int"
        rows.append(Labelled(obj["text"], obj["lang"], label == "risky", cats, age, n))
    return rows


@dataclass
class Score:
    """Recall, false-positive rate and age accuracy of the engine on one labelled set."""

    risky: int = 0
    caught: int = 0
    benign: int = 0
    flagged: int = 0
    aged: int = 0
    ages_right: int = 0
    per_category: Counter[str] = field(default_factory=Counter)
    per_category_hit: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    age_errors: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.caught / self.risky if self.risky else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.flagged / self.benign if self.benign else 0.0

    @property
    def age_accuracy(self) -> float:
        return self.ages_right / self.aged if self.aged else 1.0

    def report(self, title: str) -> str:
        lines = [
            f"== {title}: {self.risky} risky, {self.benign} benign, {self.aged} with an age",
            f"recall (a correct category) {self.recall:.1%}; false positives {self.false_positive_rate:.1%}; "
            f"ages right {self.age_accuracy:.1%}",
            "per-category recall: " + ", ".join(
                f"{c} {self.per_category_hit[c]}/{self.per_category[c]}" for c in CATEGORIES if self.per_category[c]
            ),
        ]
        for head, items in (("missed", self.misses), ("false alarms", self.false_alarms),
                            ("wrong ages", self.age_errors)):
            if items:
                lines.append(f"-- {head} ({len(items)}):")
                lines.extend(f"   {item}" for item in items)
        return "\n".join(lines)


def score(rows: list[Labelled]) -> Score:
    engine = load_default_engine()
    s = Score()
    for row in rows:
        det: Detection = engine.analyze(row.text)
        found = set(det.categories)
        where = f"[{row.lang} #{row.line}] {row.text!r} -> {det.normalized!r}"
        if row.risky:
            s.risky += 1
            for c in row.categories:
                s.per_category[c] += 1
                s.per_category_hit[c] += c in found
            if found & set(row.categories):
                s.caught += 1
            else:
                s.misses.append(f"{where} wanted {list(row.categories)} got {sorted(found)}")
        else:
            s.benign += 1
            if found:
                s.flagged += 1
                s.false_alarms.append(f"{where} got {det.rules}")
        if row.age is not None:
            s.aged += 1
            if det.declared_age == row.age:
                s.ages_right += 1
            else:
                s.age_errors.append(f"{where} wanted age {row.age} got {det.declared_age}")
    return s


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
