"""The semantic layer's place in the pipeline: a cascade behind the rules, and a named weight in risk.

A semantic hit (rules/semantic) says a message reads like a grooming move of some category, and
quotes the nearest exemplar as the why. Here it becomes one more signal of the pair's risk:
`RiskWeights.semantic_weight` once per category the pair shows by meaning, added when the pipeline
reads a message of the pair that the rules flagged, times that moment's context factor (friends,
staff and adults are damped as for the rules), faded by the time since the hit. So a semantic hit
never decides anything by itself: it can bring an alert earlier or make it higher once the rules
see something too, never make one alone.

Cost: the cascade. The rules read every message in microseconds; the encoder takes about a
millisecond a message. Two stages keep it off most chat:
1. semantic_gate.py picks the lines worth a reading at all (flagged, or in a pair already at risk,
   long enough to hold a move); they are only kept, a few per pair (`LOOKBACK`), not read;
2. they are read when the rules flag a message of that pair, since only then can their weight
   count: the pair's kept lines and the flagged one go to the model together, in one call. A pair
   the rules never flag never costs the model anything. Repeated texts are read once (a small cache).
   When many messages are at hand (`Pipeline.process_all`: the scanner, the evaluator), the lines a
   chunk's flagged messages will ask for are read ahead in one call (prefetch): the model's cost is
   mostly per call, so one call of a hundred lines costs about what five calls of one line do.
"""

from __future__ import annotations

from collections import Counter, OrderedDict, deque
from collections.abc import Sequence
from typing import Final, Protocol

from bot.events import ChannelKind, MessageEvent
from bot.pipeline.model import CRITICAL_MOVES, MemberInfo, PairState, RiskWeights
from bot.pipeline.semantic_gate import AT_RISK, gate, substantive
from bot.pipeline.signals import PairKey, band
from rules.semantic import SemanticHit, SemanticIndex
from rules.semantic.second_opinion import meaning_hit, needs_reading, overruled, set_aside
from rules.types import Detection


class Pipeline(Protocol):
    """What the signal reads of the pipeline (bot/pipeline/pipeline.py), which holds the signal."""

    members: dict[tuple[str, str], MemberInfo]
    pairs: dict[PairKey, PairState]

CACHE_TEXTS: Final = 4096  # texts whose reading is kept (repeated lines are read once)
LOOKBACK: Final = 2  # gated lines kept per pair until the rules flag it (the flagged line comes on top)
READ_AHEAD: Final = 8_000  # messages per chunk of Pipeline.process_all whose flagged pairs are read ahead at once
MAX_PAIRS: Final = 50_000  # pairs with kept lines or hits; the least recently active are dropped first
_PRIVATE: Final = (ChannelKind.DIRECT, ChannelKind.PRIVATE_THREAD)
# What a reading alone may count as (SemanticSignal.move): the moves that alert towards a child, and a
# secret. Not flattery, age or "are you alone" questions: those are how teens and adults talk too. Not a
# threat: a threat alerts at once, whatever the context, and friends say "everyone saw, lol" (blind
# batch 6: a best friend read as blackmail by meaning alone).
SEMANTIC_MOVES: Final = CRITICAL_MOVES | {"secrecy"}


class _PairHit:
    __slots__ = ("at", "counted", "hit", "message_id")

    def __init__(self, hit: SemanticHit, message_id: str, at: float) -> None:
        self.hit = hit
        self.message_id = message_id
        self.at = at
        self.counted = False  # its weight is in the pair's risk


class SemanticSignal:
    """Keeps each pair's gated lines, reads them when the rules flag the pair, and keeps the hits."""

    def __init__(self, index: SemanticIndex, cache_texts: int = CACHE_TEXTS) -> None:
        self.index = index
        self.cache_texts = cache_texts
        self.read_ahead = READ_AHEAD
        self._cache: OrderedDict[str, SemanticHit] = OrderedDict()
        self.kept: OrderedDict[PairKey, deque[tuple[str, str, float]]] = OrderedDict()  # (message id, text, when)
        self.hits: OrderedDict[PairKey, dict[str, _PairHit]] = OrderedDict()
        self.stats: Counter[str] = Counter()
        self._ahead: dict[str, SemanticHit] = {}  # read ahead for the chunk being replayed (prefetch)

    # ----- reading ------------------------------------------------------------------------------

    def read(self, texts: Sequence[str]) -> list[SemanticHit]:
        """Readings of normalised texts, from the cache where possible, the rest in one model call."""
        out: list[SemanticHit | None] = [self._ahead.get(t) or self._cache.get(t) for t in texts]
        todo = list(dict.fromkeys(t for t, got in zip(texts, out, strict=True) if got is None))
        if todo:
            self.stats["model calls"] += 1
            self.stats["texts read by the model"] += len(todo)
            fresh = dict(zip(todo, self.index.score_normalized(todo), strict=True))
            if self.cache_texts:
                self._cache.update(fresh)
                while len(self._cache) > self.cache_texts:
                    self._cache.popitem(last=False)
            out = [got if got is not None else fresh[t] for t, got in zip(texts, out, strict=True)]
        self.stats["cache hits"] += len(texts) - len(todo)
        return [h for h in out if h is not None]

    def prefetch(self, p: Pipeline, events: Sequence[MessageEvent], detections: Sequence[Detection]) -> None:
        """Read ahead, in one model call, what the chunk's flagged messages will ask for.

        `Pipeline.process_all` calls this before replaying a chunk. For each message the rules flagged,
        the lines its pair will have kept are guessed: the pair's kept lines now, and the same
        author's earlier lines in the chunk to the same person (a DM's other member, or the one
        replied to) that are long enough, once the pair is at risk or was flagged earlier in the chunk
        (the gate keeps no other unflagged line). It errs on the side of reading more: a line missed
        here costs a model call of its own later, which costs about what fifty lines do in a batch.
        The guess only warms a cache: what is read and counted stays exactly what process() alone
        does, with one model call per chunk instead of one per flagged message."""
        self._ahead = {}
        wanted: dict[str, None] = {}
        recent: dict[tuple[str, str, str], deque[str]] = {}
        flagged: set[tuple[str, str, str]] = set()
        for ev, det in zip(events, detections, strict=True):
            ch = ev.channel
            if ch.kind is ChannelKind.DIRECT and ch.member_ids:
                other = next((m for m in ch.member_ids if m != ev.author.id), "")
            else:
                other = ev.message.reply_to_author_id or ""
            key = (ev.community.id, ev.author.id, other)
            if det.hits:
                wanted.update((t, None) for _m, t, _a in self.kept.get(key, ()))
                wanted.update((t, None) for t in recent.get(key, ()))
                wanted[det.normalized] = None
                flagged.add(key)
            elif (ch.kind in _PRIVATE or other) and substantive(det.normalized) and (
                    key in flagged or ((pair := p.pairs.get(key)) is not None and pair.risk >= AT_RISK)):
                recent.setdefault(key, deque(maxlen=LOOKBACK)).append(det.normalized)
        if wanted:
            texts = list(wanted)
            self.stats["read ahead"] += len(texts)
            self._ahead = dict(zip(texts, self.read(texts), strict=True))

    def second_opinion(self, det: Detection) -> Detection:
        """The detection as the pipeline acts on it: the rules' hits set aside when the layer reads the
        line as ordinary chat (rules/semantic/second_opinion.py). Every flagged line the layer may
        overrule is read for it (not a threat, not a line too short), so the read ahead of `prefetch`
        (which already asks for each flagged line) keeps the scanner's cost to one model call per chunk;
        the live path pays one call per such line. (Deferring the reading while only a log line depends
        on it was measured in the sixth session: 2.5x -> 2.0x the rules-only time, for some 500 lines
        that undo a line's counted state when it is read later; not landed, bench/README.md.)"""
        if not needs_reading(det):
            return det
        reading = self.read([det.normalized])[0]
        if not overruled(det, reading):
            return det
        self.stats["rule hits set aside"] += 1
        return set_aside(det, reading)

    def move(self, det: Detection, key: PairKey, message_id: str, now: float, weights: RiskWeights) -> Detection:
        """A line the rules did not flag, read for a critical move worded past them ("can i see what u
        actually look like"). The pipeline asks only in a pair the rules flagged before, from someone
        not known to be a known child's peer (Pipeline._non_peer_to_known_child); so a reading never starts
        a case, it can only bring the alert of one the rules opened to the move it was made at.

        Returns the detection with one hit of the read category (rule id `semantic.<category>`), or
        unchanged when the reading is not a move or not clear enough."""
        if not substantive(det.normalized):
            return det
        self.stats["lines read for a move"] += 1
        reading = self.read([det.normalized])[0]
        if (reading.category not in SEMANTIC_MOVES or not reading.hit
                or reading.score < reading.threshold + weights.semantic_move_margin):
            return det
        self.stats["moves read by meaning"] += 1
        self._record(key, reading, message_id, now)
        self.hits[key][reading.category].counted = True  # weighed as the move itself, not again as a reading
        hit = meaning_hit(det, reading.category, weights.semantic_move_weight)
        return det._replace(hits=(hit,))

    # ----- stage 1: keep what the gate picks ---------------------------------------------------------

    @staticmethod
    def _why(p: Pipeline, ev: MessageEvent, det: Detection, key: PairKey, target_id: str | None,
             pair: PairState | None = None) -> str | None:
        # This runs for every message: what needs no lookup is asked first, and nearly all chat
        # (unflagged, in a pair not at risk) leaves at the first test.
        if pair is None:
            pair = p.pairs.get(key)
        risk = pair.risk if pair else 0.0
        if not (det.hits or risk >= AT_RISK) or not substantive(det.normalized):
            return None
        cid = ev.community.id
        author = p.members.get((cid, ev.author.id))
        t_band = band(p.members.get((cid, target_id))) if target_id else None
        return gate(normalized=det.normalized, flagged=bool(det.hits), pair_risk=risk,
                    target_adult=bool(t_band and t_band.adult), staff=bool(author and author.staff))

    def observe(self, p: Pipeline, ev: MessageEvent, det: Detection, key: PairKey, pair: PairState,
                target_id: str | None, now: float) -> str | None:
        """Keep the line for a later reading when the gate picks it; returns the gate's reason."""
        why = self._why(p, ev, det, key, target_id, pair)
        if why is None:
            return None
        self.stats[f"gate: {why}"] += 1
        lines = self.kept.get(key)
        if lines is None:
            lines = self.kept[key] = deque(maxlen=LOOKBACK + 1)
            if len(self.kept) > MAX_PAIRS:
                self.kept.popitem(last=False)
        else:
            self.kept.move_to_end(key)
        lines.append((ev.message.id, det.normalized, now))
        return why

    # ----- stage 2: read when the rules flag the pair ---------------------------------------------------

    def take_risk(self, key: PairKey, now: float, half_life_s: float, weight: float,
                  reach: float = 0.0, factor: float = 1.0) -> float:
        """Read the pair's kept lines (the flagged one among them) and return the risk of its semantic
        hits not counted yet: `weight` once per category, faded with the pair's half-life since the hit.
        The pipeline calls this only while reading a message the rules flagged, and multiplies the
        result by that moment's context factor.

        `reach`: how far the pair's risk, with this message's rules counted, still is below the alert
        threshold; `factor`: the moment's context factor. Each kept line can add at most one category,
        so when even `weight` per kept line cannot close that gap, no decision of this moment can
        change: the lines stay kept (and are read at the pair's next flag, counted with the fade from
        their own time, as if read now and decayed since). Most flagged pairs are never flagged
        again, and so cost the model nothing. What can differ: a log line's risk figure, and a kept
        line pushed out of the pair's last LOOKBACK + 1 before it is read."""
        lines = self.kept.get(key)
        if lines and reach > weight * max(factor, 0.0) * len(lines):
            self.stats["reads deferred"] += 1
            return 0.0
        lines = self.kept.pop(key, None)
        if lines:
            for (message_id, _text, at), hit in zip(lines, self.read([t for _m, t, _a in lines]), strict=True):
                if hit.hit:
                    self._record(key, hit, message_id, at)
        total = 0.0
        for ph in self.hits.get(key, {}).values():
            if not ph.counted:
                ph.counted = True
                total += weight * 0.5 ** (max(0.0, now - ph.at) / half_life_s)
        return total

    def _record(self, key: PairKey, hit: SemanticHit, message_id: str, at: float) -> None:
        self.stats["hits"] += 1
        seen = self.hits.get(key)
        if seen is None:
            seen = self.hits[key] = {}
            if len(self.hits) > MAX_PAIRS:
                self.hits.popitem(last=False)
        else:
            self.hits.move_to_end(key)
        before = seen.get(hit.category)
        if before is None:
            seen[hit.category] = _PairHit(hit, message_id, at)
        elif hit.score > before.hit.score:  # the clearest reading is the one quoted
            before.hit, before.message_id = hit, message_id

    def reasons(self, key: PairKey) -> list[str]:
        """The pair's semantic hits, for an alert's reasons: category and the nearest exemplar."""
        return [f"reads like {cat.replace('_', ' ')} (semantic score {ph.hit.score:.2f}): nearest example "
                f"{ph.hit.nearest_id} \"{ph.hit.nearest_text}\""
                for cat, ph in self.hits.get(key, {}).items()]

    def forget(self, user_id: str, community_id: str | None = None) -> None:
        """An erasure request: drop the person's kept lines and hits (and every cached text, to be sure)."""
        def mine(key: PairKey) -> bool:
            return user_id in (key[1], key[2]) and community_id in (None, key[0])

        for key in [k for k in self.kept if mine(k)]:
            del self.kept[key]
        for key in [k for k in self.hits if mine(k)]:
            del self.hits[key]
        self._cache.clear()
