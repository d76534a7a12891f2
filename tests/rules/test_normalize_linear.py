"""Every step of the normaliser costs work in proportion to the text, counted without a clock.

The normaliser runs on every message and on whole exports, so one quadratic step is a way to stall
the bot: undoing leetspeak once took 90 s on 100,000 characters. Each of its regular expressions
is run on adversarial texts (its own characters, repeated and alternated) of length n and 4n by a
step-counting backtracking matcher (tests/rules/regex_steps.py): linear work is about four times
more steps for four times the text, quadratic work sixteen. The Python code around the expressions
is held to the same by counting the lines it executes.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from rules import contacts, evasion, normalize
from rules.regex_syntax import Any as AnyChar
from rules.regex_syntax import CharClass, Lit, Node, children, parse
from tests.rules.regex_steps import (
    Program,
    StepLimit,
    anchored_steps,
    compile_pattern,
    fullmatch_program,
    scan_steps,
)

SHORT, LONG = 32, 128
STEPS_PER_CHAR = 200  # far above what any linear pattern here takes; past it the count stops
# Characters the adversarial texts are made of: each pattern gets those its own classes match.
POOL = "a1_ .!@$|-*'\né\u0430\u03b1\U0001f600\u200b\u0301#`\u00b7sZ"


def _normaliser_patterns() -> dict[str, re.Pattern[str]]:
    found = {name: v for name, v in vars(normalize).items() if isinstance(v, re.Pattern)}
    _table, bmp, every = normalize._mark_table()
    other, odd = normalize._not_plain_chars()
    found.update({"_mark_table (BMP)": bmp, "_mark_table": every, "_not_plain_chars": other,
                  "_not_plain_chars (emoji)": odd})
    # The word-level step (rules/evasion.py) runs on every message too, and the contact checks on
    # every message with a contact cue.
    found.update({f"evasion.{name}": v for name, v in vars(evasion).items() if isinstance(v, re.Pattern)})
    found.update({f"contacts.{name}": v for name, v in vars(contacts).items() if isinstance(v, re.Pattern)})
    return found


PATTERNS = _normaliser_patterns()


def _atoms(node: Node) -> list[Node]:
    out = [node] if isinstance(node, Lit | CharClass | AnyChar) else []
    for child in children(node):
        out.extend(_atoms(child))
    return out


def _alphabet(pattern: re.Pattern[str]) -> str:
    """Up to seven characters of POOL that the pattern's own classes match, plus one they don't."""
    tree = parse(pattern.pattern)
    tests = [re.compile(tree.source[a.span[0]:a.span[1]], pattern.flags) for a in _atoms(tree.root)]
    chars = [c for c in POOL if any(t.fullmatch(c) for t in tests)][:7]
    outside = next((c for c in POOL if c not in chars and not any(t.fullmatch(c) for t in tests)), "")
    return "".join(chars) + outside


def _texts(alphabet: str, n: int) -> list[str]:
    units = list(alphabet) + ["".join(pair) for pair in itertools.combinations(alphabet, 2)]
    return [(unit * n)[:n] for unit in units]


def _growth(measure: Callable[[str], int], alphabet: str) -> list[tuple[str, int, int]]:
    """(text unit, work at SHORT, work at LONG) for each adversarial text that grows too fast."""
    bad = []
    for short, long in zip(_texts(alphabet, SHORT), _texts(alphabet, LONG), strict=True):
        try:
            a = measure(short)
            b = measure(long)
        except StepLimit as exc:
            bad.append((short[:4], -1, int(exc.args[0])))
            continue
        if b > 4.5 * a + 60:
            bad.append((short[:4], a, b))
    return bad


# The patterns the normaliser anchors with fullmatch/match (on a token) rather than searching.
# (_SPACED, for one, is only ever searched: anchored at both ends, "_ _ _" would take exponential
# time, since "_" is both a separator and a letter there; searched, every round is a success.)
ANCHORED = {"_KEEP_DIGITS", "_SQUEEZED_CHAR"}


def test_the_anchored_list_is_what_the_normaliser_anchors() -> None:
    source = Path(normalize.__file__).read_text(encoding="utf-8")
    assert set(re.findall(r"(\w+)\.(?:full)?match\(", source)) - {"word_or_space"} == ANCHORED


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_each_normaliser_pattern_is_linear(name: str) -> None:
    pattern = PATTERNS[name]
    alphabet = _alphabet(pattern)
    limit = STEPS_PER_CHAR * LONG
    scan: Program = compile_pattern(pattern)
    assert not _growth(lambda t: scan_steps(scan, t, limit), alphabet), "superlinear search/sub"
    if name in ANCHORED:
        whole: Program = fullmatch_program(pattern)
        assert not _growth(lambda t: anchored_steps(whole, t, limit), alphabet), "superlinear fullmatch"


@pytest.mark.parametrize("app", [app for _p, app in evasion.tables().descriptions])
def test_each_app_description_pattern_is_linear(app: str) -> None:
    """The description patterns try a few hundred literal words at each position: linear, with a
    constant above STEPS_PER_CHAR, so they get a limit of their own (growth is what is checked)."""
    pattern = next(p for p, a in evasion.tables().descriptions if a == app)
    scan: Program = compile_pattern(pattern)
    alphabet = _alphabet(pattern)
    assert not _growth(lambda t: scan_steps(scan, t, 50 * STEPS_PER_CHAR * LONG), alphabet)
    words = "app with the yellow little ghost one " * 8
    assert not _growth(lambda t: scan_steps(scan, t, 50 * STEPS_PER_CHAR * LONG), words[:40])


def test_the_step_counter_sees_quadratic_and_exponential_patterns() -> None:
    """The check above can fail: the old leetspeak token pattern and a nested repetition do."""
    old_leet = re.compile(r"[\w@$!|]*[^\W\d_][\w@$!|]*")
    prog = compile_pattern(old_leet)
    assert _growth(lambda t: scan_steps(prog, t, STEPS_PER_CHAR * LONG), "1!")
    nested = compile_pattern(re.compile(r"(?:a|a)*b"))
    with pytest.raises(StepLimit):
        anchored_steps(nested, "a" * 40, 10**6)


def _lines(run: Callable[[], object]) -> int:
    """Lines of rules/normalize.py and rules/evasion.py executed by `run` (a deterministic measure of
    their Python work)."""
    count = 0

    def tracer(frame, event, _arg):  # type: ignore[no-untyped-def]
        nonlocal count
        if frame.f_code.co_filename not in (normalize.__file__, evasion.__file__):
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(None)
    return count


CHAT_UNITS = ["a1 ", "1", "a!", "s e n d ", "\u0430a ", "\u200b", "é", "\U0001f47b ", "a0#", "x.y.", "sooo ",
              "ph0t0 ", "a_1 ", "\u0441\u0435nd ", "ｓｅｎｄ ", "\u2019 ", "a\u0301 ", "1st ", "$$ ",
              "yellow ghost app ", "app with the ", "t.e.l.e.s.g.r.a.m ", "telesgram ", "fone numba ",
              "t e s  d a n s  ",
              "w.h.a.t a.r.e ", "\u2066a\u2069", "\U000e0020a", "s\x01", "€a ", "ф0т ", "🚗📍 "]


@pytest.mark.parametrize("unit", CHAT_UNITS)
def test_the_normaliser_python_work_is_linear(unit: str) -> None:
    short, long = (unit * 200)[:200], (unit * 800)[:800]
    for fn in (normalize.forms, lambda t: normalize.plain_steps_change(t.lower(), True, True)):
        a, b = _lines(lambda: fn(short)), _lines(lambda: fn(long))  # noqa: B023
        assert b <= 4.5 * a + 50, (unit, a, b)


def test_one_hundred_thousand_digits_normalise_in_few_steps() -> None:
    """The case from the issue: the leetspeak pass over 100,000 digits (90 s before) is one token."""
    text = "1" * 100_000
    prog = compile_pattern(normalize._LEET_TOKEN)
    assert scan_steps(prog, text, 10 * len(text)) < 5 * len(text)
    assert normalize.normalize(text).full == text  # a number stays a number
    assert normalize.normalize("k" + text).full == "ki"  # leetspeak for "kiii...", squeezed
