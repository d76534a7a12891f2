"""RiskWeights: the scoring numbers are the pipeline's, by name, and changing one changes decisions."""

from __future__ import annotations

import ast
from dataclasses import FrozenInstanceError, fields, replace
from pathlib import Path

import pytest

from bot.pipeline import Pipeline, RiskWeights
from rules.engine import Engine
from tests.pipeline.conftest import Chat, person

# The risk formula lives in the pipeline, in its context signals (signals.py) and, for what the
# semantic layer may count, in semantic_signal.py.
PIPELINE_DIR = Path(__file__).resolve().parents[2] / "bot" / "pipeline"
PIPELINE_SOURCES = [PIPELINE_DIR / "pipeline.py", PIPELINE_DIR / "signals.py", PIPELINE_DIR / "semantic_signal.py"]


def test_every_weight_is_read_by_the_pipeline() -> None:
    """A weight that nothing reads would be swept for nothing (and its reason would lie)."""
    src = "\n".join(p.read_text(encoding="utf-8") for p in PIPELINE_SOURCES)
    unused = [f.name for f in fields(RiskWeights) if f".{f.name}" not in src]
    assert not unused, f"RiskWeights fields the pipeline never reads: {unused}"


def test_no_bare_multiplier_left_in_the_risk_formula() -> None:
    """`f *= 0.8` and friends must name their weight: the formula reads from RiskWeights only."""
    bare = [f"{path.name}:{node.lineno}" for path in PIPELINE_SOURCES
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Mult)
            and isinstance(node.value, ast.Constant)]
    assert not bare, f"bare multipliers at {bare}"


def test_weights_are_frozen() -> None:
    with pytest.raises(FrozenInstanceError):
        RiskWeights().staff_factor = 1.0  # type: ignore[misc]


def test_changing_a_weight_changes_the_decision(engine: Engine) -> None:
    mod = person("mod", "Moderator", staff=True)
    kid = person("kid", "13-15")
    lines = [(kid, "someone asked me weird stuff"), (mod, "are you alone? add me on snap"),
             (mod, "send me a pic"), (mod, "don't tell anyone")]

    def alerts(weights: RiskWeights) -> int:
        p, c = Pipeline(engine, weights=weights), Chat()
        return sum(d.kind == "alert" for who, text in lines for d in p.process(c.say(who, text)))

    assert alerts(RiskWeights()) == 0  # staff quoting tactics is damped ...
    assert alerts(replace(RiskWeights(), staff_factor=1.0)) > 0  # ... by staff_factor, and only by it
