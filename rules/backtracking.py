"""Finds repetitions that can match one text in many ways: the patterns that backtrack exponentially.

The `regex` module, like every backtracking matcher, tries the ways a pattern can match one after
another. In `(?:a |a new |new )*` the text "a new " can be matched as one item or as two, so n such
words can be matched in about 2^n ways, and when the rest of the pattern then fails the matcher tries
them all: a 190-character message took over a minute. That is a property of the pattern, not of the
message, so it is found when a pack is loaded, not when an attacker sends the message.

How: the pattern becomes a position automaton (Glushkov's construction: one state per character class
of the pattern, an edge wherever one can follow another), counting edges that the pattern can take
in more than one way (`(?:\\w+ ?)*` can go from one letter to the next inside `\\w+` or by starting
a new round of `*`). A repetition is ambiguous in the sense that costs exponential time exactly when
some state can return to itself along two different paths reading the same text; two copies of the
automaton run in step (pairs of states) find that: a cycle through a pair of equal states that also
passes through a pair of different ones, or takes two different edges between equal ones.

What is approximated, always towards refusing: lookarounds and `\\b` are read as matching anywhere
(their own bodies are checked on their own), atomic groups and possessive repetitions as ordinary
ones, a back-reference as any text, and any repetition with an upper bound of two or more as an
unbounded one (ten rounds of an ambiguous group already mean a thousand ways). Polynomial
backtracking (`\\w+\\s?\\w+` tries about n² ways) is not refused: windows of bounded size and the
time limit on every search (rules.engine) keep it in check.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

import regex

from rules.regex_syntax import (
    ASCII,
    DOTALL,
    IGNORECASE,
    Alt,
    Any,
    Assert,
    Atomic,
    Backref,
    CharClass,
    Group,
    Lit,
    Look,
    Node,
    RegexSyntaxError,
    Repeat,
    Seq,
    Tree,
    children,
    parse_cached,
)

_MAX_UNICODE: Final = 0x110000
MAX_POSITIONS: Final = 20_000  # character classes in one pattern; more is refused as too large to check


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A repetition that can match the same text in several ways."""

    repetition: str  # the part of the pattern that repeats, as written
    example: str  # a text one round-trip of which can be matched in two ways

    def describe(self) -> str:
        return (f"the repetition {self.repetition!r} can match the same text in more than one way "
                f"(for example {self.example!r}), so a crafted message could make this pattern run for "
                "minutes")


ADVICE: Final = ("rewrite it so that each repeated part can match a given text only one way: drop "
                 "alternatives that other alternatives already spell out (\"a new \" is \"a \" then "
                 "\"new \"), and end a repeated word with a separator the word cannot contain "
                 "(\"(?:\\w+ )*\", not \"(?:\\w+ ?)*\")")


class TooComplex(ValueError):
    """The pattern has more character classes than MAX_POSITIONS."""


@functools.lru_cache(maxsize=8192)
def find_ambiguity(pattern: str, *, ignorecase: bool = True) -> Ambiguity | None:
    """The first exponentially ambiguous repetition of `pattern`, or None if there is none.

    Raises rules.regex_syntax.RegexSyntaxError when the pattern uses syntax the parser does not know
    (the caller decides whether that is acceptable), and TooComplex for enormous patterns. Cached:
    the same packs are loaded many times in one process (tests, `lookout rules test`).
    """
    tree = parse_cached(pattern)
    return _first_ambiguity(tree, tree.root, IGNORECASE if ignorecase else 0)


def _first_ambiguity(tree: Tree, root: Node, extra: int) -> Ambiguity | None:
    for loop in _outer_loops(root):
        if isinstance(loop.body, Lit | CharClass | Any):
            continue  # one character class repeated: one way to match any text
        found = _Automaton(tree, loop, extra).ambiguity()
        if found is not None:
            # Name the innermost repetition that is ambiguous on its own, when there is one
            # (`(?:a|a)*` inside a long group), rather than the whole enclosing one.
            return _first_ambiguity(tree, loop.body, extra) or found
    return None


# ----- bounded patterns -------------------------------------------------------------------------

_MAX_COUNT: Final = 10**12  # beyond this a bound is useless anyway


@functools.lru_cache(maxsize=8192)
def search_cost(pattern: str) -> tuple[int, bool] | None:
    """An upper bound on the steps one match attempt of `pattern` can take, and whether attempts can
    only start at the beginning of the text; None when there is no bound (a repetition without an
    upper limit, a back-reference, syntax the parser does not read).

    A pattern made only of bounded parts has finitely many ways to match from one position, each a
    bounded number of steps, whatever the text: `\\b(?P<age>\\d{1,2})f\\b` at most 2 ways of 4 steps.
    The engine uses this to skip the time limit where a search provably ends far sooner (the limit
    costs a few microseconds of clock reads per search, more than such a search itself).
    """
    try:
        tree = parse_cached(pattern)
    except RegexSyntaxError:
        return None
    bound = _cost(tree.root)
    if bound is None:
        return None
    ways, steps = bound
    first = tree.root.items[0] if isinstance(tree.root, Seq) and tree.root.items else tree.root
    anchored = isinstance(first, Assert) and first.kind in ("^", "\\A")
    return min(ways * steps, _MAX_COUNT), anchored


def _cost(node: Node) -> tuple[int, int] | None:
    """(ways to match from one position, most steps along one way), or None if unbounded.

    A lookaround is one way whose cost is all the work of its own body.
    """
    if isinstance(node, Lit | CharClass | Any | Assert):
        return 1, 1
    if isinstance(node, Group | Atomic):
        return _cost(node.body)
    if isinstance(node, Look):
        inner = _cost(node.body)
        return None if inner is None else (1, min(inner[0] * inner[1], _MAX_COUNT))
    if isinstance(node, Seq | Alt):
        parts = [_cost(n) for n in (node.items if isinstance(node, Seq) else node.branches)]
        if any(p is None for p in parts):
            return None
        known = [p for p in parts if p is not None]
        if isinstance(node, Seq):
            ways, steps = 1, 0
            for w, c in known:
                ways, steps = min(ways * w, _MAX_COUNT), steps + c
            return ways, steps
        return min(sum(w for w, _c in known), _MAX_COUNT), max((c for _w, c in known), default=0)
    if isinstance(node, Repeat):
        inner = _cost(node.body)
        if inner is None or node.hi is None:
            return None
        w, c = inner
        ways = sum(min(w ** k, _MAX_COUNT) for k in range(node.lo, min(node.hi, 64) + 1))
        return (min(ways, _MAX_COUNT) if node.hi <= 64 else _MAX_COUNT), node.hi * c + 1
    return None  # back-references


def _walk(root: Node) -> Iterator[Node]:
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(children(node))


def _is_loop(node: Node) -> bool:
    return isinstance(node, Repeat) and (node.hi is None or node.hi >= 2)


def _outer_loops(root: Node) -> Iterator[Repeat]:
    """The repetitions not inside another one, counting a lookaround's body as a pattern of its own.

    Every cycle of the automaton lies inside one of these, so each is checked on its own.
    """
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, in_loop = stack.pop()
        if _is_loop(node) and not in_loop:
            assert isinstance(node, Repeat)
            yield node
            in_loop = True
        for child in children(node):
            stack.append((child, False if isinstance(child, Look) else in_loop))


# ----- what a character class matches --------------------------------------------------------

class _Atom:
    """One position's character class, with what it takes to tell whether two of them overlap."""

    __slots__ = ("char", "source", "flags", "compiled")

    def __init__(self, char: str | None, source: str, flags: int) -> None:
        self.char = char  # the character, for a literal
        self.source = source
        self.flags = flags
        self.compiled = regex.compile(source, _regex_flags(flags))

    def sample(self) -> str:
        if self.char is not None:
            return self.char
        for friendly in "ae0 .":
            if self.compiled.fullmatch(friendly):
                return friendly
        first = _intervals(self.source, self.flags)
        return chr(first[0][0]) if first else "?"


def _regex_flags(flags: int) -> int:
    out: int = regex.V0
    if flags & IGNORECASE:
        out |= regex.IGNORECASE
    if flags & DOTALL:
        out |= regex.DOTALL
    if flags & ASCII:
        out |= regex.ASCII
    return out


@functools.cache
def _universe() -> str:
    """Every code point, once, in order: scanning it tells exactly which characters a class matches."""
    return "".join(map(chr, range(_MAX_UNICODE)))


@functools.cache
def _intervals(source: str, flags: int) -> tuple[tuple[int, int], ...]:
    """The code points a one-character class matches, as sorted [start, end) intervals.

    Asked of `regex` itself (a few milliseconds per distinct class, cached), so case folding,
    Unicode properties and negation mean exactly what they mean when the pattern runs.
    """
    runs = regex.compile(f"(?:{source})+", _regex_flags(flags))
    return tuple((m.start(), m.end()) for m in runs.finditer(_universe()))


_AtomKey = tuple[str | None, str, int]  # (the character of a literal, the class as written, flags)


@functools.cache
def _atom(key: _AtomKey) -> _Atom:
    return _Atom(*key)


@functools.lru_cache(maxsize=65536)
def _overlap_of(a: _AtomKey, b: _AtomKey) -> str | None:
    return _overlap(_atom(a), _atom(b))


def _case_variants(char: str) -> set[str]:
    folded = char.casefold()
    return {char, char.lower(), char.upper(), char.title()} | ({folded} if len(folded) == 1 else set())


def _overlap(a: _Atom, b: _Atom) -> str | None:
    """A character both classes match, or None."""
    for lit, other in ((a, b), (b, a)):
        if lit.char is not None:
            for variant in sorted(_case_variants(lit.char), key=lambda v: v != lit.char):
                if len(variant) == 1 and other.compiled.fullmatch(variant) and lit.compiled.fullmatch(variant):
                    return variant
            if other.char is not None:
                return None
    for friendly in "ae0 .":  # an example people can read, when one fits
        if a.compiled.fullmatch(friendly) and b.compiled.fullmatch(friendly):
            return friendly
    ia, ib = _intervals(a.source, a.flags), _intervals(b.source, b.flags)
    starts = [s for s, _e in ib]
    for s, e in ia:
        k = max(bisect.bisect_right(starts, s) - 1, 0)
        while k < len(ib) and ib[k][0] < e:
            lo, hi = max(s, ib[k][0]), min(e, ib[k][1])
            if lo < hi:
                return chr(lo)
            k += 1
    return None


# ----- the position automaton ------------------------------------------------------------------

_Edge = tuple[int, tuple[str, ...]]  # (target position, lookaheads on the way)
_Pair = tuple[int, int]  # states of the two copies of the automaton run in step (see _in_component)
_Step = tuple[_Pair, bool, str]  # the next pair, whether the copies took different edges, a character both read

# How many ways (saturated at 2: "more than one" is all that matters) to start at, end at, follow.
_Ways = dict[int, int]


def _add(into: _Ways, pos: int, ways: int) -> None:
    if ways:
        into[pos] = min(2, into.get(pos, 0) + ways)


@dataclass(slots=True)
class _Part:
    first: _Ways
    last: _Ways
    empty: int  # ways to match the empty text (saturated at 2)


class _Automaton:
    def __init__(self, tree: Tree, root: Node, extra_flags: int = 0) -> None:
        self.tree = tree
        self.extra_flags = extra_flags  # flags the pattern is compiled with (IGNORECASE for packs)
        self.atoms: list[_AtomKey] = []
        # Edges: follow[p][(q, ahead)] = ways; `ahead`: single-character lookaheads the edge passes.
        self.follow: list[dict[_Edge, int]] = []
        self.ahead: list[tuple[str, ...]] = []  # lookaheads seen after each position so far
        # Each loop: its positions [lo, hi), where it is written, and the positions a round can end and start at.
        self.loops: list[tuple[int, int, tuple[int, int], frozenset[int], frozenset[int]]] = []
        self._building: set[int] = set()  # groups being built (a back-reference inside its own group)
        self._groups = {n.index: n for n in _walk(tree.root) if isinstance(n, Group) and n.index is not None}
        self.build(root)

    # Construction: each node gives where its matches can start and end, and links its parts.

    def position(self, char: str | None, source: str, flags: int) -> _Part:
        if len(self.atoms) >= MAX_POSITIONS:
            raise TooComplex(f"more than {MAX_POSITIONS} character classes")
        p = len(self.atoms)
        self.atoms.append((char, source, flags | self.extra_flags))
        self.follow.append({})
        self.ahead.append(())
        return _Part({p: 1}, {p: 1}, 0)

    def link(self, last: _Ways, first: _Ways) -> None:
        for p, ways_end in last.items():
            targets, ahead = self.follow[p], self.ahead[p]
            for q, ways_start in first.items():
                ways = ways_end * ways_start
                if ways:
                    targets[(q, ahead)] = min(2, targets.get((q, ahead), 0) + ways)

    def build(self, node: Node) -> _Part:
        src = self.tree.source
        if isinstance(node, Lit):
            return self.position(node.char, regex.escape(node.char), node.flags)
        if isinstance(node, CharClass | Any):
            return self.position(None, src[node.span[0]:node.span[1]], node.flags)
        if isinstance(node, Backref):
            # The text the group matched, one way: read as another copy of the group (which matches
            # at least that text), or as any one character inside the group itself.
            index = self.tree.names.get(node.group) if isinstance(node.group, str) else node.group
            group = self._groups.get(index) if index is not None else None
            if group is None or group.index in self._building:
                return self.position(None, r"[\s\S]", 0)
            return self.build(group)
        if isinstance(node, Assert | Look):
            return _Part({}, {}, 1)
        if isinstance(node, Group):
            if node.index is None:
                return self.build(node.body)
            self._building.add(node.index)
            try:
                return self.build(node.body)
            finally:
                self._building.discard(node.index)
        if isinstance(node, Atomic):
            return self.build(node.body)
        if isinstance(node, Seq):
            acc = _Part({}, {}, 1)
            for item in node.items:
                if isinstance(item, Look) and not item.behind and isinstance(item.body, Lit | CharClass | Any):
                    # `(?![\w'])` after a word: the next character, whatever reads it, is not in the
                    # class. Kept on the edges linked from here on (where the next character is read).
                    for p in acc.last:
                        self.ahead[p] += (src[item.span[0]:item.span[1]],)
                nxt = self.build(item)
                self.link(acc.last, nxt.first)
                first = dict(acc.first)
                for p, w in nxt.first.items():
                    _add(first, p, w * acc.empty)
                last = dict(nxt.last)
                for p, w in acc.last.items():
                    _add(last, p, w * nxt.empty)
                acc = _Part(first, last, min(2, acc.empty * nxt.empty))
            return acc
        if isinstance(node, Alt):
            first, last, empty = {}, {}, 0
            for branch in node.branches:
                part = self.build(branch)
                for p, w in part.first.items():
                    _add(first, p, w)
                for p, w in part.last.items():
                    _add(last, p, w)
                empty = min(2, empty + part.empty)
            return _Part(first, last, empty)
        if isinstance(node, Repeat):
            return self.repeat(node)
        raise TypeError(f"unknown node {node!r}")

    def repeat(self, node: Repeat) -> _Part:
        if node.hi == 0:
            return _Part({}, {}, 1)
        lo_pos = len(self.atoms)
        body = self.build(node.body)
        if node.hi is not None and node.hi == 1:
            return _Part(body.first, body.last, min(2, body.empty + (1 if node.lo == 0 else 0)))
        # Two rounds or more: a loop. (A round that matches nothing ends a loop in `regex`, so the
        # empty text has one way through, the loop not taken.)
        self.link(body.last, body.first)
        self.loops.append((lo_pos, len(self.atoms), node.span, frozenset(body.last), frozenset(body.first)))
        return _Part(body.first, body.last, 1 if node.lo == 0 or body.empty else 0)

    # Analysis.

    def overlap(self, e1: _Edge, e2: _Edge) -> str | None:
        """A character the targets of two edges can both read (after the edges' lookaheads)."""
        a, b = self._target(e1), self._target(e2)
        return _overlap_of(a, b) if (a[1], a[2]) <= (b[1], b[2]) else _overlap_of(b, a)

    def _target(self, edge: _Edge) -> _AtomKey:
        q, ahead = edge
        char, source, flags = self.atoms[q]
        return (char, "".join(ahead) + source, flags) if ahead else (char, source, flags)

    def ambiguity(self) -> Ambiguity | None:
        for component in _components(len(self.atoms), lambda p: {q for q, _a in self.follow[p]}):
            if len(component) == 1:
                (p,) = component
                if not any(q == p for q, _a in self.follow[p]):
                    continue
            found = self._in_component(set(component))
            if found is not None:
                return found
        return None

    def _pair_edges(self, inside: set[int], pair: _Pair) -> list[_Step]:
        """Steps of the two copies from `pair`: (next pair, whether the copies took different edges, a
        character both read)."""
        p, q = pair
        out: list[_Step] = []
        fp = sorted((e, w) for e, w in self.follow[p].items() if e[0] in inside)
        fq = fp if p == q else sorted((e, w) for e, w in self.follow[q].items() if e[0] in inside)
        for e1, w1 in fp:
            for e2, _w2 in fq:
                if p == q and e2 < e1:
                    continue  # the same two edges taken by the other copy: the same unordered pair
                char = self.overlap(e1, e2)
                if char is None:
                    continue
                t1, t2 = e1[0], e2[0]
                nxt = (t1, t2) if t1 <= t2 else (t2, t1)
                diverged = e1 != e2 or (p == q and w1 >= 2)
                out.append((nxt, diverged, char))
        return out

    def _in_component(self, inside: set[int]) -> Ambiguity | None:
        """Pairs of states of one loop of the automaton, run in step from equal pairs."""
        edges: dict[tuple[int, int], list[tuple[tuple[int, int], bool, str]]] = {}
        todo = [(p, p) for p in sorted(inside)]
        while todo:
            pair = todo.pop()
            if pair in edges:
                continue
            edges[pair] = self._pair_edges(inside, pair)
            todo.extend(nxt for nxt, _d, _c in edges[pair] if nxt not in edges)
        pairs = list(edges)
        index = {pair: i for i, pair in enumerate(pairs)}
        for comp in _components(len(pairs), lambda i: [index[n] for n, _d, _c in edges[pairs[i]]]):
            members = {pairs[i] for i in comp}
            equal = [pr for pr in members if pr[0] == pr[1]]
            if not equal:
                continue
            split = [(a, b) for a in members for b, diverged, _c in edges[a] if b in members and diverged]
            if split:
                return self._report(members, edges, equal[0], split[0])
        return None

    def _report(self, members: set[_Pair], edges: dict[_Pair, list[_Step]], start: _Pair,
                split: tuple[_Pair, _Pair]) -> Ambiguity:
        """Name the innermost loop holding the ambiguous states, with a text it can read two ways."""
        def path(src: _Pair, goal: Callable[[_Pair], bool]) -> str:
            """The shortest text taking both copies from `src` to a pair `goal` accepts (BFS)."""
            seen = {src: ""}
            frontier = [src]
            while frontier:
                for node in frontier:
                    if goal(node):
                        return seen[node]
                frontier_next = []
                for node in frontier:
                    for nxt, _d, char in edges[node]:
                        if nxt in members and nxt not in seen:
                            seen[nxt] = seen[node] + char
                            frontier_next.append(nxt)
                frontier = frontier_next
            return ""

        _lo, _hi, span, ends, firsts = self.loops[-1]  # the repetition this automaton was built for
        # Start where a round ends and stop where both readings end a round, so that the example is
        # whole rounds ("a new " as one round or two), when the loop allows it.
        at_end = [pr for pr in members if pr[0] == pr[1] and pr[0] in ends]
        if at_end:
            start = min(at_end)
        # The divergence nearest the start: a shorter example.
        near = {start: 0}
        queue = [start]
        for node in queue:
            for nxt, _d, _c in edges[node]:
                if nxt in members and nxt not in near:
                    near[nxt] = near[node] + 1
                    queue.append(nxt)
        a, b = min(((x, n) for x in members for n, d, _c in edges[x] if d and n in members),
                   key=lambda e: near.get(e[0], len(members)), default=split)
        char = next(c for n, d, c in edges[a] if n == b and d)
        rest = path(b, lambda pr: pr[0] in ends and pr[1] in ends) if at_end else path(b, start.__eq__)
        example = path(start, lambda pr: pr == a) + char + rest
        if start[0] in firsts:
            # The state is also where a round starts (`(a+)+` after an "a"): the example needs the
            # character that led there, or it would be read from the loop's entry, one way only.
            example = _atom(self.atoms[start[0]]).sample() + example
        return Ambiguity(self.tree.source[span[0]:span[1]], example)


def _components(n: int, successors: object) -> list[list[int]]:
    """Strongly connected components of a graph on 0..n-1 (Tarjan's algorithm, without recursion)."""
    succ = successors  # a callable: node -> iterable of nodes
    index = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    out: list[list[int]] = []
    counter = 0
    for root in range(n):
        if index[root] != -1:
            continue
        work: list[tuple[int, Iterator[int]]] = []
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        work.append((root, iter(succ(root))))  # type: ignore[operator]
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if index[nxt] == -1:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack[nxt] = True
                    work.append((nxt, iter(succ(nxt))))  # type: ignore[operator]
                    advanced = True
                    break
                if on_stack[nxt]:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    comp.append(w)
                    if w == node:
                        break
                out.append(comp)
    return out
