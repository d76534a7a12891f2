"""The exemplar index: every exemplar on its side, readings with a why, and the disk cache."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from rules.categories import CATEGORIES
from rules.semantic import SemanticIndex, build_index
from rules.semantic.encoder import Vectors
from rules.semantic.exemplars import Exemplar, ExemplarError, exemplar_paths, load_exemplars, load_file
from rules.semantic.index import DISAGREE_MARGIN


def test_every_exemplar_lands_on_its_side(index: SemanticIndex) -> None:
    assert index.check() == []


def test_exemplars_cover_every_category_in_every_pack_language() -> None:
    langs = {"en", "es", "pt", "fr", "de", "ru", "it", "nl", "pl"}
    # The files as written (the index drops a line a pack example already says).
    own = [ex for path in exemplar_paths() for ex in load_file(path)]
    assert {ex.lang for ex in own} == langs
    for lang in langs:
        cats = {ex.category for ex in own if ex.lang == lang and ex.risky}
        assert cats == set(CATEGORIES), (lang, set(CATEGORIES) - cats)
        assert sum(not ex.risky for ex in own if ex.lang == lang) >= 15, lang


def test_thresholds_come_from_held_out_exemplars(index: SemanticIndex) -> None:
    held = index.held_out()
    for cat in CATEGORIES:
        assert held[cat]["threshold"] == pytest.approx(index.thresholds[cat], abs=1e-4)
        assert 0 < held[cat]["caught"] < held[cat]["risky"]  # held out, not every exemplar is caught
    assert held["benign"]["flagged"] < held["benign"]["benign"] * 0.1


def test_a_reworded_move_is_read_with_its_nearest_exemplar(index: SemanticIndex) -> None:
    photo, chat = index.score_texts(["could you send me a selfie so I can see you're real",
                                     "did anyone finish the science homework yet"])
    assert photo.hit and photo.category == "photo_request"
    assert photo.nearest_id and photo.nearest_text and photo.similarity >= 0.45
    assert not chat.hit
    data = photo.to_json()
    assert data["nearest"]["id"] == photo.nearest_id and data["hit"] is True


def test_the_layer_disagrees_only_with_what_reads_clearly_benign(index: SemanticIndex) -> None:
    """reads_benign is the layer's "no" to a rule hit: a hit never reads benign, and an ordinary
    line about homework does, while a photo request reworded does not."""
    photo, chat = index.score_texts(["could you send me a selfie so I can see you're real",
                                     "did anyone finish the science homework yet"])
    assert not photo.reads_benign
    assert chat.reads_benign
    assert chat.score < chat.threshold - DISAGREE_MARGIN


def test_a_text_risky_in_one_place_and_benign_in_another_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "en.toml"
    f.write_text('[risky]\nsecrecy = ["keep it between us"]\n[benign]\nchat = ["Keep it  between us"]\n',
                 encoding="utf-8")
    with pytest.raises(ExemplarError, match="same text"):
        load_exemplars(pack_paths=[], files=[f])


def test_an_unknown_category_names_the_file_and_key(tmp_path: Path) -> None:
    f = tmp_path / "en.toml"
    f.write_text('[risky]\nflatery = ["so mature"]\n', encoding="utf-8")
    with pytest.raises(ExemplarError, match=r"en\.toml: risky\.flatery"):
        load_file(f)


class HashEncoder:
    """Deterministic stand-in vectors, so cache tests do not depend on the model."""

    def __init__(self, name: str = "hash-1") -> None:
        self.name = name
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> Vectors:
        self.calls += 1
        rows = []
        for t in texts:
            seed = int.from_bytes(hashlib.sha256(t.encode()).digest()[:8], "little")
            v = np.random.default_rng(seed).standard_normal(16).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32).reshape(len(texts), 16)


def _exemplars(extra: str = "") -> list[Exemplar]:
    items = [Exemplar(f"x.{c}.1", f"{c} move {extra}", c, "en", f"g{i}") for i, c in enumerate(CATEGORIES)]
    items += [Exemplar(f"x.benign.{i}", f"chat line {i}", None, "en", f"b{i}") for i in range(20)]
    return items


def test_the_index_is_cached_and_rebuilt_when_its_inputs_change(tmp_path: Path) -> None:
    enc = HashEncoder()
    first = build_index(enc, _exemplars(), tmp_path)
    assert "saved" in first.cache_note and enc.calls == 1
    again = build_index(enc, _exemplars(), tmp_path)
    assert "loaded" in again.cache_note and enc.calls == 1  # nothing embedded again
    assert again.thresholds == first.thresholds
    np.testing.assert_array_equal(again.vectors, first.vectors)
    changed = build_index(enc, _exemplars("edited"), tmp_path)  # one exemplar text changed
    assert "saved" in changed.cache_note and enc.calls == 2 and changed.key != first.key
    assert len(list(tmp_path.glob("index-*.npz"))) == 1  # the stale file is gone
    other_model = build_index(HashEncoder("hash-2"), _exemplars("edited"), tmp_path)
    assert "saved" in other_model.cache_note and other_model.key != changed.key


def test_a_corrupt_cache_file_is_rebuilt(tmp_path: Path) -> None:
    enc = HashEncoder()
    build_index(enc, _exemplars(), tmp_path)
    (path,) = tmp_path.glob("index-*.npz")
    path.write_bytes(b"not an npz file")
    rebuilt = build_index(enc, _exemplars(), tmp_path)
    assert "saved" in rebuilt.cache_note and enc.calls == 2


def test_an_unwritable_cache_directory_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    index = build_index(HashEncoder(), _exemplars(), blocker / "semantic")
    assert index.cache_note.startswith("built in memory") and "LOOKOUT_CACHE_DIR" in index.cache_note
    assert len(index.score_texts(["anything"])) == 1


def test_pack_exemplars_are_read_without_compiling_and_name_a_bad_rule(tmp_path: Path) -> None:
    """The layer reads a pack's examples straight from its TOML (compiling 6,000 patterns only to
    read their examples took most of its start-up); a broken rule still names the file."""
    from rules.semantic.exemplars import pack_exemplars

    good = tmp_path / "xx.toml"
    good.write_text('[pack]\nlanguage = "xx"\n[[rule]]\nid = "xx.meeting.a"\ncategory = "meeting"\n'
                    'patterns = ["(unclosed"]\nexamples = ["lets meet"]\ncounterexamples = ["meet the team"]\n',
                    encoding="utf-8")
    got = pack_exemplars(good)
    assert [(e.id, e.category, e.lang, e.group) for e in got] == [
        ("xx.meeting.a#e1", "meeting", "xx", "xx.meeting.a"), ("xx.meeting.a#c1", None, "xx", "xx.meeting.a#c")]
    bad = tmp_path / "yy.toml"
    bad.write_text('[[rule]]\nid = "yy.x"\ncategory = "nope"\n', encoding="utf-8")
    with pytest.raises(ExemplarError, match="yy.toml"):
        pack_exemplars(bad)


def _full_matrix_thresholds(exemplars: Sequence[Exemplar], vectors: Vectors) -> dict[str, float]:
    """The thresholds as first written: the whole exemplars x exemplars matrix at once."""
    from rules.semantic.index import _NEG, BENIGN_RATE, MIN_MARGIN, MIN_SIMILARITY, K, _topk_mean

    prov = SemanticIndex(exemplars, vectors, dict.fromkeys(CATEGORIES, 0.0), "")
    sims = prov.vectors @ prov.vectors.T
    groups = np.array([ex.group for ex in prov.exemplars])
    sims = np.where(groups[None, :] == groups[:, None], _NEG, sims).astype(np.float32)
    rows = np.arange(prov.benign_start, len(groups))
    b_score = _topk_mean(sims[:, prov.benign_start:], K)
    out = {}
    for cat in CATEGORIES:
        if cat not in prov.spans:
            out[cat] = 1.0
            continue
        lo, hi = prov.spans[cat]
        block = sims[rows, lo:hi]
        score = _topk_mean(block, K) - b_score[rows]
        flagged = np.sort(score[block.max(axis=1) >= MIN_SIMILARITY])[::-1]
        allowed = int(BENIGN_RATE * len(rows))
        out[cat] = max(MIN_MARGIN, float(flagged[allowed]) + 1e-4 if len(flagged) > allowed else MIN_MARGIN)
    return out


def test_thresholds_chosen_a_block_of_rows_at_a_time_are_those_of_the_whole_matrix(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The threshold step reads the benign rows in blocks to keep a first start's memory down; the
    block boundaries (here every 7 rows, through groups of several exemplars) must not change a threshold."""
    from rules.semantic import index as index_mod

    rng = np.random.default_rng(7)
    centre = rng.normal(size=16)  # exemplars alike enough to pass MIN_SIMILARITY, as real ones are
    exemplars = []
    for i in range(400):
        cat = CATEGORIES[i % 4] if i < 160 else None
        group = f"g{i // 3}" if cat else f"b{i // 2}"
        exemplars.append(Exemplar(f"x{i}", f"text {i}", cat, "en", group))
    raw = centre + rng.normal(scale=0.6, size=(400, 16))
    vectors = (raw / np.linalg.norm(raw, axis=1, keepdims=True)).astype(np.float32)
    expected = _full_matrix_thresholds(exemplars, vectors)
    monkeypatch.setattr(index_mod, "THRESHOLD_ROWS", 7)
    got = index_mod.choose_thresholds(exemplars, vectors)
    assert got == pytest.approx(expected, abs=1e-6)
    from rules.semantic.index import MIN_MARGIN
    assert any(MIN_MARGIN < t < 1.0 for t in got.values())  # real quantiles, not the floor or "absent"
