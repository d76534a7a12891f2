"""Safety tips for children and guides for parents, in several languages.

The pipeline decides *when* a child sees a tip (a nudge names a category); this module only says
*what* the child reads: the tips, the guide, and every other sentence a child sees from Lookout
(the report form and its thank-you, the line offering a tip, the welcome in a private chat).
The words live in data files (``bot/tips/<lang>.toml`` and ``bot/tips/parents_<lang>.md``) so
that translators and child-safety workers can improve them without touching code. Every lookup
falls back rather than fails: a child must never get an error instead of help, so a missing
language gives English and an unknown category gives the general tip.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable

from bot.actions import Tip
from rules.categories import CATEGORIES

GENERAL = "general"
TIP_CATEGORIES: tuple[str, ...] = (GENERAL, *CATEGORIES)
FALLBACK_LANGUAGE = "en"
MAX_TITLE = 80
MAX_BODY = 400
# The `[messages]` a language file may hold; English must have all of them (the fallback). Some
# are shown where the platform caps their length (Discord's report form), so the cap is checked.
MESSAGE_LIMITS: dict[str, int] = {
    "report_title": 45,
    "report_label": 45,
    "report_placeholder": 100,
    "report_thanks": 1000,
    "report_how": 300,
    "report_not_possible": 300,
    "tip_prompt": 300,
    "tip_prompt_private": 300,
    "tip_button": 40,
    "tip_button_private": 40,
    "welcome": 1500,
}


class TipsDataError(ValueError):
    """A tips data file is broken; the message names the file and the key to fix."""


@dataclass(frozen=True, slots=True)
class _Language:
    code: str
    name: str
    safety_guide: str
    tips: dict[str, Tip]
    messages: dict[str, str]


def _data_dir() -> Traversable:
    return files("bot").joinpath("tips")


def normalize_language(language: str | None) -> str:
    """Platform locales ("pt-BR", "en_US", "ES") reduced to the two-letter code the files use."""
    if not language:
        return FALLBACK_LANGUAGE
    return language.strip().replace("_", "-").split("-")[0].lower() or FALLBACK_LANGUAGE


@functools.cache
def _catalogue() -> dict[str, _Language]:
    catalogue: dict[str, _Language] = {}
    for entry in sorted(_data_dir().iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".toml"):
            language = _load_language(entry)
            catalogue[language.code] = language
    if FALLBACK_LANGUAGE not in catalogue:
        raise TipsDataError(f"bot/tips/{FALLBACK_LANGUAGE}.toml is missing; it is the fallback for every language")
    missing = sorted(set(MESSAGE_LIMITS) - set(catalogue[FALLBACK_LANGUAGE].messages))
    if missing:
        raise TipsDataError(f"bot/tips/{FALLBACK_LANGUAGE}.toml: [messages] lacks {', '.join(missing)}; "
                            "English is the fallback, so it needs every message")
    return catalogue


def _load_language(entry: Traversable) -> _Language:
    where = f"bot/tips/{entry.name}"
    try:
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TipsDataError(f"{where}: not valid TOML ({exc})") from None
    code = entry.name.removesuffix(".toml")
    if data.get("language") != code:
        raise TipsDataError(f"{where}: `language` must be {code!r}, matching the file name")
    tips: dict[str, Tip] = {}
    table = data.get("tips")
    if not isinstance(table, dict):
        raise TipsDataError(f"{where}: needs a [tips.<category>] table per category")
    for category, fields in table.items():
        if category not in TIP_CATEGORIES:
            raise TipsDataError(f"{where}: [tips.{category}] is not a known category ({', '.join(TIP_CATEGORIES)})")
        title = fields.get("title") if isinstance(fields, dict) else None
        body = fields.get("body") if isinstance(fields, dict) else None
        if not isinstance(title, str) or not isinstance(body, str) or not title.strip() or not body.strip():
            raise TipsDataError(f"{where}: [tips.{category}] needs a non-empty `title` and `body`")
        tips[category] = Tip(category=category, language=code, title=title.strip(), body=" ".join(body.split()))
    guide = data.get("safety_guide")
    if not isinstance(guide, str) or not guide.strip():
        raise TipsDataError(f"{where}: `safety_guide` (the children's guide) is missing or empty")
    name = data.get("name")
    return _Language(code=code, name=name if isinstance(name, str) else code, safety_guide=guide.strip(), tips=tips,
                     messages=_load_messages(where, data.get("messages", {})))


def _load_messages(where: str, table: object) -> dict[str, str]:
    if not isinstance(table, dict):
        raise TipsDataError(f"{where}: `messages` must be a [messages] table")
    messages: dict[str, str] = {}
    for key, value in table.items():
        if key not in MESSAGE_LIMITS:
            raise TipsDataError(f"{where}: [messages] {key} is not a known message ({', '.join(MESSAGE_LIMITS)})")
        if not isinstance(value, str) or not value.strip():
            raise TipsDataError(f"{where}: [messages] {key} must be a non-empty string")
        text = value.strip()
        if len(text) > MESSAGE_LIMITS[key]:
            raise TipsDataError(f"{where}: [messages] {key} is {len(text)} characters; at most "
                                f"{MESSAGE_LIMITS[key]} fit where it is shown")
        messages[key] = text
    return messages


def languages() -> tuple[str, ...]:
    """The language codes that have a tips file, English first."""
    codes = sorted(_catalogue())
    codes.remove(FALLBACK_LANGUAGE)
    return (FALLBACK_LANGUAGE, *codes)


def language_name(language: str) -> str:
    found = _catalogue().get(normalize_language(language))
    return found.name if found else language


def get_tip(category: str, language: str = FALLBACK_LANGUAGE) -> Tip:
    """The tip for `category` in `language`, else in English, else the general tip."""
    catalogue = _catalogue()
    code = normalize_language(language)
    chosen = catalogue.get(code)
    english = catalogue[FALLBACK_LANGUAGE]
    for source, wanted in ((chosen, category), (english, category), (chosen, GENERAL), (english, GENERAL)):
        if source is not None and wanted in source.tips:
            return source.tips[wanted]
    raise TipsDataError(f"bot/tips/{FALLBACK_LANGUAGE}.toml has no [tips.{GENERAL}]; every lookup needs it")


def message(key: str, language: str = FALLBACK_LANGUAGE) -> str:
    """One of the `[messages]` children read, in `language` or English. `{name}` stays in place
    for the platform to put a mention of the child there."""
    if key not in MESSAGE_LIMITS:
        raise KeyError(f"{key!r} is not a message of the tips catalogue ({', '.join(MESSAGE_LIMITS)})")
    catalogue = _catalogue()
    chosen = catalogue.get(normalize_language(language))
    if chosen is not None and key in chosen.messages:
        return chosen.messages[key]
    return catalogue[FALLBACK_LANGUAGE].messages[key]


def safety_guide(language: str = FALLBACK_LANGUAGE) -> str:
    """The short guide for children (what `/safety` shows), in `language` or English."""
    catalogue = _catalogue()
    chosen = catalogue.get(normalize_language(language)) or catalogue[FALLBACK_LANGUAGE]
    return chosen.safety_guide


@functools.cache
def _parent_guides() -> dict[str, str]:
    guides: dict[str, str] = {}
    for entry in _data_dir().iterdir():
        if entry.name.startswith("parents_") and entry.name.endswith(".md"):
            code = entry.name.removeprefix("parents_").removesuffix(".md")
            guides[code] = entry.read_text(encoding="utf-8").strip()
    if FALLBACK_LANGUAGE not in guides:
        raise TipsDataError(f"bot/tips/parents_{FALLBACK_LANGUAGE}.md is missing; it is the fallback guide")
    return guides


def parent_guide(language: str = FALLBACK_LANGUAGE) -> str:
    """The longer guide for parents (Markdown), in `language` or English."""
    guides = _parent_guides()
    return guides.get(normalize_language(language), guides[FALLBACK_LANGUAGE])


def parent_guide_languages() -> tuple[str, ...]:
    return tuple(sorted(_parent_guides()))
