"""`lookout eval MESSAGES.jsonl`: how well detection reads single messages, per category and language.

Conversation labels (bot/evaluate.py) say whether moderators were told in time; this says whether
each message on its own was read right, which is where a new wording or a new language shows up
first. Blind batches written by people who never saw the packs are scored with it before anyone
tunes on them, so the figure it prints first is the honest one (eval/README.md).

A labelled message set is JSON Lines, one object per message:
``{"text": …, "lang": "en", "label": "risky"|"benign", "categories": […], "age": null|int}``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rules.categories import CATEGORIES
from rules.engine import Engine
from rules.types import Detection

if TYPE_CHECKING:
    from rules.semantic import SemanticHit, SemanticIndex


class MessageSetError(ValueError):
    """A labelled message set is malformed; the message names the file, the line and the field."""


@dataclass(frozen=True, slots=True)
class Labelled:
    text: str
    lang: str
    risky: bool
    categories: tuple[str, ...]
    age: int | None
    line: int
    source: str = ""


def load_message_set(path: str | Path) -> list[Labelled]:
    """Read one JSONL file, checking the schema so a broken line is named instead of skipped."""
    p = Path(path)
    try:
        raw_lines = p.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise MessageSetError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MessageSetError(f"{p}: cannot read it as UTF-8 text: {exc}") from None
    rows: list[Labelled] = []
    for n, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        where = f"{p}:{n}"
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise MessageSetError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise MessageSetError(f"{where}: expected a JSON object per line")
        label = obj.get("label")
        if label not in ("risky", "benign"):
            raise MessageSetError(f"{where}: \"label\" is {label!r}; use \"risky\" or \"benign\"")
        text, lang, cats = obj.get("text"), obj.get("lang"), obj.get("categories", [])
        if not isinstance(text, str) or not isinstance(lang, str):
            raise MessageSetError(f"{where}: \"text\" and \"lang\" must be strings")
        if not isinstance(cats, list) or any(c not in CATEGORIES for c in cats):
            raise MessageSetError(f"{where}: \"categories\" {cats!r} must list known categories: "
                                  + ", ".join(CATEGORIES))
        if (label == "risky") != bool(cats):
            raise MessageSetError(f"{where}: risky rows need categories, benign rows none")
        age = obj.get("age")
        if age is not None and (not isinstance(age, int) or isinstance(age, bool)):
            raise MessageSetError(f"{where}: \"age\" must be null or a whole number, not {age!r}")
        rows.append(Labelled(text, lang, label == "risky", tuple(cats), age, n, str(p)))
    return rows


@dataclass
class MessageScore:
    """Recall, false-positive rate and age accuracy on one labelled set (or one slice of it)."""

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

    def summary(self) -> str:
        return (f"risky caught {self.caught}/{self.risky} ({self.recall:.1%}); look-alikes flagged "
                f"{self.flagged}/{self.benign} ({self.false_positive_rate:.1%}); ages right "
                f"{self.ages_right}/{self.aged}")

    def report(self, title: str, *, details: bool = True) -> str:
        lines = [
            f"== {title}: {self.risky} risky, {self.benign} benign, {self.aged} with an age",
            self.summary(),
            "per-category recall: " + ", ".join(
                f"{c} {self.per_category_hit[c]}/{self.per_category[c]}" for c in CATEGORIES if self.per_category[c]
            ),
        ]
        if details:
            for head, items in (("missed", self.misses), ("false alarms", self.false_alarms),
                                ("wrong ages", self.age_errors)):
                if items:
                    lines.append(f"-- {head} ({len(items)}):")
                    lines.extend(f"   {item}" for item in items)
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "risky": self.risky, "caught": self.caught, "recall": self.recall,
            "benign": self.benign, "flagged": self.flagged, "false_positive_rate": self.false_positive_rate,
            "aged": self.aged, "ages_right": self.ages_right,
            "per_category": {c: [self.per_category_hit[c], self.per_category[c]]
                             for c in CATEGORIES if self.per_category[c]},
        }


def score_messages(engine: Engine, rows: Sequence[Labelled],
                   detections: Sequence[Detection] | None = None) -> MessageScore:
    """A risky message counts as caught when one of its labelled categories is found.

    `detections`: what to score, when the caller has them already (one per row, in order)."""
    s = MessageScore()
    if detections is None:
        detections = engine.analyze_many([r.text for r in rows])
    for row, det in zip(rows, detections, strict=True):
        _tally(s, row, det)
    return s


def _tally(s: MessageScore, row: Labelled, det: Detection) -> None:
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


def by_language(engine: Engine, rows: Sequence[Labelled],
                detections: Sequence[Detection] | None = None) -> dict[str, MessageScore]:
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(r.lang, []).append(i)
    return {lang: score_messages(engine, [rows[i] for i in group],
                                 None if detections is None else [detections[i] for i in group])
            for lang, group in sorted(groups.items())}


def message_report(engine: Engine, paths: Sequence[str], *, details: bool = True,
                   semantic: SemanticIndex | None = None) -> tuple[str, dict[str, Any]]:
    """The text report and the figures for `lookout eval` on message sets.

    The figures are those of what the bot acts on: the rules' hits, and with the semantic layer on,
    without those its second opinion sets aside (rules/semantic/second_opinion.py). With the layer,
    a comparison follows: rules alone, the layer alone, either of them, and the rules as the layer
    lets them stand.
    """
    rows = [r for path in paths for r in load_message_set(path)]
    dets = engine.analyze_many([r.text for r in rows])
    readings = semantic.score_normalized([d.normalized for d in dets]) if semantic is not None else None
    acted = dets
    if readings is not None:
        from rules.semantic.second_opinion import acted_on

        acted = [acted_on(d, r) for d, r in zip(dets, readings, strict=True)]
    total = score_messages(engine, rows, acted)
    langs = by_language(engine, rows, acted)
    title = ", ".join(paths) + (" (rules, with the semantic layer's second opinion and its clear readings)"
                                if readings is not None else "")
    parts = [total.report(title, details=details), "per language:"]
    parts.extend(f"  {lang}: {s.summary()}" for lang, s in langs.items())
    figures = total.to_json()
    figures["per_language"] = {lang: s.to_json() for lang, s in langs.items()}
    if semantic is not None and readings is not None:
        layers = compare_layers(engine, semantic, rows, dets, readings)
        parts.append("layers (risky caught in a labelled category / look-alikes flagged):")
        for name, (caught, risky, flagged, benign) in layers.items():
            parts.append(f"  {name:<20} {caught}/{risky} ({caught / max(risky, 1):.1%}) / "
                         f"{flagged}/{benign} ({flagged / max(benign, 1):.1%})")
        figures["layers"] = {k: {"caught": v[0], "risky": v[1], "flagged": v[2], "benign": v[3]}
                             for k, v in layers.items()}
    return "\n".join(parts), figures


def compare_layers(engine: Engine, semantic: SemanticIndex, rows: Sequence[Labelled],
                   dets: Sequence[Detection] | None = None,
                   readings: Sequence[SemanticHit] | None = None) -> dict[str, tuple[int, int, int, int]]:
    """(caught, risky, flagged, benign) for the rules, the semantic layer, either of them, the rules
    without the hits the layer sets aside (rules/semantic/second_opinion.py), and those plus the lines
    the rules left silent that both readings agree are a move (second_opinion.read_by_meaning): the
    last is what the headline figures count.

    The semantic layer reads every message here (no cascade: a message set has no conversation),
    and a risky row counts as caught when a labelled category is one it reads. Rule look-alikes are
    mostly wording the patterns cannot tell apart, which the layer reads by meaning; the pipeline sets
    them aside the same way, and reads silent lines where its cascade sends them."""
    from rules.semantic.second_opinion import acted_on, overruled

    if dets is None:
        dets = engine.analyze_many([r.text for r in rows])
    if readings is None:
        readings = semantic.score_normalized([d.normalized for d in dets])
    names = ("rules alone", "semantic alone", "either", "rules, layer agrees", "+ clear readings")
    out: dict[str, list[int]] = {k: [0, 0, 0, 0] for k in names}
    for row, det, reading in zip(rows, dets, readings, strict=True):
        rule = set(det.categories)
        sem = {reading.category} if reading.hit else set()
        agreed = set() if overruled(det, reading) else rule
        clear = set(acted_on(det, reading).categories)
        for name, found in (("rules alone", rule), ("semantic alone", sem), ("either", rule | sem),
                            ("rules, layer agrees", agreed), ("+ clear readings", clear)):
            if row.risky:
                out[name][1] += 1
                out[name][0] += bool(found & set(row.categories))
            else:
                out[name][3] += 1
                out[name][2] += bool(found)
    return {k: (v[0], v[1], v[2], v[3]) for k, v in out.items()}
