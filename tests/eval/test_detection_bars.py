"""Every labelled set held to the figures it reached, so a change that loses recall or adds false alarms fails.

The bars are counts, not rates, taken from the last run of `lookout eval` on each set, rules only (the
suite runs with LOOKOUT_SEMANTIC=off, tests/conftest.py; eval/README.md has the history and the
figures with the layer). The blind batches' *first* scores are in eval/README.md; once scored they are
regression sets like the others, and these bars keep them from sliding back. Raise a bar when a change
earns it; lowering one needs a reason in the commit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]

# path: (fewest risky caught, most look-alikes flagged)
MESSAGE_BARS: dict[str, tuple[int, int]] = {
    "eval/blind/batch1/messages.jsonl": (294, 2),  # of 294 risky, 255 look-alikes
    "eval/blind/batch2/messages.jsonl": (298, 1),  # of 298, 241
    "eval/blind/batch3/messages/messages.jsonl": (309, 13),  # of 318, 284 (blind score: 286, 34)
    "eval/blind/batch4/messages/messages.jsonl": (323, 23),  # of 356, 327 (blind scores: 295, 52; 302, 56)
    "eval/blind/batch5/messages/messages.jsonl": (301, 10),  # of 309, 281 (blind score: 265, 40)
    "eval/blind/batch6/messages/messages.jsonl": (301, 33),  # of 332, 324 (blind score: 298, 47)
    "eval/blind/batch7/messages/messages.jsonl": (371, 47),  # of 396, 388 (blind score: 361, 61)
    "eval/blind/batch8/messages/messages.jsonl": (268, 21),  # of 324, 325 (blind score: 250, 46)
    "eval/blind/batch9/messages/messages.jsonl": (297, 3),  # of 332, 275 (blind score: 215, 66)
    "eval/blind/batch10/messages/messages.jsonl": (324, 58),  # of 375, 331 (blind scores: 321, 69; 323, 60)
    "eval/blind/batch11/messages/messages.jsonl": (320, 39),  # of 391, 303 (blind score: 282, 53)
    "eval/blind/batch12/messages/messages.jsonl": (304, 28),  # of 342, 286 (blind scores: 303, 34; 303, 34)
    "eval/blind/batch13/messages/messages.jsonl": (280, 11),  # of 306, 279 (blind score: 280, 11)
    "eval/blind/batch14/messages/messages.jsonl": (426, 46),  # of 566, 390 (blind score: 413, 46)
    "eval/blind/batch15/messages/messages.jsonl": (242, 29),  # of 273, 251 (blind score: 240, 29)
    "eval/blind/batch16/messages/messages.jsonl": (305, 16),  # of 325, 263 (blind score: 252, 33)
    "eval/blind/batch17/messages/messages.jsonl": (305, 37),  # of 349, 286 (blind scores: 303, 38; 305, 37)
}

# labels: (fewest alerted, fewest on time, most benign alerted)
CONVERSATION_BARS: dict[tuple[str, str], tuple[int, int, int]] = {
    ("eval/labels_grooming.json", "eval/labels_benign.json"): (51, 50, 0),  # of 51 grooming, 72 benign
    ("eval/holdout/labels_grooming.json", "eval/holdout/labels_benign.json"): (16, 14, 0),  # of 16, 26
    ("eval/blind/batch1/labels_grooming.json", "eval/blind/batch1/labels_benign.json"): (28, 26, 0),  # of 28, 42
    ("eval/blind/batch2/labels_grooming.json", "eval/blind/batch2/labels_benign.json"): (31, 30, 0),  # of 31, 42
    ("eval/blind/batch3/conversations/labels_grooming.json",
     "eval/blind/batch3/conversations/labels_benign.json"): (31, 29, 1),  # of 32, 42 (blind score: 29, 25, 2)
    ("eval/blind/batch4/conversations/labels_grooming.json",
     "eval/blind/batch4/conversations/labels_benign.json"): (27, 26, 1),  # of 27, 42 (blind: 27, 26, 1; 27, 26, 3)
    ("eval/blind/batch5/conversations/labels_grooming.json",
     "eval/blind/batch5/conversations/labels_benign.json"): (31, 29, 0),  # of 31, 47 (blind score: 30, 28, 2)
    ("eval/blind/batch6/conversations/labels_grooming.json",
     "eval/blind/batch6/conversations/labels_benign.json"): (25, 23, 2),  # of 28, 44 (blind: 23, 21, 4; 1 wrong person)
    ("eval/blind/batch7/conversations/labels_grooming.json",
     "eval/blind/batch7/conversations/labels_benign.json"): (27, 25, 1),  # of 27, 40 (blind score: 27, 25, 4)
    ("eval/blind/batch8/conversations/labels_grooming.json",
     "eval/blind/batch8/conversations/labels_benign.json"): (27, 24, 4),  # of 27, 49 (blind: 26, 23, 4; 1 wrong person)
    ("eval/blind/batch9/conversations/labels_grooming.json",
     "eval/blind/batch9/conversations/labels_benign.json"): (34, 32, 0),  # of 34, 47 (blind score: 33, 30, 1)
    ("eval/blind/batch10/conversations/labels_grooming.json",
     "eval/blind/batch10/conversations/labels_benign.json"): (29, 27, 1),  # of 31, 44 (blind score: 28, 26, 1)
    ("eval/blind/batch11/conversations/labels_grooming.json",
     "eval/blind/batch11/conversations/labels_benign.json"): (34, 34, 0),  # of 34, 46 (blind score: 33, 33, 4)
    ("eval/blind/batch12/conversations/labels_grooming.json",
     "eval/blind/batch12/conversations/labels_benign.json"): (31, 29, 0),  # of 32, 42 (blind scores: 31, 29, 3 twice)
    ("eval/blind/batch16/conversations/labels_grooming.json",
     "eval/blind/batch16/conversations/labels_benign.json"): (31, 28, 3),  # of 32, 44 (blind score: 29, 26, 7)
    ("eval/blind/batch17/conversations/labels_grooming.json",
     "eval/blind/batch17/conversations/labels_benign.json"): (25, 25, 3),  # of 28, 43 (blind scores: 25, 25, 3 twice)
}

# labels: most benign conversations in which anyone got a safety tip (a tip nobody needed)
TIP_BARS: dict[tuple[str, str], int] = {
    ("eval/labels_grooming.json", "eval/labels_benign.json"): 1,  # of 72 (10 before the tip classes)
    ("eval/holdout/labels_grooming.json", "eval/holdout/labels_benign.json"): 0,  # of 26 (6)
    ("eval/blind/batch1/labels_grooming.json", "eval/blind/batch1/labels_benign.json"): 6,  # of 42 (15)
    ("eval/blind/batch2/labels_grooming.json", "eval/blind/batch2/labels_benign.json"): 3,  # of 42 (7)
    ("eval/blind/batch3/conversations/labels_grooming.json",
     "eval/blind/batch3/conversations/labels_benign.json"): 3,  # of 42 (8)
    ("eval/blind/batch4/conversations/labels_grooming.json",
     "eval/blind/batch4/conversations/labels_benign.json"): 6,  # of 42 (blind scores: 16; 8)
    ("eval/blind/batch5/conversations/labels_grooming.json",
     "eval/blind/batch5/conversations/labels_benign.json"): 3,  # of 47 (blind score: 4)
    ("eval/blind/batch6/conversations/labels_grooming.json",
     "eval/blind/batch6/conversations/labels_benign.json"): 4,  # of 44 (blind score: 6)
    ("eval/blind/batch7/conversations/labels_grooming.json",
     "eval/blind/batch7/conversations/labels_benign.json"): 2,  # of 40 (blind score: 5)
    ("eval/blind/batch8/conversations/labels_grooming.json",
     "eval/blind/batch8/conversations/labels_benign.json"): 9,  # of 49 (blind score: 10)
    ("eval/blind/batch9/conversations/labels_grooming.json",
     "eval/blind/batch9/conversations/labels_benign.json"): 2,  # of 47 (blind score: 3)
    ("eval/blind/batch10/conversations/labels_grooming.json",
     "eval/blind/batch10/conversations/labels_benign.json"): 2,  # of 44 (blind score: 2)
    ("eval/blind/batch11/conversations/labels_grooming.json",
     "eval/blind/batch11/conversations/labels_benign.json"): 4,  # of 46 (blind score: 7)
    ("eval/blind/batch12/conversations/labels_grooming.json",
     "eval/blind/batch12/conversations/labels_benign.json"): 3,  # of 42 (blind score: 6)
    ("eval/blind/batch16/conversations/labels_grooming.json",
     "eval/blind/batch16/conversations/labels_benign.json"): 3,  # of 44 (blind score: 7)
    ("eval/blind/batch17/conversations/labels_grooming.json",
     "eval/blind/batch17/conversations/labels_benign.json"): 7,  # of 43 (blind scores: 7 twice)
}


def _eval_json(paths: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["eval", "--json", *[str(ROOT / p) for p in paths]]) == 0
    figures: dict[str, Any] = json.loads(capsys.readouterr().out)
    return figures


@pytest.mark.parametrize("path", sorted(MESSAGE_BARS))
def test_message_set_holds_its_bar(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    fewest_caught, most_flagged = MESSAGE_BARS[path]
    figures = _eval_json([path], capsys)
    assert figures["caught"] >= fewest_caught, f"{path}: risky caught fell to {figures['caught']} (bar {fewest_caught})"
    assert figures["flagged"] <= most_flagged, f"{path}: flagged rose to {figures['flagged']} (bar {most_flagged})"


@pytest.mark.parametrize("labels", sorted(CONVERSATION_BARS), ids=lambda p: str(Path(p[0]).parent))
def test_conversation_set_holds_its_bar(labels: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    alerted, on_time, benign = CONVERSATION_BARS[labels]
    figures = _eval_json(list(labels), capsys)
    assert figures["files_failed"] == 0
    assert figures["grooming_wrong_suspect"] == 0, f"{labels[0]}: an alert named the wrong person"
    got = (figures["grooming_alerted"], figures["grooming_on_time"], figures["benign_alerted"])
    assert got[0] >= alerted, f"{labels[0]}: {got[0]} alerted (bar {alerted})"
    assert got[1] >= on_time, f"{labels[0]}: {got[1]} on time (bar {on_time})"
    assert got[2] <= benign, f"{labels[0]}: {got[2]} benign alerted (bar {benign})"
    tipped = figures["benign_tipped"]
    assert tipped <= TIP_BARS[labels], f"{labels[0]}: {tipped} benign conversations tipped (bar {TIP_BARS[labels]})"


# path: fewest declared ages read right (the conversation layer's "who is a child" rests on them)
AGE_BARS: dict[str, int] = {
    "eval/blind/batch1/messages.jsonl": 33,  # of 33 with an age
    "eval/blind/batch2/messages.jsonl": 16,  # of 16
    "eval/blind/batch3/messages/messages.jsonl": 33,  # of 33
    "eval/blind/batch4/messages/messages.jsonl": 25,  # of 37 (blind scores: 22; 25)
    "eval/blind/batch5/messages/messages.jsonl": 41,  # of 42 (blind score: 30)
    "eval/blind/batch6/messages/messages.jsonl": 37,  # of 40 (blind score: 37)
    "eval/blind/batch7/messages/messages.jsonl": 21,  # of 25 (blind score: 21)
    "eval/blind/batch8/messages/messages.jsonl": 21,  # of 21 (blind score: 21)
    "eval/blind/batch9/messages/messages.jsonl": 16,  # of 18 (blind score: 16)
    "eval/blind/batch10/messages/messages.jsonl": 23,  # of 30 (blind score: 23)
    "eval/blind/batch11/messages/messages.jsonl": 27,  # of 32 (blind score: 27)
    "eval/blind/batch12/messages/messages.jsonl": 19,  # of 22 (blind score: 19)
    "eval/blind/batch13/messages/messages.jsonl": 18,  # of 20 (blind score: 18)
    "eval/blind/batch14/messages/messages.jsonl": 29,  # of 39 (blind score: 29)
    "eval/blind/batch15/messages/messages.jsonl": 13,  # of 14 (blind score: 13)
    "eval/blind/batch16/messages/messages.jsonl": 36,  # of 37 (blind score: 36)
    "eval/blind/batch17/messages/messages.jsonl": 31,  # of 33 (blind scores: 31 twice)
    "eval/lookalikes/messages.jsonl": 30,  # of 33
}


@pytest.mark.parametrize("path", sorted(AGE_BARS))
def test_message_set_holds_its_age_bar(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    figures = _eval_json([path], capsys)
    assert figures["ages_right"] >= AGE_BARS[path], f"{path}: ages right fell to {figures['ages_right']}"
