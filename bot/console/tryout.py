""""Try a message" on the rules page: what each layer of detection makes of one text.

Why: a moderator who wonders why something alerted (or did not) can paste a line and see the
normalised text the rules read, each rule that matched, and, when the semantic layer is installed,
the nearest example it knows. The semantic layer is optional (`rules.semantic`, a separate part
that may be absent or fail to load): its absence is said, never an error.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from dataclasses import dataclass
from typing import Any

from rules.engine import Engine
from rules.normalize import normalize

log = logging.getLogger(__name__)

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
    text: str  # the nearest risky exemplar: the layer's "why"
    category: str
    similarity: float
    score: float  # risky minus benign similarity; it counts as a hit from `threshold` on
    threshold: float
    hit: bool


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


def semantic_nearest(text: str, enabled: bool = True) -> tuple[Nearest | None, str]:
    """The semantic layer's nearest exemplar, if the layer is importable, on and answers; else why not.

    Blocking (the first call loads the model): call it from a worker thread.
    """
    if not enabled:
        return None, "The semantic layer is turned off in this configuration ([detection] semantic)."
    try:
        module = importlib.import_module("rules.semantic")
    except ImportError:
        return None, "The semantic layer is not installed here."
    except Exception as err:  # a broken optional layer must not break the rules page
        log.warning("console: the semantic layer failed to load (%s)", type(err).__name__)
        return None, "The semantic layer failed to load; see the log."
    shared = getattr(module, "shared_index", None)
    if not callable(shared):
        return None, "This version of the semantic layer offers no nearest-example lookup."
    try:
        found: Any = shared().score_texts([text])[0]
    except Exception as err:  # SemanticUnavailable (its encoder is not installed), or a failure
        if type(err).__name__ == "SemanticUnavailable":
            return None, f"The semantic layer is unavailable here: {err}"
        log.warning("console: the semantic layer failed on a message (%s)", type(err).__name__)
        return None, "The semantic layer could not read this message; see the log."
    return Nearest(str(found.nearest_text), str(found.category), float(found.similarity), float(found.score),
                   float(found.threshold), bool(found.hit)), ""


async def try_message(engine: Engine, text: str, *, semantic: bool = True) -> TryResult:
    text = text[:MAX_TEXT]
    forms = normalize(text)
    detection = engine.analyze(text)
    by_id = {rule.id: rule for rule in engine.rules}
    matches = tuple(
        RuleMatch(h.rule_id, h.category, h.weight, h.pack, by_id[h.rule_id].description if h.rule_id in by_id else "")
        for h in detection.hits)
    nearest, note = await asyncio.to_thread(semantic_nearest, text, semantic)
    return TryResult(text, detection.normalized or forms.full, forms.light, matches, tuple(detection.categories),
                     detection.declared_age, nearest, note)
