"""Finds the literal text every match of a pattern must contain.

The engine feeds these "anchors" to an Aho-Corasick automaton, so that of hundreds of rules only
the few whose anchor occurs in a message run their regular expression. A pattern without a usable
anchor would have to run on every message, which is why the loader rejects it.
"""

from __future__ import annotations

import re
import re._constants as sre_c
import re._parser as sre_parse
from typing import Any, Final

from rules.normalize import is_plain

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
MAX_NAMED_PRODUCT = 1024  # the same for a group the pack author named `anchor` (see _chosen_anchor)
_IN = sre_c.IN
_RANGE = sre_c.RANGE
_NEGATE = sre_c.NEGATE


def _exact(op: Any, av: Any, limit: int = MAX_PRODUCT) -> Alternatives | None:
    """The finite set of strings one item matches exactly, when it has at most `limit`; else None."""
    if op is _LITERAL:
        return frozenset([chr(av).lower()])
    if op is _IN:  # a small class of single characters and ranges ("[0-7]", "[sz]")
        chars: list[str] = []
        for o, v in av:
            if o is _LITERAL:
                chars.append(chr(v))
            elif o is _RANGE and v[1] - v[0] < 8:
                chars.extend(map(chr, range(v[0], v[1] + 1)))
            else:
                return None
        return frozenset(c.lower() for c in chars) if len(chars) <= 8 else None
    if op is _SUBPATTERN:
        return _exact_seq(av[-1], limit)
    if op is _BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _exact_seq(branch, limit)
            if got is None:
                return None
            out |= got
        return frozenset(out) if len(out) <= limit else None
    if op in _REPEATS and op is not None:
        lo, hi, body = av
        if (lo, hi) == (0, 1):
            inner = _exact_seq(body, limit)
            return None if inner is None else inner | {""}
    return None


def _exact_seq(items: Any, limit: int = MAX_PRODUCT) -> Alternatives | None:
    acc: Alternatives = frozenset([""])
    for op, av in items:
        got = _exact(op, av, limit)
        if got is None:
            return None
        acc = frozenset(a + b for a in acc for b in got)
        if len(acc) > limit:
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


ANCHOR_GROUP = "anchor"


def _chosen_anchor(parsed: Any) -> Alternatives | None:
    """The anchor a pack author picked by naming a group `anchor`, if that group is mandatory.

    The automatic choice favours the longest literal, which is not always the rarest: in
    `(?:pay|send|give) ... (?:post|everyone|going to)` it picks the second group, which everyday chat
    is full of. Naming the rare part `(?P<anchor>pay|send|give)` changes no match (a group only
    captures) and wakes the pattern far less often. Only a group in the pattern's main sequence
    counts, since one inside an alternative or an optional part is not in every match.
    """
    gid = parsed.state.groupdict.get(ANCHOR_GROUP)
    if gid is None:
        return None
    for op, av in parsed:
        if op is _SUBPATTERN and av[0] == gid:
            # All the texts the group can match, when they are a known set of moderate size (the
            # author chose the group, so up to MAX_NAMED_PRODUCT of them); else its best part.
            exact = _exact_seq(av[-1], MAX_NAMED_PRODUCT)
            if exact and min(len(a.strip()) for a in exact) >= MIN_ANCHOR:
                return exact
            return _sequence(av[-1])
    return None


def extract_anchors(pattern: str) -> frozenset[str] | None:
    """The literal alternatives one of which every match contains, or None if none is usable.

    Works on the subset of syntax that Python's own parser understands; patterns using `regex`-only
    syntax must name their anchors explicitly.
    """
    try:
        parsed = sre_parse.parse(pattern, 0)
    except Exception:  # noqa: BLE001 - any parse failure just means "cannot see an anchor"
        return None
    alts = _chosen_anchor(parsed) or _sequence(parsed)
    if not alts:
        return None
    if min(len(a.strip()) for a in alts) < MIN_ANCHOR:
        return None
    # An alternative containing another adds nothing: whenever it occurs, the shorter one does too.
    return frozenset(a for a in alts if not any(b != a and b in a for b in alts))


# ----- literal pre-checks ------------------------------------------------------------------------
# The anchor wakes a pattern; before running it, the engine also checks the other literal text every
# match needs. A failed `regex` search costs several times more than a few `in` tests, and broad
# anchors ("my ", "are you") wake many patterns that then fail.

# Syntax that Python's parser would misread as literal text: `regex` fuzzy constraints ("{e<=1}"),
# POSIX classes ("[[:alpha:]]") and nested sets. Patterns using it get no extra literal checks.
_NOT_PLAIN_RE: Final = re.compile(r"\{(?!\d*(?:,\d*)?\})|\[:\^?\w+:\]|\[\[")

MAX_LITERAL_ALTERNATIVES: Final = 24  # testing more costs about as much as the regex search it would save
MAX_LITERAL_SETS: Final = 6
# Non-ASCII characters that match an ASCII letter case-insensitively in `regex` (İ, ſ, the Kelvin
# sign; found by trying every code point), and the dot that lower-casing İ leaves behind.
_FOLDS_TO_ASCII: Final = frozenset("\u0130\u017f\u212a\u0307")


def plain_alternatives(alts: Alternatives) -> tuple[str, ...] | None:
    """The alternatives that can occur in plain text (rules.normalize.is_plain), or None if unsure.

    Plain text is ASCII plus symbols without case. An alternative with any other character (Cyrillic,
    accents, curly quotes) can never match it case-insensitively, unless that character is one of
    _FOLDS_TO_ASCII; so those alternatives are dropped, and an empty result means "cannot match".
    A one-character alternative is only worth a test when it is punctuation ("?", ","): a letter or
    a space is in nearly every message.
    """
    if any(ch in _FOLDS_TO_ASCII for a in alts for ch in a):
        return None
    kept = tuple(sorted(a for a in alts if is_plain(a)))
    # An alternative containing another adds nothing to an `in` test: drop it.
    kept = tuple(a for a in kept if not any(b != a and b in a for b in kept))
    if any(not a or (len(a) == 1 and (a.isalnum() or a.isspace())) for a in kept):
        return None  # too common to be worth testing
    if len(kept) > MAX_LITERAL_ALTERNATIVES:
        return None  # too many to test cheaply
    return kept


def _implied(weaker: tuple[str, ...], stronger: tuple[str, ...]) -> bool:
    """Whether any text holding one of `stronger` surely holds one of `weaker` too."""
    return all(any(w in s for w in weaker) for s in stronger)


def required_literals(source: str, anchors: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Sets of literal text one of each of which every match of `source` contains, besides its anchor.

    Each item of the top-level sequence is mandatory, so each one's literal alternatives (as
    _sequence finds them) must occur in any match. The engine tests them only on plain text, where
    case-insensitive matching of such an alternative is plain lower-case equality (see
    plain_alternatives), so the check never skips a pattern that would have matched.
    """
    if _NOT_PLAIN_RE.search(source):
        return ()
    try:
        parsed = sre_parse.parse(source, 0)
    except Exception:  # noqa: BLE001 - regex-only syntax: no extra checks
        return ()
    # Each item on its own, and each run of items with a small known set of texts glued together
    # ("i" + (?:'?m| am) gives {"i'm", "im", "i am"}): all are necessary; the checks pick the cheapest.
    found: list[Alternatives] = []
    segment: list[tuple[Any, Any]] = []
    for op, av in [*parsed, (None, None)]:
        if op is not None:
            alts = _sequence([(op, av)])
            if alts:
                found.append(alts)
            if _exact(op, av) is not None:
                segment.append((op, av))
                continue
        # The whole run, and every two or three neighbours in it ("1" + [0-7] gives "10".."17").
        for size in (len(segment), 2, 3):
            for start in range(len(segment) - size + 1 if 1 < size <= len(segment) else 0):
                glued = _sequence(segment[start:start + size])
                if glued:
                    found.append(glued)
        segment = []
    # A set that every anchor already contains a member of is satisfied whenever the pattern is woken.
    keep = [kept for alts in found
            if not (anchors and all(any(x in a for x in alts) for a in anchors))
            and (kept := plain_alternatives(alts)) is not None]
    keep = list(dict.fromkeys(keep))
    # A set implied by another one ("ic" by "ich bin ") tests nothing new: keep the stronger one.
    keep = [w for i, w in enumerate(keep)
            if not any(j != i and _implied(w, s) and not (_implied(s, w) and j > i) for j, s in enumerate(keep))]
    # Fewest alternatives first (cheapest to test, and a miss ends the check early), longest first.
    keep.sort(key=lambda alts: (len(alts), -min(map(len, alts), default=0)))
    return tuple(keep[:MAX_LITERAL_SETS])
