"""The rule engine: normalise once, prefilter with Aho-Corasick, run only the rules that can match.

A naive engine runs every rule's regular expression on every message; with a few hundred rules
that is far too slow for a busy server. Each pattern has a literal anchor (rules/anchors.py); one
automaton pass over the message finds which anchors occur, and only those patterns run.

Hostile text must not stall it either. The work per message is bounded three ways: no pattern can
backtrack exponentially (the loader refuses them, rules/backtracking.py); every search has a time
limit, and rules that keep hitting it on chat-sized text are switched off when they come from a
moderator's pack (rules/timeouts.py); and a long text is read in windows of bounded size
(rules/windows.py), so a search never reads more than one window, while the normaliser reads the
whole text in linear time. Engine.rule_health() tells status commands which rules timed out.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import ahocorasick_rs
import regex

from rules.age_words import AGE_WORDS, with_digits
from rules.anchors import MIN_ANCHOR, extract_anchors, narrower_anchor, required_literals
from rules.backtracking import search_cost
from rules.contacts import contact_pack
from rules.emoji_cues import emoji_pack
from rules.hidden_terms import hidden_term_pack
from rules.language import LANGUAGES, detect
from rules.normalize import (
    BATCH_NEEDLES,
    BATCH_SEP,
    LATE_STEP_TRIGGERS,
    batch_forms,
    forms,
    is_plain,
    late_steps,
    normalize,
    plain_steps_change,
    squeeze_repeats,
)
from rules.packs_loader import (
    MAX_AGE,
    MIN_AGE,
    AgePattern,
    Guard,
    Pack,
    Rule,
    RulePackError,
    bundled_pack_paths,
    load_pack,
)
from rules.startup_cache import packs_fingerprint, process_cache
from rules.timeouts import MAX_TIMEOUTS_PER_MESSAGE, PATTERN_TIMEOUT, RuleHealth, TimeoutLedger
from rules.types import Detection, RuleHit
from rules.windows import WINDOW_CHARS, accepts, windows, windows_holding

log = logging.getLogger(__name__)

MAX_TOTAL_RULES = 5_000  # over all packs of one engine (each pack holds at most packs_loader.MAX_RULES)
PLAN_CACHE_SIZE = 4096  # distinct candidate masks remembered by Engine._candidates
BATCH_SIZE = 1000  # messages per analyze_many call that callers with many messages use (bench/README.md)
_DIGIT = regex.compile(r"\d")
# An age pattern written `^\W{0,3}...` reads a two-digit age that leads the line ("13 here", "me? 13",
# "m14"): its age, written `(?P<age>[1-9]\d)`, starts within the first LEAD_CHARS characters, so a line
# without a two-digit number there is not searched (tests/rules/test_ages.py checks the packs keep to
# this). Such patterns have too many ways to match for a provable bound (untimed_chars), and a timed
# search costs more than the whole of most messages; the gate leaves them a few lines in a hundred.
LEAD_PREFIX = "^\\W{0,3}"
LEAD_CHARS = 24
_LEAD_AGE = regex.compile(r"(?<!\d)[1-9]\d(?!\d)")
_FORM_INDEX = {"normalized": 0, "light": 1, "raw": 2}  # position of each text form in what _run gets
_RAW = _FORM_INDEX["raw"]
# What the batch automaton's values hold (Engine._build_batch_automaton): six flags, then patterns.
_B_SQUEEZE, _B_OTHER, _B_SPACED, _B_LEET, _B_DIGIT, _B_AGE_WORD = 1, 2, 4, 8, 16, 32
_B_SHIFT = 6
_B_FLAGS = (1 << _B_SHIFT) - 1
_ASCII_DIGITS = b"0123456789"
# Per pattern: (rule index, rule, compiled pattern, required literal sets, index of its text form, the
# longest text it searches without a time limit, and the same two for each of the rule's `unless`).
_PlanEntry = tuple[int, Rule, regex.Pattern[str], tuple[tuple[str, ...], ...], int, int,
                   tuple[tuple[regex.Pattern[str], int], ...]]
# A guard's patterns: (pattern, its bit in Engine._guard_auto, the longest text searched untimed).
_GuardPlan = tuple[tuple[regex.Pattern[str], int, int], ...]
# Below this many backtracking steps a search surely ends within about a millisecond: patterns whose
# search on a text is bounded that low (rules.backtracking.search_cost) run without the clock.
UNTIMED_STEPS = 20_000


def untimed_chars(pattern: str) -> int:
    """The longest text `pattern` may search without a time limit (-1: none; see UNTIMED_STEPS).

    The limit costs a few microseconds of clock reads per search, more than the search of a short
    message by most patterns; it is only needed where the work can grow past it.
    """
    return process_cache().untimed(pattern, _untimed_chars)


def _untimed_chars(pattern: str) -> int:
    bound = search_cost(pattern)
    if bound is None:
        return -1
    steps, anchored = bound
    if anchored:  # one attempt at the start, then one failed step per position
        return UNTIMED_STEPS - steps
    return UNTIMED_STEPS // max(steps, 1) - 1


def _make_detection(text: str, normalized: str, hits: tuple[RuleHit, ...], age: int | None,
                    errors: tuple[str, ...], screened: tuple[str | None, str | None, tuple[RuleHit, ...]]
                    = (None, None, ())) -> Detection:
    """Detection(...) without the named tuple's keyword-handling __new__ (one Python call less).
    `screened`: (language, guard, suppressed) from Engine._screen, for messages a rule matched."""
    return _new_tuple(Detection, (text, normalized, hits, age, errors, *screened))


_new_tuple = tuple.__new__

@dataclass(frozen=True, slots=True)
class ExampleFailure:
    rule_id: str
    source: Path
    text: str
    expected: str  # "match", "no match", or "age N"
    got: str

    def __str__(self) -> str:
        kind = "guard" if ".guard." in self.rule_id else "rule"
        return (f"{self.source}: {kind} {self.rule_id!r}: expected {self.expected} for {self.text!r}, "
                f"got {self.got}")


# Above this many characters of keys an automaton is built as a contiguous NFA, not a DFA (memory).
DFA_MAX_KEY_CHARS: Final = 200_000


class _Automaton:
    """Anchors of one text form → the patterns that need them, as a bit mask (bit i: pattern i).

    Masks are cheaper than sets: OR-ing a few ints beats building and sorting a set per message,
    and reading the bits from the lowest up gives the candidates in pattern order. The automaton is
    ahocorasick_rs's DFA for small key sets: on chat-length text it is about a third faster per call
    than pyahocorasick (bench/README.md). For the few automata over every rule's anchors (about 50,000
    keys, 800,000 characters) a DFA held some 270 MB each, 830 MB of a bare engine's 960 MB, and took
    3 s to build, for no speed a benchmark could tell apart; those use the contiguous NFA.
    """

    def __init__(self, *, over_bytes: bool = False) -> None:
        self._entries: dict[str, int] = {}
        self._over_bytes = over_bytes  # search ASCII bytes (ASCII keys only) instead of str
        self.masks: list[int] = []  # mask of the i-th key
        self.find: Callable[[Any, bool], list[tuple[int, int, int]]] | None = None

    def add(self, anchor: str, pattern_index: int) -> None:
        self._entries[anchor] = self._entries.get(anchor, 0) | (1 << pattern_index)

    def add_mask(self, key: str, mask: int) -> None:
        self._entries[key] = self._entries.get(key, 0) | mask

    def add_all(self, other: _Automaton) -> None:
        for anchor, mask in other._entries.items():
            self._entries[anchor] = self._entries.get(anchor, 0) | mask

    @property
    def keys(self) -> list[str]:
        return list(self._entries)

    def build(self) -> None:
        keys = [k for k in self._entries if k.isascii()] if self._over_bytes else list(self._entries)
        if not keys:
            return
        self.masks = [self._entries[k] for k in keys]
        impl = ahocorasick_rs.Implementation.DFA if sum(map(len, keys)) <= DFA_MAX_KEY_CHARS else \
            ahocorasick_rs.Implementation.ContiguousNFA
        if self._over_bytes:
            self.find = ahocorasick_rs.BytesAhoCorasick([k.encode("ascii") for k in keys],
                                                        implementation=impl).find_matches_as_indexes
        else:
            self.find = ahocorasick_rs.AhoCorasick(keys, implementation=impl).find_matches_as_indexes

    def candidates(self, text: str) -> int:
        mask = 0
        if self.find is not None:
            masks = self.masks
            for key, _start, _end in self.find(text, True):
                mask |= masks[key]
        return mask


class Engine:
    """Matches messages against compiled rule packs. Safe to share: analysis keeps no state about
    messages (only a cache of candidate lists and the count of a user pattern's time-outs)."""

    def __init__(self, packs: Sequence[Pack], *, builtin: bool = True, routing: bool = True) -> None:
        self.packs = list(packs)
        self.rules: list[Rule] = [r for p in self.packs for r in p.rules]
        if builtin:  # contact details, emoji-only cues and disguised risk words: the same in every language
            self.rules += contact_pack().rules + emoji_pack().rules + hidden_term_pack().rules
        self.ages: list[AgePattern] = [a for p in self.packs for a in p.ages]
        self.guards: list[Guard] = [g for p in self.packs for g in p.guards]
        # Language routing (rules/README.md): per rule id, the language a message must be in for its
        # hits to count; None for neutral rules and packs in a language the detector does not know.
        self.routing = routing
        self._route: dict[str, str | None] = {
            r.id: None if r.neutral or r.language not in LANGUAGES else r.language for r in self.rules}
        self._build_guard_plans()
        self._build_age_prefilter()
        # Flattened patterns: (rule index, pattern); candidates are processed in this order.
        self._patterns: list[tuple[int, regex.Pattern[str]]] = []
        self._required: list[tuple[tuple[str, ...], ...]] = []  # per pattern, see rules.anchors.required_literals
        self._auto = {form: _Automaton() for form in ("normalized", "light", "raw")}
        facts = process_cache()  # answers remembered from earlier start-ups (rules.startup_cache)
        for ri, rule in enumerate(self.rules):
            for pat in rule.patterns:
                pi = len(self._patterns)
                self._patterns.append((ri, pat.compiled))
                # Only trusted rules: skipping a user pattern could hide that it times out. Their
                # prefilter key is the rarest literal text the pattern must hold (rules.anchors).
                keys = pat.anchors
                if rule.trusted:
                    if rule.on != "raw":
                        keys = facts.narrower(pat.source, keys, narrower_anchor) or keys
                    self._required.append(facts.required(pat.source, keys, required_literals))
                else:
                    self._required.append(())
                for anchor in keys:
                    self._auto[rule.on].add(anchor, pi)
        # What _run needs per pattern, in one tuple: one list lookup per candidate instead of four.
        unless = [tuple((u, untimed_chars(u.pattern)) for u in rule.unless) for rule in self.rules]
        self._plan: list[_PlanEntry] = [
            (ri, self.rules[ri], pattern, required, _FORM_INDEX[self.rules[ri].on], untimed_chars(pattern.pattern),
             unless[ri])
            for (ri, pattern), required in zip(self._patterns, self._required, strict=True)]
        # Most messages read the same in every form; then one pass over all forms' anchors suffices.
        self._any_form = _Automaton()
        for auto in self._auto.values():
            self._any_form.add_all(auto)
            auto.build()
        # The one-pass automaton also looks for what squeeze_repeats would change (see analyze), with
        # a bit no pattern uses.
        self._squeeze_bit = 1 << len(self._patterns)
        self._pattern_bits = self._squeeze_bit - 1
        for run in LATE_STEP_TRIGGERS:  # squeezable runs and the words rules.evasion rewrites
            self._any_form.add_mask(run, self._squeeze_bit)
        # And for ages written as words ("im thirteen", rules.age_words), with the next bit: messages
        # without a digit are not read for an age otherwise, and this way finding them costs nothing.
        self._word_bit = self._squeeze_bit << 1
        self._age_words = _Automaton()
        if self.ages:
            for word in AGE_WORDS:
                self._any_form.add_mask(word, self._word_bit)
                self._age_words.add_mask(word, 1)
        self._age_words.build()
        self._any_form.build()
        self._scan_all_forms = self._any_form.find
        self._all_forms_masks = self._any_form.masks
        self._needs_raw = bool(self._auto["raw"].keys)
        self._needs_light = bool(self._auto["light"].keys)
        self._build_batch_automaton()
        self._plan_cache: dict[int, tuple[_PlanEntry, ...]] = {}
        self._order = {rule.id: ri for ri, rule in enumerate(self.rules)}
        self._ledger = TimeoutLedger()
        self._disabled: set[int] = set()  # rules switched off after time-outs (see rules.timeouts)
        self._disabled_ages: set[int] = set()

    def _build_guard_plans(self) -> None:
        """Per guard: each pattern with its bit, and the longest text it may search without a time
        limit; per text form, an automaton of the patterns' anchors (rules.anchors) giving the bits of
        the patterns that can match a text, so that a message a rule matched is not searched by
        every guard (a hundred-odd patterns with gaps). Patterns without a usable anchor always run."""
        self._guard_plans: dict[str, tuple[_GuardPlan, tuple[tuple[regex.Pattern[str], int], ...]]] = {}
        self._guard_auto = {form: _Automaton() for form in _FORM_INDEX}
        self._guard_always = 0
        self._guard_order: list[tuple[Guard, int, int]] = []  # (guard, its form's index, its patterns' bits)
        bit = 0
        for g in self.guards:
            self._guard_order.append((g, _FORM_INDEX[g.on], ((1 << len(g.patterns)) - 1) << bit))
            plan = []
            for p in g.patterns:
                anchors = process_cache().anchors(p.pattern, extract_anchors) if g.on != "raw" else None
                if anchors and min(map(len, anchors)) >= MIN_ANCHOR:
                    for anchor in anchors:
                        self._guard_auto[g.on].add(anchor, bit)
                else:
                    self._guard_always |= 1 << bit
                plan.append((p, 1 << bit, untimed_chars(p.pattern)))
                bit += 1
            self._guard_plans[g.id] = (tuple(plan), tuple((u, untimed_chars(u.pattern)) for u in g.unless))
        for auto in self._guard_auto.values():
            auto.build()

    def _build_batch_automaton(self) -> None:
        """For analyze_many: anchors, squeeze runs and the normaliser's BATCH_NEEDLES, over bytes.

        A key's value holds its patterns' bits shifted above six flag bits (_B_SQUEEZE ...), so
        that the common questions about a message are asked of a small int. Batches need every
        anchor to be findable in the ASCII bytes of plain text and none to contain BATCH_SEP; packs
        breaking that (no bundled one does) are analysed one message at a time instead.
        """
        kinds = {"other": _B_OTHER, "spaced": _B_SPACED, "leet": _B_LEET, "digit": _B_DIGIT}
        auto = _Automaton(over_bytes=True)
        if self.ages:
            for word in AGE_WORDS:  # ASCII ones only: a batch holds plain ASCII text (the rest goes one by one)
                if word.isascii():
                    auto.add_mask(word, _B_AGE_WORD)
        for key, mask in self._any_form._entries.items():
            squeeze = _B_SQUEEZE if mask & self._squeeze_bit else 0
            auto.add_mask(key, (mask & self._pattern_bits) << _B_SHIFT | squeeze)
        for needle, kind in BATCH_NEEDLES.items():
            auto.add_mask(needle, kinds[kind])
        auto.build()
        self._batch_auto = auto
        anchors = self._any_form.keys
        self._batchable = auto.find is not None and not any(BATCH_SEP in a for a in anchors) and not any(
            is_plain(a) for a in anchors if not a.isascii())

    @property
    def languages(self) -> list[str]:
        return sorted({p.language for p in self.packs})

    def analyze(self, text: object) -> Detection:
        """What the rules see in one message. Never raises: odd input still gets a result."""
        errors: list[str] = []
        if not isinstance(text, str):
            text = text.decode("utf-8", "replace") if isinstance(text, bytes | bytearray) else str(text)
            errors.append("input was not text; decoded it")
        raw = text
        if len(raw) > WINDOW_CHARS:
            return self._analyze_long(text, errors)
        # plain: both forms are plain text (rules.normalize.is_plain). Plain text comes without its
        # last step, squeeze_repeats, which the automaton pass below tells whether it is needed.
        lt, full, plain, digits = forms(raw, squeeze=False)
        if len(full) > WINDOW_CHARS or len(lt) > WINDOW_CHARS:  # emoji words and ligatures grow text
            return self._analyze_long(text, errors)
        lowered = raw.lower() if self._needs_raw else lt
        cands = 0
        words: int | None = None  # whether a number word is there (rules.age_words); None: not looked for
        if full == lt and lowered == lt:
            if self._scan_all_forms is not None:  # inlined: this runs for nearly every message
                masks = self._all_forms_masks
                for key, _start, _end in self._scan_all_forms(full, True):
                    cands |= masks[key]
                words = cands & self._word_bit
                cands ^= words
            if cands & self._squeeze_bit:  # "sooo", "fone": the normalised form differs after all
                full = late_steps(full)
                cands = self._scan_forms(full, lt, lowered)
        else:
            if plain:
                full = squeeze_repeats(full)
            cands = self._scan_forms(full, lt, lowered)
        hits: tuple[RuleHit, ...] = ()
        screened: tuple[str | None, str | None, tuple[RuleHit, ...]] = (None, None, ())
        if cands:
            found = self._run(cands, (full, lt, raw), errors, plain)
            if found:
                hits, screened = self._screen(found, (full, lt, raw), errors, plain)
        age = None
        if digits:  # most messages surely have no digit, and then no declared age
            if plain:  # deleting digit bytes is cheaper than a regex search
                encoded = lt.encode()
                has_digit = len(encoded.translate(None, _ASCII_DIGITS)) != len(encoded)
            else:
                has_digit = _DIGIT.search(lt) is not None
            if has_digit:
                age = self._declared_age(lt, plain, None, errors)
        if age is None and (self._age_words.candidates(lt) if words is None else words):
            age = self._age_in_words(lt, plain, errors)
        return _make_detection(text, full, hits, age, tuple(errors) if errors else (), screened)

    def analyze_many(self, texts: Iterable[object]) -> list[Detection]:
        """What the rules see in each message: exactly [analyze(t) for t in texts], in less time.

        Meant for many messages at once (an export, a backlog): most of the cost of one short
        message is Python calling and returning, so the normaliser and the automaton run once over
        the batch, and only messages with something to look at are handled one by one.
        """
        items = list(texts)
        if len(items) < 2 or not self._batchable:
            return [self.analyze(t) for t in items]
        try:  # the usual case: all text, none too long, none holding the separator
            joined = BATCH_SEP.join(items)  # type: ignore[arg-type]  # TypeError if not all str
            if joined.count(BATCH_SEP) == len(items) - 1 and max(map(len, items)) <= WINDOW_CHARS:  # type: ignore[arg-type]
                return self._analyze_batch(items, joined)  # type: ignore[arg-type]
        except TypeError:
            pass
        # Odd input somewhere (rare): one by one, in order.
        return [self.analyze(t) for t in items]

    def _analyze_batch(self, strs: list[str], joined: str) -> list[Detection]:
        """analyze_many for at least two texts, none too long or holding BATCH_SEP, joined by it."""
        batch = batch_forms(strs, joined)
        lows, ends, others = batch.lows, batch.ends, batch.others
        # One automaton pass over the whole batch finds the anchors of every message and the
        # normaliser's BATCH_NEEDLES; `found` maps each message with anything in it to its bits.
        found: dict[int, int] = {}
        auto = self._batch_auto
        right, masks, find = bisect.bisect_right, auto.masks, auto.find
        assert find is not None  # _batchable says so
        for key, start, _end in find(batch.ascii, True):
            i = right(ends, start - 1)  # `ascii` starts with one BATCH_SEP more than `joined`
            found[i] = found.get(i, 0) | masks[key]
        # Most messages: nothing found. Built without a Python-level call per message.
        none = itertools.repeat(None)
        out: list[Detection] = list(map(_new_tuple, itertools.repeat(Detection), zip(
            strs, lows, itertools.repeat(()), none, itertools.repeat(()), none, none, itertools.repeat(()))))
        # In message order, so that a user pattern's time-outs add up (and disable it) exactly as
        # they would one message at a time.
        for i in sorted(found.keys() | others):
            mask = found.get(i, 0)
            flags = mask & _B_FLAGS
            if i in others or flags & _B_OTHER or flags & (_B_SPACED | _B_LEET) and plain_steps_change(
                    lows[i], bool(flags & _B_SPACED), bool(flags & _B_LEET)):
                # not plain, white space to collapse, spaced-out letters, leetspeak: one by one
                out[i] = self.analyze(strs[i])
                continue
            low = full = lows[i]
            cands = mask >> _B_SHIFT
            if flags & _B_SQUEEZE:  # "sooo": the normalised form is shorter (as in analyze)
                full = squeeze_repeats(low)
                cands = self._scan_forms(full, low, low)
            hits: tuple[RuleHit, ...] = ()
            screened: tuple[str | None, str | None, tuple[RuleHit, ...]] = (None, None, ())
            errors: list[str] = []
            if cands:
                found_hits = self._run(cands, (full, low, strs[i]), errors, True)
                if found_hits:
                    hits, screened = self._screen(found_hits, (full, low, strs[i]), errors, True)
            age = self._declared_age(low, True, None, errors) if flags & _B_DIGIT else None
            if age is None and flags & _B_AGE_WORD:
                age = self._age_in_words(low, True, errors)
            if hits or errors or age is not None or full is not low or screened[0] or screened[2]:
                out[i] = _make_detection(strs[i], full, hits, age, tuple(errors), screened)
        return out

    def _scan_forms(self, full: str, lt: str, lowered: str) -> int:
        """Candidates when the text forms differ: each form's automaton on its own text."""
        cands = self._auto["normalized"].candidates(full)
        if self._needs_light:
            cands |= self._auto["light"].candidates(lt)
        if self._needs_raw:
            cands |= self._auto["raw"].candidates(lowered)
        return cands

    def _candidates(self, cands: int) -> tuple[_PlanEntry, ...]:
        """The plan entries of the patterns in bit mask `cands`, in pattern order.

        Cached per mask: the same few anchor combinations wake patterns over and over, and walking
        the bits of an 800-bit int costs a few allocations per candidate. The cache only grows to
        PLAN_CACHE_SIZE masks (then starts again), and a lost race between threads only recomputes.
        """
        got = self._plan_cache.get(cands)
        if got is None:
            entries = []
            rest = cands
            while rest:
                low = rest & -rest
                rest ^= low
                entries.append(self._plan[low.bit_length() - 1])
            if len(self._plan_cache) >= PLAN_CACHE_SIZE:
                self._plan_cache.clear()
            got = self._plan_cache[cands] = tuple(entries)
        return got

    def _run(self, cands: int, forms: tuple[str, str, str], errors: list[str], plain: bool,
             window: tuple[int, int, list[tuple[int, int]]] | None = None, decided: set[int] | None = None,
             tally: list[int] | None = None) -> list[RuleHit]:
        """Run the candidate patterns (bit mask) in pattern order; a rule stops at its first hit.

        `forms` is (normalised, light, raw), indexed by _FORM_INDEX; `plain` says the first two are
        plain text (rules.normalize.is_plain). Most candidates fail their literal pre-check, so that
        check is inlined here rather than a function call. For a long text (_analyze_long),
        `window` is (start, end, all windows) of the candidates' form, `decided` the rules already
        decided in earlier windows and `tally` the message's time-outs so far.
        """
        hits: list[RuleHit] = []
        done = decided  # rules already decided; most calls decide none
        disabled = self._disabled
        skip_user = tally is not None and tally[0] >= MAX_TIMEOUTS_PER_MESSAGE
        for ri, rule, pattern, required, form, untimed, unless in self._candidates(cands):
            if done is not None and ri in done or disabled and ri in disabled:
                continue
            if skip_user and not rule.trusted:
                errors.append(f"rule {rule.id} skipped: too many time-outs in this message")
                continue
            if rule.applies is not None and not rule.applies(forms):
                continue
            target = forms[form]
            if required:
                if form == _RAW:
                    lowered = target.lower()
                    checkable = lowered.isascii()
                else:
                    lowered, checkable = target, plain
                if checkable:
                    missing = False
                    for alts in required:  # every set needs one of its alternatives
                        for a in alts:
                            if a in lowered:
                                break
                        else:
                            missing = True
                            break
                    if missing:
                        continue  # cannot match: some mandatory literal text is missing
            try:
                if window is None:
                    chars = len(target)
                    m = pattern.search(target) if chars <= untimed else pattern.search(target, timeout=PATTERN_TIMEOUT)
                    cancelled = m is not None and any(
                        (u.search(target) if chars <= u_untimed else u.search(target, timeout=PATTERN_TIMEOUT))
                        for u, u_untimed in unless)
                else:
                    m = self._search_window(pattern, target, window[0], window[1])
                    cancelled = m is not None and any(
                        self._search_window(u, target, lo, hi) is not None for u, _n in unless for lo, hi in window[2])
            except TimeoutError:
                tally = self._note_timeout(ri, errors, len(target), tally)
                skip_user = tally[0] >= MAX_TIMEOUTS_PER_MESSAGE
                continue
            if m is None or rule.check is not None and not rule.check(m, forms):
                continue
            if done is None:
                done = set()
            done.add(ri)  # a hit, or cancelled: `unless` reads the same text for every pattern of the rule
            if cancelled:
                continue
            hits.append(RuleHit(rule.id, rule.category, rule.weight, rule.pack, m.start(), m.end(),
                                m.group(0), rule.on))
        return hits

    def _screen(self, hits: list[RuleHit], forms: tuple[str, str, str], errors: list[str], plain: bool = False
                ) -> tuple[tuple[RuleHit, ...], tuple[str | None, str | None, tuple[RuleHit, ...]]]:
        """The hits that stand once the message's language and context are known, and (language,
        guard, hits the guard set aside).

        Runs only for messages some rule matched (a few in a hundred), so the language detector and
        the guards cost the many messages nothing. Routing drops hits of packs in a language the
        message is not in (rules.language); a guard that finds the message to be advice, a rule or
        a quotation sets aside the hits of the categories it covers.
        """
        full, lt, raw = forms
        guess = detect(raw, lt, full)
        allowed = guess.packs
        if self.routing and allowed is not None:
            route = self._route
            hits = [h for h in hits if (lang := route[h.rule_id]) is None or lang in allowed]
        guard_id: str | None = None
        suppressed: list[RuleHit] = []
        if hits and self.guards:
            woken = [-1, -1, -1]  # per text form: the bits of guard patterns that can match it (-1: not yet)
            for guard, form, bits in self._guard_order:
                mask = woken[form]
                if mask == -1:
                    mask = woken[form] = self._guard_always | self._guard_auto[guard.on].candidates(forms[form])
                if not mask & bits or (allowed is not None and not guard.neutral and guard.language in LANGUAGES
                                       and guard.language not in allowed):
                    continue  # none of its patterns can match, or not the message's language
                covered = [h for h in hits if not guard.covers or h.category in guard.covers]
                if not covered or not self._guard_applies(guard, forms, errors, mask):
                    continue
                guard_id = guard_id or guard.id
                suppressed.extend(covered)
                hits = [h for h in hits if guard.covers and h.category not in guard.covers]
                if not hits:
                    break
        return tuple(hits), (guess.language, guard_id, tuple(suppressed))

    def _guard_applies(self, guard: Guard, forms: tuple[str, str, str], errors: list[str], mask: int = -1) -> bool:
        """Whether a pattern of `guard` matches the message and none of its `unless` does. Only
        patterns whose bit is in `mask` can match (see _build_guard_plans; -1: try all). A guard
        that times out does not apply (the hits stand)."""
        text = forms[_FORM_INDEX[guard.on]]
        chars = len(text)
        patterns, unless = self._guard_plans[guard.id]
        try:
            for pattern, bit, untimed in patterns:
                if mask & bit and (pattern.search(text) if chars <= untimed
                                   else pattern.search(text, timeout=PATTERN_TIMEOUT)):
                    break
            else:
                return False
            return not any(u.search(text) if chars <= untimed else u.search(text, timeout=PATTERN_TIMEOUT)
                           for u, untimed in unless)
        except TimeoutError:
            errors.append(f"guard {guard.id} timed out")
            return False

    @staticmethod
    def _search_window(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
        """pattern.search within one window of a long text, run so the event loop's thread can go on
        (concurrent: `regex` lets go of the GIL while it matches)."""
        m = pattern.search(text, start, end, concurrent=True, timeout=PATTERN_TIMEOUT)
        return m if m is None or accepts(m.end(), end, len(text)) else None

    def _note_timeout(self, ri: int, errors: list[str], chars: int, tally: list[int] | None) -> list[int]:
        """Record a time-out of rule `ri` on a text of `chars` characters; the message's time-outs."""
        rule = self.rules[ri]
        errors.append(f"rule {rule.id} timed out")
        if self._ledger.note("rule", rule.id, rule.source, rule.trusted, chars):
            self._disabled.add(ri)
        tally = tally if tally is not None else [0]
        tally[0] += 1
        return tally

    def rule_health(self) -> list[RuleHealth]:
        """Rules and age patterns that timed out since the engine was built, and which are switched off
        (rules.timeouts explains when): what `/lookout status` shows moderators."""
        return self._ledger.report()

    def _analyze_long(self, text: str, errors: list[str]) -> Detection:
        """analyze() for a text longer than one window: every form is searched window by window.

        The normaliser reads the whole text (in linear time; zero-width padding disappears there), then
        each form's automaton finds its anchors once, and each pattern runs only in the windows that
        hold one of its anchors. A rule stops at its first hit, as for short texts.
        """
        lt, full, plain, digits = forms(text)
        texts = (full, lt, text)
        tally = [0]
        decided: set[int] = set()
        hits: list[RuleHit] = []
        for name, target, scanned in (("normalized", full, full), ("light", lt, lt),
                                      ("raw", text, text.lower() if self._needs_raw else "")):
            auto = self._auto[name]
            if auto.find is None:
                continue
            spans = windows(len(target))
            masks = [0] * len(spans)
            aligned = len(scanned) == len(target)  # lower() can change the length of exotic text
            for key, start, end in auto.find(scanned, True):
                mask = auto.masks[key]
                for k in (windows_holding(start, end, len(spans)) if aligned else range(len(spans))):
                    masks[k] |= mask
            for (lo, hi), cands in zip(spans, masks, strict=True):
                if cands:
                    hits.extend(self._run(cands, texts, errors, plain, (lo, hi, spans), decided, tally))
        hits.sort(key=lambda h: self._order[h.rule_id])
        screened: tuple[str | None, str | None, tuple[RuleHit, ...]] = (None, None, ())
        kept: tuple[RuleHit, ...] = ()
        if hits:
            kept, screened = self._screen(hits, texts, errors, plain)
        age = self._declared_age(lt, plain, tally, errors) if digits and _DIGIT.search(lt) else None
        return _make_detection(text, full, kept, age, tuple(errors) if errors else (), screened)

    @staticmethod
    def _age_from(ap: AgePattern, light_text: str, untimed: int = -1) -> int | None:
        """The age `ap` finds in the light text, searched window by window when it is long.
        `untimed`: the longest text it may search without a time limit. Raises TimeoutError."""
        if len(light_text) <= untimed:
            m = ap.compiled.search(light_text)
        elif len(light_text) <= WINDOW_CHARS:
            m = ap.compiled.search(light_text, timeout=PATTERN_TIMEOUT)
        else:
            m = None
            for lo, hi in windows(len(light_text)):
                m = Engine._search_window(ap.compiled, light_text, lo, hi)
                if m is not None:
                    break
        if m is None:
            return None
        groups = m.groupdict()
        try:
            if groups.get("age"):
                age = int(groups["age"])
            elif groups.get("grade"):
                age = int(groups["grade"]) + 5
            else:
                return None
        except ValueError:
            return None
        age += ap.offset
        return age if MIN_AGE <= age <= MAX_AGE else None

    def _build_age_prefilter(self) -> None:
        """One automaton for the literal text each declared-age pattern needs (plain text only).

        Messages with a digit (about one in fourteen) are tried against every age pattern; testing
        each pattern's required literals one `in` at a time cost more than the rest of such a
        message. Each required set (rules.anchors.required_literals) gets a bit, and a pattern is
        tried only when every one of its sets has a member in the text.
        """
        self._age_auto = _Automaton()
        self._age_plan: list[tuple[AgePattern, int, int, bool]] = []
        bit = 1
        for ap in self.ages:
            need = 0
            for alts in process_cache().required(ap.compiled.pattern, frozenset(), required_literals):
                for literal in alts:  # an empty set: the pattern cannot match plain text at all
                    self._age_auto.add_mask(literal, bit)
                need |= bit
                bit <<= 1
            lead = ap.compiled.pattern.startswith(LEAD_PREFIX)
            self._age_plan.append((ap, need, untimed_chars(ap.compiled.pattern), lead))
        self._age_auto.build()

    def _age_in_words(self, light_text: str, plain: bool, errors: list[str]) -> int | None:
        """The declared age of a line holding a number word ("im thirteen"): the line read with digits."""
        read = with_digits(light_text)
        return None if read == light_text else self._declared_age(read, plain, None, errors)

    def _declared_age(self, light_text: str, plain: bool = False, tally: list[int] | None = None,
                      errors: list[str] | None = None) -> int | None:
        found = self._age_auto.candidates(light_text) if plain else 0  # required literals: plain text only
        lead_digit: bool | None = None  # a two-digit number in the first LEAD_CHARS characters; None: not looked
        for ai, (ap, need, untimed, lead) in enumerate(self._age_plan):
            if plain and found & need != need:
                continue  # some text the pattern needs is missing
            if lead:
                if lead_digit is None:
                    lead_digit = _LEAD_AGE.search(light_text, 0, LEAD_CHARS) is not None
                if not lead_digit:
                    continue
            if ai in self._disabled_ages or (tally is not None and tally[0] >= MAX_TIMEOUTS_PER_MESSAGE
                                             and not ap.trusted):
                continue
            try:
                age = self._age_from(ap, light_text, untimed)
            except TimeoutError:
                if errors is not None:
                    errors.append(f"age pattern {ap.id} timed out")
                if self._ledger.note("age pattern", ap.id, ap.source, ap.trusted, len(light_text)):
                    self._disabled_ages.add(ai)
                if tally is not None:
                    tally[0] += 1
                continue
            if age is not None:
                return age
        return None

    def check_examples(self) -> list[ExampleFailure]:
        """Run every example and counterexample of every rule and age pattern through the engine."""
        failures: list[ExampleFailure] = []
        for rule in self.rules:
            for ex in rule.examples:
                got = self.analyze(ex)
                if rule.id not in got.rules:
                    failures.append(ExampleFailure(rule.id, rule.source, ex, "match",
                                                   f"no match (normalised: {got.normalized!r})"))
            for ex in rule.counterexamples:
                got = self.analyze(ex)
                if rule.id in got.rules:
                    failures.append(ExampleFailure(rule.id, rule.source, ex, "no match", "a match"))
        for guard in self.guards:
            for ex in guard.examples:
                det = self.analyze(ex)
                lt, full = normalize(ex)
                if not self._guard_applies(guard, (full, lt, ex), []):
                    failures.append(ExampleFailure(guard.id, guard.source, ex, "guard to apply",
                                                   f"no match (normalised: {full!r})"))
                elif any(not guard.covers or h.category in guard.covers for h in det.hits):
                    failures.append(ExampleFailure(guard.id, guard.source, ex, "its rule hits set aside",
                                                   f"{det.rules} (language {det.language or 'unknown'})"))
            for ex in guard.counterexamples:
                lt, full = normalize(ex)
                if self._guard_applies(guard, (full, lt, ex), []):
                    failures.append(ExampleFailure(guard.id, guard.source, ex, "guard not to apply", "a match"))
        for ap in self.ages:
            for text, age in ap.examples:
                found = self.analyze(text).declared_age
                if found != age:
                    failures.append(ExampleFailure(ap.id, ap.source, text, f"age {age}", f"age {found}"))
            for text in ap.counterexamples:
                try:
                    wrong = self._age_from(ap, normalize(text).light)
                except TimeoutError:
                    failures.append(ExampleFailure(ap.id, ap.source, text, "no age", "a time-out"))
                    continue
                if wrong is not None:
                    failures.append(ExampleFailure(ap.id, ap.source, text, "no age", f"age {wrong}"))
        return failures


class StrictLoadError(ValueError):
    """A pack's own examples fail, so it is not loaded (strict mode)."""


def build_engine(paths: Iterable[Path], *, strict: bool = True, user_paths: Iterable[Path] = (),
                 routing: bool = True) -> Engine:
    """Load packs into an engine. In strict mode a pack whose examples fail is refused.

    An engine without rules would watch every message and see nothing, so that is an error too,
    as are more rules than MAX_TOTAL_RULES (memory grows with rules times anchors).
    """
    paths, user_paths = list(paths), list(user_paths)
    packs = [load_pack(p) for p in paths] + [load_pack(p, trusted=False) for p in user_paths]
    total = sum(len(p.rules) for p in packs)
    if total == 0:
        if not packs:
            bundled = ", ".join(p.stem for p in bundled_pack_paths())
            raise RulePackError(f"this selection loads no detection rules: no rule pack was selected; check the "
                                f"languages asked for (bundled packs: {bundled}) and the extra packs named")
        raise RulePackError(f"this selection loads no detection rules: {', '.join(str(p.source) for p in packs)} "
                            "hold(s) no [[rule]] tables; add rules or choose other packs")
    if total > MAX_TOTAL_RULES:
        raise RulePackError(f"{total:,} rules in {len(packs)} packs, more than the {MAX_TOTAL_RULES:,} one engine "
                            "may hold; load fewer packs")
    engine = Engine(packs, routing=routing)
    # The examples of exactly these pack files passed at an earlier start-up with the same code: they
    # would pass again (rules.startup_cache). Failures are never remembered, so they are always reported.
    facts = process_cache()
    fingerprint = packs_fingerprint(paths, user_paths, routing)
    if facts.examples_passed(fingerprint):
        failures = []
    else:  # half a minute on a first start: said at INFO, so nobody takes it for a hang
        log.info("checking the examples of %d rules (first start with these packs; later starts skip it)",
                 len(engine.rules))
        failures = engine.check_examples()
    if not failures:
        facts.mark_examples_passed(fingerprint)
    facts.save()
    if failures:
        text = "\n".join(f"  {f}" for f in failures[:20])
        more = f"\n  ... and {len(failures) - 20} more" if len(failures) > 20 else ""
        if strict:
            raise StrictLoadError(f"{len(failures)} rule example(s) fail, packs not loaded:\n{text}{more}\n"
                                  "Fix the rules or the examples, or run `lookout rules test` for the full list.")
        log.warning("%d rule example(s) fail; loading anyway (strict mode off)", len(failures))
    return engine


@functools.cache
def _default(languages: tuple[str, ...] | None, strict: bool) -> Engine:
    return build_engine(bundled_pack_paths(list(languages) if languages else None), strict=strict)


def load_default_engine(languages: Sequence[str] | None = None, *, strict: bool = True) -> Engine:
    """The engine with the bundled packs (optionally only some languages), built once per process."""
    return _default(tuple(sorted(languages)) if languages else None, strict)
