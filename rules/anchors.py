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


MAX_PRODUCT = 64  # alternatives an anchor may have before it is not worth the automaton's space
_IN = sre_c.IN
_NEGATE = sre_c.NEGATE


def _exact(op: Any, av: Any) -> Alternatives | None:
    """The finite set of strings one item matches exactly, when it is small; else None."""
    if op is _LITERAL:
        return frozenset([chr(av).lower()])
    if op is _IN:
        if all(o is _LITERAL for o, _ in av) and len(av) <= 8:
            return frozenset(chr(v).lower() for _, v in av)
        return None
    if op is _SUBPATTERN:
        return _exact_seq(av[-1])
    if op is _BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _exact_seq(branch)
            if got is None:
                return None
            out |= got
        return frozenset(out) if len(out) <= MAX_PRODUCT else None
    if op in _REPEATS and op is not None:
        lo, hi, body = av
        if (lo, hi) == (0, 1):
            inner = _exact_seq(body)
            return None if inner is None else inner | {""}
    return None


def _exact_seq(items: Any) -> Alternatives | None:
    acc: Alternatives = frozenset([""])
    for op, av in items:
        got = _exact(op, av)
        if got is None:
            return None
        acc = frozenset(a + b for a in acc for b in got)
        if len(acc) > MAX_PRODUCT:
            return None
    return acc


def _sequence(items: Any) -> Alternatives | None:
    """Best anchor set for a sequence: literal pieces glued across small branches and optional parts
    ("ad" + (dress|dy) gives {"address", "addy"}), or the best anchor found inside one item."""
    cands: list[Alternatives] = []
    acc: Alternatives | None = None

    def close() -> None:
        nonlocal acc
        if acc and min(len(a.strip()) for a in acc) > 0:
            cands.append(acc)
        acc = None

    for op, av in items:
        got = _exact(op, av)
        if got is not None:
            product = frozenset(a + b for a in (acc or {""}) for b in got)
            if len(product) <= MAX_PRODUCT:
                acc = product
                continue
            close()
            acc = got
            continue
        close()
        sub: Alternatives | None = None
        if op is _SUBPATTERN:
            sub = _sequence(av[-1])
        elif op is _ATOMIC and _ATOMIC is not None:
            sub = _sequence(av)
        elif op is _BRANCH:
            alts: set[str] = set()
            for branch in av[1]:
                inner = _sequence(branch)
                if inner is None:
                    alts = set()
                    break
                alts |= inner
            sub = frozenset(alts) if alts else None
        elif op in _REPEATS and op is not None:
            lo, _hi, body = av
            if lo >= 1:
                sub = _sequence(body)
        if sub:
            cands.append(sub)
    close()
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
    # An alternative containing another adds nothing: whenever it occurs, the shorter one does too.
    return frozenset(a for a in alts if not any(b != a and b in a for b in alts))
