"""The config file: one TOML file for the scanner and the live bots.

Moderators edit this by hand, so every mistake is reported with the file, the field, the value and
what to write instead. Tokens never live here: they come from environment variables.
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.pipeline.model import Policy
from bot.vocabulary import NudgeMode
from rules.packs_loader import bundled_pack_paths

NUDGE_MODES = tuple(mode.value for mode in NudgeMode)


class ConfigError(ValueError):
    """The config cannot be used; the message says where and how to fix it."""


SEMANTIC_ENV = "LOOKOUT_SEMANTIC"
_SWITCH = {"on": True, "true": True, "1": True, "yes": True, "off": False, "false": False, "0": False, "no": False}


def semantic_default() -> bool:
    """Whether the semantic layer runs when the config does not say: on, unless LOOKOUT_SEMANTIC=off.

    On because it earned it on every blind batch scored with it (look-alikes flagged 14-16% -> 8-11%,
    fewer benign chats alerted; eval/README.md). The variable is for a machine without the ~180 MB it
    needs, and for the test suite, which would otherwise load the model in every CLI and bot test; a
    config file's own `[detection] semantic` always wins over it.
    """
    value = os.environ.get(SEMANTIC_ENV, "").strip().lower()
    if not value:
        return True
    if value not in _SWITCH:
        raise ConfigError(f"environment variable {SEMANTIC_ENV}={value!r} is not valid: expected on or off "
                          "(or unset it: the layer is then on)")
    return _SWITCH[value]


@dataclass(frozen=True, slots=True)
class DetectionConfig:
    languages: tuple[str, ...] = ()  # empty: every bundled pack
    extra_packs: tuple[str, ...] = ()  # moderators' own packs, run with a time limit
    strict: bool = True
    # The semantic layer (rules/semantic): flagged lines are also read by meaning (a second opinion that
    # sets aside look-alikes, and a small weight). On unless the config or LOOKOUT_SEMANTIC says off
    # (semantic_default); it costs ~180 MB and a model load (figures in rules/semantic/README.md).
    semantic: bool = field(default_factory=semantic_default)


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
class LoggingConfig:
    level: str = "INFO"
    file: str | None = None  # also log to this file (appended); stderr is always used


@dataclass(frozen=True, slots=True)
class MetricsConfig:
    """Prometheus /metrics plus /healthz and /readyz; off unless asked for."""

    enabled: bool = False
    listen: str = "127.0.0.1"
    port: int = 9464


@dataclass(frozen=True, slots=True)
class ConsoleConfig:
    """The web console; served by `lookout run` only when the config has a [console] table."""

    listen: str = "127.0.0.1"
    port: int = 8470
    public_url: str | None = None  # the address moderators open (behind a proxy); login links start with it


@dataclass(frozen=True, slots=True)
class Config:
    detection: DetectionConfig = field(default_factory=DetectionConfig)
    community: CommunityDefaults = field(default_factory=CommunityDefaults)
    storage: StorageConfig = field(default_factory=StorageConfig)
    discord: DiscordConfig = field(default_factory=DiscordConfig)
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    metrics: MetricsConfig = field(default_factory=MetricsConfig)
    console: ConsoleConfig | None = None  # None: no [console] table, so `lookout run` serves no console
    log_level: str = "INFO"
    log_file: str | None = None
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
    "logging": LoggingConfig,
    "metrics": MetricsConfig,
    "console": ConsoleConfig,
}
_FORBIDDEN = {"token", "bot_token", "discord_token", "telegram_token"}
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def _number(low: float, high: float, *, low_open: bool = True, unit: str = "") -> Callable[[Any], str | None]:
    """A finite number in a range. NaN and infinity pass a plain `<=` test, so they are refused by name."""
    def check(value: Any) -> str | None:
        inside = (low < value if low_open else low <= value) and value <= high
        if math.isfinite(value) and inside:
            return None
        span = f"above {low:g} and at most {high:g}" if low_open else f"from {low:g} to {high:g}"
        return f"a number {span}{unit}"
    return check


def _port(value: Any) -> str | None:
    return None if 1 <= value <= 65535 else "a port number from 1 to 65535"


def _url(*schemes: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        parts = urlsplit(value)
        if parts.scheme in schemes and parts.hostname:
            return None
        return f"a URL starting with {' or '.join(s + '://' for s in schemes)} and naming a host"
    return check


_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _public_url(value: Any) -> str | None:
    """Where moderators open the console. Plain http is allowed only on this machine: elsewhere the
    session cookie and the one-time login links would cross the network in clear."""
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # an unclosed [ipv6 bracket
        host = None
    if host is None or parts.scheme not in ("http", "https") or parts.query or parts.fragment:
        return "a URL starting with https:// and naming a host, without ?query or #fragment"
    if parts.scheme == "http" and host not in _LOOPBACK:
        return ("an https:// URL (plain http only for 127.0.0.1 or localhost: login links and session "
                "cookies must not cross a network in clear)")
    return None


def _listen(value: Any) -> str | None:
    """An address to bind: a host name or IP, not a URL or host:port (the port has its own key)."""
    text = value.strip()
    if not text:
        return "an address to listen on, e.g. \"127.0.0.1\" (this machine only) or \"0.0.0.0\" (all interfaces)"
    if "/" in text or (text.count(":") == 1):
        return "an address only, e.g. \"127.0.0.1\" or \"0.0.0.0\" (no scheme, no :port; set port separately)"
    return None


def _nonempty(value: Any) -> str | None:
    return None if value.strip() else "a non-empty string (remove the line to use the default)"


def _choice(allowed: Callable[[], Sequence[str]], what: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        values = value if isinstance(value, tuple) else (value,)
        known = [a.casefold() for a in allowed()]
        wrong = [v for v in values if v.strip().casefold() not in known]
        if not wrong:
            return None
        return f"{what}: one of {', '.join(allowed())} ({wrong[0]!r} is not one)"
    return check


def _pack_languages() -> list[str]:
    return [p.stem for p in bundled_pack_paths()]


def _tip_languages() -> Sequence[str]:
    from bot.tips import languages

    return languages()


# What each value may be beyond its type; the text says what is allowed, for the one-line error.
_CHECKS: dict[tuple[str, str], Callable[[Any], str | None]] = {
    ("detection", "languages"): _choice(_pack_languages, "bundled pack language codes"),
    ("community", "threshold"): _number(0, 100),
    ("community", "nudge_mode"): _choice(lambda: NUDGE_MODES, "a nudge mode"),
    ("community", "language"): _choice(_tip_languages, "a tips language code"),
    ("community", "half_life_days"): _number(0, 3650, unit=" days"),
    ("storage", "url"): _nonempty,
    ("storage", "pair_retention_days"): _number(0, 36500, unit=" days"),
    ("storage", "case_retention_days"): _number(0, 36500, unit=" days"),
    ("discord", "api_base"): _url("http", "https"),
    ("discord", "gateway_url"): _url("ws", "wss"),
    ("discord", "moderator_role"): _nonempty,
    ("discord", "guild_ready_timeout"): _number(0, 600, low_open=False, unit=" seconds"),
    ("telegram", "api_base_url"): _url("http", "https"),
    ("telegram", "api_base_file_url"): _url("http", "https"),
    ("telegram", "webhook_url"): _url("https"),
    ("telegram", "listen"): _nonempty,
    ("telegram", "port"): _port,
    ("telegram", "bot_username"): _nonempty,
    ("metrics", "listen"): _nonempty,
    ("metrics", "port"): _port,
    ("console", "listen"): _listen,
    ("console", "port"): _port,
    ("console", "public_url"): _public_url,
    ("logging", "level"): _choice(lambda: LOG_LEVELS, "a log level"),
    ("logging", "file"): _nonempty,
}


def _show(value: Any) -> str:
    """The value as the moderator wrote it, in TOML spelling where Python's differs."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _coerce(where: str, value: Any, annotation: str) -> Any:
    """Check one value against the type its field declares; the message says what is expected."""
    def bad(expected: str) -> ConfigError:
        return ConfigError(f"{where} = {_show(value)} is not valid: expected {expected}")

    if annotation.startswith("tuple"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad("a list of strings, e.g. [\"13-15\", \"Under 18\"]")
        return tuple(value)
    if annotation == "bool":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if annotation == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad("a number")
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
        raise ConfigError(f"{src}: [{name}] must be a table (a [{name}] header with settings under it)")
    known = {f.name: f for f in fields(cls)}
    for key in data:
        if key in _FORBIDDEN:
            raise ConfigError(f"{src}: [{name}] {key}: tokens never go in the config file; set the "
                              "LOOKOUT_DISCORD_TOKEN or LOOKOUT_TELEGRAM_TOKEN environment variable instead")
        if key not in known:
            raise ConfigError(f"{src}: [{name}] has an unknown setting {key!r}; known: {', '.join(sorted(known))}")
    values = {}
    for key, value in data.items():
        where = f"{src}: [{name}] {key}"
        values[key] = _coerce(where, value, str(known[key].type).replace(" | None", ""))
        check = _CHECKS.get((name, key))
        problem = check(values[key]) if check is not None else None
        if problem is not None:
            raise ConfigError(f"{where} = {_show(value)} is not valid: expected {problem}")
    return cls(**values)


def parse_config(text: str, source: str = "<config>") -> Config:
    """Every value is checked here, so a bad one stops the start with one line naming key, value and
    what is allowed, instead of a bot that silently protects nobody (no packs, a threshold of nan)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: invalid TOML: {exc}") from None
    unknown = sorted(set(data) - set(_SECTIONS))
    if unknown:
        raise ConfigError(f"{source}: unknown section(s) {', '.join(unknown)}; known: " + ", ".join(sorted(_SECTIONS)))
    parts = {name: _section(source, name, cls, data.get(name, {})) for name, cls in _SECTIONS.items()}
    if "console" not in data:
        parts["console"] = None  # the console is served only when asked for
    base = Path(source).parent if source not in ("<config>", "<defaults>") else Path(".")
    det = parts["detection"]
    packs = []
    for p in det.extra_packs:
        path = Path(p) if Path(p).is_absolute() else base / p
        if not path.is_file():
            raise ConfigError(f"{source}: [detection] extra_packs: {p!r} does not exist (looked at {path})")
        packs.append(str(path))
    languages = tuple(lang.strip().lower() for lang in det.languages)
    parts["detection"] = DetectionConfig(languages, tuple(packs), det.strict, det.semantic)
    parts["community"] = replace(parts["community"], language=parts["community"].language.strip().lower())
    storage = parts["storage"]
    url = storage.url
    if "://" not in url:
        url = f"sqlite:///{url}"
    if not url.startswith(("sqlite://", "postgresql://", "postgres://")):
        raise ConfigError(f"{source}: [storage] url = {_show(storage.url)} is not valid: expected a file path, "
                          "sqlite:///path/to/lookout.db, or postgresql://user@host/db")
    key_path = storage.seal_key_path
    if key_path and not Path(key_path).expanduser().is_absolute():
        key_path = str(base / key_path)
    parts["storage"] = StorageConfig(url, storage.pair_retention_days, storage.case_retention_days, key_path)
    logs = parts.pop("logging")
    log_file = logs.file if logs.file is None or Path(logs.file).is_absolute() else str(base / logs.file)
    return Config(log_level=logs.level.upper(), log_file=log_file, source=source, **parts)


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
