"""The safety-tips catalogue: complete in every language, short, calm, and always answering."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import bot
from bot.actions import Tip
from bot.tips import (
    MAX_BODY,
    MAX_TITLE,
    MESSAGE_LIMITS,
    TIP_CATEGORIES,
    TipsDataError,
    _load_language,
    get_tip,
    languages,
    message,
    normalize_language,
    parent_guide,
    parent_guide_languages,
    safety_guide,
)
from rules.categories import CATEGORIES

REQUIRED_LANGUAGES = ("en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl")
# Upper-case markers only: "todo" is an ordinary word in Spanish and Portuguese.
PLACEHOLDERS = re.compile(r"\b(?:TODO|TBD|FIXME|XXX)\b|(?i:lorem|ipsum|\?\?\?|[{}]|<[a-z]|\[(?:translate|insert))")


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?…](?:\s|$)", text.strip() + " "))


def test_required_languages_exist_english_first() -> None:
    assert languages()[0] == "en"
    assert set(REQUIRED_LANGUAGES) <= set(languages())


@pytest.mark.parametrize("language", REQUIRED_LANGUAGES)
def test_data_files_cover_exactly_the_engine_categories(language: str) -> None:
    data = tomllib.loads((Path(bot.__file__).parent / "tips" / f"{language}.toml").read_text(encoding="utf-8"))
    assert set(data["tips"]) == {"general", *CATEGORIES}


@pytest.mark.parametrize("language", REQUIRED_LANGUAGES)
def test_every_language_has_every_category_short_and_clean(language: str) -> None:
    english = {category: get_tip(category, "en") for category in TIP_CATEGORIES}
    for category in TIP_CATEGORIES:
        tip = get_tip(category, language)
        label = f"{language}/{category}"
        assert isinstance(tip, Tip)
        assert (tip.category, tip.language) == (category, language), label
        assert 0 < len(tip.title) <= MAX_TITLE, label
        assert 0 < len(tip.body) <= MAX_BODY, label
        assert 2 <= sentences(tip.body) <= 4, f"{label}: {sentences(tip.body)} sentences"
        assert not PLACEHOLDERS.search(tip.title + " " + tip.body), label
        if language != "en":
            assert tip.body != english[category].body, f"{label} is untranslated"


@pytest.mark.parametrize("language", REQUIRED_LANGUAGES)
def test_titles_and_bodies_are_distinct_within_a_language(language: str) -> None:
    tips = [get_tip(category, language) for category in TIP_CATEGORIES]
    assert len({tip.title for tip in tips}) == len(tips)
    assert len({tip.body for tip in tips}) == len(tips)


def test_english_tips_carry_the_key_messages() -> None:
    assert "never have to send" in get_tip("photo_request").body.lower()
    assert "pretend" in get_tip("age_probe").body.lower()
    assert "warning sign" in get_tip("secrecy").body.lower()
    sextortion = get_tip("sextortion").body.lower()
    for phrase in ("not your fault", "don't pay", "keep the messages", "report", "adult"):
        assert phrase in sextortion, phrase
    for category in TIP_CATEGORIES:
        body = get_tip(category).body.lower()
        assert any(word in body for word in ("block", "report", "adult", "trust", "say no", "friend")), category


def test_fallback_to_english_then_general() -> None:
    assert get_tip("meeting", "xx") == get_tip("meeting", "en")
    assert get_tip("no_such_category", "es") == get_tip("general", "es")
    assert get_tip("no_such_category", "xx") == get_tip("general", "en")
    assert get_tip("photo_request", "pt-BR").language == "pt"
    assert get_tip("photo_request", "DE_at").language == "de"


def test_language_codes_are_normalised() -> None:
    assert normalize_language("en-US") == "en"
    assert normalize_language("pt_BR") == "pt"
    assert normalize_language("") == "en"
    assert normalize_language(None) == "en"


@pytest.mark.parametrize("language", REQUIRED_LANGUAGES)
def test_safety_guide_is_a_few_short_paragraphs(language: str) -> None:
    guide = safety_guide(language)
    paragraphs = [p for p in guide.split("\n\n") if p.strip()]
    assert 3 <= len(paragraphs) <= 6
    assert len(guide) <= 1600
    assert not PLACEHOLDERS.search(guide)
    if language != "en":
        assert guide != safety_guide("en")


def test_safety_guide_falls_back_to_english() -> None:
    assert safety_guide("xx") == safety_guide("en")


def test_parent_guides() -> None:
    assert {"en", "es"} <= set(parent_guide_languages())
    for language in parent_guide_languages():
        guide = parent_guide(language)
        assert guide.startswith("# ")
        assert "lookout scan" in guide
        assert "JSON" in guide
        assert len(guide) > 2000
        assert not re.search(r"\b(?:TODO|TBD|FIXME)\b|(?i:lorem ipsum)", guide)
    for language in parent_guide_languages():
        if language != "en":
            assert parent_guide(language) != parent_guide("en"), language
    assert parent_guide("xx") == parent_guide("en")


def test_a_broken_data_file_names_itself(tmp_path: Path) -> None:
    bad = tmp_path / "it.toml"
    bad.write_text('language = "it"\nsafety_guide = "x"\n[tips.not_a_category]\ntitle = "a"\nbody = "b"\n')
    with pytest.raises(TipsDataError, match=r"bot/tips/it\.toml: \[tips\.not_a_category\]"):
        _load_language(bad)
    bad.write_text('language = "fr"\n')
    with pytest.raises(TipsDataError, match=r"it\.toml: `language` must be 'it'"):
        _load_language(bad)
    bad.write_text('language = "it"\nsafety_guide = "x"\n[tips.general]\ntitle = ""\nbody = "b"\n')
    with pytest.raises(TipsDataError, match="non-empty `title`"):
        _load_language(bad)
    bad.write_text("language = [")
    with pytest.raises(TipsDataError, match="not valid TOML"):
        _load_language(bad)


@pytest.mark.parametrize("language", REQUIRED_LANGUAGES)
def test_every_language_translates_every_message_a_child_sees(language: str) -> None:
    """The report form, its thank-you, the tip prompts and the welcome: none may fall back to
    English in a community that chose another language."""
    data = tomllib.loads((Path(bot.__file__).parent / "tips" / f"{language}.toml").read_text(encoding="utf-8"))
    assert set(data.get("messages", {})) == set(MESSAGE_LIMITS), language
    for key in MESSAGE_LIMITS:
        text = message(key, language)
        assert text == message(key, "en") if language == "en" else text != message(key, "en"), (language, key)
        assert not re.search(r"\b(?:TODO|TBD|FIXME|XXX)\b|(?i:lorem|ipsum)", text), (language, key)
    for key in ("tip_prompt", "tip_prompt_private"):
        assert message(key, language).count("{name}") == 1, (language, key)
    assert "/safety" in message("welcome", language) and "/report" in message("report_how", language)


def test_messages_fall_back_and_are_checked() -> None:
    assert message("report_thanks", "xx") == message("report_thanks", "en")
    with pytest.raises(KeyError, match="not a message"):
        message("no_such_message", "en")


def test_a_message_too_long_for_where_it_is_shown_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "it.toml"
    tips_table = '[tips.general]\ntitle = "a"\nbody = "b"\n'
    bad.write_text('language = "it"\nsafety_guide = "x"\n[messages]\nreport_title = "' + "x" * 60 + '"\n' + tips_table)
    with pytest.raises(TipsDataError, match=r"it\.toml: \[messages\] report_title is 60 characters; at most 45"):
        _load_language(bad)
    bad.write_text('language = "it"\nsafety_guide = "x"\n[messages]\nnot_a_message = "x"\n' + tips_table)
    with pytest.raises(TipsDataError, match="not_a_message is not a known message"):
        _load_language(bad)
