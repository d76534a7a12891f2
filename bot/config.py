"""The config file: one TOML file for the scanner and the live bots.

Moderators edit this by hand, so every mistake is reported with the file, the field, the value and
what to write instead. Tokens never live here: they come from environment variables.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from bot.pipeline.model import Policy
from bot.vocabulary import NudgeMode

NUDGE_MODES = tuple(mode.value for mode in NudgeMode)


class ConfigError(ValueError):
    """The config cannot be used; the message says where and how to fix it."""


@dataclass(frozen=True, slots=True)
class DetectionConfig:
    languages: tuple[str, ...] = ()  # empty: every bundled pack
    extra_packs: tuple[str, ...] = ()  # moderators' own packs, run with a time limit
    strict: bool = True


@dataclass(frozen=True, slots=True)
class CommunityDefaults:
    """Defaults for every community; moderator commands override them per community."""

    threshold: float = 1.0
    minor_roles: tuple[str, ...] = ()
    adult_roles: tuple[str, ...] = ()
    trusted_roles: tuple[str, ...] = ()
    moderator_roles: tuple[str, ...] = ()
    nudge_mode: str = "button"
    language: str = "en"
    youth: bool = True
    half_life_days: float = 7.0


@dataclass(frozen=True, slots=True)
class StorageConfig:
    url: str = "sqlite:///lookout.db"
    pair_retention_days: float = 30.0
    case_retention_days: float = 180.0
    seal_key_path: str = ""  # the case seal key file; "" = beside the SQLite file (see storage.seal)


@dataclass(frozen=True, slots=True)
class DiscordConfig:
    api_base: str | None = None
    gateway_url: str | None = None
    moderator_role: str | None = None
    guild_ready_timeout: float = 2.0


@dataclass(frozen=True, slots=True)
class TelegramConfig:
    api_base_url: str | None = None
    api_base_file_url: str | None = None
    webhook_url: str | None = None
    listen: str = "127.0.0.1"
    port: int = 8443
    bot_username: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    detection: DetectionConfig = field(default_factory=DetectionConfig)
    community: CommunityDefaults = field(default_factory=CommunityDefaults)
    storage: StorageConfig = field(default_factory=StorageConfig)
    discord: DiscordConfig = field(default_factory=DiscordConfig)
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    log_level: str = "INFO"
    source: str = "<defaults>"

    def policy(self, threshold: float | None = None) -> Policy:
        c = self.community
        return Policy(
            threshold=threshold if threshold is not None else c.threshold,
            minor_roles=frozenset(r.casefold() for r in c.minor_roles),
            adult_roles=frozenset(r.casefold() for r in c.adult_roles),
            trusted_roles=frozenset(r.casefold() for r in c.trusted_roles),
            nudges=c.nudge_mode != NudgeMode.OFF,
            language=c.language,
            youth_community=c.youth,
            half_life_days=c.half_life_days,
            pair_ttl_days=self.storage.pair_retention_days,
        )


_SECTIONS: dict[str, type] = {
    "detection": DetectionConfig,
    "community": CommunityDefaults,
    "storage": StorageConfig,
    "discord": DiscordConfig,
    "telegram": TelegramConfig,
}
_FORBIDDEN = {"token", "bot_token", "discord_token", "telegram_token"}


def _coerce(src: str, where: str, value: Any, default: Any, annotation: str) -> Any:
    """Check one value against the type its field declares."""
    def bad(expected: str) -> ConfigError:
        return ConfigError(f"{src}: {where} = {value!r} is not valid: expected {expected}")

    if annotation.startswith("tuple"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad("a list of strings, e.g. [\"13-15\", \"Under 18\"]")
        return tuple(value)
    if annotation == "bool":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if annotation == "float":
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise bad("a positive number")
        return float(value)
    if annotation == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("a whole number")
        return value
    if not isinstance(value, str):
        raise bad("a string in quotes")
    return value


def _section(src: str, name: str, cls: type, data: Any) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(f"{src}: [{name}] must be a table")
    known = {f.name: f for f in fields(cls)}
    for key in data:
        if key in _FORBIDDEN:
            raise ConfigError(f"{src}: [{name}] {key}: tokens never go in the config file; set the "
                              "LOOKOUT_DISCORD_TOKEN or LOOKOUT_TELEGRAM_TOKEN environment variable instead")
        if key not in known:
            raise ConfigError(f"{src}: [{name}] has an unknown setting {key!r}; known: {', '.join(sorted(known))}")
    values = {k: _coerce(src, f"[{name}] {k}", v, known[k].default, str(known[k].type)) for k, v in data.items()}
    return cls(**values)


def parse_config(text: str, source: str = "<config>") -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: invalid TOML: {exc}") from None
    unknown = sorted(set(data) - set(_SECTIONS) - {"logging"})
    if unknown:
        raise ConfigError(f"{source}: unknown section(s) {', '.join(unknown)}; known: "
                          + ", ".join(sorted([*_SECTIONS, "logging"])))
    parts = {name: _section(source, name, cls, data.get(name, {})) for name, cls in _SECTIONS.items()}
    if parts["community"].nudge_mode not in NUDGE_MODES:
        raise ConfigError(f"{source}: [community] nudge_mode = {parts['community'].nudge_mode!r} is not valid: "
                          f"expected one of {', '.join(NUDGE_MODES)}")
    base = Path(source).parent if source not in ("<config>", "<defaults>") else Path(".")
    det = parts["detection"]
    packs = []
    for p in det.extra_packs:
        path = Path(p) if Path(p).is_absolute() else base / p
        if not path.is_file():
            raise ConfigError(f"{source}: [detection] extra_packs: {p!r} does not exist (looked at {path})")
        packs.append(str(path))
    parts["detection"] = DetectionConfig(det.languages, tuple(packs), det.strict)
    storage = parts["storage"]
    url = storage.url
    if "://" not in url:
        url = f"sqlite:///{url}"
    if not url.startswith(("sqlite://", "postgresql://", "postgres://")):
        raise ConfigError(f"{source}: [storage] url = {storage.url!r} is not valid: expected a file path, "
                          "sqlite:///path/to/lookout.db, or postgresql://user@host/db")
    key_path = storage.seal_key_path
    if key_path and not Path(key_path).expanduser().is_absolute():
        key_path = str(base / key_path)
    parts["storage"] = StorageConfig(url, storage.pair_retention_days, storage.case_retention_days, key_path)
    logging_section = data.get("logging", {})
    level = str(logging_section.get("level", "INFO")).upper() if isinstance(logging_section, dict) else "INFO"
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError(f"{source}: [logging] level = {level!r} is not valid: expected DEBUG, INFO, WARNING or ERROR")
    return Config(log_level=level, source=source, **parts)


def load_config(path: str | None) -> Config:
    """Read the config file, or the defaults when no path is given."""
    if path is None:
        return Config()
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file; copy config.example.toml and edit it") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc}") from None
    return parse_config(text, str(p))
