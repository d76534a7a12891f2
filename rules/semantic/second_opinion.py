"""The layer's second opinion on what the rules flagged: a rule hit it reads as ordinary chat is set aside.

Why: on wording the packs were never written for, most false alarms are lines whose words match a
pattern but whose meaning is ordinary ("send me a pic of your cat", a classmate's "add me on snap",
"are you home? mum says dinner"). Patterns cannot tell those apart without a guard for every
wording; the sentence encoder reads them by meaning. On blind batch 4, before anything was tuned on
it, setting such hits aside halved the look-alikes flagged for under a point of recall
(eval/README.md). The pipeline applies it when the layer is on (bot/pipeline/semantic_signal.py),
and `lookout eval` measures it on message sets: both call `overruled`, so the measurement is the
behaviour.

Never set aside: a threat (a missed blackmail costs far more than a false alarm, and threats are
rare in ordinary chat), and a line too short for the model to read reliably ("u alone?", "snap?":
a few words carry too little meaning for a sentence embedding to disagree with a pattern).
"""

from __future__ import annotations

from typing import Final

from rules.semantic.index import SemanticHit
from rules.types import Detection

MIN_CHARS: Final = 12  # a move needs a few words: "are u alone rn" is 14
MIN_WORDS: Final = 3
NEVER_OVERRULED: Final = frozenset({"sextortion"})


def substantive(normalized: str) -> bool:
    """Long enough to hold a move worth a model's reading."""
    return len(normalized) >= MIN_CHARS and normalized.count(" ") >= MIN_WORDS - 1


def needs_reading(det: Detection) -> bool:
    """Whether the layer may set this detection's hits aside at all. When not (a threat, a line too
    short), no reading can change the second opinion, so the live path does not pay a model call for it."""
    return bool(det.hits) and substantive(det.normalized) and not any(h.category in NEVER_OVERRULED for h in det.hits)


def overruled(det: Detection, reading: SemanticHit) -> bool:
    """Whether the layer's reading of this flagged line sets its rule hits aside."""
    return needs_reading(det) and reading.overrules(len({h.rule_id for h in det.hits}))


def set_aside(det: Detection, reading: SemanticHit) -> Detection:
    """The detection with its hits moved to `suppressed`, the way a guard reports what it set aside."""
    why = (f"semantic layer: reads as ordinary chat (best {reading.category.replace('_', ' ')} score "
           f"{reading.score:.2f}, threshold {reading.threshold:.2f}; nearest ordinary example {reading.benign_id}"
           + ("" if reading.risk is None else f"; learned risk {reading.risk:.2f}") + ")")
    return det._replace(hits=(), guard=why, suppressed=det.suppressed + det.hits)
