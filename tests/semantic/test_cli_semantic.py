"""`lookout semantic test|score`, the semantic field of `lookout check --json`, and the eval comparison."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from rules.semantic import SemanticIndex


def test_semantic_test_passes_on_the_bundled_exemplars(index: SemanticIndex,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["semantic", "test", "--thresholds"]) == 0
    out = capsys.readouterr().out
    assert f"{len(index.exemplars)} passed, 0 failed" in out
    assert "held out one rule at a time" in out and "photo_request" in out


def test_semantic_score_prints_the_category_and_nearest_exemplar(index: SemanticIndex,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["semantic", "score", "--json", "let's meet at the mall, just the two of us"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["hit"] and row["category"] == "meeting" and row["nearest"]["id"]


def test_check_json_reports_the_semantic_reading_beside_the_rule_hits(
        index: SemanticIndex, semantic_config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(semantic_config), "check", "--json", "r u home alone rn?",
                 "did anyone finish the science homework"]) == 0
    risky, chat = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert risky["categories"] and risky["semantic"]["hit"]
    assert set(risky["semantic"]) >= {"score", "category", "threshold", "nearest"}
    assert risky["semantic"]["nearest"]["id"] and risky["semantic"]["nearest"]["text"]
    assert chat["categories"] == [] and chat["semantic"]["hit"] is False


def test_check_reads_by_meaning_even_where_the_pipeline_has_the_layer_off(
        index: SemanticIndex, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check` is the diagnostic moderators and pack writers use: it shows every layer's reading."""
    config = tmp_path / "off.toml"
    config.write_text("[detection]\nsemantic = false\n", encoding="utf-8")
    assert main(["--config", str(config), "check", "--json", "r u home alone rn?"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["semantic"]["hit"] and row["semantic"]["nearest"]["id"]


def test_human_check_shows_the_nearest_exemplar_as_the_why(
        index: SemanticIndex, semantic_config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(semantic_config), "check", "send me a selfie so i know ur real"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("semantic:"))
    assert "reads like photo_request" in line and "nearest example" in line


def test_check_without_the_layer_has_no_semantic_field(semantic_config: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(semantic_config), "check", "--json", "--no-semantic", "hello"]) == 0
    assert "semantic" not in json.loads(capsys.readouterr().out)


def test_message_eval_compares_the_layers(index: SemanticIndex, semantic_config: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"text": "can u turn ur camera on for me", "lang": "en", "label": "risky",
             "categories": ["photo_request"], "age": None},
            {"text": "who is coming to the match on saturday", "lang": "en", "label": "benign",
             "categories": [], "age": None}]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["--config", str(semantic_config), "eval", "--json", str(path)]) == 0
    layers = json.loads(capsys.readouterr().out)["layers"]
    assert set(layers) == {"rules alone", "semantic alone", "either", "rules, layer agrees", "+ clear readings"}
    assert layers["either"]["caught"] >= max(layers["rules alone"]["caught"], layers["semantic alone"]["caught"])
    assert layers["rules, layer agrees"]["caught"] <= layers["rules alone"]["caught"]
    assert layers["rules, layer agrees"]["flagged"] <= layers["rules alone"]["flagged"]
    assert all(v["risky"] == 1 and v["benign"] == 1 for v in layers.values())


def test_a_silent_line_both_readings_agree_on_counts_as_its_move(
        index: SemanticIndex, semantic_config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No rule matches a secrecy promise worded past the patterns; the exemplars and the learned
    direction both read it clearly, so check reports it (rule id semantic.secrecy) and eval counts it.
    An ordinary line stays silent, and with the layer off the first is silent too."""
    secret = "you can trust me with anything, I would never tell a soul what we talk about"
    ordinary = "who is coming to the match on saturday"
    assert main(["--config", str(semantic_config), "check", "--json", secret, ordinary]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["rules"] == ["semantic.secrecy"] and rows[0]["semantic"]["risk"] >= 0.8
    assert rows[1]["rules"] == []
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"text": secret, "lang": "en", "label": "risky", "categories": ["secrecy"],
                                "age": None}), encoding="utf-8")
    assert main(["--config", str(semantic_config), "eval", "--json", str(path)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["caught"] == 1 and figures["layers"]["rules alone"]["caught"] == 0
    off = tmp_path / "off.toml"
    off.write_text("[detection]\nsemantic = false\n", encoding="utf-8")
    assert main(["--config", str(off), "check", "--json", secret]) == 0
    assert json.loads(capsys.readouterr().out)["rules"] == []


def test_message_eval_headline_counts_what_the_bot_acts_on(index: SemanticIndex, semantic_config: Path,
                                                           tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With the layer on, a look-alike the rules flag and the layer overrules is not counted as flagged
    in the headline figures (the bot would not act on it); the layers table still shows the rules alone."""
    rows = [{"text": "how old are you, if you don't mind me asking? we met at the board game night and you knew "
                     "all the 90s songs", "lang": "en", "label": "benign", "categories": [], "age": None},
            {"text": "how old r u? u seem really mature", "lang": "en", "label": "risky",
             "categories": ["age_probe"], "age": None}]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["--config", str(semantic_config), "eval", "--json", str(path)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["flagged"] == 0 and figures["caught"] == 1
    assert figures["layers"]["rules alone"]["flagged"] == 1
    off = tmp_path / "off.toml"
    off.write_text("[detection]\nsemantic = false\n", encoding="utf-8")
    assert main(["--config", str(off), "eval", "--json", str(path)]) == 0  # rules alone
    assert json.loads(capsys.readouterr().out)["flagged"] == 1


def test_check_sets_aside_what_the_pipeline_would_when_the_layer_is_on(
        index: SemanticIndex, semantic_config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check` says what the bot acts on: with the layer on, a rule hit it reads as ordinary chat is
    reported as set aside (the guard field), as the pipeline treats it; with it off, the hit stands."""
    line = "how old are you, if you don't mind me asking? we met at the board game night and you knew all the 90s songs"
    assert main(["--config", str(semantic_config), "check", "--json", line, "how old r u, im 25"]) == 0
    aside, kept = (json.loads(x) for x in capsys.readouterr().out.splitlines())
    assert aside["categories"] == [] and aside["suppressed_rules"] and "ordinary chat" in aside["guard"]
    assert kept["categories"] == ["age_probe"]
    off = tmp_path / "off.toml"
    off.write_text("[detection]\nsemantic = false\n", encoding="utf-8")
    assert main(["--config", str(off), "check", "--json", line]) == 0
    assert json.loads(capsys.readouterr().out)["categories"] == ["age_probe"]
