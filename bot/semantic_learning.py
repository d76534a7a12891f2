"""`lookout semantic learn`: fit the learned risk direction on labelled message sets, and measure it
the honest way first.

Why here and not in rules/semantic: fitting needs the labelled sets (eval/, bot/message_eval.py) and
the measurement needs the rules' hits, since the direction only ever sets rule hits aside; the
fitted weights themselves are plain data that rules/semantic/risk_direction.py reads.

The measurement is leave-one-set-out: each set is read by a direction fitted on all the others, as
a new writer's text would be, and the figures compare what the bot would act on with the exemplars'
second opinion alone and with the direction beside it. Those figures, not the ones of a direction
fitted on everything, are the ones to quote.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bot.message_eval import Labelled, load_message_set
from rules.engine import Engine
from rules.semantic import SemanticHit, SemanticIndex
from rules.semantic.index import RISK_FLOOR
from rules.semantic.risk_direction import BUNDLED, RiskDirection, fit, set_digest
from rules.semantic.second_opinion import needs_reading, overruled, read_by_meaning
from rules.types import Detection


@dataclasses.dataclass
class _Set:
    path: str
    rows: list[Labelled]
    dets: list[Detection]
    vecs: np.ndarray
    readings: list[SemanticHit]

    @property
    def risky(self) -> list[bool]:
        return [r.risky for r in self.rows]


def _load(paths: Sequence[str], engine: Engine, index: SemanticIndex) -> list[_Set]:
    if index.encoder is None:
        raise RuntimeError("learning a direction needs the index's encoder")
    out = []
    for path in paths:
        rows = load_message_set(path)
        dets = engine.analyze_many([r.text for r in rows])
        # What the pipeline reads: the rules' normalised text (SemanticIndex.score_normalized).
        vecs = index.encoder.encode([d.normalized or " " for d in dets])
        readings = [dataclasses.replace(h, risk=None) for h in index.score_vectors(vecs)]
        out.append(_Set(path, rows, dets, np.asarray(vecs), readings))
    return out


def _acted(s: _Set, risk: np.ndarray | None, floor: float, *, clear: bool = False) -> tuple[int, int]:
    """(risky caught, look-alikes flagged) by the rules' hits the second opinion lets stand, and with
    `clear`, by the readings of silent lines too (second_opinion.read_by_meaning)."""
    caught = flagged = 0
    for i, (row, det, reading) in enumerate(zip(s.rows, s.dets, s.readings, strict=True)):
        if risk is not None:
            reading = dataclasses.replace(reading, risk=float(risk[i]))
        found = set() if _overruled_at(det, reading, floor) else set(det.categories)
        if clear and not det.hits:
            found = set(read_by_meaning(det, reading).categories)
        if row.risky:
            caught += bool(found & set(row.categories))
        else:
            flagged += bool(found)
    return caught, flagged


def _overruled_at(det: Detection, reading: SemanticHit, floor: float) -> bool:
    """As second_opinion.overruled (SemanticHit.overrules), with the direction's floor a parameter of the sweep."""
    if reading.risk is not None and reading.risk < floor and needs_reading(det):
        return True
    return overruled(det, dataclasses.replace(reading, risk=None))


def _fit(sets: Sequence[_Set]) -> tuple[np.ndarray, float]:
    return fit(np.vstack([s.vecs for s in sets]), [r for s in sets for r in s.risky])


def learn(paths: Sequence[str], engine: Engine, index: SemanticIndex, *, floors: Sequence[float] = (RISK_FLOOR,),
          out: Path | None = BUNDLED, check: bool = False) -> tuple[str, int]:
    """The report, and the exit status: with `check`, 1 when the shipped direction is not what these
    sets give (refit and commit it); otherwise the direction is written to `out`."""
    if len(paths) < 2:
        raise ValueError("name at least two labelled message sets: each is measured by a direction fitted "
                         "on the others")
    sets = _load(paths, engine, index)
    lines = ["leave-one-set-out (risky caught / look-alikes flagged, as the bot acts on them):",
             "  set" + " " * 46 + "rules  exemplars  " + "  ".join(f"direction<{f:g}" for f in floors)
             + "  +clear readings"]
    totals = np.zeros((3 + len(floors), 2), dtype=int)
    for k, held in enumerate(sets):
        w, b = _fit([s for j, s in enumerate(sets) if j != k])
        risk = RiskDirection(index.encoder.name if index.encoder else "", w, b).probability(held.vecs)
        pairs = list(zip(held.rows, held.dets, strict=True))
        rules_only = (sum(bool(set(d.categories) & set(r.categories)) for r, d in pairs if r.risky),
                      sum(bool(d.categories) for r, d in pairs if not r.risky))
        figures = ([rules_only, _acted(held, None, RISK_FLOOR)] + [_acted(held, risk, f) for f in floors]
                   + [_acted(held, risk, RISK_FLOOR, clear=True)])
        totals += np.array(figures)
        n_risky = sum(held.risky)
        lines.append(f"  {held.path:<48} " + "  ".join(f"{c:>4}/{f:<5}" for c, f in figures)
                     + f"   of {n_risky} risky, {len(held.rows) - n_risky} benign")
    lines.append(f"  {'all':<48} " + "  ".join(f"{c:>4}/{f:<5}" for c, f in totals))
    w, b = _fit(sets)
    trained = tuple({"set": s.path, "rows": len(s.rows), "digest": set_digest([r.text for r in s.rows], s.risky)}
                    for s in sets)
    direction = RiskDirection(index.encoder.name if index.encoder else "", w, b, trained)
    if check:
        shipped = index.direction
        same = (shipped is not None and list(shipped.trained_on) == list(trained)
                and float(np.abs(shipped.weights - np.round(w, 7)).max()) < 1e-5 and abs(shipped.bias - b) < 1e-5)
        lines.append("the shipped direction is what these sets give" if same else
                     "the shipped direction differs from a refit on these sets: run `lookout semantic learn` "
                     "with them and commit rules/semantic/risk_direction.json")
        return "\n".join(lines), 0 if same else 1
    if out is not None:
        direction.save(out)
        lines.append(f"fitted on all {sum(len(s.rows) for s in sets)} rows; written to {out}")
    else:
        lines.append(json.dumps(direction.to_json())[:200] + "…")
    return "\n".join(lines), 0
