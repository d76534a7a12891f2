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
from rules.types import Detection, RuleHit

MIN_CHARS: Final = 12  # a move needs a few words: "are u alone rn" is 14
MIN_WORDS: Final = 3
NEVER_OVERRULED: Final = frozenset({"sextortion"})
READ_WEIGHT: Final = 0.5  # a move read by meaning weighs less than most rules' hits (RiskWeights.semantic_move_weight)


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


def read_by_meaning(det: Detection, reading: SemanticHit) -> Detection:
    """A line the rules left silent, with one hit of the category both readings agree it is
    (SemanticHit.confident; rule id `semantic.<category>`); any other line unchanged.

    Why: on a new writer's wording the rules miss about one risky line in five, and where the
    exemplars and the learned direction both read a move clearly they are rarely both wrong (blind
    batches, leave-one-batch-out: rules/semantic/README.md). `lookout check` and the message
    figures of `lookout eval` read every line; the pipeline reads lines only where its cascade
    sends them (bot/pipeline/semantic_signal.py), and a reading never alerts by itself there."""
    if det.hits or not substantive(det.normalized) or not reading.confident:
        return det
    return det._replace(hits=(meaning_hit(det, reading.category, READ_WEIGHT),))


def meaning_hit(det: Detection, category: str, weight: float) -> RuleHit:
    """The hit a move read by meaning carries (rule id `semantic.<category>`, the whole line matched),
    here and in the pipeline's move reading (bot/pipeline/semantic_signal.py), so both read alike."""
    return RuleHit(f"semantic.{category}", category, weight, "semantic", 0, len(det.normalized), det.normalized)


def acted_on(det: Detection, reading: SemanticHit) -> Detection:
    """The detection with the layer's say: rule hits it reads as ordinary set aside, and a silent line
    it reads clearly as a move given that move."""
    return set_aside(det, reading) if overruled(det, reading) else read_by_meaning(det, reading)
