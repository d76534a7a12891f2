"""A parse tree of the regular-expression syntax rule packs are written in (the `regex` module, V0).

Two analyses need to see inside a pattern: rules/anchors.py looks for the literal text every match
contains, and rules/backtracking.py looks for repetitions that can match one text in many ways.
CPython's own parser (`re._parser`) is private, changes between Python versions and does not know
the `regex` module's additions, so Lookout reads patterns itself. The parser only builds the tree:
whether a pattern is valid is still decided by `regex.compile`, which the loader runs first. What
this parser does not understand (fuzzy matching, recursion, conditionals, branch reset, version 1
syntax) raises UnsupportedSyntax, naming the construct, and the callers decide what that means.

Every node records where it was written (`span`), so an error can quote the exact part of the
pattern; spans take no part in comparing nodes.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from typing import Final

# Inline flags that change what the rest of the pattern means (the letters of `(?i)` and friends).
IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII = 1, 2, 4, 8, 16
_FLAG_LETTERS: Final = {"i": IGNORECASE, "m": MULTILINE, "s": DOTALL, "x": VERBOSE, "a": ASCII,
                        "u": 0, "L": 0, "w": 0, "f": 0}
_UNSUPPORTED_FLAGS: Final = {"r": "reverse searching (?r)", "V": "a version flag (?V0)/(?V1)",
                             "b": "fuzzy matching (?b)", "e": "fuzzy matching (?e)",
                             "p": "POSIX matching (?p)"}
_FUZZY_CHARS: Final = frozenset("0123456789eisd<=>+, ")  # what `{e<=1}`-style fuzzy constraints are made of
_CATEGORY_ESCAPES: Final = frozenset("dDsSwW")
_ASSERT_ESCAPES: Final = frozenset("bBAZzmM")
_CONTROL_ESCAPES: Final = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_UNSUPPORTED_ESCAPES: Final = {"G": r"\G (search anchor)", "K": r"\K (keep out)", "X": r"\X (grapheme)",
                               "L": r"\L<...> (named list)", "R": r"\R", "Q": r"\Q"}


class RegexSyntaxError(ValueError):
    """The pattern cannot be read: invalid, or using syntax this parser does not understand."""

    def __init__(self, message: str, pattern: str, pos: int) -> None:
        super().__init__(f"{message} at position {pos}")
        self.pattern = pattern
        self.pos = pos


class UnsupportedSyntax(RegexSyntaxError):
    """Valid `regex` syntax that Lookout's analyses do not understand (see the module docstring)."""


@dataclass(frozen=True, slots=True)
class Node:
    span: tuple[int, int] = field(default=(0, 0), compare=False, kw_only=True)


@dataclass(frozen=True, slots=True)
class Lit(Node):
    """One literal character."""

    char: str
    flags: int = 0


ClassItem = tuple[str, ...]  # ("char", c) | ("range", lo, hi) | ("escape", "w") | ("prop", "p{L}") | ("posix", "alpha")


@dataclass(frozen=True, slots=True)
class CharClass(Node):
    """A set of single characters: `[...]`, or an escape such as `\\w` (a class with one item)."""

    items: tuple[ClassItem, ...]
    negated: bool = False
    flags: int = 0


@dataclass(frozen=True, slots=True)
class Any(Node):
    """`.`: any character but a line break, unless DOTALL."""

    flags: int = 0


@dataclass(frozen=True, slots=True)
class Assert(Node):
    """A zero-width test of position, `kind` as written: \\b, \\B, ^, $, \\A, \\Z, \\z, \\m, \\M."""

    kind: str


@dataclass(frozen=True, slots=True)
class Backref(Node):
    group: int | str


@dataclass(frozen=True, slots=True)
class Seq(Node):
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Alt(Node):
    branches: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Group(Node):
    """A group: capturing (`index` set, maybe `name`) or `(?:...)`, maybe with scoped flags."""

    body: Node
    index: int | None = None
    name: str | None = None
    flags_on: int = 0
    flags_off: int = 0


@dataclass(frozen=True, slots=True)
class Repeat(Node):
    body: Node
    lo: int
    hi: int | None  # None: no upper bound
    mode: str = "greedy"  # "greedy" | "lazy" | "possessive"


@dataclass(frozen=True, slots=True)
class Look(Node):
    """A lookahead or lookbehind, positive or negative."""

    body: Node
    behind: bool = False
    negative: bool = False


@dataclass(frozen=True, slots=True)
class Atomic(Node):
    body: Node


@dataclass(frozen=True, slots=True)
class Tree:
    """A parsed pattern: its root, the flags set for all of it, and its named groups."""

    root: Node
    flags: int
    names: dict[str, int]
    source: str


def parse(pattern: str, flags: int = 0) -> Tree:
    """Parse `pattern` (flags: IGNORECASE, DOTALL ... as given to compile). Raises RegexSyntaxError."""
    return _Parser(pattern, flags).run()


@functools.lru_cache(maxsize=8192)
def parse_cached(pattern: str) -> Tree:
    """parse(pattern), remembered: the loader's checks and the engine read each pattern several times.
    Do not change the tree you get (its `names` dict is shared)."""
    return _Parser(pattern, 0).run()


class _Parser:
    def __init__(self, pattern: str, flags: int) -> None:
        self.src = pattern
        self.pos = 0
        self.flags = flags
        self.groups = 0
        self.names: dict[str, int] = {}

    # ----- helpers --------------------------------------------------------------------------

    def error(self, message: str, pos: int | None = None) -> RegexSyntaxError:
        return RegexSyntaxError(message, self.src, self.pos if pos is None else pos)

    def unsupported(self, what: str, pos: int) -> UnsupportedSyntax:
        return UnsupportedSyntax(f"{what} is not supported by Lookout's pattern checks", self.src, pos)

    def peek(self, k: int = 0) -> str:
        i = self.pos + k
        return self.src[i] if i < len(self.src) else ""

    def startswith(self, text: str) -> bool:
        return self.src.startswith(text, self.pos)

    def skip_verbose(self, flags: int) -> None:
        """In verbose mode white space and `#` comments outside classes are not part of the pattern."""
        if not flags & VERBOSE:
            return
        while self.pos < len(self.src):
            c = self.src[self.pos]
            if c.isspace():
                self.pos += 1
            elif c == "#":
                end = self.src.find("\n", self.pos)
                self.pos = len(self.src) if end == -1 else end + 1
            else:
                return

    # ----- grammar --------------------------------------------------------------------------

    def run(self) -> Tree:
        self.leading_flags()
        root = self.alternation(self.flags, 0)
        if self.pos < len(self.src):
            raise self.error("unbalanced parenthesis")
        return Tree(root, self.flags, dict(self.names), self.src)

    def leading_flags(self) -> None:
        """Global flags such as `(?i)` at the very start apply to the whole pattern."""
        while self.startswith("(?") and self.peek(2) != "" and (
                self.peek(2) in _FLAG_LETTERS or self.peek(2) in _UNSUPPORTED_FLAGS or self.peek(2) == "-"):
            start = self.pos
            on, off, scoped = self.flag_letters(start)
            if scoped:  # "(?i:" is a scoped group, not global flags
                self.pos = start
                return
            self.flags = (self.flags | on) & ~off

    def flag_letters(self, start: int) -> tuple[int, int, bool]:
        """Read `(?ims-x)` or `(?ims-x:`: the flags turned on and off, and whether a group follows."""
        self.pos = start + 2
        on = off = 0
        negative = False
        while True:
            c = self.peek()
            if c in _UNSUPPORTED_FLAGS:
                raise self.unsupported(_UNSUPPORTED_FLAGS[c], self.pos)
            if c in _FLAG_LETTERS:
                if negative:
                    off |= _FLAG_LETTERS[c]
                else:
                    on |= _FLAG_LETTERS[c]
                self.pos += 1
            elif c == "-" and not negative:
                negative = True
                self.pos += 1
            elif c == ")":
                self.pos += 1
                return on, off, False
            elif c == ":":
                self.pos += 1
                return on, off, True
            else:
                raise self.error("unknown flag", self.pos)

    def alternation(self, flags: int, depth: int) -> Node:
        start = self.pos
        branches = [self.sequence(flags, depth)]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence(flags, depth))
        if len(branches) == 1:
            return branches[0]
        return Alt(tuple(branches), span=(start, self.pos))

    def sequence(self, flags: int, depth: int) -> Node:
        start = self.pos
        items: list[Node] = []
        while True:
            self.skip_verbose(flags)
            c = self.peek()
            if c == "" or c == "|" or (c == ")" and depth > 0):
                break
            if c == ")":
                raise self.error("unbalanced parenthesis")
            if c in "*+?" or (c == "{" and self.quantifier_ahead()):
                if not items or isinstance(items[-1], Repeat):
                    raise self.error("nothing to repeat" if not items else "multiple repeat")
                items[-1] = self.quantifier(items[-1], flags)  # `regex` allows `\b?`: a repeated test
                continue
            item, flags = self.atom(flags, depth)
            if item is not None:
                items.append(item)
        if len(items) == 1:
            return items[0]
        return Seq(tuple(items), span=(start, self.pos))

    def quantifier_ahead(self) -> bool:
        """Whether `{` here starts a counted repeat ({m}, {m,}, {,n}, {m,n}); else it is literal."""
        end = self.src.find("}", self.pos)
        if end == -1:
            return False
        inner = self.src[self.pos + 1:end]
        lo, comma, hi = inner.partition(",")
        if (lo.isdigit() or lo == "") and (hi.isdigit() or hi == "") and (lo or hi) and (comma or lo) \
                and lo.isascii() and hi.isascii():
            return True
        if inner and set(inner) <= _FUZZY_CHARS and set(inner) & set("eisd"):
            raise self.unsupported("fuzzy matching {" + inner + "}", self.pos)
        return False

    def quantifier(self, item: Node, flags: int) -> Node:
        start = item.span[0]
        c = self.src[self.pos]
        self.pos += 1
        lo: int
        hi: int | None
        if c == "*":
            lo, hi = 0, None
        elif c == "+":
            lo, hi = 1, None
        elif c == "?":
            lo, hi = 0, 1
        else:
            end = self.src.index("}", self.pos)
            a, comma, b = self.src[self.pos:end].partition(",")
            self.pos = end + 1
            lo = int(a) if a else 0
            hi = (int(b) if b else None) if comma else lo
            if hi is not None and hi < lo:
                raise self.error("min repeat greater than max repeat", start)
        mode = "greedy"
        if self.peek() == "?":
            mode = "lazy"
            self.pos += 1
        elif self.peek() == "+":
            mode = "possessive"
            self.pos += 1
        return Repeat(item, lo, hi, mode, span=(start, self.pos))

    def atom(self, flags: int, depth: int) -> tuple[Node | None, int]:
        """One item of a sequence, and the flags in force after it (a `(?i)` mid-pattern changes them)."""
        start = self.pos
        c = self.src[self.pos]
        if c == "(":
            return self.group(flags, depth)
        if c == "[":
            return self.char_class(flags), flags
        self.pos += 1
        if c == ".":
            return Any(flags, span=(start, self.pos)), flags
        if c in "^$":
            return Assert(c, span=(start, self.pos)), flags
        if c == "\\":
            return self.escape(flags, start), flags
        return Lit(c, flags, span=(start, self.pos)), flags

    def group(self, flags: int, depth: int) -> tuple[Node | None, int]:
        start = self.pos
        if not self.startswith("(?"):
            self.pos += 1
            self.groups += 1
            index = self.groups
            body = self.alternation(flags, depth + 1)
            return Group(body, index, span=(start, self.close(start))), flags
        kind = self.peek(2)
        if kind == "":
            raise self.error("unexpected end of pattern", start)
        if kind == "#":  # a comment
            end = self.src.find(")", self.pos)
            if end == -1:
                raise self.error("missing ), unterminated comment", start)
            self.pos = end + 1
            return None, flags
        if kind == ":":
            self.pos += 3
            body = self.alternation(flags, depth + 1)
            return Group(body, span=(start, self.close(start))), flags
        if kind in "=!" or self.src.startswith(("<=", "<!"), self.pos + 2):
            behind = kind == "<"
            negative = self.peek(3 if behind else 2) == "!"
            self.pos += 4 if behind else 3
            body = self.alternation(flags, depth + 1)
            return Look(body, behind, negative, span=(start, self.close(start))), flags
        if kind == ">":
            self.pos += 3
            body = self.alternation(flags, depth + 1)
            return Atomic(body, span=(start, self.close(start))), flags
        if kind == "P" and self.peek(3) == "=":  # (?P=name): a back-reference
            end = self.src.find(")", self.pos)
            if end == -1:
                raise self.error("missing ), unterminated name", start)
            name = self.src[self.pos + 4:end]
            self.pos = end + 1
            return Backref(name, span=(start, self.pos)), flags
        if (kind == "P" and self.peek(3) == "<") or (kind == "<" and self.peek(3) not in "=!"):
            name_start = self.pos + (4 if kind == "P" else 3)
            end = self.src.find(">", name_start)
            if end == -1:
                raise self.error("missing >, unterminated name", start)
            name = self.src[name_start:end]
            if not name.isidentifier():
                raise self.error(f"bad character in group name {name!r}", name_start)
            self.pos = end + 1
            self.groups += 1
            index = self.groups
            self.names[name] = index
            body = self.alternation(flags, depth + 1)
            return Group(body, index, name, span=(start, self.close(start))), flags
        if kind in _FLAG_LETTERS or kind in _UNSUPPORTED_FLAGS or kind == "-":
            on, off, scoped = self.flag_letters(start)
            inner = (flags | on) & ~off
            if not scoped:  # `regex` (V0) applies a flag group mid-pattern to all of it, even what came before
                raise self.unsupported("inline flags after the start of the pattern", start)
            body = self.alternation(inner, depth + 1)
            return Group(body, flags_on=on, flags_off=off, span=(start, self.close(start))), flags
        what = {"|": "branch reset (?|...)", "(": "a conditional (?(...)...)", "R": "recursion (?R)",
                "&": "a subroutine call (?&name)"}.get(kind, "the group syntax (?" + kind + "...)")
        if kind.isdigit() or kind in "+-":
            what = "a subroutine call (?1)"
        raise self.unsupported(what, start)

    def close(self, start: int) -> int:
        if self.peek() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.pos += 1
        return self.pos

    def escape(self, flags: int, start: int) -> Node:
        """A backslash escape outside a class (self.pos is just after the backslash)."""
        c = self.peek()
        if c == "":
            raise self.error("bad escape (end of pattern)", start)
        if c in _ASSERT_ESCAPES:
            self.pos += 1
            return Assert("\\" + c, span=(start, self.pos))
        if c.isdigit() and c != "0":
            digits = c
            self.pos += 1
            if self.peek().isdigit() and len(digits) < 2:
                digits += self.peek()
                self.pos += 1
            return Backref(int(digits), span=(start, self.pos))
        if c == "g" and self.peek(1) == "<":
            end = self.src.find(">", self.pos)
            if end == -1:
                raise self.error("missing >", start)
            ref = self.src[self.pos + 2:end]
            self.pos = end + 1
            return Backref(int(ref) if ref.isdigit() else ref, span=(start, self.pos))
        item = self.class_escape(start, in_class=False)
        if item[0] == "char":
            return Lit(item[1], flags, span=(start, self.pos))
        return CharClass((item,), False, flags, span=(start, self.pos))

    def class_escape(self, start: int, *, in_class: bool) -> ClassItem:
        """An escape that stands for characters (self.pos just after the backslash)."""
        c = self.peek()
        self.pos += 1
        if c in _CATEGORY_ESCAPES:
            return ("escape", c)
        if c in "pP":
            if self.peek() == "{":
                end = self.src.find("}", self.pos)
                if end == -1:
                    raise self.error("missing }", start)
                name = self.src[self.pos + 1:end]
                self.pos = end + 1
            else:
                name = self.peek()
                self.pos += 1
            if not name.replace("_", "").replace("=", "").replace(":", "").replace("^", "").isalnum():
                raise self.unsupported(f"the property \\{c}{name}", start)
            return ("prop", f"{c}{{{name}}}")
        if c in _CONTROL_ESCAPES:
            return ("char", _CONTROL_ESCAPES[c])
        if c == "b" and in_class:
            return ("char", "\b")
        if c == "x":
            if self.peek() == "{":
                end = self.src.find("}", self.pos)
                return ("char", self.code_point(self.src[self.pos + 1:end], start, end + 1))
            return ("char", self.code_point(self.src[self.pos:self.pos + 2], start, self.pos + 2))
        if c == "u":
            return ("char", self.code_point(self.src[self.pos:self.pos + 4], start, self.pos + 4))
        if c == "U":
            return ("char", self.code_point(self.src[self.pos:self.pos + 8], start, self.pos + 8))
        if c == "N" and self.peek() != "{":
            raise self.unsupported("\\N without a {name}", start)
        if c == "N":
            end = self.src.find("}", self.pos)
            try:
                char = unicodedata.lookup(self.src[self.pos + 1:end])
            except KeyError:
                raise self.error("undefined character name", start) from None
            self.pos = end + 1
            return ("char", char)
        if c == "0" or (in_class and c.isdigit()):
            digits = c
            while len(digits) < 3 and self.peek() in "01234567" and self.peek() != "":
                digits += self.peek()
                self.pos += 1
            return ("char", chr(int(digits, 8)))
        if c in _UNSUPPORTED_ESCAPES:
            raise self.unsupported(_UNSUPPORTED_ESCAPES[c], start)
        if c.isascii() and c.isalnum():
            raise self.error(f"bad escape \\{c}", start)
        return ("char", c)

    def code_point(self, digits: str, start: int, end: int) -> str:
        try:
            value = int(digits, 16)
            if not digits or not digits.isascii() or value > 0x10FFFF:
                raise ValueError
        except ValueError:
            raise self.error("bad character escape", start) from None
        self.pos = end
        return chr(value)

    def char_class(self, flags: int) -> Node:
        start = self.pos
        self.pos += 1
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        items: list[ClassItem] = []
        first = True
        while True:
            c = self.peek()
            if c == "":
                raise self.error("unterminated character set", start)
            if c == "]" and not first:
                self.pos += 1
                break
            first = False
            if self.startswith("[:"):
                end = self.src.find(":]", self.pos + 2)
                name = self.src[self.pos + 2:end] if end != -1 else ""
                if name.lstrip("^").isalpha():
                    self.pos = end + 2
                    items.append(("posix", name))
                    continue
            item = self.class_item(start)
            if self.peek() == "-" and self.peek(1) not in ("]", "") and item[0] == "char":
                self.pos += 1
                high = self.class_item(start)
                if high[0] != "char":
                    raise self.error("bad character range", start)
                if ord(high[1]) < ord(item[1]):
                    raise self.error("bad character range", start)
                items.append(("range", item[1], high[1]))
            else:
                items.append(item)
        unique = tuple(dict.fromkeys(items))
        if len(unique) == 1 and unique[0][0] == "char" and not negated:
            return Lit(unique[0][1], flags, span=(start, self.pos))
        return CharClass(unique, negated, flags, span=(start, self.pos))

    def class_item(self, start: int) -> ClassItem:
        c = self.src[self.pos]
        if c == "\\":
            self.pos += 1
            return self.class_escape(start, in_class=True)
        self.pos += 1
        return ("char", c)


# ----- walking the tree -----------------------------------------------------------------------

def children(node: Node) -> tuple[Node, ...]:
    """The nodes directly inside `node`."""
    if isinstance(node, Seq):
        return node.items
    if isinstance(node, Alt):
        return node.branches
    if isinstance(node, Group | Repeat | Look | Atomic):
        return (node.body,)
    return ()


def is_plain_group(node: Node) -> bool:
    """A `(?:...)` group without flags: it only groups, so its items belong to the enclosing sequence."""
    return isinstance(node, Group) and node.index is None and not node.flags_on and not node.flags_off


def seq_items(node: Node) -> list[Node]:
    """The items of a sequence, with plain groups (is_plain_group) opened up in place."""
    out: list[Node] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, Seq):
            stack.extend(reversed(n.items))
        elif is_plain_group(n):
            assert isinstance(n, Group)
            stack.append(n.body)
        else:
            out.append(n)
    return out
