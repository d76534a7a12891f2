"""Community settings as the surfaces see them: what is in force, and the few ways moderators change it.

Why here and not in an adapter: whether someone is a moderator, which roles count as staff and
what `/lookout status` says depend on the same settings on every platform (and in the console).
Before, the Discord client held a settings cache, so every Discord helper had to import the client
class to reach it.

Why no cache and no rules of its own: the service resolves settings (`bot.community_settings`:
a moderator's choice over the config file over the built-in defaults, each value with its source)
and keeps them in memory (`bot.settings_cache`). A second resolution here would drift from it, and
a second copy would go stale when something changed settings past it (linking a Telegram alert
chat, another process, the console). This class only adds the moderators' verbs: add or take off
one role, set the language, ask for the moderator or staff roles.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from bot.community_settings import EffectiveSettings
from bot.ports import LookoutPort


class RoleKind(StrEnum):
    MINOR = "minor"
    ADULT = "adult"
    TRUSTED = "trusted"
    MODERATOR = "moderator"

    @property
    def setting(self) -> str:
        """The name of the setting holding roles of this kind (`minor_roles`, …)."""
        return f"{self.value}_roles"


def roles_of(settings: EffectiveSettings, kind: RoleKind) -> tuple[str, ...]:
    """The roles of `kind` in force."""
    roles: tuple[str, ...] = getattr(settings, kind.setting)
    return roles


class SettingsResolver:
    """Settings per community for every surface of this process, through the service."""

    def __init__(self, lookout: LookoutPort) -> None:
        self.lookout = lookout

    async def get(self, community_id: str, platform: str = "") -> EffectiveSettings:
        """What is in force; name the `platform` when known (the config's Discord moderator role
        counts only on Discord)."""
        return await self.lookout.get_settings(community_id, platform)

    async def update(self, community_id: str, **changes: Any) -> EffectiveSettings:
        """Store moderators' choices; None clears one (the config applies again). ValueError names
        the setting, the value and what is allowed."""
        return await self.lookout.update_settings(community_id, **changes)

    async def set_language(self, community_id: str, language: str) -> EffectiveSettings:
        """Raises ValueError, naming the languages there are, for one without a catalogue."""
        return await self.update(community_id, language=language)

    # ----- roles

    async def set_roles(self, community_id: str, kind: RoleKind, names: Iterable[str]) -> EffectiveSettings:
        """The community's roles of `kind` are `names` from now on, in place of the config's."""
        return await self.update(community_id, **{kind.setting: tuple(names)})

    async def change_role(
        self, community_id: str, kind: RoleKind, name: str, *, remove: bool = False, platform: str = ""
    ) -> EffectiveSettings:
        """Add a role to (or take it off) the roles of `kind` in force here; names match without case.

        Starts from what is in force, not from what was stored: a list set for a community replaces
        the config's, so adding one role must keep the config's roles of that kind.
        """
        current = roles_of(await self.get(community_id, platform), kind)
        names = [n for n in current if n.casefold() != name.casefold()]
        if not remove:
            names.append(name)
        return await self.set_roles(community_id, kind, names)

    async def moderator_roles(self, community_id: str, platform: str) -> tuple[str, ...]:
        return (await self.get(community_id, platform)).moderator_roles

    async def staff_roles(self, community_id: str, platform: str) -> tuple[str, ...]:
        """Roles whose members the pipeline damps: moderators and trusted members."""
        settings = await self.get(community_id, platform)
        return (*settings.moderator_roles, *settings.trusted_roles)
