"""The look-alike development set held to the figures the packs reached on it.

eval/lookalikes/messages.jsonl holds 470 hard benign look-alikes (adults arranging dates and swapping
numbers, parents, coaches, grandparents on video calls, streamers, safety lessons quoting tactics,
children reporting an approach they blocked, surprise-party secrets, business phone numbers) and 192
close risky twins, in nine languages, written by a helper who had not seen the packs. Its first score
was 87.0% of risky messages caught and 24.9% of look-alikes flagged. The packs were then narrowed by
class of false alarm (unless clauses and guards), which brought the look-alikes flagged to 5.5% with
the same risky messages caught. It is a tuning set now, so these bars only stop a later change from
undoing that work; the honest figure for unseen wording stays the blind batches (eval/README.md).
"""

from __future__ import annotations

from pathlib import Path

from bot.message_eval import by_language, load_message_set, score_messages
from rules import load_default_engine

SET = Path(__file__).resolve().parent.parent.parent / "eval" / "lookalikes" / "messages.jsonl"
_ENGINE = load_default_engine()


def test_lookalike_set_bars() -> None:
    rows = load_message_set(SET)
    s = score_messages(_ENGINE, rows)
    report = s.report("eval/lookalikes/messages.jsonl")
    assert s.caught >= 167, report
    assert s.false_positive_rate <= 0.06, report


def test_no_language_cries_wolf() -> None:
    """Every language keeps its look-alikes flagged under 12%: the narrowing was done in all nine packs."""
    for lang, s in by_language(_ENGINE, load_message_set(SET)).items():
        assert s.false_positive_rate <= 0.12, s.report(f"eval/lookalikes/messages.jsonl [{lang}]")
