"""The exemplar index: embeddings, per-category thresholds, k-NN scoring, and its disk cache.

Scoring. A message's score for a category is how much closer it lies to that category's risky
exemplars than to any benign one: the mean similarity of its `K` nearest risky exemplars of the
category, minus the mean similarity of its `K` nearest benign exemplars. Measuring against the
benign side, not an absolute similarity, is what keeps look-alikes ("send a pic of your cat")
quiet: they sit close to photo requests and closer still to the benign lines written for them.
A category is a hit when its score reaches the category's threshold and its nearest risky exemplar
is at least `MIN_SIMILARITY` alike (far from everything, a difference of two small numbers is noise).

Thresholds are chosen when the index is built, by leave-one-rule-out: every exemplar is scored
with its whole group left out (all examples of the same rule; an own exemplar alone), so the
scores are those of wording the index has not seen. Per category, the threshold is the smallest
that flags at most `BENIGN_RATE` of the benign exemplars so scored, and never below `MIN_MARGIN`.

The index is cached on disk, keyed by the encoder's name and a hash of the exemplars and of these
parameters; any change rebuilds it. A cache directory that cannot be written is not an error: the
index is then built in memory at each start (a few seconds), and `cache_note` says why.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from rules.categories import CATEGORIES
from rules.normalize import normalize
from rules.semantic.encoder import Encoder, Vectors
from rules.semantic.exemplars import Exemplar, digest
from rules.semantic.risk_direction import RiskDirection
from rules.startup_cache import cache_dir

log = logging.getLogger(__name__)

K: Final = 2  # neighbours averaged on each side
MIN_SIMILARITY: Final = 0.45  # the nearest risky exemplar must be at least this alike
# The second opinion on rule hits (SemanticHit.overrules): a line the rules flag but the layer reads
# this far below every category's threshold is set aside, and each further rule that matched the line
# asks RULE_MARGIN more of the layer (several patterns agreeing are rarely all fooled by one wording).
DISAGREE_MARGIN: Final = 0.10
RULE_MARGIN: Final = 0.04
# The learned direction's part in the second opinion (rules/semantic/risk_direction.py): a flagged line
# it reads as this unlikely to be risky is set aside too. Chosen leave-one-batch-out on the blind
# batches (rules/semantic/README.md, "The learned direction").
RISK_FLOOR: Final = 0.10
# A line the rules did not flag counts as a move of the category the layer reads (SemanticHit.confident)
# only when both readings agree clearly: the exemplars' score CONFIDENT_MARGIN over the category's
# threshold and the learned direction at least CONFIDENT_RISK. Chosen leave-one-batch-out
# (rules/semantic/README.md, "Reading by meaning where the rules are silent").
CONFIDENT_MARGIN: Final = 0.03
CONFIDENT_RISK: Final = 0.80
BENIGN_RATE: Final = 0.005  # per category, the share of held-out benign exemplars a threshold may flag
MIN_MARGIN: Final = 0.02
GEMV_ROWS: Final = 8  # below this many rows, one matrix-vector product per row (see _score)
SCORE_ROWS: Final = 256  # rows scored at once (the exemplar check and held-out figures score thousands)
THRESHOLD_ROWS: Final = 512  # benign rows of the similarity matrix computed at once when thresholds are chosen
FORMAT: Final = 1  # bump when the cache file's layout or the scoring changes
PARAMS: Final = f"format={FORMAT};k={K};min_sim={MIN_SIMILARITY};benign_rate={BENIGN_RATE};min_margin={MIN_MARGIN}"
_NEG: Final = np.float32(-4.0)  # below any cosine similarity: "left out"


def prepare(text: str) -> str:
    """What the encoder reads: the normalised text (leetspeak, spacing, homoglyphs undone, as the rules
    see it), which puts "h0w 0ld r u" next to "how old are you"; the raw text when that empties it."""
    norm = normalize(text).full.strip()
    return norm or text.strip()


@dataclass(frozen=True, slots=True)
class SemanticHit:
    """The semantic reading of one message: its best category and the nearest exemplar as the why."""

    category: str  # the best-scoring category, hit or not
    score: float  # risky minus benign similarity for that category
    threshold: float
    similarity: float  # to the nearest risky exemplar of the category
    nearest_id: str
    nearest_text: str
    benign_id: str  # the nearest benign exemplar, for the record
    benign_similarity: float
    risk: float | None = None  # the learned direction's probability that the line is risky, when shipped

    @property
    def hit(self) -> bool:
        return self.score >= self.threshold and self.similarity >= MIN_SIMILARITY

    @property
    def confident(self) -> bool:
        """Both readings agree clearly that the line is a move of `category`: the exemplars' (a hit by
        CONFIDENT_MARGIN) and the learned direction's (CONFIDENT_RISK). Without a shipped direction,
        never: the exemplars alone flag too many look-alikes to count where the rules are silent."""
        return (self.hit and self.score >= self.threshold + CONFIDENT_MARGIN
                and self.risk is not None and self.risk >= CONFIDENT_RISK)

    @property
    def reads_benign(self) -> bool:
        """Clearly not risky: even the best category scores DISAGREE_MARGIN under its threshold (what
        overrules a line that one rule flagged)."""
        return self.overrules(1)

    def overrules(self, rules: int) -> bool:
        """Whether this reading sets aside a line that `rules` distinct rules flagged.

        Rule look-alikes are mostly wording a pattern cannot tell apart from the move ("send me a pic
        of your cat", "add me on snap" among classmates), which the layer reads by meaning; one rule
        alone is overruled at DISAGREE_MARGIN under the threshold, each further rule that agrees
        needs RULE_MARGIN more. The learned direction, fitted on lines from many writers, sets aside
        what it reads as clearly ordinary (under RISK_FLOOR), however many rules matched: its errors
        are not the exemplars' errors, and the two together set aside more look-alikes than either."""
        if self.risk is not None and self.risk < RISK_FLOOR:
            return True
        return self.score < self.threshold - DISAGREE_MARGIN - RULE_MARGIN * max(0, rules - 1)

    def to_json(self) -> dict[str, Any]:
        return {"hit": self.hit, "category": self.category, "score": round(self.score, 4),
                "threshold": round(self.threshold, 4), "similarity": round(self.similarity, 4),
                "nearest": {"id": self.nearest_id, "text": self.nearest_text},
                "nearest_benign": {"id": self.benign_id, "similarity": round(self.benign_similarity, 4)},
                "risk": None if self.risk is None else round(self.risk, 4)}


@functools.cache
def _controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # finds the BLAS libraries once: scanning them costs milliseconds


def one_blas_thread() -> Any:
    """BLAS held to one thread for a matrix product: on a shared core, more threads only contend
    (a loaded machine made the index's product 6x slower with the default thread count)."""
    return _controller().limit(limits=1, user_api="blas")


def _topk_mean(sims: npt.NDArray[np.float32], k: int) -> npt.NDArray[np.float32]:
    """Mean of the k largest values of each row (fewer when a row is shorter)."""
    k = min(k, sims.shape[1])
    if k <= 0:
        return np.full(sims.shape[0], _NEG, dtype=np.float32)
    part = np.partition(sims, sims.shape[1] - k, axis=1)[:, -k:]
    return np.asarray(part.mean(axis=1), dtype=np.float32)


class SemanticIndex:
    """Exemplar vectors grouped by category (risky first, in CATEGORIES order, then benign)."""

    def __init__(self, exemplars: Sequence[Exemplar], vectors: Vectors, thresholds: dict[str, float],
                 key: str, encoder: Encoder | None = None, direction: RiskDirection | None = None) -> None:
        order = sorted(range(len(exemplars)), key=lambda i: _rank(exemplars[i]))
        self.exemplars = [exemplars[i] for i in order]
        self.vectors = np.ascontiguousarray(vectors[order], dtype=np.float32)
        self.thresholds = thresholds
        self.key = key
        self.encoder = encoder
        self.direction = direction
        self.cache_note = ""
        cats = [ex.category for ex in self.exemplars]
        self.categories = [c for c in CATEGORIES if c in cats]
        self.spans = {c: (cats.index(c), len(cats) - cats[::-1].index(c)) for c in self.categories}
        self.benign_start = next((i for i, c in enumerate(cats) if c is None), len(cats))
        # The risky columns laid out as one (category, slot) grid, padded with a column that reads
        # _NEG: one gather and one partition score every category at once (a loop per category cost
        # more than the matrix product itself for the one to three lines the live pipeline reads).
        width = max((hi - lo for lo, hi in self.spans.values()), default=0)
        grid = np.full((len(self.categories), width), len(cats), dtype=np.intp)
        for c, cat in enumerate(self.categories):
            lo, hi = self.spans[cat]
            grid[c, : hi - lo] = np.arange(lo, hi)
        self._grid = grid
        self._grid_thresholds = np.array([thresholds[c] for c in self.categories], dtype=np.float64)

    # ----- scoring -----------------------------------------------------------------------------

    def score_vectors(self, vecs: Vectors, *, leave_out: Sequence[str] | None = None) -> list[SemanticHit]:
        """The best category of each row. `leave_out`: per row, a group whose exemplars are ignored."""
        if len(vecs) == 0:
            return []
        out: list[SemanticHit] = []
        with one_blas_thread():
            for i in range(0, len(vecs), SCORE_ROWS):  # bounded working set: rows x categories x slots
                out += self._score(vecs[i:i + SCORE_ROWS], None if leave_out is None else leave_out[i:i + SCORE_ROWS])
        return out

    def _score(self, vecs: Vectors, leave_out: Sequence[str] | None) -> list[SemanticHit]:
        if len(vecs) < GEMV_ROWS:
            # A few rows (the live pipeline reads one to three lines): one matrix-vector product each.
            # On this BLAS a product of 2-7 rows by the exemplar matrix measured 3-7x slower than as
            # many single-row products (bench/README.md); from a few rows up the matrix product wins.
            sims = np.stack([self.vectors @ v for v in vecs]).astype(np.float32, copy=False)
        else:
            sims = np.asarray(vecs @ self.vectors.T, dtype=np.float32)
        if leave_out is not None:
            groups = np.array([ex.group for ex in self.exemplars])
            sims = np.where(groups[None, :] == np.asarray(leave_out)[:, None], _NEG, sims)
        benign = sims[:, self.benign_start:]
        b_score = _topk_mean(benign, K)
        b_arg = benign.argmax(axis=1) + self.benign_start if benign.shape[1] else np.zeros(len(vecs), dtype=np.int64)
        n = len(vecs)
        if not self.categories:
            return []
        padded = np.concatenate([sims, np.full((n, 1), _NEG, dtype=np.float32)], axis=1)
        blocks = padded[:, self._grid]  # (rows, categories, slots)
        k = min(K, blocks.shape[2])
        top = np.partition(blocks, blocks.shape[2] - k, axis=2)[:, :, -k:]
        # As _topk_mean, but a category with fewer than K exemplars averages only those it has.
        real = np.minimum(k, np.array([hi - lo for lo, hi in (self.spans[c] for c in self.categories)]))
        top_sorted = np.sort(top, axis=2)[:, :, ::-1]
        taken = np.arange(k)[None, :] < real[:, None]  # (categories, k)
        r_score = (np.where(taken[None], top_sorted, 0.0).sum(axis=2) / real[None, :]).astype(np.float32)
        scores = r_score - b_score[:, None]  # (rows, categories), float32 as before
        rel = scores.astype(np.float64) - self._grid_thresholds[None, :]
        cat_i = rel.argmax(axis=1)  # first best: the loop kept the first category on a tie
        rows = np.arange(n)
        cols = self._grid[cat_i, blocks[rows, cat_i].argmax(axis=1)]
        risk = self.direction.probability(vecs) if self.direction is not None else None
        out = []
        for i in range(n):
            c = int(cat_i[i])
            cat = self.categories[c]
            j = int(cols[i])
            bj = int(b_arg[i])
            out.append(SemanticHit(cat, float(scores[i, c]), self.thresholds[cat], float(sims[i, j]),
                                   self.exemplars[j].id, self.exemplars[j].text,
                                   self.exemplars[bj].id if benign.shape[1] else "",
                                   float(sims[i, bj]) if benign.shape[1] else 0.0,
                                   None if risk is None else float(risk[i])))
        return out

    def score_texts(self, texts: Sequence[str]) -> list[SemanticHit]:
        return self.score_normalized([prepare(t) for t in texts])

    def score_normalized(self, texts: Sequence[str]) -> list[SemanticHit]:
        """Texts already in the form prepare() gives (the pipeline has the rules' normalised text)."""
        if self.encoder is None:
            raise RuntimeError("this index was built without an encoder; pass one to score texts")
        return self.score_vectors(self.encoder.encode([t or " " for t in texts]))

    # ----- the exemplar check ------------------------------------------------------------------

    def check(self) -> list[str]:
        """Exemplars that land on the wrong side, scored as the index reads a message of that exact text.

        A risky exemplar must be a hit (of some category: a message can carry two moves, "nobody gets
        you like I do" is flattery and isolation at once); a benign one must not be a hit at all.
        A failure means two exemplars contradict each other (a near-duplicate across the line) or a
        threshold was pushed past an exemplar: fix the exemplar files, as with `rules test`.
        """
        failures = []
        for ex, got in zip(self.exemplars, self.score_vectors(self.vectors), strict=True):
            if ex.risky and not got.hit:
                failures.append(f"{ex.id} ({ex.category}) {ex.text!r}: read as "
                                f"{got.category if got.hit else 'nothing'} (score {got.score:.3f}, threshold "
                                f"{got.threshold:.3f}); nearest benign {got.benign_id}")
            elif not ex.risky and got.hit:
                failures.append(f"{ex.id} (benign) {ex.text!r}: read as {got.category} (score {got.score:.3f}), "
                                f"nearest {got.nearest_id} {got.nearest_text!r}")
        return failures

    def held_out(self) -> dict[str, Any]:
        """Leave-one-rule-out figures per category: what the thresholds were chosen from."""
        hits = self.score_vectors(self.vectors, leave_out=[ex.group for ex in self.exemplars])
        out: dict[str, Any] = {}
        benign = [h for ex, h in zip(self.exemplars, hits, strict=True) if not ex.risky]
        for cat in self.categories:
            mine = [h for ex, h in zip(self.exemplars, hits, strict=True) if ex.category == cat]
            caught = sum(h.hit and h.category == cat for h in mine)
            out[cat] = {"risky": len(mine), "caught": caught, "threshold": round(self.thresholds[cat], 4)}
        out["benign"] = {"benign": len(benign), "flagged": sum(h.hit for h in benign)}
        return out


def _rank(ex: Exemplar) -> tuple[int, str]:
    return (CATEGORIES.index(ex.category) if ex.category else len(CATEGORIES), ex.id)


def choose_thresholds(exemplars: Sequence[Exemplar], vectors: Vectors) -> dict[str, float]:
    """Per category: the smallest margin that flags at most BENIGN_RATE of held-out benign exemplars."""
    provisional = SemanticIndex(exemplars, vectors, dict.fromkeys(CATEGORIES, 0.0), "")
    groups = np.array([ex.group for ex in provisional.exemplars])
    start = provisional.benign_start
    n_benign = len(groups) - start
    cats = [c for c in CATEGORIES if c in provisional.spans]
    # Only the benign rows of the similarity matrix are needed, a block of rows at a time: the whole
    # exemplars x exemplars matrix (and its masked copy) was most of a first start's peak memory
    # (about 100 MB more per 1,000 exemplars at 7,700).
    scores = {c: np.empty(n_benign, dtype=np.float32) for c in cats}
    nears = {c: np.empty(n_benign, dtype=bool) for c in cats}
    for r0 in range(start, len(groups), THRESHOLD_ROWS):
        r1 = min(r0 + THRESHOLD_ROWS, len(groups))
        with one_blas_thread():
            sims = np.asarray(provisional.vectors[r0:r1] @ provisional.vectors.T, dtype=np.float32)
        sims = np.where(groups[None, :] == groups[r0:r1, None], _NEG, sims)
        b_score = _topk_mean(sims[:, start:], K)
        for cat in cats:
            lo, hi = provisional.spans[cat]
            block = sims[:, lo:hi]
            scores[cat][r0 - start:r1 - start] = _topk_mean(block, K) - b_score
            nears[cat][r0 - start:r1 - start] = block.max(axis=1) >= MIN_SIMILARITY
    thresholds: dict[str, float] = {}
    for cat in CATEGORIES:
        if cat not in provisional.spans:
            thresholds[cat] = 1.0
            continue
        flagged = np.sort(scores[cat][nears[cat]])[::-1]
        allowed = int(BENIGN_RATE * n_benign)
        t = float(flagged[allowed]) + 1e-4 if len(flagged) > allowed else MIN_MARGIN
        thresholds[cat] = max(MIN_MARGIN, t)
    return thresholds


def cache_key(encoder_name: str, exemplars: Sequence[Exemplar]) -> str:
    return hashlib.sha256(f"{encoder_name}\n{PARAMS}\n{digest(exemplars)}".encode()).hexdigest()


def default_cache_dir() -> Path:
    """`semantic/` inside Lookout's cache folder (rules.startup_cache.cache_dir)."""
    return cache_dir() / "semantic"


def build_index(encoder: Encoder, exemplars: Sequence[Exemplar], cache_dir: Path | None = None,
                direction: RiskDirection | None = None) -> SemanticIndex:
    """The index for these exemplars: from the cache when its key matches, else built (and cached).
    `direction`: the learned reading of risk for the second opinion (not part of the cache: it is a
    few kilobytes, read from its own file)."""
    key = cache_key(encoder.name, exemplars)
    directory = default_cache_dir() if cache_dir is None else cache_dir
    path = directory / f"index-{key[:24]}.npz"
    loaded = _load(path, key, len(exemplars))
    if loaded is not None:
        vectors, thresholds = loaded
        index = SemanticIndex(exemplars, vectors, thresholds, key, encoder, direction)
        index.cache_note = f"loaded from {path}"
        return index
    # Said at INFO because it is the one slow step of a first start (seconds), so nobody takes it for a hang.
    log.info("building the semantic index of %d exemplars (first start with these exemplars; cached in %s)",
             len(exemplars), directory)
    vectors = encoder.encode([prepare(ex.text) for ex in exemplars])
    thresholds = choose_thresholds(exemplars, vectors)
    index = SemanticIndex(exemplars, vectors, thresholds, key, encoder, direction)
    index.cache_note = _save(path, key, vectors, thresholds)
    return index


def _load(path: Path, key: str, n: int) -> tuple[Vectors, dict[str, float]] | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            vectors = np.asarray(data["vectors"], dtype=np.float32)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError) as exc:
        log.warning("semantic index cache %s is unreadable (%s); rebuilding it", path, exc)
        return None
    if meta.get("key") != key or vectors.shape[0] != n:
        return None
    return vectors, {str(c): float(t) for c, t in meta["thresholds"].items()}


def _save(path: Path, key: str, vectors: Vectors, thresholds: dict[str, float]) -> str:
    meta = json.dumps({"key": key, "params": PARAMS, "thresholds": thresholds})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".index-", suffix=".npz")
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, vectors=vectors, meta=np.array(meta))
        os.replace(tmp, path)
        for old in path.parent.glob("index-*.npz"):  # earlier exemplars or models: never read again
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        note = (f"built in memory: the cache directory {path.parent} is not writable ({exc.strerror or exc}); "
                "set LOOKOUT_CACHE_DIR to a writable directory to keep it between runs")
        log.warning("semantic index %s", note)
        return note
    return f"built and saved to {path}"
