"""The pattern parser (rules/regex_syntax.py) reads patterns exactly as `regex` does.

Checked by property: for generated patterns that `regex` accepts, the parse tree written back out
as a pattern matches the same spans of generated texts; the parser never fails on them except with
UnsupportedSyntax naming what it does not read. Plus the spans errors quote, and the named cases.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules.regex_syntax import (
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
    Repeat,
    Seq,
    UnsupportedSyntax,
    parse,
)

PIECES = list("ab()|*+?[]^$.- x") + ["(?:", "(?P<g>", "(?=", "(?!", "(?<=", "(?<!", "{2,3}", "{,2}", "{3}",
                                      "\\d", "\\w", "\\s", "[^", "\\b", "\\1", "[a-c]", "(?>", "\\.", "\\x41",
                                      "(?i:", "\\p{L}", "[[:alpha:]]", "(?#note)"]
TEXTS = st.lists(st.text(alphabet="ab x1-A.é", max_size=7), min_size=20, max_size=20)


def render(node: Node, source: str) -> str:
    """The tree written back out as a pattern, with explicit groups where precedence matters."""
    if isinstance(node, Lit):
        return regex.escape(node.char)
    if isinstance(node, CharClass | Any):
        return source[node.span[0]:node.span[1]]
    if isinstance(node, Seq):
        return "".join(render(i, source) for i in node.items)
    if isinstance(node, Alt):
        return "(?:" + "|".join(render(b, source) for b in node.branches) + ")"
    if isinstance(node, Group):
        if node.flags_on or node.flags_off:
            return source[node.span[0]:node.span[1]]
        inner = render(node.body, source)
        return f"(?:{inner})" if node.index is None else f"({inner})"
    if isinstance(node, Repeat):
        count = {(0, None): "*", (1, None): "+", (0, 1): "?"}.get(
            (node.lo, node.hi), f"{{{node.lo},{'' if node.hi is None else node.hi}}}")
        return f"(?:{render(node.body, source)}){count}" + {"greedy": "", "lazy": "?", "possessive": "+"}[node.mode]
    if isinstance(node, Assert):
        return node.kind
    if isinstance(node, Look):
        return f"(?{'<' if node.behind else ''}{'!' if node.negative else '='}{render(node.body, source)})"
    if isinstance(node, Atomic):
        return f"(?>{render(node.body, source)})"
    if isinstance(node, Backref):
        return f"(?P={node.group})" if isinstance(node.group, str) else f"\\g<{node.group}>"
    raise TypeError(node)


@settings(max_examples=200, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join), TEXTS)
def test_the_tree_means_what_regex_means(pattern: str, texts: list[str]) -> None:
    try:
        original = regex.compile(pattern, regex.I | regex.V0)
    except (regex.error, ValueError, OverflowError):
        return
    try:
        tree = parse(pattern)
    except UnsupportedSyntax:
        return  # named and refused by the loader: fine
    rebuilt = regex.compile(render(tree.root, pattern), regex.I | regex.V0)
    for text in texts:
        a, b = original.search(text), rebuilt.search(text)
        assert (a and a.span()) == (b and b.span()), (pattern, text)


def test_spans_point_at_what_was_written() -> None:
    source = r"send (?:me )?(?P<what>pics?|photos?){1,3}\b"
    tree = parse(source)
    repeat = next(n for n in tree.root.items if isinstance(n, Repeat) and n.hi == 3)  # type: ignore[attr-defined]
    assert source[repeat.span[0]:repeat.span[1]] == "(?P<what>pics?|photos?){1,3}"
    assert tree.names == {"what": 1}


@pytest.mark.parametrize(("pattern", "what"), [
    ("foo(?i)bar", "inline flags after the start"),
    (r"\Nfoo", r"\N without a {name}"),
    (r"(?:x){e<=1}", "fuzzy matching"),
    (r"(?&name)", "subroutine"),
])
def test_what_the_parser_does_not_read_is_named(pattern: str, what: str) -> None:
    with pytest.raises(UnsupportedSyntax, match=what.replace("\\", "\\\\").replace("{", "\\{")):
        parse(pattern)


def test_assertions_may_be_repeated_as_regex_allows() -> None:
    regex.compile(r"\b?x")
    assert isinstance(parse(r"\b?x").root.items[0], Repeat)  # type: ignore[attr-defined]
