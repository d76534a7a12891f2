"""`lookout eval --sweep`: replay the labelled corpus over a grid of thresholds and risk weights.

Hand-set weights drift towards whatever conversation was debugged last. A sweep shows the whole
trade-off instead: for each setting, how many grooming conversations alert, how many alert at or
before the critical move, how many benign ones alert, and how late the first alert comes. The
settings no other setting beats on all four at once (the Pareto front) are marked; choosing
among them is a judgement the table makes visible, not one it makes.

The engine reads each message once (bot.evaluate.prepare); only the conversation layer is replayed
per setting, so a grid of a hundred settings over the development corpus takes a minute or two.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from bot.evaluate import Label, Prepared, prepare, replay, report
from bot.pipeline import Pipeline, Policy, RiskWeights
from rules.engine import Engine

THRESHOLD = "threshold"  # the one swept value that lives in Policy rather than RiskWeights
MAX_SETTINGS = 2_000
_WEIGHT_TYPES: dict[str, type] = {f.name: int if f.type in (int, "int") else float for f in fields(RiskWeights)}


class SweepError(ValueError):
    """A --sweep spec that cannot be used; the message names the spec and what would work."""


@dataclass(frozen=True, slots=True)
class Axis:
    name: str
    values: tuple[float, ...]


@dataclass(slots=True)
class Row:
    setting: dict[str, float]
    figures: dict[str, Any]
    pareto: bool = False


def parse_axis(spec: str) -> Axis:
    """`name=start:stop:step` (stop included) or `name=v1,v2,...`."""
    name, sep, values = spec.partition("=")
    name = name.strip()
    known = (THRESHOLD, *_WEIGHT_TYPES)
    if not sep or not values.strip():
        raise SweepError(f"--sweep {spec!r}: expected NAME=START:STOP:STEP or NAME=V1,V2,...")
    if name not in known:
        raise SweepError(f"--sweep {spec!r}: {name!r} is not a threshold or a RiskWeights field; "
                         f"choose from: {', '.join(known)}")
    try:
        if ":" in values:
            parts = [Decimal(v) for v in values.split(":")]
            if len(parts) != 3:
                raise SweepError(f"--sweep {spec!r}: a range is START:STOP:STEP (three numbers)")
            start, stop, step = parts
            if step <= 0 or stop < start:
                raise SweepError(f"--sweep {spec!r}: a range needs STEP > 0 and STOP >= START")
            count = int((stop - start) / step) + 1
            if count > MAX_SETTINGS:
                raise SweepError(f"--sweep {spec!r}: {count} values; at most {MAX_SETTINGS}")
            numbers = [start + i * step for i in range(count)]  # Decimal: 0.8 + 6 * 0.1 is exactly 1.4
        else:
            numbers = [Decimal(v) for v in values.split(",") if v.strip()]
    except InvalidOperation:
        raise SweepError(f"--sweep {spec!r}: values must be numbers") from None
    if not numbers:
        raise SweepError(f"--sweep {spec!r}: no values")
    kind = _WEIGHT_TYPES.get(name, float)
    if kind is int and any(n != n.to_integral_value() for n in numbers):
        raise SweepError(f"--sweep {spec!r}: {name} takes whole numbers")
    if any(n <= 0 for n in numbers) and name == THRESHOLD:
        raise SweepError(f"--sweep {spec!r}: the threshold must be above 0")
    return Axis(name, tuple(kind(n) for n in dict.fromkeys(numbers)))


def grid(axes: Sequence[Axis]) -> list[dict[str, float]]:
    names = [a.name for a in axes]
    if len(set(names)) != len(names):
        raise SweepError(f"--sweep: {names} names a field twice; give each field once")
    size = math.prod(len(a.values) for a in axes)
    if size > MAX_SETTINGS:
        raise SweepError(f"--sweep: {size} settings in the grid; at most {MAX_SETTINGS} (use fewer values)")
    return [dict(zip(names, combo, strict=True)) for combo in itertools.product(*(a.values for a in axes))]


def run(prepared: list[Prepared], engine: Engine, policy: Policy, weights: RiskWeights,
        axes: Sequence[Axis], semantic: Callable[[], Any] | None = None) -> list[Row]:
    """One row of figures per setting of the grid; the Pareto-best rows are marked."""
    rows = []
    for setting in grid(axes):
        pol = replace(policy, threshold=setting[THRESHOLD]) if THRESHOLD in setting else policy
        changes: dict[str, Any] = {k: v for k, v in setting.items() if k != THRESHOLD}
        w = replace(weights, **changes)

        def new_pipeline(pol: Policy = pol, w: RiskWeights = w) -> Pipeline:
            return Pipeline(engine, lambda _community: pol, w, semantic=semantic() if semantic else None)

        _text, figures = report(replay(prepared, new_pipeline))
        rows.append(Row(setting, figures))
    mark_pareto(rows)
    return rows


def _objectives(row: Row) -> tuple[float, float, float, float]:
    """All four as "higher is better"; a setting that never alerts has the worst possible delay."""
    f = row.figures
    delay = f["median_delay_messages"]
    return (f["grooming_alerted_pct"], f["grooming_on_time_pct"], -f["benign_alerted_pct"],
            -(delay if delay is not None else math.inf))


def mark_pareto(rows: list[Row]) -> None:
    """A row is Pareto-best when no other row is at least as good on every objective and better on one."""
    objs = [_objectives(r) for r in rows]
    for row, mine in zip(rows, objs, strict=True):
        row.pareto = not any(all(o >= m for o, m in zip(other, mine, strict=True)) and other != mine
                             for other in objs)


def table(rows: list[Row]) -> str:
    names = list(rows[0].setting) if rows else []
    head = [*names, "alerted%", "on time%", "benign%", "tipped%", "delay", ""]
    body = []
    for r in rows:
        f = r.figures
        delay = f["median_delay_messages"]
        body.append([*(f"{r.setting[n]:g}" for n in names), f"{f['grooming_alerted_pct']:.1f}",
                     f"{f['grooming_on_time_pct']:.1f}", f"{f['benign_alerted_pct']:.1f}",
                     f"{f['benign_tipped_pct']:.1f}", f"{delay:+g}" if delay is not None else "n/a",
                     "*" if r.pareto else ""])
    widths = [max(len(str(c)) for c in col) for col in zip(head, *body, strict=True)]
    lines = ["  ".join(str(c).rjust(w) for c, w in zip(line, widths, strict=True)).rstrip()
             for line in (head, *body)]
    lines.append("* Pareto-best: no other setting is as good on alerted%, on time%, benign% and delay "
                 "and better on one (tipped% is shown, not ranked)")
    return "\n".join(lines)


def main(specs: Sequence[str], labels: list[Label], engine: Engine, policy: Policy, *, as_json: bool = False,
         out: Any = None, semantic: Callable[[], Any] | None = None) -> int:
    """The `lookout eval --sweep` command: 0 on success, 2 on a bad spec (reported on stderr)."""
    import sys

    try:
        axes = [parse_axis(s) for s in specs]
        grid(axes)  # reject a bad grid before the corpus is read
    except SweepError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    prepared = prepare(labels, engine)
    rows = run(prepared, engine, policy, RiskWeights(), axes, semantic)
    write = (out or sys.stdout).write
    if as_json:
        for r in rows:
            write(json.dumps({"setting": r.setting, "pareto": r.pareto, **r.figures}) + "\n")
    else:
        write(table(rows) + "\n")
    failed = [p for p in prepared if p.error]
    for p in failed:
        print(f"error: {p.error}", file=sys.stderr)
    return 1 if failed else 0
