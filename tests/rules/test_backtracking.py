"""The load-time check for patterns that backtrack exponentially (rules/backtracking.py).

What it flags must really explode in `regex` (shown by a time-out on a crafted text, never by a
clock in the test), what it lets through must not, and every bundled pattern must pass.
"""

from __future__ import annotations

import re
import tomllib

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules.backtracking import find_ambiguity, search_cost
from rules.engine import UNTIMED_STEPS, untimed_chars
from rules.packs_loader import bundled_pack_paths
from rules.regex_syntax import UnsupportedSyntax
from tests.rules.regex_steps import compile_pattern, scan_steps


def _bundled_patterns() -> list[tuple[str, str]]:
    out = []
    for path in bundled_pack_paths():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for rule in data.get("rule", []):
            patterns = rule.get("patterns", rule.get("pattern"))
            for i, p in enumerate([patterns] if isinstance(patterns, str) else patterns):
                out.append((f"{rule['id']}.patterns[{i}]", p))
            for i, p in enumerate(rule.get("unless", [])):
                out.append((f"{rule['id']}.unless[{i}]", p))
        for age in data.get("age", []):
            out.append((str(age.get("id")), age["pattern"]))
    return out


BUNDLED = _bundled_patterns()


def test_every_bundled_pattern_passes() -> None:
    assert len(BUNDLED) > 1000
    flagged = [(where, find_ambiguity(p)) for where, p in BUNDLED if find_ambiguity(p) is not None]
    assert not flagged


# (pattern, the repetition named, a text on which `regex` times out, or None where its repeat guards
# happen to save this simple shape: refused all the same, as other shapes of it are not saved)
EXPONENTIAL = [
    (r"x(?:a|a)*b", "(?:a|a)*", "x" + "a" * 40 + "cb"),
    (r"x(a+)+b", "(a+)+", None),
    (r"x(?:\w+ ?)*!", r"(?:\w+ ?)*", None),
    (r"x(?:a|ab|b)*c", "(?:a|ab|b)*", "x" + "ab" * 40 + "dc"),
    (r"x(?:y(?:a|a)*z)*w", "(?:a|a)*", "xy" + "a" * 40 + "!w"),
    # The two English patterns issue 11 found, as they were (the words repeat where "a new" can be
    # "a " + "new "):
    (r"(?:want|wanna|need|like) (?:some |a |an |free |new |a new |a free )*(?:steam )?(?P<anchor>money|cash)\b",
     "(?:some |a |an |free |new |a new |a free )*", "want " + "a new " * 40 + "x"),
    (r"\b(?:send|snap)\b (?:me )?(?:a |an |some |a few |few |a couple |couple |more )+(?:\w+ )?(?:pics?|photos?)\b",
     "(?:a |an |some |a few |few |a couple |couple |more )+", "send " + "a few " * 40 + "x"),
]


@pytest.mark.parametrize(("pattern", "repetition", "attack"), EXPONENTIAL)
def test_exponential_patterns_are_found_and_really_explode(pattern: str, repetition: str, attack: str | None) -> None:
    found = find_ambiguity(pattern)
    assert found is not None and found.repetition == repetition
    assert regex.compile(found.repetition, regex.I | regex.V0).fullmatch(found.example)  # the example fits
    if attack is None:
        return
    with pytest.raises(TimeoutError):
        regex.compile(pattern, regex.I | regex.V0).search(attack, timeout=0.05)


SAFE = [
    (r"(?:\w+ )*!", "a " * 2000),  # each round ends with a space the word cannot hold
    (r"(a|ab)*c", "ab" * 2000),  # overlapping starts, but one way to read any text
    (r"(?:want|need) (?:some |a |an |free |new )*(?:money|cash)\b", "want " + "a new " * 500 + "x"),
    (r"\b(?:send|snap)\b (?:me )?(?:a |an |some |few |couple |more )+(?:\w+ )?(?:pics?|photos?)\b",
     "send " + "a few " * 500 + "x"),
    (r"(?:\w+(?!\w) ?)*!", "ab " * 2000),  # the lookahead ends each word
    (r"\w+\s?\w+!", "a" * 3000),  # polynomial, not exponential: left to the time limit
    (r"[^.!?]{0,30}\b(?:secret)\b.{0,20}", "x" * 4000),
    (r"(\w)\1+", "a" * 3000),  # a back-reference matches one text, one way
]


@pytest.mark.parametrize(("pattern", "text"), SAFE)
def test_safe_patterns_pass_and_finish(pattern: str, text: str) -> None:
    assert find_ambiguity(pattern) is None
    regex.compile(pattern, regex.I | regex.V0).search(text, timeout=1.0)  # no TimeoutError


def test_the_fixed_english_patterns_match_what_they_matched() -> None:
    """Dropping "a new " (= "a " + "new ") changes no match, only the number of ways to find it."""
    old = regex.compile(EXPONENTIAL[5][0], regex.I | regex.V0)
    new = regex.compile(SAFE[2][0].replace("(?:want|need)", "(?:want|wanna|need|like)").replace(
        "(?:money|cash)", "(?:steam )?(?P<anchor>money|cash)"), regex.I | regex.V0)
    words = ["some ", "a ", "an ", "free ", "new "]
    texts = [f"want {a}{b}{c}money" for a in words + [""] for b in words + [""] for c in words + [""]]
    texts += [t.replace("money", "cash!") for t in texts] + ["want a new free cash", "like an free new money"]
    for t in texts:
        m_old, m_new = old.search(t), new.search(t)
        assert (m_old and m_old.span()) == (m_new and m_new.span()), t


@pytest.mark.parametrize(("pattern", "construct"), [
    (r"(?:secret){e<=1}", "fuzzy matching"),
    (r"(a(?R)?b)", "recursion"),
    (r"(a)?(?(1)b|c)", "conditional"),
    (r"(?|(a)|(b))", "branch reset"),
    (r"\Xsecret", "grapheme"),
    (r"(?V1)[[a-z]--[aeiou]]", "version"),
])
def test_syntax_the_check_cannot_read_is_named(pattern: str, construct: str) -> None:
    regex.compile(pattern)  # valid for `regex` ...
    with pytest.raises(UnsupportedSyntax, match=construct):  # ... but not something Lookout can check
        find_ambiguity(pattern)


# ----- bounded patterns: where a search provably ends without a clock --------------------------

@pytest.mark.parametrize(("pattern", "bound"), [
    (r"\b(?P<age>\d{1,2})f\b", (2 * 6, False)),  # 2 ways, of at most 6 steps (one to leave \d{1,2})
    (r"^(?P<age>\d{1,2}) ?(?:m|f)\b", (8 * 8, True)),  # anchored: only the start is tried
    (r"secret", (6, False)),
    (r"\w+ secret", None),  # no upper limit on \w+
    (r"(\w)\1", None),  # a back-reference: its length is not known here
    (r"(?:a|b){0,60}x", (10**12, False)),  # bounded, but far too many ways to be worth it
])
def test_search_cost(pattern: str, bound: tuple[int, bool] | None) -> None:
    assert search_cost(pattern) == bound


def test_untimed_searches_are_only_those_that_end_quickly() -> None:
    assert untimed_chars(r"\b(?P<age>\d{1,2})f\b") == UNTIMED_STEPS // 12 - 1
    assert untimed_chars(r"(?:a|b){0,60}x") == -1 and untimed_chars(r"\w+ secret") == -1


BOUNDED_PIECES = ["a", "b", "x", " ", "(?:", ")", "|", "?", "{1,3}", "{0,2}", "[ab]", "\\b", "(?=a)", "(?!b)"]


@settings(max_examples=150, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(st.lists(st.sampled_from(BOUNDED_PIECES), min_size=1, max_size=9).map("".join),
       st.text(alphabet="abx ", min_size=0, max_size=60))
def test_the_bound_holds_for_a_backtracking_matcher(pattern: str, text: str) -> None:
    """Counted by the step-counting matcher of tests/rules/regex_steps.py: within a small constant
    (its steps include jumps and group marks) of (positions) x (the bound) for every text."""
    try:
        compiled = re.compile(pattern)
    except re.error:
        return
    bound = search_cost(pattern)
    if bound is None:
        return
    steps, anchored = bound
    limit = (steps + len(text) + 1) if anchored else (len(text) + 1) * steps
    counted = scan_steps(compile_pattern(compiled), text, 10**9)
    assert counted <= 6 * limit + 10 * (len(text) + 1)
