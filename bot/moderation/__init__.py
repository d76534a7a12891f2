"""The moderation layer: what moderators and children see and do, once for every surface.

Discord, Telegram and the web console each implement small ports (`ports.py`) and call the flows
here; nothing in this package imports a platform SDK. Start at `layer.Moderation`.
"""

from bot.community_settings import EffectiveSettings, Source
from bot.moderation.actions import ANYWHERE, ActionSurface, Scope
from bot.moderation.board import Problem, StatusBoard
from bot.moderation.cases import MAX_LISTED, CaseListing
from bot.moderation.console_login import LINK_MINUTES, LoginAnswer, LoginIssuer, console_login
from bot.moderation.layer import Moderation
from bot.moderation.ports import (
    NO_RIGHTS,
    ActionPort,
    AlertPort,
    EditResult,
    Effect,
    NudgePort,
    PlatformPort,
    Refused,
    Rights,
    Wording,
)
from bot.moderation.settings import RoleKind, roles_of
from bot.moderation.status import StatusReport

__all__ = [
    "ANYWHERE",
    "MAX_LISTED",
    "NO_RIGHTS",
    "ActionPort",
    "ActionSurface",
    "AlertPort",
    "CaseListing",
    "LoginAnswer",
    "LINK_MINUTES",
    "LoginIssuer",
    "EditResult",
    "Effect",
    "EffectiveSettings",
    "Moderation",
    "NudgePort",
    "PlatformPort",
    "Problem",
    "Refused",
    "Rights",
    "RoleKind",
    "Scope",
    "Source",
    "StatusBoard",
    "StatusReport",
    "console_login",
    "roles_of",
    "Wording",
]
