"""Property-based attacks on every bundled pack: no bundled pattern may ever time out.

An attacker who reads the packs (they are public) builds messages from the patterns' own words,
repeated and interleaved, to make the matcher try every way to read them. hypothesis generates such
messages for each pack, from the literal pieces of its patterns (anchors, the alternatives inside
repetitions such as "a few ", the words of its examples) and separators, up to the length of a live
message and beyond. The assertion is on the time-outs the engine counts, never on a clock: zero.
"""

from __future__ import annotations

import functools

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules.engine import Engine, load_default_engine
from rules.packs_loader import Rule, bundled_pack_paths
from rules.regex_syntax import Alt, Lit, Node, Repeat, Seq, children, parse_cached
from rules.windows import WINDOW_CHARS

SEPARATORS = [" ", "", ".", ",", "!", "?", "\n", "  ", "-", "\u200b", "1", "a", "'", "😂"]
PACKS = {path.stem: path for path in bundled_pack_paths()}


def literal_pieces(pattern: str) -> set[str]:
    """The literal runs a pattern is written with ("want", "a few ", "snap"), alternatives included."""
    return literal_pieces_of(parse_cached(pattern).root)


def literal_pieces_of(root: Node) -> set[str]:
    found: set[str] = set()

    def walk(node: Node) -> None:
        if isinstance(node, Seq):
            run = ""
            for item in node.items:
                if isinstance(item, Lit):
                    run += item.char
                    continue
                if run:
                    found.add(run)
                run = ""
                walk(item)
            if run:
                found.add(run)
        elif isinstance(node, Lit):
            found.add(node.char)
        elif isinstance(node, Alt):
            for branch in node.branches:
                walk(branch)
        else:
            for child in children(node):
                walk(child)

    walk(root)
    return {p for p in found if p.strip()}


def pack_engine(name: str) -> Engine:
    """All bundled packs, as the bot runs them (one engine, shared with the other tests)."""
    return load_default_engine()


def pack_rules(name: str) -> list[Rule]:
    return [r for r in load_default_engine().rules if r.source == PACKS[name]]


@functools.cache
def pieces(name: str) -> list[str]:
    engine = pack_engine(name)
    out: set[str] = set()
    for rule in pack_rules(name):
        for pattern in rule.patterns:
            out |= literal_pieces(pattern.source) | set(pattern.anchors)
        for unless in rule.unless:
            out |= literal_pieces(unless.pattern)
        for example in rule.examples[:3]:
            out |= set(example.split())
    for age in engine.ages:
        if age.source == PACKS[name]:
            out |= literal_pieces(age.compiled.pattern)
    return sorted(out)


def messages(name: str) -> st.SearchStrategy[str]:
    """Runs of one piece repeated, glued with separators: up to a live message and a bit (two windows)."""
    words = pieces(name)
    run = st.tuples(st.sampled_from(words), st.sampled_from(SEPARATORS), st.integers(1, 60)).map(
        lambda t: (t[0] + t[1]) * t[2])
    return st.lists(run, min_size=1, max_size=8).map(lambda runs: "".join(runs)[:WINDOW_CHARS + 1_000])


def no_time_outs(engine: Engine, text: str) -> None:
    det = engine.analyze(text)
    assert not [e for e in det.errors if "timed out" in e], (len(text), text[:80])
    assert engine.rule_health() == []


@pytest.mark.parametrize("name", sorted(PACKS))
def test_no_bundled_pattern_times_out_on_attacks_built_from_its_pack(name: str) -> None:
    @settings(max_examples=15, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(messages(name))
    def attack(text: str) -> None:
        no_time_outs(pack_engine(name), text)

    attack()


def loop_pieces(pattern: str) -> set[str]:
    """The literal pieces inside the pattern's repetitions: what an attacker repeats."""
    out: set[str] = set()
    stack = [parse_cached(pattern).root]
    while stack:
        node = stack.pop()
        if isinstance(node, Repeat) and (node.hi is None or node.hi >= 2):
            out |= literal_pieces_of(node.body)
        stack.extend(children(node))
    return out


def test_every_repeated_piece_after_its_anchor() -> None:
    """The systematic half: for each pattern, each piece of its repetitions, repeated to a live
    message's length right after the pattern's own anchor (the attack on "want a new a new ...")."""
    attacked = 0
    for name in sorted(PACKS):
        engine = pack_engine(name)
        texts = []
        for rule in pack_rules(name):
            for pattern in rule.patterns:
                anchor = min(pattern.anchors)
                for piece in loop_pieces(pattern.source):
                    texts.append(f"{anchor} " + piece * ((WINDOW_CHARS - len(anchor)) // len(piece)) + " \u2022")
        for det in engine.analyze_many(texts):
            assert not [e for e in det.errors if "timed out" in e], name
        assert engine.rule_health() == [], name
        attacked += len(texts)
    assert attacked > 30


def test_the_attacks_would_catch_the_old_english_patterns() -> None:
    """The pieces and runs above are enough to blow up the two patterns issue 11 found."""
    old = r"(?:want|wanna|need|like) (?:some |a |an |free |new |a new |a free )*(?P<anchor>money|cash)\b"
    assert {"a new ", "want"} <= literal_pieces(old)
    text = "want " + "a new " * 40 + "x"  # a piece after an anchor, repeated, as the attacks build them
    with pytest.raises(TimeoutError):
        regex.compile(old, regex.I | regex.V0).search(text, timeout=0.05)
