"""A learned reading of risk: one direction in the encoder's space, fitted on labelled messages.

Why: the k-NN index compares a line with exemplars we wrote, so it knows the wordings we thought
of. The blind batches (eval/blind) were written by a dozen people who never saw the packs, each
in their own words, with risky lines and the look-alikes that borrow their vocabulary; a logistic
regression on their sentence vectors learns what separates the two across all those writers at
once. Scored leave-one-batch-out (each batch read by a direction fitted without it, as a new
writer's text would be), it sets aside as many look-alikes again as the k-NN second opinion does,
for a fraction of its recall cost (rules/semantic/README.md, "The learned direction").

It only ever *removes* rule hits (rules/semantic/second_opinion.py): a semantic reading alone never
alerts. The weights ship as `risk_direction.json`, fitted by `lookout semantic learn`, which also
prints the leave-one-set-out figures; they hold for one encoder, named in the file, and are
ignored with any other.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from rules.semantic.encoder import Vectors

log = logging.getLogger(__name__)

BUNDLED: Final = Path(__file__).with_name("risk_direction.json")
L2: Final = 1.0  # ridge on the weights: the vectors are unit length, 512 wide, thousands of rows
ITERATIONS: Final = 30
FORMAT: Final = 1


class DirectionError(ValueError):
    """The direction file is unreadable or malformed; the message names the file and the field."""


@dataclass(frozen=True)
class RiskDirection:
    """w·v + b, read through the logistic function: the probability that a line is risky."""

    encoder: str
    weights: npt.NDArray[np.float64]
    bias: float
    trained_on: tuple[dict[str, Any], ...] = ()

    def probability(self, vecs: Vectors) -> npt.NDArray[np.float64]:
        z = np.asarray(vecs, dtype=np.float64) @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0))), dtype=np.float64)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "encoder": self.encoder, "l2": L2, "trained_on": list(self.trained_on),
                "bias": round(self.bias, 7), "weights": [round(float(w), 7) for w in self.weights]}

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")


def fit(vecs: Vectors, risky: Sequence[bool], *, l2: float = L2) -> tuple[npt.NDArray[np.float64], float]:
    """Ridge-penalised logistic regression by Newton's method (deterministic: the same rows give the
    same weights, so a refit can be compared with the shipped file)."""
    x = np.hstack([np.asarray(vecs, dtype=np.float64), np.ones((len(vecs), 1))])
    y = np.asarray(risky, dtype=np.float64)
    if x.shape[0] == 0 or y.min(initial=1.0) == y.max(initial=0.0):
        raise ValueError("fitting a direction needs both risky and benign rows")
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    beta = np.zeros(x.shape[1])
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -40.0, 40.0)))
        grad = x.T @ (p - y) + penalty * beta
        hess = (x * (p * (1.0 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return beta[:-1], float(beta[-1])


def set_digest(texts: Sequence[str], risky: Sequence[bool]) -> str:
    """What a set held when the direction was fitted: a refit on different rows is not comparable."""
    h = hashlib.sha256()
    for text, r in zip(texts, risky, strict=True):
        h.update(f"{int(r)}\t{text}\n".encode())
    return h.hexdigest()[:16]


def load_direction(encoder_name: str, path: Path = BUNDLED) -> RiskDirection | None:
    """The shipped direction when it was fitted with this encoder; None (and a warning) otherwise.
    A missing bundled file is not an error: the layer then reads by its exemplars alone."""
    if not path.exists():
        return None
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
        weights = np.asarray(obj["weights"], dtype=np.float64)
        bias = float(obj["bias"])
        encoder = str(obj["encoder"])
        trained = tuple(dict(s) for s in obj.get("trained_on", []))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DirectionError(f"{path}: not a risk direction file ({exc}); refit it with "
                             "`lookout semantic learn` or delete it") from None
    if weights.ndim != 1 or not np.all(np.isfinite(weights)):
        raise DirectionError(f"{path}: \"weights\" must be a list of numbers")
    if encoder != encoder_name:
        log.warning("risk direction %s was fitted with encoder %s, not %s: not used; refit it with "
                    "`lookout semantic learn`", path, encoder, encoder_name)
        return None
    return RiskDirection(encoder, weights, bias, trained)
