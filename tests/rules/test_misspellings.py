"""Phonetic misspellings of the words rules hinge on (rules/misspellings.py), read through the normaliser."""

from pathlib import Path

import pytest

from bench.misspelling_keep import project_words
from rules import evasion, misspellings
from rules.engine import load_default_engine
from rules.normalize import light, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # listed spellings, including ones no single edit reaches
        ("r u aloen rn", "r u alone rn"), ("kann ich deine kamma sehen", "kann ich deine kamera sehen"),
        ("jveux te parler", "je veux te parler"), ("t seule ce soir ?", "tes seule ce soir ?"),
        ("ты адин дома?", "ты один дома?"), ("eu kero falar", "eu quero falar"),
        ("bn je er nog", "ben je er nog"), ("mach ma schnell", "mach mal schnell"),
        # near misses: a letter dropped, doubled, swapped or changed for one that sounds alike
        ("are your parrents out", "are your parents out"), ("it's our secrett", "it's our secret"),
        ("bist du alleine? nimmand da?", "bist du alleine? niemand da?"),
        ("estas solitaa", "estas solita"), ("tu tá sozinho?", "tu ta sozinho?"), ("soziña em casa", "sozinha em casa"),
        ("включи камиру", "включи камеру"), ("вкльючи камеру", "включи камеру"),
        ("где твои радители", "где твои родители"), ("jestes samma w domu", "jestes sama w domu"),
        ("ben je aleen", "ben je alleen"), ("cancellla la chat", "cancella la chat"),
        ("turn on ur webcamm", "turn on ur webcam"),
    ],
)
def test_misspellings_become_canonical(raw: str, expected: str) -> None:
    assert normalize(raw).full == expected


@pytest.mark.parametrize(
    "raw",
    [
        # real words one phonetic edit from a vocabulary word
        "we walked along the river", "let it simmer", "the salon opens at nine", "a chick and a chicken",
        "la salita del pueblo", "un collega di lavoro", "tenho uma cozinha nova", "сгинь уже", "alles ist allen egal",
        # a vocabulary word of one language is never another's misspelling
        "la camara de diputados", "sono in camera mia", "die kamera ist neu", "la camera da letto",
        "ich bin alleine", "pokaz slajdow",
    ],
)
def test_real_words_stay(raw: str) -> None:
    assert normalize(raw).full == light(raw)


def test_no_vocabulary_word_is_rewritten() -> None:
    rewrites = misspellings.rewrites()
    assert not misspellings.vocabulary() & rewrites.keys()
    for word in sorted(misspellings.vocabulary()):
        assert normalize(word).full == word


def test_no_spelling_is_a_word_of_the_packs_lookalikes_or_dialogue() -> None:
    """The [keep] table and the listed spellings leave every real word of the project's own text alone."""
    words = project_words()
    assert len(words) > 10_000  # packs' examples, the look-alike set and chatterbot-corpus were all read
    assert sorted(words & misspellings.rewrites().keys()) == []


def test_no_spelling_lies_inside_a_vocabulary_word() -> None:
    """Each spelling is a needle of the engine's batch pass: one inside "anyone" would send every
    message holding "anyone" down the slow path."""
    vocab = misspellings.vocabulary()
    assert [s for s in misspellings.rewrites() if " " not in s and any(s in v for v in vocab)] == []


def test_every_spelling_reaches_the_evasion_table() -> None:
    table = evasion.tables().words
    for spelling, canonical in misspellings.rewrites().items():
        assert table[spelling] == canonical or spelling in misspellings.listed() and table[spelling] != spelling


def test_near_misses_are_phonetic_edits() -> None:
    near = misspellings.near_misses("alone")
    assert {"alne", "allone", "elone", "alune", "ahlone"} <= near
    assert "alone" not in near and "xlone" not in near and "alote" not in near  # x, t do not sound like a, n
    assert "aolne" not in near  # swapped letters are typos, not sound-alikes
    assert {"вклучи", "фключи", "включьи"} <= misspellings.near_misses("включи")


def test_ambiguous_near_misses_are_left_out() -> None:
    # "camora" is one edit from "camera" (en, pt, it, nl, fr) and from Spanish "camara": which is meant is unknown
    candidates = misspellings.candidate_near_misses()
    assert "camora" in misspellings.near_misses("camera") and "camora" in misspellings.near_misses("camara")
    assert "camora" not in candidates


def test_engine_reads_misspelt_lines_alike_one_by_one_and_in_a_batch() -> None:
    engine = load_default_engine()
    texts = ["are u alon3 rn", "bist du aleine daheim?", "ты адна дома?", "zet je kamera aan",
             "we walked along the river", "is your camra on", "ok", "la camara de diputados"]
    one_by_one = [engine.analyze(t) for t in texts]
    assert engine.analyze_many(texts) == one_by_one
    assert "isolation" in one_by_one[1].categories and "isolation" in one_by_one[2].categories
    assert "photo_request" in one_by_one[3].categories and "photo_request" in one_by_one[5].categories
    assert not one_by_one[4].categories and not one_by_one[7].categories


def _data(tmp_path: Path, spellings: str) -> Path:
    path = tmp_path / "misspellings.toml"
    path.write_text('[vocabulary]\nen = ["alone", "along"]\n' + spellings + "\n[keep]\nwords = []\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("spellings", "message"),
    [
        ('[spellings.en]\nalone = ["along"]', "'along' is a vocabulary word"),
        ('[spellings.en]\nalone = ["alon"]\n[spellings.de]\nallein = ["alon"]', "'alon' is also listed for 'alone'"),
        ("[spellings]\nen = 3", "must map canonical words"),
    ],
)
def test_contradictory_data_is_an_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spellings: str,
                                                  message: str) -> None:
    monkeypatch.setattr(misspellings, "DATA", _data(tmp_path, spellings))
    for cached in (misspellings.vocabulary, misspellings.listed):
        cached.cache_clear()
    try:
        with pytest.raises(misspellings.MisspellingsError, match=message) as err:
            misspellings.listed()
        assert "misspellings.toml" in str(err.value)
    finally:
        for cached in (misspellings.vocabulary, misspellings.listed):
            cached.cache_clear()
