"""The cascade's first stage: which messages are worth the sentence encoder's time at all.

The rules read every message in microseconds; the encoder takes about a millisecond a message even
in batches (bench/semantic.py). Run on every message of a busy server or a long export, it would
cost many times the rest of the pipeline, and most of that time would be spent on chat that cannot
matter: adults with adults, friends in a group, one-word replies. A line is kept for a reading
only where meaning can change what moderators hear (and read only once the rules flag its pair,
semantic_signal.py):

- a message the rules flagged (the semantic reading confirms it and quotes the nearest exemplar);
- a message in a pair already at risk (earlier cues: what follows is where a reworded move hides).

Never: a staff member's message, a message to a known adult, a text too short to carry a move
("ok", "lol", "u?": the rules read those). An adult's or unknown person's private lines to a child
were kept too until the rules flagged the pair: on all four labelled conversation sets (development,
held out, blind batches 1 and 2) they brought no alert sooner and cost one benign alert
(rules/semantic/README.md, "The cascade's selectivity"), and they were most of what the model read.
"""

from __future__ import annotations

from typing import Final

from rules.semantic.second_opinion import substantive

__all__ = ["AT_RISK", "FLAGGED", "AT_RISK_PAIR", "REASONS", "gate", "substantive"]

AT_RISK: Final = 0.05  # pair risk from which later lines are kept too (any cue that still counts)

FLAGGED: Final = "flagged by the rules"
AT_RISK_PAIR: Final = "pair already at risk"
REASONS: Final = (FLAGGED, AT_RISK_PAIR)


def gate(*, normalized: str, flagged: bool, pair_risk: float, target_adult: bool, staff: bool) -> str | None:
    """Why this message goes to the model, or None when it does not."""
    if staff or target_adult or not substantive(normalized):
        return None
    if flagged:
        return FLAGGED
    if pair_risk >= AT_RISK:
        return AT_RISK_PAIR
    return None
