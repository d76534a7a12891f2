"""Community settings as they are in force, each value with where it comes from.

Why a view beside the stored record: a community stores only what its moderators chose
(`storage.CommunitySettings`, where None means "not set"); everything else follows the config
file, and what the config leaves out follows Lookout's built-in defaults. Storing the config's
values per community made a later config change invisible to every community the bot had seen
("empty means inherit, set means override" avoids that). `/lookout status` and the web console show
each value with its source, so a moderator can tell their own choice from the operator's.

A role list set for a community replaces the config's list of that kind there, like any other
setting. On Discord the config's `[discord] moderator_role` counts as one of the config's
moderator roles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot import tips
from bot.config import NUDGE_MODES, CommunityDefaults, Config
from storage import RETENTION_FIELDS, ROLE_FIELDS, SETTING_FIELDS, AlertLink, CommunitySettings, Retention

ALERT_CHANNEL = "alert_channel_id"
# Every name `update_settings` accepts: the stored settings, and where alerts go (an alert link).
CHANGEABLE = (*SETTING_FIELDS, ALERT_CHANNEL)
_BUILT_IN = CommunityDefaults()
_BUILT_IN_RETENTION = Retention()


class Source(StrEnum):
    MODERATOR = "set by a moderator"
    CONFIG = "config file"
    DEFAULT = "built-in default"
    UNSET = "not set"  # where alerts go, before a moderator chose (there is no default)


@dataclass(frozen=True, slots=True)
class Setting:
    """One line of a status: a setting, its value in force, and where that value comes from."""

    name: str
    value: Any
    source: Source


@dataclass(frozen=True, slots=True)
class EffectiveSettings:
    """What is in force for one community. `stored` is what its moderators set."""

    community_id: str
    platform: str
    alert_channel_id: str | None
    threshold: float
    nudge_mode: str
    language: str
    minor_roles: tuple[str, ...]
    adult_roles: tuple[str, ...]
    trusted_roles: tuple[str, ...]
    moderator_roles: tuple[str, ...]
    retention: Retention
    setup_notice_at: datetime | None
    sources: Mapping[str, Source] = field(compare=False)
    stored: CommunitySettings = field(compare=False)

    def source(self, name: str) -> Source:
        """Where the value of `name` (a setting, or a RETENTION_FIELDS name) comes from."""
        return self.sources[name]

    def items(self) -> tuple[Setting, ...]:
        """Every setting a moderator can change, in the order a status shows them."""
        listed = [
            Setting(name, getattr(self, name), self.sources[name])
            for name in (ALERT_CHANNEL, "threshold", "nudge_mode", "language", *ROLE_FIELDS)
        ]
        listed += [Setting(name, getattr(self.retention, name), self.sources[name]) for name in RETENTION_FIELDS]
        return tuple(listed)


def _configured(name: str, config: Config, platform: str) -> tuple[Any, Source]:
    """The config's value of a community setting, and whether the config file or the built-in default set it.

    A config value equal to the built-in default is reported as the default: the config's loader
    keeps no record of which keys the file wrote, and the value in force is the same either way.
    """
    value = getattr(config.community, name)
    built_in = getattr(_BUILT_IN, name)
    if name == "moderator_roles" and platform == "discord" and config.discord.moderator_role:
        value = (*value, config.discord.moderator_role)
    return value, (Source.DEFAULT if value == built_in else Source.CONFIG)


def resolve(
    community_id: str,
    stored: CommunitySettings | None,
    link: AlertLink | None,
    config: Config,
    retention: Retention,
    platform: str = "",
) -> EffectiveSettings:
    """The settings in force: the moderators' choices over the config over the built-in defaults.

    `retention` is the storage default (built from the config's [storage] section).
    """
    stored = stored or CommunitySettings(community_id, platform)
    platform = platform or stored.platform or (link.platform if link else "")
    values: dict[str, Any] = {}
    sources: dict[str, Source] = {}
    for name in ("threshold", "nudge_mode", "language", *ROLE_FIELDS):
        own = stored.value(name)
        if own is not None:
            values[name], sources[name] = own, Source.MODERATOR
        else:
            values[name], sources[name] = _configured(name, config, platform)
    days: dict[str, float] = {}
    for name in RETENTION_FIELDS:
        if name in stored.retention:
            days[name], sources[name] = stored.retention[name], Source.MODERATOR
        else:
            days[name] = getattr(retention, name)
            sources[name] = Source.DEFAULT if days[name] == getattr(_BUILT_IN_RETENTION, name) else Source.CONFIG
    sources[ALERT_CHANNEL] = Source.MODERATOR if link else Source.UNSET
    return EffectiveSettings(
        community_id=community_id,
        platform=platform,
        alert_channel_id=link.alert_chat_id if link else None,
        threshold=float(values["threshold"]),
        nudge_mode=str(values["nudge_mode"]),
        language=str(values["language"]),
        minor_roles=tuple(values["minor_roles"]),
        adult_roles=tuple(values["adult_roles"]),
        trusted_roles=tuple(values["trusted_roles"]),
        moderator_roles=tuple(values["moderator_roles"]),
        retention=Retention(**days),
        setup_notice_at=stored.setup_notice_at,
        sources=sources,
        stored=stored,
    )


def _role_names(community_id: str, name: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ValueError(f"settings for community {community_id}: {name} {value!r} must be a list of role names")
    names: dict[str, str] = {}
    for role in value:
        text = str(role).strip()
        if text:
            names.setdefault(text.casefold(), text)
    return tuple(names.values())


def checked_changes(community_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Moderators' changes made ready to store, or ValueError naming the setting, the value and what fits.

    None clears a setting (the config applies again).
    """
    where = f"settings for community {community_id}"
    unknown = [name for name in changes if name not in CHANGEABLE]
    if unknown:
        raise ValueError(f"{where}: {', '.join(map(repr, unknown))} is not a setting; "
                         f"the settings are {', '.join(CHANGEABLE)}")
    checked: dict[str, Any] = {}
    for name, value in changes.items():
        if value is None:
            checked[name] = None
        elif name == "threshold":
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 100:
                raise ValueError(f"{where}: threshold {value!r} must be a number above 0 and at most 100")
            checked[name] = float(value)
        elif name == "nudge_mode":
            if value not in NUDGE_MODES:
                raise ValueError(f"{where}: nudge_mode {value!r} is not one of {', '.join(NUDGE_MODES)}")
            checked[name] = str(value)
        elif name == "language":
            code = tips.normalize_language(str(value))
            if code not in tips.languages():
                raise ValueError(f"{where}: there is no {value!r} catalogue; choose one of "
                                 f"{', '.join(tips.languages())}")
            checked[name] = code
        elif name in ROLE_FIELDS:
            checked[name] = _role_names(community_id, name, value)
        elif name == "setup_notice_at":
            if not isinstance(value, datetime):
                raise ValueError(f"{where}: setup_notice_at {value!r} must be a date and time")
            checked[name] = value
        elif name == ALERT_CHANNEL:
            checked[name] = str(value)
        else:  # retention: storage checks the kinds and the numbers
            checked[name] = dict(value) if isinstance(value, Mapping) else value
    return checked


def settle_unconfirmed(stored: CommunitySettings, config: Config) -> dict[str, Any]:
    """Changes that settle settings carried over from before typed settings (see storage.legacy_settings).

    They may be copies of the config of their day or a moderator's choice. A nudge mode the config
    gives anyway is dropped (the community follows the config from now on), another one stays.
    Role lists used to be added to the config's: a list adding nothing is dropped; one that added
    roles stays as this community's list, holding the config's roles and its own, so what is in
    force does not change at the upgrade.
    """
    changes: dict[str, Any] = {}
    for name in sorted(stored.unconfirmed):
        if name not in {f.name for f in fields(CommunitySettings)}:
            continue
        own = stored.value(name)
        configured = getattr(config.community, name, None)
        if own is None or configured is None:
            changes[name] = own
        elif name in ROLE_FIELDS:
            known = {role.casefold() for role in configured}
            extra = [role for role in own if role.casefold() not in known]
            changes[name] = (*configured, *extra) if extra else None
        else:
            changes[name] = None if own == configured else own
    return changes
