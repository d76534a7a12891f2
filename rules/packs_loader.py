"""Reads rule packs (TOML) into validated, compiled rules.

Packs are written by people, often moderators editing a copy, so every problem is reported with the
file, the rule id and the field, and what to do about it, instead of a stack trace.

A pack is also input Lookout must survive: a file of any size or shape, and patterns that could
take minutes on a crafted message. So a pack is read only up to MAX_PACK_BYTES, holds at most
MAX_RULES rules (a 50,000-rule pack once took 2.6 GB), and every pattern must pass
rules.backtracking's check for repetitions that match one text in many ways, bundled packs included.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import regex

from rules.anchors import MIN_ANCHOR, extract_anchors
from rules.backtracking import ADVICE, TooComplex, find_ambiguity
from rules.categories import CATEGORY_SET
from rules.regex_syntax import RegexSyntaxError, UnsupportedSyntax
from rules.startup_cache import process_cache

PACKS_DIR = Path(__file__).parent / "packs"
TEXT_FORMS = ("normalized", "light", "raw")
_FLAGS = regex.IGNORECASE | regex.V0
MIN_AGE, MAX_AGE = 6, 99

# Limits on what one pack may hold. The bundled English pack, the largest, is about 100 KB with 57
# rules, 11 patterns per rule at most and patterns of up to 530 characters: these leave ample room.
MAX_PACK_BYTES = 1_000_000
MAX_RULES = 1_000  # [[rule]] tables per pack
MAX_AGES = 200  # [[age]] tables per pack
MAX_PATTERNS = 100  # patterns (and again unless patterns) per rule
MAX_PATTERN_CHARS = 2_000
MAX_EXAMPLES = 200  # examples plus counterexamples per rule or age pattern
MAX_GUARDS = 200  # [[guard]] tables per pack


class RulePackError(ValueError):
    """A pack cannot be used as written. The message names the file, rule and field."""


@dataclass(slots=True)
class Pattern:
    source: str
    compiled: regex.Pattern[str]
    anchors: frozenset[str]


@dataclass(slots=True)
class Rule:
    id: str
    category: str
    weight: float
    pack: str
    language: str
    on: str
    patterns: list[Pattern]
    unless: list[regex.Pattern[str]]
    examples: list[str]
    counterexamples: list[str]
    source: Path
    trusted: bool = True  # bundled packs; user packs run with a time limit
    description: str = ""
    # Built-in rules only (rules/contacts.py, rules/hidden_terms.py): a further test of a match, in Python,
    # that must pass; it also gets the message's (normalised, light, raw) texts.
    check: Callable[[regex.Match[str], tuple[str, str, str]], bool] | None = None
    # Built-in rules only: False when, from the message's (normalised, light, raw) texts alone, the rule
    # cannot fire, so its patterns are not searched at all (rules/hidden_terms.py: nothing was disguised).
    applies: Callable[[tuple[str, str, str]], bool] | None = None
    neutral: bool = False  # runs whatever the message's language (rules/README.md, "Language routing")


GUARD_KINDS = ("advisory", "quoted", "everyday")


@dataclass(slots=True)
class Guard:
    """Context that makes a message talk *about* grooming instead of doing it (rules/README.md,
    "Guards"): safety advice, server rules and staff notices (`advisory`), a dialogue quoted for
    a lesson (`quoted`), or a request whose own words give it an everyday reason between adults, family
    or staff (`everyday`: the baby is asleep, a parcel to ship, cameras on for the register). When one
    applies, the rule hits of the categories it covers are set aside."""

    id: str
    kind: str
    pack: str
    language: str
    on: str
    patterns: list[regex.Pattern[str]]
    unless: list[regex.Pattern[str]]
    covers: frozenset[str]  # categories whose hits it sets aside; empty: all
    examples: list[str]
    counterexamples: list[str]
    source: Path
    trusted: bool = True
    description: str = ""
    neutral: bool = False  # runs whatever the message's language (a shape, not words: quotation marks)


@dataclass(slots=True)
class AgePattern:
    id: str
    compiled: regex.Pattern[str]
    examples: list[tuple[str, int]]
    counterexamples: list[str]
    source: Path
    offset: int = 0  # added to the captured number ("i turn 14 next month": offset = -1)
    trusted: bool = True  # from a bundled pack


@dataclass(slots=True)
class Pack:
    id: str
    language: str
    description: str
    source: Path
    rules: list[Rule] = field(default_factory=list)
    ages: list[AgePattern] = field(default_factory=list)
    guards: list[Guard] = field(default_factory=list)


def _err(path: Path, where: str, what: str) -> RulePackError:
    return RulePackError(f"{path}: {where}: {what}")


def str_list(path: Path, where: str, value: Any, *, required: bool) -> list[str]:
    if value is None:
        if required:
            raise _err(path, where, "is missing; give a list of strings")
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(path, where, f"must be a list of strings, got {type(value).__name__}")
    if required and not value:
        raise _err(path, where, "is empty; give at least one")
    return list(value)


def compile_pattern(path: Path, where: str, source: str) -> regex.Pattern[str]:
    """Compile a pattern, refusing it if it is too long or can backtrack exponentially."""
    if len(source) > MAX_PATTERN_CHARS:
        raise _err(path, where, f"pattern of {len(source):,} characters (starting {source[:40]!r}) is longer than "
                   f"{MAX_PATTERN_CHARS:,}; split it into several patterns")
    facts = process_cache()
    if facts.is_safe(source):
        # It compiled and passed every check at an earlier start-up with the same code and `regex`
        # (rules.startup_cache): compiling is most of a warm start-up, so it waits for the first search.
        return cast(regex.Pattern[str], LazyPattern(source, _FLAGS))
    try:
        compiled = regex.compile(source, _FLAGS)
    except regex.error as exc:
        raise _err(path, where, f"invalid regular expression {source!r}: {exc}") from None
    try:
        ambiguity = find_ambiguity(source)
    except UnsupportedSyntax as exc:
        raise _err(path, where, f"{source!r} uses {exc.args[0]}; Lookout only loads patterns it can check "
                   "for catastrophic backtracking, so write it without that") from None
    except RegexSyntaxError as exc:
        raise _err(path, where, f"{source!r} could not be checked for catastrophic backtracking ({exc}); "
                   "write it with plain `regex` syntax") from None
    except TooComplex as exc:
        raise _err(path, where, f"{source[:60]!r}... is too large to check ({exc}); split it into several "
                   "patterns") from None
    if ambiguity is not None:
        raise _err(path, where, f"{source!r}: {ambiguity.describe()}; {ADVICE}")
    facts.mark_safe(source)
    return compiled


class LazyPattern:
    """A `regex` pattern compiled at its first use, standing in for regex.Pattern.

    Most patterns of the packs wake for a few messages a day, so a warm start-up need not compile
    them all. `search` is a slot that holds the compiled pattern's own bound method after the first
    call, so the engine's hot path pays no extra call; anything else is read from the compiled pattern.
    A lost race between threads only compiles twice.
    """

    __slots__ = ("pattern", "flags", "search", "_compiled")

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None
        self.search: Callable[..., regex.Match[str] | None] = self._first_search

    def compiled(self) -> regex.Pattern[str]:
        got = self._compiled
        if got is None:
            got = self._compiled = regex.compile(self.pattern, self.flags)
            self.search = got.search
        return got

    def _first_search(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled().search(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # only called for what the slots do not hold
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def _limit(path: Path, where: str, items: list[Any], most: int, what: str) -> None:
    if len(items) > most:
        raise _err(path, where, f"has {len(items):,} {what}, more than the {most:,} allowed; "
                   "split it into several packs or rules")


def _unless(path: Path, where: str, raw: dict[str, Any]) -> list[regex.Pattern[str]]:
    """A rule's or guard's `unless` patterns: any of them matching cancels it."""
    sources = str_list(path, f"{where}.unless", raw.get("unless"), required=False)
    _limit(path, f"{where}.unless", sources, MAX_PATTERNS, "patterns")
    return [compile_pattern(path, f"{where}.unless[{i}]", s) for i, s in enumerate(sources)]


def _neutral(path: Path, where: str, raw: dict[str, Any]) -> bool:
    neutral = raw.get("neutral", False)
    if not isinstance(neutral, bool):
        raise _err(path, f"{where}.neutral", f"{neutral!r} must be true or false")
    return neutral


def _examples(path: Path, where: str, raw: dict[str, Any]) -> tuple[list[str], list[str]]:
    examples = str_list(path, f"{where}.examples", raw.get("examples"), required=False)
    counterexamples = str_list(path, f"{where}.counterexamples", raw.get("counterexamples"), required=False)
    _limit(path, where, examples + counterexamples, MAX_EXAMPLES, "examples and counterexamples")
    return examples, counterexamples


def _load_rule(path: Path, pack: Pack, index: int, raw: Any, trusted: bool) -> Rule:
    where = f"rule[{index}]"
    if not isinstance(raw, dict):
        raise _err(path, where, "must be a table ([[rule]])")
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid.strip():
        raise _err(path, f"{where}.id", "is missing; every rule needs a stable id like 'en.secrecy.dont_tell'")
    where = f"rule {rid!r}"
    category = raw.get("category")
    if category not in CATEGORY_SET:
        raise _err(path, f"{where}.category", f"{category!r} is not a known category; use one of "
                   + ", ".join(sorted(CATEGORY_SET)))
    weight = raw.get("weight", 0.5)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 1:
        raise _err(path, f"{where}.weight", f"{weight!r} must be a number in (0, 1]")
    on = raw.get("on", "normalized")
    if on not in TEXT_FORMS:
        raise _err(path, f"{where}.on", f"{on!r} must be one of {', '.join(TEXT_FORMS)}")
    sources = str_list(path, f"{where}.patterns", raw.get("patterns", raw.get("pattern")), required=True)
    _limit(path, f"{where}.patterns", sources, MAX_PATTERNS, "patterns")
    explicit = str_list(path, f"{where}.anchors", raw.get("anchors"), required=False)
    patterns: list[Pattern] = []
    for i, src in enumerate(sources):
        compiled = compile_pattern(path, f"{where}.patterns[{i}]", src)
        anchors = frozenset(a.lower() for a in explicit) if explicit else process_cache().anchors(src, extract_anchors)
        if not anchors or min(len(a) for a in anchors) < MIN_ANCHOR:
            raise _err(path, f"{where}.patterns[{i}]", f"{src!r} has no literal anchor of {MIN_ANCHOR}+ "
                       "characters that every match contains, so it would run on every message; "
                       "add a fixed word to it or list one with anchors = [...]")
        patterns.append(Pattern(src, compiled, anchors))
    unless = _unless(path, where, raw)
    known = {"id", "category", "weight", "on", "patterns", "pattern", "anchors", "unless", "examples",
             "counterexamples", "description", "notes", "neutral"}
    extra = sorted(set(raw) - known)
    if extra:
        raise _err(path, where, f"unknown field(s) {', '.join(extra)}; allowed: {', '.join(sorted(known))}")
    neutral = _neutral(path, where, raw)
    examples, counterexamples = _examples(path, where, raw)
    return Rule(
        id=rid, category=category, weight=float(weight), pack=pack.id, language=pack.language, on=on,
        patterns=patterns, unless=unless, examples=examples, counterexamples=counterexamples,
        source=path, trusted=trusted, description=str(raw.get("description", "")), neutral=neutral,
    )


def _load_guard(path: Path, pack: Pack, index: int, raw: Any, trusted: bool) -> Guard:
    where = f"guard[{index}]"
    if not isinstance(raw, dict):
        raise _err(path, where, "must be a table ([[guard]])")
    gid = raw.get("id")
    if not isinstance(gid, str) or not gid.strip():
        raise _err(path, f"{where}.id", "is missing; every guard needs a stable id like 'en.guard.safety_advice'")
    where = f"guard {gid!r}"
    known = {"id", "kind", "on", "patterns", "pattern", "unless", "covers", "examples", "counterexamples",
             "description", "notes", "neutral"}
    extra = sorted(set(raw) - known)
    if extra:
        raise _err(path, where, f"unknown field(s) {', '.join(extra)}; allowed: {', '.join(sorted(known))}")
    kind = raw.get("kind")
    if kind not in GUARD_KINDS:
        raise _err(path, f"{where}.kind", f"{kind!r} must be one of {', '.join(GUARD_KINDS)}")
    on = raw.get("on", "light")
    if on not in TEXT_FORMS:
        raise _err(path, f"{where}.on", f"{on!r} must be one of {', '.join(TEXT_FORMS)}")
    sources = str_list(path, f"{where}.patterns", raw.get("patterns", raw.get("pattern")), required=True)
    _limit(path, f"{where}.patterns", sources, MAX_PATTERNS, "patterns")
    patterns = [compile_pattern(path, f"{where}.patterns[{i}]", src) for i, src in enumerate(sources)]
    unless = _unless(path, where, raw)
    covers = str_list(path, f"{where}.covers", raw.get("covers"), required=False)
    unknown = sorted(set(covers) - CATEGORY_SET)
    if unknown:
        raise _err(path, f"{where}.covers", f"{', '.join(map(repr, unknown))} not a known category; use "
                   + ", ".join(sorted(CATEGORY_SET)) + " (or leave covers out to cover them all)")
    neutral = _neutral(path, where, raw)
    examples, counterexamples = _examples(path, where, raw)
    return Guard(id=gid, kind=kind, pack=pack.id, language=pack.language, on=on, patterns=patterns,
                 unless=unless, covers=frozenset(covers), examples=examples, counterexamples=counterexamples,
                 source=path, trusted=trusted, description=str(raw.get("description", "")), neutral=neutral)


def _load_age(path: Path, index: int, raw: Any, trusted: bool = True) -> AgePattern:
    where = f"age[{index}]"
    if not isinstance(raw, dict):
        raise _err(path, where, "must be a table ([[age]])")
    aid = str(raw.get("id") or f"{path.stem}.age.{index}")
    src = raw.get("pattern")
    if not isinstance(src, str):
        raise _err(path, f"age {aid!r}.pattern", "is missing; give a pattern with a group (?P<age>..) or (?P<grade>..)")
    compiled = compile_pattern(path, f"age {aid!r}.pattern", src)
    if not {"age", "grade"} & set(compiled.groupindex):
        raise _err(path, f"age {aid!r}.pattern", "needs a named group 'age' or 'grade'")
    examples: list[tuple[str, int]] = []
    raw_examples = raw.get("examples", [])
    if not isinstance(raw_examples, list):
        raise _err(path, f"age {aid!r}.examples", "must be a list of [text, age] pairs")
    _limit(path, f"age {aid!r}.examples", raw_examples, MAX_EXAMPLES, "examples")
    for i, ex in enumerate(raw_examples):
        if not (isinstance(ex, list) and len(ex) == 2 and isinstance(ex[0], str) and isinstance(ex[1], int)):
            raise _err(path, f"age {aid!r}.examples[{i}]", "must be a [text, age] pair")
        examples.append((ex[0], ex[1]))
    counter = str_list(path, f"age {aid!r}.counterexamples", raw.get("counterexamples"), required=False)
    offset = raw.get("offset", 0)
    if isinstance(offset, bool) or not isinstance(offset, int) or not -5 <= offset <= 5:
        raise _err(path, f"age {aid!r}.offset", f"{offset!r} must be a whole number from -5 to 5")
    known = {"id", "pattern", "examples", "counterexamples", "offset", "description", "notes"}
    extra = sorted(set(raw) - known)
    if extra:
        raise _err(path, f"age {aid!r}", f"unknown field(s) {', '.join(extra)}; allowed: {', '.join(sorted(known))}")
    return AgePattern(aid, compiled, examples, counter, path, offset, trusted)


def read_pack_toml(path: Path) -> dict[str, Any]:
    """The pack file's TOML, or a RulePackError saying in one line what is wrong and what to do."""
    try:
        if path.is_dir():
            raise RulePackError(f"{path}: is a folder, not a pack file; give the path of a .toml file "
                                "(the bundled packs are in rules/packs/)")
        with path.open("rb") as f:
            data = f.read(MAX_PACK_BYTES + 1)
    except FileNotFoundError:
        raise RulePackError(f"{path}: file not found; check the path in [rules] packs") from None
    except PermissionError:
        raise RulePackError(f"{path}: cannot be read (permission denied); make it readable by the user "
                            "Lookout runs as") from None
    except OSError as exc:
        raise RulePackError(f"{path}: cannot be read ({exc.strerror or exc}); check the path in [rules] "
                            "packs") from None
    if len(data) > MAX_PACK_BYTES:
        raise RulePackError(f"{path}: larger than {MAX_PACK_BYTES:,} bytes, the most a pack may be (the "
                            "largest bundled pack is about 100 KB); split it into several packs")
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RulePackError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"{path}: invalid TOML: {exc}") from None
    except (RecursionError, MemoryError):
        raise RulePackError(f"{path}: TOML nested too deeply to read; a rule pack needs only tables of "
                            "strings and lists, so check the file is the pack you meant") from None


def load_pack(path: Path, *, trusted: bool = True) -> Pack:
    """Parse and compile one pack file. Raises RulePackError naming the problem."""
    data = read_pack_toml(path)
    meta = data.get("pack", {})
    if not isinstance(meta, dict):
        raise _err(path, "[pack]", "must be a table")
    pack = Pack(
        id=str(meta.get("id") or path.stem),
        language=str(meta.get("language") or path.stem),
        description=str(meta.get("description", "")),
        source=path,
    )
    rules = data.get("rule", [])
    if not isinstance(rules, list):
        raise _err(path, "rule", "must be an array of tables ([[rule]])")
    _limit(path, "[[rule]]", rules, MAX_RULES, "rules")
    ages = data.get("age", [])
    if not isinstance(ages, list):
        raise _err(path, "age", "must be an array of tables ([[age]])")
    _limit(path, "[[age]]", ages, MAX_AGES, "age patterns")
    seen: set[str] = set()
    for i, raw in enumerate(rules):
        rule = _load_rule(path, pack, i, raw, trusted)
        if rule.id in seen:
            raise _err(path, f"rule {rule.id!r}", "duplicate id; rule ids must be unique")
        seen.add(rule.id)
        pack.rules.append(rule)
    for i, raw in enumerate(ages):
        pack.ages.append(_load_age(path, i, raw, trusted))
    guards = data.get("guard", [])
    if not isinstance(guards, list):
        raise _err(path, "guard", "must be an array of tables ([[guard]])")
    _limit(path, "[[guard]]", guards, MAX_GUARDS, "guards")
    for i, raw in enumerate(guards):
        guard = _load_guard(path, pack, i, raw, trusted)
        if guard.id in seen:
            raise _err(path, f"guard {guard.id!r}", "duplicate id; rule and guard ids must be unique")
        seen.add(guard.id)
        pack.guards.append(guard)
    _apply_routing(path, pack, data.get("routing"))
    return pack


def _apply_routing(path: Path, pack: Pack, raw: Any) -> None:
    """The pack's [routing] table: `neutral`, ids of its rules that run whatever the language.

    The same as `neutral = true` on each rule; kept at the end of a pack so that the list can be
    read (and merged) in one place.
    """
    if raw is None:
        return
    if not isinstance(raw, dict):
        raise _err(path, "[routing]", "must be a table")
    extra = sorted(set(raw) - {"neutral", "notes"})
    if extra:
        raise _err(path, "[routing]", f"unknown field(s) {', '.join(extra)}; allowed: neutral, notes")
    ids = str_list(path, "[routing].neutral", raw.get("neutral"), required=False)
    by_id = {r.id: r for r in pack.rules}
    for rid in ids:
        rule = by_id.get(rid)
        if rule is None:
            raise _err(path, "[routing].neutral", f"{rid!r} is not a rule of this pack; list ids of its [[rule]]s")
        rule.neutral = True


def bundled_pack_paths(languages: list[str] | None = None) -> list[Path]:
    paths = sorted(PACKS_DIR.glob("*.toml"))
    if languages:
        wanted = {lang.strip().lower() for lang in languages}
        paths = [p for p in paths if p.stem.lower() in wanted]
    return paths
