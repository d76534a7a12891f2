"""`lookout eval --sweep`: grid specs, the Pareto front, and figures identical to a plain eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.sweep import Axis, Row, SweepError, grid, mark_pareto, parse_axis

ROOT = Path(__file__).resolve().parents[2]
DEV = [str(ROOT / "eval" / "labels_grooming.json"), str(ROOT / "eval" / "labels_benign.json")]


def test_ranges_include_their_end_without_float_drift() -> None:
    assert parse_axis("threshold=0.8:1.4:0.1") == Axis("threshold", (0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4))
    assert parse_axis("unknown_context_factor=1.2,1.4") == Axis("unknown_context_factor", (1.2, 1.4))
    axis = parse_axis("fanout_min=2,3")
    assert axis.values == (2, 3) and all(isinstance(v, int) for v in axis.values)


@pytest.mark.parametrize(("spec", "says"), [
    ("treshold=1,2", "not a threshold or a RiskWeights field"),
    ("threshold", "expected NAME=START:STOP:STEP"),
    ("threshold=1:2", "three numbers"),
    ("threshold=2:1:0.1", "STOP >= START"),
    ("threshold=0,1", "above 0"),
    ("fanout_min=2.5", "whole numbers"),
    ("staff_factor=a,b", "must be numbers"),
])
def test_bad_specs_say_what_is_wrong(spec: str, says: str) -> None:
    with pytest.raises(SweepError, match=says) as err:
        parse_axis(spec)
    assert spec in str(err.value)


def test_a_grid_is_the_product_and_refuses_a_field_twice() -> None:
    axes = [parse_axis("threshold=1,2"), parse_axis("staff_factor=0.1,0.2,0.3")]
    assert len(grid(axes)) == 6 and {"threshold": 2.0, "staff_factor": 0.3} in grid(axes)
    with pytest.raises(SweepError, match="twice"):
        grid([parse_axis("threshold=1"), parse_axis("threshold=2")])


def _row(alerted: float, on_time: float, benign: float, delay: float | None) -> Row:
    return Row({}, {"grooming_alerted_pct": alerted, "grooming_on_time_pct": on_time,
                    "benign_alerted_pct": benign, "median_delay_messages": delay})


def test_pareto_marks_only_settings_nothing_beats_everywhere() -> None:
    rows = [_row(100, 90, 3, 0), _row(100, 80, 0, 1), _row(100, 80, 3, 1), _row(90, 90, 3, 0),
            _row(100, 90, 3, 0), _row(50, 10, 0, None)]
    mark_pareto(rows)
    # ties are both kept; the dominated ones (worse or equal everywhere) are not
    assert [r.pareto for r in rows] == [True, True, False, False, True, False]


def test_sweep_rows_match_a_plain_eval_and_the_threshold_matters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--json", *DEV]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert main(["eval", "--json", "--sweep", "threshold=1,40", *DEV]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["setting"] for r in rows] == [{"threshold": 1.0}, {"threshold": 40.0}]
    assert {k: v for k, v in rows[0].items() if k not in ("setting", "pareto")} == plain
    # Only critical moves still alert at a threshold nothing reaches: fewer conversations alert on time.
    assert rows[1]["grooming_on_time"] < rows[0]["grooming_on_time"]
    assert rows[0]["pareto"]


def test_sweep_table_and_bad_spec_through_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--sweep", "unknown_context_factor=1.4", *DEV]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["unknown_context_factor", "alerted%", "on"]
    assert "*" in out.splitlines()[1]  # a single setting is trivially Pareto-best
    assert main(["eval", "--sweep", "nope=1", *DEV]) == 2
    err = capsys.readouterr().err
    assert "'nope' is not a threshold or a RiskWeights field" in err and "staff_factor" in err
