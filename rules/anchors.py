"""Finds the literal text every match of a pattern must contain.

The engine feeds these "anchors" to an Aho-Corasick automaton, so that of hundreds of rules only
the few whose anchor occurs in a message run their regular expression. A pattern without a usable
anchor would have to run on every message, which is why the loader rejects it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from rules.normalize import is_plain
from rules.regex_syntax import (
    Alt,
    Any,
    Assert,
    Atomic,
    Backref,
    CharClass,
    Group,
    Lit,
    Node,
    RegexSyntaxError,
    Repeat,
    Tree,
    is_plain_group,
    parse_cached,
    seq_items,
)

MIN_ANCHOR = 3

Alternatives = frozenset[str]


def _score(alts: Alternatives) -> tuple[int, int]:
    """Prefer anchors whose shortest alternative has most letters (spaces are weak), then fewer alternatives."""
    return (min(len(a.strip()) for a in alts), -len(alts))


def _best(cands: list[Alternatives]) -> Alternatives | None:
    return max(cands, key=_score) if cands else None


MAX_PRODUCT = 64  # alternatives an anchor may have before it is not worth the automaton's space
MAX_NAMED_PRODUCT = 1024  # the same for a group the pack author named `anchor` (see _chosen_anchor)


# ----- the pattern as a list of items ----------------------------------------------------------
# The search below reads a pattern as a sequence of items in which plain `(?:...)` groups are opened
# up, the text all branches of an alternation start with is moved in front of it ("pic|pics" reads
# as "pic" then "" or "s"), and an alternation of single characters is one class: the literal
# pieces then line up next to each other, where gluing can join them.

@dataclass(frozen=True, slots=True)
class _Branch:
    """An alternation whose common start was moved out (see _items); each branch a list of items."""

    branches: tuple[tuple[Item, ...], ...]


Item = Node | _Branch
_FACTORABLE = (Lit, CharClass, Any, Assert, Backref)  # items compared by value when moving a common start out


def _items(node: Node) -> list[Item]:
    out: list[Item] = []
    for item in seq_items(node):
        if isinstance(item, Alt):
            out.extend(_alternation(item))
        else:
            out.append(item)
    return out


def _same(a: Item, b: Item) -> bool:
    return type(a) is type(b) and isinstance(a, _FACTORABLE) and a == b


def _alternation(alt: Alt) -> list[Item]:
    branches = [_items(b) for b in alt.branches]
    out: list[Item] = []
    while all(branches) and all(_same(b[0], branches[0][0]) for b in branches[1:]):
        out.append(branches[0][0])
        branches = [b[1:] for b in branches]
    if all(len(b) == 1 and (isinstance(b[0], Lit) or isinstance(b[0], CharClass) and not b[0].negated)
           for b in branches):
        chars: list[tuple[str, ...]] = []
        for (item,) in branches:
            chars.extend([("char", item.char)] if isinstance(item, Lit) else item.items)  # type: ignore[union-attr]
        out.append(CharClass(tuple(dict.fromkeys(chars))))
    else:
        out.append(_Branch(tuple(tuple(b) for b in branches)))
    return out


def _repeated(rep: Repeat) -> list[Item]:
    """The items a repetition repeats."""
    body = rep.body
    return _items(body.body) if is_plain_group(body) and isinstance(body, Group) else [body]


def _parsed(pattern: str) -> Tree | None:
    try:
        return parse_cached(pattern)
    except RegexSyntaxError:
        return None


def _exact(item: Item, limit: int = MAX_PRODUCT) -> Alternatives | None:
    """The finite set of strings one item matches exactly, when it has at most `limit`; else None."""
    if isinstance(item, Lit):
        return frozenset([item.char.lower()])
    if isinstance(item, CharClass):  # a small class of single characters and ranges ("[0-7]", "[sz]")
        if item.negated:
            return None
        chars: list[str] = []
        for entry in item.items:
            if entry[0] == "char":
                chars.append(entry[1])
            elif entry[0] == "range" and ord(entry[2]) - ord(entry[1]) < 8:
                chars.extend(map(chr, range(ord(entry[1]), ord(entry[2]) + 1)))
            else:
                return None
        return frozenset(c.lower() for c in chars) if len(chars) <= 8 else None
    if isinstance(item, Group):
        return _exact_seq(_items(item.body), limit)
    if isinstance(item, _Branch):
        out: set[str] = set()
        for branch in item.branches:
            got = _exact_seq(branch, limit)
            if got is None:
                return None
            out |= got
        return frozenset(out) if len(out) <= limit else None
    if isinstance(item, Repeat) and (item.lo, item.hi) == (0, 1):
        inner = _exact_seq(_repeated(item), limit)
        return None if inner is None else inner | {""}
    return None


def _exact_seq(items: Sequence[Item], limit: int = MAX_PRODUCT) -> Alternatives | None:
    acc: Alternatives = frozenset([""])
    for item in items:
        got = _exact(item, limit)
        if got is None:
            return None
        acc = frozenset(a + b for a in acc for b in got)
        if len(acc) > limit:
            return None
    return acc


def _sequence(items: Sequence[Item]) -> Alternatives | None:
    """Best anchor set for a sequence: literal pieces glued across small branches and optional parts
    ("ad" + (dress|dy) gives {"address", "addy"}), or the best anchor found inside one item."""
    cands: list[Alternatives] = []
    acc: Alternatives | None = None

    def close() -> None:
        nonlocal acc
        if acc and min(len(a.strip()) for a in acc) > 0:
            cands.append(acc)
        acc = None

    for item in items:
        got = _exact(item)
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
        if isinstance(item, Group | Atomic):
            sub = _sequence(_items(item.body))
        elif isinstance(item, _Branch):
            alts: set[str] = set()
            for branch in item.branches:
                inner = _sequence(branch)
                if inner is None:
                    alts = set()
                    break
                alts |= inner
            sub = frozenset(alts) if alts else None
        elif isinstance(item, Repeat) and item.lo >= 1:
            sub = _sequence(_repeated(item))
        if sub:
            cands.append(sub)
    close()
    return _best(cands)


ANCHOR_GROUP = "anchor"


def _chosen_anchor(tree: Tree, items: list[Item]) -> Alternatives | None:
    """The anchor a pack author picked by naming a group `anchor`, if that group is mandatory.

    The automatic choice favours the longest literal, which is not always the rarest: in
    `(?:pay|send|give) ... (?:post|everyone|going to)` it picks the second group, which everyday chat
    is full of. Naming the rare part `(?P<anchor>pay|send|give)` changes no match (a group only
    captures) and wakes the pattern far less often. Only a group in the pattern's main sequence
    counts, since one inside an alternative or an optional part is not in every match.
    """
    gid = tree.names.get(ANCHOR_GROUP)
    if gid is None:
        return None
    for item in items:
        if isinstance(item, Group) and item.index == gid:
            # All the texts the group can match, when they are a known set of moderate size (the
            # author chose the group, so up to MAX_NAMED_PRODUCT of them); else its best part.
            body = _items(item.body)
            exact = _exact_seq(body, MAX_NAMED_PRODUCT)
            if exact and min(len(a.strip()) for a in exact) >= MIN_ANCHOR:
                return exact
            return _sequence(body)
    return None


def extract_anchors(pattern: str) -> frozenset[str] | None:
    """The literal alternatives one of which every match contains, or None if none is usable.

    Works on the syntax rules.regex_syntax understands; patterns using other `regex` syntax must name
    their anchors explicitly.
    """
    tree = _parsed(pattern)
    if tree is None:
        return None
    items = _items(tree.root)
    alts = _chosen_anchor(tree, items) or _sequence(items)
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

# Syntax whose text looks literal but is not: `regex` fuzzy constraints ("{e<=1}"), POSIX classes
# ("[[:alpha:]]") and nested sets. Patterns using it get no extra literal checks, to be safe.
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
    found = _mandatory_sets(source)
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


MAX_NARROWER = 64  # alternatives a narrower anchor (see narrower_anchor) may have


def narrower_anchor(source: str, anchors: frozenset[str]) -> frozenset[str] | None:
    """A rarer key for the prefilter than `anchors`, when the pattern has one; else None.

    An anchor may be a short word that everyday chat is full of ("see" in "so i can see you",
    "tes" in "je veux voir comment t'es"). When another set of literal text that every match holds
    has, in each of its alternatives, one of the anchors, and is longer, that set occurs in a subset
    of the messages the anchor occurs in, so the pattern is woken less often and never misses a
    match. Only ASCII sets are taken: they read the same in every text form the engine scans.
    """
    if not anchors:
        return None
    shortest = min(len(a.strip()) for a in anchors)
    best: Alternatives | None = None
    for alts in _mandatory_sets(source):
        if not alts or len(alts) > MAX_NARROWER or not all(a.isascii() for a in alts):
            continue
        if min(len(a.strip()) for a in alts) <= shortest or not all(any(x in a for x in anchors) for a in alts):
            continue
        alts = frozenset(a for a in alts if not any(b != a and b in a for b in alts))
        if best is None or _score(alts) > _score(best):
            best = alts
    return best


@functools.lru_cache(maxsize=4096)
def _mandatory_sets(source: str) -> tuple[Alternatives, ...]:
    """Sets of literal text one of each of which every match of `source` contains (unfiltered)."""
    if _NOT_PLAIN_RE.search(source):
        return ()
    tree = _parsed(source)
    if tree is None:
        return ()
    return tuple(_sets_of(_items(tree.root)))


def _sets_of(items: Sequence[Item]) -> list[Alternatives]:
    """The mandatory literal sets of a sequence of items, each item being in every match of it."""
    # Each item on its own, and each run of items with a small known set of texts glued together
    # ("i" + (?:'?m| am) gives {"i'm", "im", "i am"}): all are necessary; the checks pick the cheapest.
    found: list[Alternatives] = []
    segment: list[Item] = []
    for item in [*items, None]:
        if item is not None:
            alts = _sequence([item])
            if alts:
                found.append(alts)
            found.extend(_inner_sets(item))
            if _exact(item) is not None:
                segment.append(item)
                continue
        # The whole run, and every two or three neighbours in it ("1" + [0-7] gives "10".."17").
        for size in (len(segment), 2, 3):
            for start in range(len(segment) - size + 1 if 1 < size <= len(segment) else 0):
                glued = _sequence(segment[start:start + size])
                if glued:
                    found.append(glued)
        segment = []
    return found


def _inner_sets(item: Item) -> list[Alternatives]:
    r"""Mandatory sets inside one mandatory item that _sequence, which keeps one best set, leaves out.

    A group's (or a repetition's) body is in every match, so all of its sets are; an alternation
    needs one set per branch, and their union is then mandatory. Per branch the set cheapest to test
    on plain text is taken: in `a (?P<age>\d+) ans|b (?P<age>\d+) ans` the branches' best sets are
    "a " and "b ", but " ans" serves both, and a message without it (a date, a score) is not
    searched at all. Lookarounds are not entered: their text is not part of the match.
    """
    if isinstance(item, Group | Atomic):
        return _sets_of(_items(item.body))
    if isinstance(item, Repeat) and item.lo >= 1:
        return _sets_of(_repeated(item))
    if not isinstance(item, _Branch):
        return []
    union: set[str] = set()
    for branch in item.branches:
        ranked = [(cost, alts) for alts in _sets_of(branch) if alts and (cost := _plain_cost(alts)) is not None]
        if not ranked:
            return []  # no usable literal text in a branch: nothing is mandatory across the alternation
        union |= min(ranked, key=lambda pair: pair[0])[1]
        if len(union) > MAX_PRODUCT:
            return []
    return [frozenset(union)]


MIN_BRANCH_LITERAL: Final = 3  # shorter text ("do", "no ") is in most messages: testing it filters nothing


def _plain_cost(alts: Alternatives) -> tuple[int, int] | None:
    """How a branch's set ranks as its share of an alternation's set (lower is better): fewest `in`
    tests on plain text (see plain_alternatives), then the longest shortest alternative. None when
    it is of no use there: unusable on plain text, or holding text too short to be rare."""
    kept = plain_alternatives(alts)
    if kept is None or any(len(a.strip()) < MIN_BRANCH_LITERAL for a in kept):
        return None
    return (len(kept), -min(map(len, kept), default=0))
