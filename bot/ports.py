"""`LookoutPort`: what the platform adapters, the moderation layer and the console may ask of the service.

Why a Protocol: adapters used to receive "something like `Lookout`" and probe it with `getattr`
(does it have `pending_deliveries`? which settings does it know?), because their
tests run them against a scripted stand-in. Writing the contract down once lets mypy check that
the real service (`bot.service.Lookout`) and every test stub offer exactly this, and lets the
adapters call it without guessing. It holds only what they use: a method nobody outside the
service needs does not belong here.

`ops` is part of the contract for the same reason: adapters report platform errors and readiness
checks, and the layer counts redelivered alerts, into the service's one `Ops`; a stand-in brings
its own (an `Ops()` costs nothing and exposes nothing unless served).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from bot.actions import Action, AlertView, ForgetReport, Tip
from bot.community_settings import EffectiveSettings
from bot.config import Config
from bot.events import Author, MemberJoined, MessageEvent
from bot.ops.metrics import Ops
from bot.vocabulary import CaseStatus, ModAction
from rules.types import Detection
from storage import OutboxItem


class LookoutPort(Protocol):
    """The service as its clients see it. One per process; every surface shares it."""

    @property
    def config(self) -> Config: ...

    @property
    def ops(self) -> Ops:
        """Counters and readiness checks of this process (/metrics, /readyz)."""
        ...

    # ----- what happens in communities
    async def on_message(self, event: MessageEvent) -> list[Action]: ...

    async def on_member_joined(self, event: MemberJoined) -> None: ...

    def check(self, text: str) -> Detection: ...

    def rule_problems(self) -> list[str]: ...

    # ----- community settings
    async def get_settings(self, community_id: str, platform: str = "") -> EffectiveSettings:
        """What is in force there, each value with its source; `platform` when the caller knows it
        (the config's Discord moderator role counts only on Discord)."""
        ...

    async def update_settings(self, community_id: str, **changes: Any) -> EffectiveSettings:
        """Set what a moderator chose; None clears a setting (the config applies again).
        Raises ValueError naming the setting, the value and what is allowed."""
        ...

    async def alert_communities(self, alert_chat_id: str) -> tuple[str, ...]:
        """The communities whose alerts go to that chat (a Telegram alert chat serves its groups)."""
        ...

    # ----- cases
    async def case_view(self, case_id: str) -> AlertView | None: ...

    async def list_cases(
        self, community_id: str, status: CaseStatus | None = None, limit: int = 50
    ) -> list[AlertView]: ...

    async def open_case_count(self, community_id: str) -> int: ...

    async def moderator_action(
        self, case_id: str, actor: Author, action: ModAction, detail: str = "", *, applied: bool = True,
    ) -> AlertView:
        """Record what a moderator did (status and audit); raises KeyError for an unknown case."""
        ...

    async def report(self, reported: MessageEvent, reporter: Author, reason: str = "") -> AlertView: ...

    async def export_case(self, case_id: str) -> tuple[str, bytes]: ...

    async def forget(self, user_id: str, community_id: str | None = None) -> ForgetReport: ...

    # ----- delivery bookkeeping
    async def alert_delivered(self, case_id: str, alert_ref: str) -> None: ...

    async def nudge_delivered(self, nudge_id: str) -> None: ...

    async def pending_deliveries(self, limit: int = 100) -> Sequence[OutboxItem]: ...

    # ----- what children read
    def tip(self, category: str, language: str = "en") -> Tip: ...

    def safety_guide(self, language: str = "en") -> str: ...

    # ----- linking a Telegram group to its alert chat
    async def create_link_code(self, community_id: str, platform: str = "telegram") -> str: ...

    async def redeem_link_code(self, code: str, alert_chat_id: str) -> str | None: ...
