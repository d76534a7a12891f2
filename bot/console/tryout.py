""""Try a message" on the rules page: what each layer of detection makes of one text.

Why: a moderator who wonders why something alerted (or did not) can paste a line and see the
normalised text the rules read, each rule that matched, and, when the semantic layer is installed,
the nearest example it knows. The semantic layer is optional (`rules.semantic`, a separate part
that may be absent or fail to load): its absence is said, never an error.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import Any

from rules.engine import Engine
from rules.normalize import normalize

log = logging.getLogger("bot.console")

MAX_TEXT = 2000


@dataclass(frozen=True, slots=True)
class RuleMatch:
    rule_id: str
    category: str
    weight: float
    pack: str
    description: str


@dataclass(frozen=True, slots=True)
class Nearest:
    text: str
    category: str
    score: float


@dataclass(frozen=True, slots=True)
class TryResult:
    text: str
    normalized: str  # what most rules read: evasions undone (leetspeak, look-alike letters, spacing)
    light: str  # only the invisible and look-alike characters undone
    matches: tuple[RuleMatch, ...]
    categories: tuple[str, ...]
    declared_age: int | None
    nearest: Nearest | None
    semantic_note: str  # why there is no nearest example ("" when there is one)


def semantic_nearest(text: str) -> tuple[Nearest | None, str]:
    """The semantic layer's nearest exemplar, if the layer can be imported and answers."""
    try:
        module = importlib.import_module("rules.semantic")
    except ImportError:
        return None, "The semantic layer is not installed here."
    except Exception as err:  # a broken optional layer must not break the rules page
        log.warning("console: the semantic layer failed to load (%s)", type(err).__name__)
        return None, "The semantic layer failed to load; see the log."
    find = getattr(module, "nearest_exemplar", None) or getattr(module, "nearest", None)
    if not callable(find):
        return None, "The semantic layer offers no nearest-example lookup."
    try:
        found: Any = find(text)
    except Exception as err:
        log.warning("console: the semantic layer failed on a message (%s)", type(err).__name__)
        return None, "The semantic layer could not look this message up."
    if found is None:
        return None, "The semantic layer knows no example close to this message."
    return Nearest(str(getattr(found, "text", found)), str(getattr(found, "category", "")),
                   float(getattr(found, "score", getattr(found, "similarity", 0.0)) or 0.0)), ""


def try_message(engine: Engine, text: str) -> TryResult:
    text = text[:MAX_TEXT]
    forms = normalize(text)
    detection = engine.analyze(text)
    by_id = {rule.id: rule for rule in engine.rules}
    matches = tuple(
        RuleMatch(h.rule_id, h.category, h.weight, h.pack, by_id[h.rule_id].description if h.rule_id in by_id else "")
        for h in detection.hits)
    nearest, note = semantic_nearest(text)
    return TryResult(text, detection.normalized or forms.full, forms.light, matches, tuple(detection.categories),
                     detection.declared_age, nearest, note)
