"""Finds the literal text every match of a pattern must contain.

The engine feeds these "anchors" to an Aho-Corasick automaton, so that of hundreds of rules only
the few whose anchor occurs in a message run their regular expression. A pattern without a usable
anchor would have to run on every message, which is why the loader rejects it.
"""

from __future__ import annotations

import re._constants as sre_c
import re._parser as sre_parse
from typing import Any

MIN_ANCHOR = 3

_LITERAL = sre_c.LITERAL
_SUBPATTERN = sre_c.SUBPATTERN
_BRANCH = sre_c.BRANCH
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))
_ATOMIC = getattr(sre_c, "ATOMIC_GROUP", None)

Alternatives = frozenset[str]


def _score(alts: Alternatives) -> tuple[int, int]:
    """Prefer anchors whose shortest alternative has most letters (spaces are weak), then fewer alternatives."""
    return (min(len(a.strip()) for a in alts), -len(alts))


def _best(cands: list[Alternatives]) -> Alternatives | None:
    return max(cands, key=_score) if cands else None


def _sequence(items: Any) -> Alternatives | None:
    cands: list[Alternatives] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            cands.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _LITERAL:
            run.append(chr(av).lower())
            continue
        close_run()
        sub: Alternatives | None = None
        if op is _SUBPATTERN:
            sub = _sequence(av[-1])
        elif op is _ATOMIC and _ATOMIC is not None:
            sub = _sequence(av)
        elif op is _BRANCH:
            alts: set[str] = set()
            for branch in av[1]:
                got = _sequence(branch)
                if got is None:
                    alts = set()
                    break
                alts |= got
            sub = frozenset(alts) if alts else None
        elif op in _REPEATS and op is not None:
            lo, _hi, body = av
            if lo >= 1:
                sub = _sequence(body)
        if sub:
            cands.append(sub)
    close_run()
    return _best(cands)


def extract_anchors(pattern: str) -> frozenset[str] | None:
    """The literal alternatives one of which every match contains, or None if none is usable.

    Works on the subset of syntax that Python's own parser understands; patterns using `regex`-only
    syntax must name their anchors explicitly.
    """
    try:
        parsed = sre_parse.parse(pattern, 0)
    except Exception:  # noqa: BLE001 - any parse failure just means "cannot see an anchor"
        return None
    alts = _sequence(parsed)
    if not alts:
        return None
    if min(len(a.strip()) for a in alts) < MIN_ANCHOR:
        return None
    return alts
