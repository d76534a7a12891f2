"""Counts the steps a backtracking matcher takes, so tests can measure regex work without a clock.

Wall-clock tests fail on busy machines and pass on fast ones. Instead, a pattern is compiled from
rules.regex_syntax's tree into a small backtracking program (character tests, choice points, jumps,
group marks, back-references, assertions, lookarounds), run the way `re` and `regex` run patterns:
the first alternative first, backing up to the last choice point on failure. Every instruction
executed is one step, so the count depends only on the pattern and the text. The real engines
optimise some cases away, so they take at most about as many steps: a pattern that is linear here is
linear there, and one that is quadratic here (`[\\w]*[a-z][\\w]*` on digits) was quadratic there too.

Only what rules.normalize uses is supported: no atomic groups, possessive repetitions or fuzzy matching.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rules.regex_syntax import (
    IGNORECASE,
    Alt,
    Any,
    Assert,
    Backref,
    CharClass,
    Group,
    Lit,
    Look,
    Node,
    Repeat,
    Seq,
    parse,
)


class StepLimit(Exception):
    """The matcher took more steps than allowed (the caller's sign of superlinear work)."""


@dataclass
class Program:
    code: list[tuple[object, ...]] = field(default_factory=list)
    slots: int = 0

    def emit(self, *instr: object) -> int:
        self.code.append(instr)
        return len(self.code) - 1


def compile_pattern(pattern: re.Pattern[str]) -> Program:
    flags = IGNORECASE if pattern.flags & re.IGNORECASE else 0
    tree = parse(pattern.pattern, flags)
    prog = Program()
    _Compiler(tree.source, pattern.flags, prog, tree.names).node(tree.root)
    prog.emit("match")
    return prog


class _Compiler:
    def __init__(self, source: str, flags: int, prog: Program, names: dict[str, int]) -> None:
        self.source, self.flags, self.prog, self.names = source, flags, prog, names

    def matcher(self, node: Node) -> Callable[[str], bool]:
        compiled = re.compile(self.source[node.span[0]:node.span[1]], self.flags)
        cache: dict[str, bool] = {}

        def test(ch: str) -> bool:
            got = cache.get(ch)
            if got is None:
                got = cache[ch] = compiled.fullmatch(ch) is not None
            return got
        return test

    def node(self, node: Node) -> None:
        p = self.prog
        if isinstance(node, Lit | CharClass | Any):
            p.emit("char", self.matcher(node))
        elif isinstance(node, Seq):
            for item in node.items:
                self.node(item)
        elif isinstance(node, Alt):
            jumps = []
            for branch in node.branches[:-1]:
                split = p.emit("split", None, None)
                self.node(branch)
                jumps.append(p.emit("jmp", None))
                p.code[split] = ("split", split + 1, len(p.code))
            self.node(node.branches[-1])
            for j in jumps:
                p.code[j] = ("jmp", len(p.code))
        elif isinstance(node, Group):
            if node.index is None:
                self.node(node.body)
            else:
                p.slots = max(p.slots, 2 * node.index + 2)
                p.emit("save", 2 * node.index)
                self.node(node.body)
                p.emit("save", 2 * node.index + 1)
        elif isinstance(node, Repeat):
            self.repeat(node)
        elif isinstance(node, Assert):
            p.emit("assert", node.kind)
        elif isinstance(node, Backref):
            index = self.names[node.group] if isinstance(node.group, str) else node.group
            p.emit("backref", index)
        elif isinstance(node, Look):
            sub = Program()
            _Compiler(self.source, self.flags, sub, self.names).node(node.body)
            sub.emit("match")
            sub.slots = max(sub.slots, p.slots, 200)
            width = _width(node.body) if node.behind else None
            p.emit("look", sub, width, node.negative)
        else:
            raise NotImplementedError(f"{type(node).__name__} is not supported by the step counter")

    def repeat(self, node: Repeat) -> None:
        p = self.prog
        lazy = node.mode == "lazy"
        if node.mode == "possessive":
            raise NotImplementedError("possessive repetition")
        for _ in range(node.lo):
            self.node(node.body)
        if node.hi is None:
            top = p.emit("split", None, None)
            self.node(node.body)
            p.emit("jmp", top)
            p.code[top] = ("split", len(p.code), top + 1) if lazy else ("split", top + 1, len(p.code))
            return
        splits = []
        for _ in range(node.hi - node.lo):
            splits.append(p.emit("split", None, None))
            self.node(node.body)
        for s in splits:
            p.code[s] = ("split", len(p.code), s + 1) if lazy else ("split", s + 1, len(p.code))


def _width(node: Node) -> int:
    """The fixed length of a lookbehind's body (the only kind `re` allows)."""
    if isinstance(node, Lit | CharClass | Any):
        return 1
    if isinstance(node, Seq):
        return sum(_width(n) for n in node.items)
    if isinstance(node, Group):
        return _width(node.body)
    if isinstance(node, Alt):
        widths = {_width(b) for b in node.branches}
        if len(widths) == 1:
            return widths.pop()
    if isinstance(node, Repeat) and node.lo == node.hi:
        return node.lo * _width(node.body)
    if isinstance(node, Assert | Look):
        return 0
    raise NotImplementedError("lookbehind of variable width")


_WORD = re.compile(r"\w")


def _is_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _WORD.match(text[i]) is not None


class Counter:
    """Runs programs on texts, adding every step to `steps`; raises StepLimit past `limit`."""

    def __init__(self, limit: int) -> None:
        self.steps = 0
        self.limit = limit

    def run(self, prog: Program, text: str, start: int, caps: list[int] | None = None) -> int | None:
        """Match `prog` at `start` (anchored): where the match ends, or None."""
        code = prog.code
        stack: list[tuple[int, int, tuple[int, ...]]] = [(0, start, tuple(caps or [-1] * max(prog.slots, 2)))]
        while stack:
            pc, i, saved = stack.pop()
            while True:
                self.steps += 1
                if self.steps > self.limit:
                    raise StepLimit(self.steps)
                op = code[pc]
                kind = op[0]
                if kind == "char":
                    if i < len(text) and op[1](text[i]):  # type: ignore[operator]
                        i += 1
                        pc += 1
                        continue
                    break
                if kind == "split":
                    stack.append((op[2], i, saved))  # type: ignore[arg-type]
                    pc = op[1]  # type: ignore[assignment]
                elif kind == "jmp":
                    pc = op[1]  # type: ignore[assignment]
                elif kind == "save":
                    slot = op[1]
                    saved = saved[:slot] + (i,) + saved[slot + 1:]  # type: ignore[operator]
                    pc += 1
                elif kind == "backref":
                    g = op[1]
                    s, e = saved[2 * g], saved[2 * g + 1]  # type: ignore[operator]
                    if s < 0 or not text.startswith(text[s:e], i):
                        break
                    self.steps += e - s  # comparing the text costs its length
                    i += e - s
                    pc += 1
                elif kind == "assert":
                    if not _holds(str(op[1]), text, i):
                        break
                    pc += 1
                elif kind == "look":
                    sub, width, negative = op[1], op[2], op[3]
                    if width is None:
                        found = self.run(sub, text, i, list(saved)) is not None  # type: ignore[arg-type]
                    else:
                        found = i - width >= 0 and self.run(sub, text, i - width, list(saved)) == i  # type: ignore[operator, arg-type]
                    if found == negative:
                        break
                    pc += 1
                else:  # match
                    return i
        return None


def _holds(kind: str, text: str, i: int) -> bool:
    if kind == "\\b":
        return _is_word(text, i - 1) != _is_word(text, i)
    if kind == "\\B":
        return _is_word(text, i - 1) == _is_word(text, i)
    if kind in ("^", "\\A"):
        return i == 0
    if kind == "$":
        return i == len(text) or (i == len(text) - 1 and text[i] == "\n")
    if kind in ("\\Z", "\\z"):
        return i == len(text)
    raise NotImplementedError(kind)


def scan_steps(prog: Program, text: str, limit: int) -> int:
    """Steps to find every match of a compiled pattern in `text` the way `sub` and `finditer` do."""
    counter = Counter(limit)
    i = 0
    while i <= len(text):
        end = counter.run(prog, text, i)
        i = i + 1 if end is None or end == i else end
    return counter.steps


def fullmatch_program(pattern: re.Pattern[str]) -> Program:
    """The program of `pattern.fullmatch`: the pattern, then the end of the text."""
    prog = compile_pattern(pattern)
    prog.code.pop()  # "match"
    prog.emit("assert", "\\Z")
    prog.emit("match")
    return prog


def anchored_steps(prog: Program, text: str, limit: int) -> int:
    """Steps of one attempt at the start of `text` (match or fullmatch, by the program)."""
    counter = Counter(limit)
    counter.run(prog, text, 0)
    return counter.steps
