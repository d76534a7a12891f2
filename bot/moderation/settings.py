"""Community settings as the surfaces see them: resolved to what is in force, and changed.

Why here and not in an adapter: whether someone is a moderator, which roles count as staff and
what `/lookout status` says depend on the same mix of stored settings and config file on every
platform (and in the console). Before, the Discord client held a settings cache, so every Discord
helper had to import the client class to reach it.

Why no cache of its own: the service already keeps every community's settings in memory, and a
second copy here went stale whenever something changed them past it (linking a Telegram alert
chat, a test, soon the console); a moderator's change must be in force at once.

What is in force comes from two places, and the status names which: a value a moderator set for
this community, or the config file (which holds the defaults). Role lists are merged, as the
pipeline merges them. Moderator roles are not yet a typed settings field, so they still live in
the settings' `extras` as a comma-joined string; typed settings will replace that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from bot import tips
from bot.config import Config
from bot.ports import LookoutPort
from bot.vocabulary import NudgeMode
from storage import CommunitySettings

T = TypeVar("T")

MODERATOR_ROLES_KEY = "moderator_roles"  # in `extras`, until settings are typed


class Source(StrEnum):
    COMMUNITY = "set for this community"
    CONFIG = "config file"


class RoleKind(StrEnum):
    MINOR = "minor"
    ADULT = "adult"
    TRUSTED = "trusted"
    MODERATOR = "moderator"


@dataclass(frozen=True, slots=True)
class Sourced(Generic[T]):
    value: T
    source: Source


@dataclass(frozen=True, slots=True)
class RoleEntry:
    name: str
    source: Source


@dataclass(frozen=True, slots=True)
class EffectiveSettings:
    """What is in force for one community, each value with where it comes from."""

    community_id: str
    alert_channel_id: str | None
    threshold: Sourced[float]
    nudge_mode: Sourced[NudgeMode]
    language: Sourced[str]
    roles: dict[RoleKind, tuple[RoleEntry, ...]]

    def role_names(self, *kinds: RoleKind) -> tuple[str, ...]:
        return tuple(entry.name for kind in kinds for entry in self.roles.get(kind, ()))


def _merge(stored: Iterable[str], configured: Iterable[str]) -> tuple[RoleEntry, ...]:
    """The config's roles, then those set here. Stored settings still hold a copy of the config's
    roles from the day the community was first seen, so a role in both is said to come from the
    config: it is in force because of the config either way."""
    entries: dict[str, RoleEntry] = {}
    for name in configured:
        entries.setdefault(name.casefold(), RoleEntry(name, Source.CONFIG))
    for name in stored:
        entries.setdefault(name.casefold(), RoleEntry(name, Source.COMMUNITY))
    return tuple(entries.values())


def _sourced(value: T, configured: T) -> Sourced[T]:
    """Stored settings carry a copy of the config's value too; only a different value was set here."""
    return Sourced(value, Source.CONFIG if value == configured else Source.COMMUNITY)


class SettingsResolver:
    """Settings per community for every surface of this process, with the few rules about them."""

    def __init__(self, lookout: LookoutPort, config: Config) -> None:
        self.lookout = lookout
        self.config = config

    async def get(self, community_id: str) -> CommunitySettings:
        return await self.lookout.get_settings(community_id)

    async def update(self, community_id: str, **fields: Any) -> CommunitySettings:
        """Store settings through the service; `moderator_roles` goes into `extras` for now."""
        moderators = fields.pop(MODERATOR_ROLES_KEY, None)
        if moderators is not None:
            current = await self.lookout.get_settings(community_id)
            extras = dict(fields.pop("extras", None) or current.extras)
            extras[MODERATOR_ROLES_KEY] = ",".join(moderators)
            fields["extras"] = extras
        fields = {k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}
        return await self.lookout.update_settings(community_id, **fields)

    async def set_language(self, community_id: str, language: str) -> CommunitySettings:
        """Raises ValueError, naming the languages there are, for one without a catalogue."""
        code = tips.normalize_language(language)
        if code not in tips.languages():
            raise ValueError(
                f"there is no {language!r} catalogue; choose one of {', '.join(tips.languages())}"
            )
        return await self.update(community_id, language=code)

    # ----- roles

    @staticmethod
    def stored_roles(settings: CommunitySettings, kind: RoleKind) -> tuple[str, ...]:
        if kind is RoleKind.MODERATOR:
            raw = str(settings.extras.get(MODERATOR_ROLES_KEY, ""))
            return tuple(name for name in raw.split(",") if name)
        return tuple({RoleKind.MINOR: settings.minor_roles, RoleKind.ADULT: settings.adult_roles,
                      RoleKind.TRUSTED: settings.trusted_roles}[kind])

    def configured_roles(self, kind: RoleKind, platform: str) -> tuple[str, ...]:
        community = self.config.community
        if kind is RoleKind.MODERATOR:
            extra = (self.config.discord.moderator_role,) if platform == "discord" else ()
            return (*community.moderator_roles, *(name for name in extra if name))
        return {RoleKind.MINOR: community.minor_roles, RoleKind.ADULT: community.adult_roles,
                RoleKind.TRUSTED: community.trusted_roles}[kind]

    async def set_roles(self, community_id: str, kind: RoleKind, names: Iterable[str]) -> CommunitySettings:
        field_name = f"{kind.value}_roles"
        return await self.update(community_id, **{field_name: tuple(names)})

    async def change_role(self, community_id: str, kind: RoleKind, name: str, *, remove: bool = False) -> None:
        """Add a role to (or take it off) the roles set for this community; names match without case."""
        stored = self.stored_roles(await self.get(community_id), kind)
        names = [n for n in stored if n.casefold() != name.casefold()]
        if not remove:
            names.append(name)
        await self.set_roles(community_id, kind, names)

    async def effective(self, community_id: str, platform: str) -> EffectiveSettings:
        settings = await self.get(community_id)
        community = self.config.community
        roles = {kind: _merge(self.stored_roles(settings, kind), self.configured_roles(kind, platform))
                 for kind in RoleKind}
        threshold = (Sourced(settings.threshold, Source.COMMUNITY) if settings.threshold is not None
                     else Sourced(community.threshold, Source.CONFIG))
        return EffectiveSettings(
            community_id=community_id,
            alert_channel_id=settings.alert_channel_id,
            threshold=threshold,
            nudge_mode=_sourced(NudgeMode(settings.nudge_mode), NudgeMode(community.nudge_mode)),
            language=_sourced(settings.language, community.language),
            roles=roles,
        )

    async def moderator_roles(self, community_id: str, platform: str) -> tuple[str, ...]:
        return (await self.effective(community_id, platform)).role_names(RoleKind.MODERATOR)

    async def staff_roles(self, community_id: str, platform: str) -> tuple[str, ...]:
        """Roles whose members the pipeline damps: moderators and trusted members."""
        return (await self.effective(community_id, platform)).role_names(RoleKind.MODERATOR, RoleKind.TRUSTED)
