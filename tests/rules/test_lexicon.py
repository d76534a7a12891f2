"""The conversation layer's word lists as pack data: checked by examples, refused when malformed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.pipeline import ages
from rules.lexicon import LISTS, Lexicon, bundled_lexicon, load_lexicon
from rules.normalize import normalize
from rules.packs_loader import RulePackError, bundled_pack_paths


def test_every_bundled_list_passes_its_examples() -> None:
    lexicon = bundled_lexicon()
    assert lexicon.check_examples() == []
    assert lexicon.example_count > 100


def test_every_bundled_pack_has_a_lexicon_with_examples_for_each_list() -> None:
    lexicon = bundled_lexicon()
    for path in bundled_pack_paths():
        parts = [p for p in lexicon.parts if p.source == path]
        assert {"kin", "kid_life", "adult_life", "life_cue_words"} <= {p.name for p in parts}, path.name
        assert all(p.examples for p in parts), path.name


def test_lists_are_merged_across_languages() -> None:
    """Chat mixes languages: a Spanish vocative counts in an English community."""
    kin = bundled_lexicon().words("kin")
    assert {"grandma", "abuela", "oma", "nonna", "babciu", "бабушка"} <= kin
    assert ages.calls_family(normalize("vale abuela").full)
    assert ages.calls_family(normalize("dobra mamo").full)
    assert not ages.calls_family(normalize("moja mama mowi nie").full), "a mention, not an address"
    assert not ages.calls_family(normalize("mam dużo robuxów").full), "Polish 'I have', not a Dutch 'mum'"


def test_the_pipeline_reads_the_lists_in_new_languages() -> None:
    assert ages.kid_cues(normalize("domani a scuola ho la verifica").full) == 2
    assert ages.kid_cues(normalize("mijn juf is streng").full) == 2
    assert ages.adult_cues(normalize("jestem w pracy do osiemnastej").full)
    assert ages.kid_cues(normalize("what are you up to").full) == 0


def _pack(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "xx.toml"
    path.write_text('[pack]\nid = "xx"\nlanguage = "xx"\n' + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[lexicon.kinfolk]\nwords = ["x"]\n', "unknown list"),
        ('[lexicon.kin]\npatterns = ["x"]\n', "holds words, not patterns"),
        ('[lexicon.kin]\nwords = ["x"]\nexample = ["x"]\n', "unknown field(s) example"),
        ('[lexicon.kin]\nwords = "x"\n', "must be a list of non-empty strings"),
        ("[lexicon.kid_life]\npatterns = ['(?:ab|a|b)+c']\n", "backtrack exponentially"),
        ("[lexicon.kid_life]\npatterns = ['(unclosed']\n", "invalid pattern"),
    ],
)
def test_a_malformed_list_names_the_file_list_and_problem(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(RulePackError) as err:
        load_lexicon([_pack(tmp_path, body)])
    assert "xx.toml" in str(err.value) and message in str(err.value)


def test_examples_that_fail_are_reported(tmp_path: Path) -> None:
    path = _pack(tmp_path, '[lexicon.kin]\nwords = ["nan"]\nexamples = ["hi gran"]\ncounterexamples = ["ok nan"]\n'
                           "[lexicon.kid_life]\npatterns = ['\\bmy tutor\\b']\nexamples = ['my tutor is late']\n"
                           '[lexicon.life_cue_words]\nwords = ["homework"]\n')
    failures = load_lexicon([path]).check_examples()
    assert any("example not matched: 'hi gran'" in f for f in failures)
    assert any("counterexample matched: 'ok nan'" in f for f in failures)
    assert any("none of the life_cue_words" in f and "my tutor" in f for f in failures), failures


def test_an_unknown_list_name_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        Lexicon().items("nope")
    assert set(LISTS) >= {"kin", "possessives", "kid_life"}
