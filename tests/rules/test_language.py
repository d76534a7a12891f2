"""Language detection and routing: a pack's rules count only on messages in its language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from rules.engine import build_engine
from rules.language import detect
from rules.packs_loader import RulePackError, load_pack


@pytest.mark.parametrize(("text", "lang"), [
    ("hey what are you doing after school", "en"),
    ("oye que haces mañana después del cole", "es"),
    ("vc vai na escola amanhã? to com preguiça kkk", "pt"),
    ("tu fais quoi ce soir ? moi je suis chez ma tante", "fr"),
    ("was machst du heute nach der schule?", "de"),
    ("che fai stasera? io sono a casa di mia nonna", "it"),
    ("wat ga jij vanavond doen? ik ben bij mijn oma", "nl"),
    ("co robisz dzisiaj po szkole? ja jestem u babci", "pl"),
    ("что делаешь сегодня после школы?", "ru"),
])
def test_everyday_chat_is_told_apart(text: str, lang: str) -> None:
    guess = detect(text)
    assert guess.language == lang
    assert guess.packs is not None and lang in guess.packs


@pytest.mark.parametrize("text", ["asl?", "👀👀", "ok", "lol 123", "snap?"])
def test_thin_evidence_runs_every_pack(text: str) -> None:
    assert detect(text).packs is None


def test_english_mixed_into_another_language_runs_the_english_pack_too() -> None:
    guess = detect("ma dai, che bello! send me the link when you can")
    assert guess.packs is not None and {"it", "en"} <= guess.packs


@pytest.mark.parametrize(("text", "lang"), [
    ("20 dollars per picture", "en"),  # "per" alone once sent this to the Italian pack only
    ("100 robux per pic u send", "en"),
    ("we hebben natuurlijke foto's nodig zonder make-up", "nl"),  # "we", "make", "up" read as English
])
def test_short_lines_are_not_routed_away_from_their_pack(text: str, lang: str) -> None:
    guess = detect(text)
    assert guess.packs is not None and lang in guess.packs


def test_an_emoji_stand_in_does_not_pull_a_line_into_english() -> None:
    """🤫 reads as "secret" in the full form: that word must not make a German line English."""
    guess = detect("🤫🤐 versprochen?")
    assert guess.packs is None or "de" in guess.packs


def test_spaced_out_letters_are_read_as_words() -> None:
    assert detect("w a t  h e b  j e  a a n ?").language != "pt"  # not five one-letter Portuguese words


PACKS = """
[pack]
id = "{lang}t"
language = "{lang}"
[[rule]]
id = "{lang}t.photo_request.manda_foto"
category = "photo_request"
patterns = ['\\bmanda (?:una )?foto\\b']
"""


def _engine(tmp_path: Path, *, routing: bool = True, neutral: bool = False):  # type: ignore[no-untyped-def]
    es = tmp_path / "es.toml"
    es.write_text(PACKS.format(lang="es") + ("neutral = true\n" if neutral else ""), encoding="utf-8")
    en = tmp_path / "en.toml"
    en.write_text('[pack]\nid = "ent"\nlanguage = "en"\n[[rule]]\nid = "ent.platform_move.snap"\n'
                  "category = \"platform_move\"\npatterns = ['\\badd me on snap\\b']\n", encoding="utf-8")
    return build_engine([es, en], routing=routing)


def test_a_pack_does_not_read_another_languages_text(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    italian = engine.analyze("guarda che bel disegno, manda foto a tua nonna quando hai finito")
    assert italian.rules == [] and italian.language == "it"
    spanish = engine.analyze("oye, manda foto de tu perro, que lo quiero ver")
    assert spanish.rules == ["est.photo_request.manda_foto"] and spanish.language == "es"
    assert engine.analyze("manda foto").rules == ["est.photo_request.manda_foto"]  # too short to tell: all packs


def test_english_mixed_in_still_runs_the_english_pack(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    assert engine.analyze("ciao bella, add me on snap dai").rules == ["ent.platform_move.snap"]


def test_routing_off_and_neutral_rules_run_everywhere(tmp_path: Path) -> None:
    text = "guarda che bel disegno, manda foto a tua nonna quando hai finito"
    assert _engine(tmp_path, routing=False).analyze(text).rules == ["est.photo_request.manda_foto"]
    assert _engine(tmp_path, neutral=True).analyze(text).rules == ["est.photo_request.manda_foto"]


def test_batches_route_like_single_messages(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    texts = ["guarda che bel disegno, manda foto a tua nonna", "oye, manda foto de tu perro que lo quiero ver",
             "ok", "lol"] * 3
    assert engine.analyze_many(texts) == [engine.analyze(t) for t in texts]


def test_routing_table_names_rules_of_the_pack(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(PACKS.format(lang="es") + '[routing]\nneutral = ["est.nope"]\n', encoding="utf-8")
    with pytest.raises(RulePackError, match=r"\[routing\]\.neutral.*'est\.nope' is not a rule of this pack"):
        load_pack(path)
    path.write_text(PACKS.format(lang="es") + '[routing]\nneutral = ["est.photo_request.manda_foto"]\n',
                    encoding="utf-8")
    assert load_pack(path).rules[0].neutral


def test_check_json_shows_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "wat ga jij vanavond doen? ik ben bij mijn oma"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["language"]["language"] == "nl" and "nl" in out["language"]["packs"]
