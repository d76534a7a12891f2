"""The learned risk direction: fitted deterministically, shipped for one encoder, part of the second
opinion, and reproducible from the labelled sets it names."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.cli import main
from rules.semantic import SemanticHit, SemanticIndex
from rules.semantic.index import RISK_FLOOR
from rules.semantic.risk_direction import BUNDLED, DirectionError, RiskDirection, fit, load_direction
from rules.semantic.second_opinion import overruled, set_aside
from rules.types import Detection, RuleHit

REPO = Path(__file__).resolve().parents[2]


def _two_clouds(n: int = 200) -> tuple[np.ndarray, list[bool]]:
    rng = np.random.default_rng(7)
    centre = np.zeros(16)
    centre[0] = 1.0
    vecs = np.vstack([rng.normal(size=(n, 16)) * 0.3 + centre, rng.normal(size=(n, 16)) * 0.3 - centre])
    return vecs.astype(np.float32), [True] * n + [False] * n


def test_fit_separates_two_clouds_and_is_deterministic() -> None:
    vecs, risky = _two_clouds()
    w, b = fit(vecs, risky)
    w2, b2 = fit(vecs, risky)
    assert np.array_equal(w, w2) and b == b2
    p = RiskDirection("x", w, b).probability(vecs)
    assert (p[:200] > 0.9).mean() > 0.95 and (p[200:] < 0.1).mean() > 0.95
    assert int(np.argmax(np.abs(w))) == 0  # the direction the clouds differ in


def test_fit_needs_both_labels() -> None:
    vecs, _ = _two_clouds(5)
    with pytest.raises(ValueError, match="both risky and benign"):
        fit(vecs, [True] * len(vecs))


def test_a_direction_for_another_encoder_is_not_used(tmp_path: Path) -> None:
    vecs, risky = _two_clouds(20)
    w, b = fit(vecs, risky)
    path = tmp_path / "d.json"
    RiskDirection("enc-1", w, b).save(path)
    loaded = load_direction("enc-1", path)
    assert loaded is not None and np.allclose(loaded.weights, w, atol=1e-6)
    assert load_direction("enc-2", path) is None
    assert load_direction("enc-1", tmp_path / "missing.json") is None


def test_a_broken_direction_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text('{"encoder": "enc", "bias": 0.1}', encoding="utf-8")
    with pytest.raises(DirectionError, match=r"d\.json.*semantic learn"):
        load_direction("enc", path)


def _reading(risk: float | None) -> SemanticHit:
    # A reading the exemplars alone would let stand: just under the threshold, not far under.
    return SemanticHit(category="photo_request", score=0.19, threshold=0.2, similarity=0.5, nearest_id="x",
                       nearest_text="x", benign_id="b", benign_similarity=0.6, risk=risk)


def test_the_direction_sets_aside_what_it_reads_as_clearly_ordinary() -> None:
    text = "send a pic of your dog in the halloween costume lol"
    def hit(rule: str, category: str = "photo_request") -> RuleHit:
        return RuleHit(rule_id=rule, category=category, weight=0.6, pack="p", start=0, end=4, matched="send")

    det = Detection(text=text, normalized=text, hits=(hit("a"), hit("b")))
    assert not overruled(det, _reading(None))
    assert not overruled(det, _reading(RISK_FLOOR + 0.01))
    assert overruled(det, _reading(RISK_FLOOR - 0.01))
    assert "learned risk 0.09" in set_aside(det, _reading(0.09)).guard
    threat = det._replace(hits=(hit("c", "sextortion"),))
    assert not overruled(threat, _reading(0.0))  # a threat is never set aside


def test_the_shipped_direction_is_loaded_and_reads_by_meaning(index: SemanticIndex) -> None:
    assert index.direction is not None
    assert index.encoder is not None and index.direction.encoder == index.encoder.name
    risky, ordinary = index.score_texts(["send me a pic of you in your pyjamas, just for me",
                                         "send me a pic of your dog in its halloween costume"])
    assert risky.risk is not None and ordinary.risk is not None
    assert risky.risk > 0.5 > ordinary.risk
    assert json.loads(json.dumps(risky.to_json()))["risk"] == pytest.approx(risky.risk, abs=1e-4)


def test_the_shipped_direction_is_what_its_sets_give(index: SemanticIndex, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`lookout semantic learn --check` refits on the sets the file names and compares: the file is
    data derived from the repository's labelled sets, never edited by hand."""
    shipped = json.loads(BUNDLED.read_text(encoding="utf-8"))
    sets = [s["set"] for s in shipped["trained_on"]]
    assert len(sets) >= 10
    monkeypatch.chdir(REPO)
    assert main(["semantic", "learn", "--check", *sets]) == 0
    out = capsys.readouterr().out
    assert "leave-one-set-out" in out and "the shipped direction is what these sets give" in out


def test_learn_writes_a_direction_and_reports_each_set_held_out(index: SemanticIndex, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    rows = [("send me a selfie in your pyjamas", "risky", ["photo_request"]),
            ("add me on snap, dont tell ur mum", "risky", ["platform_move", "secrecy"]),
            ("how old r u and are u home alone", "risky", ["age_probe", "isolation"]),
            ("send a pic of the math homework pls", "benign", []),
            ("my mum says dinner is ready", "benign", []),
            ("gg that was a close game", "benign", [])]
    paths = []
    for i in range(3):
        p = tmp_path / f"set{i}.jsonl"
        p.write_text("\n".join(json.dumps({"text": t + (" " + "!" * i), "lang": "en", "label": lab,
                                           "categories": cats, "age": None}) for t, lab, cats in rows),
                     encoding="utf-8")
        paths.append(str(p))
    out_file = tmp_path / "direction.json"
    assert main(["semantic", "learn", "--out", str(out_file), "--floors", "0.1,0.3", *paths]) == 0
    out = capsys.readouterr().out
    assert out.count("of 3 risky, 3 benign") == 3 and "direction<0.3" in out and "+clear readings" in out
    saved = json.loads(out_file.read_text(encoding="utf-8"))
    assert [s["rows"] for s in saved["trained_on"]] == [6, 6, 6] and len(saved["weights"]) == 512


def test_learn_names_a_broken_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "hi", "lang": "en", "label": "maybe"}\n', encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text('{"text": "hi", "lang": "en", "label": "benign", "categories": []}\n', encoding="utf-8")
    assert main(["semantic", "learn", "--out", str(tmp_path / "d.json"), str(good), str(bad)]) != 0
    assert "bad.jsonl:1" in capsys.readouterr().err
    assert not (tmp_path / "d.json").exists()
