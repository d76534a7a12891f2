"""A moderator acts on a case: find it, check their rights, act, record, show the new state.

Why one flow for every surface: an alert button on Discord, an inline button on Telegram, a
command (`/lookout case note`, `/note`) and the web console's case page all do the same five
steps, and each step has rules that must not differ between them (who may act, which action
needs which right, what is recorded when the platform refuses). The surface the moderator used
implements `ActionSurface` (how to refuse, how to hand over a file, how to answer); the platform
the case lives on implements `ActionPort` (rights, time-out, ban). They need not be the same: a
console action on a Discord case times the suspect out on Discord and edits the Discord alert.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Protocol

from bot.actions import AlertView
from bot.events import Author
from bot.moderation.alerts import AlertDesk
from bot.moderation.board import Problem, StatusBoard
from bot.moderation.labels import DONE_MESSAGES
from bot.moderation.ports import ActionPort, Effect, Rights
from bot.ports import LookoutPort
from bot.vocabulary import ModAction

log = logging.getLogger(__name__)

TIMEOUT_LENGTH = timedelta(hours=24)
# The problem an action's success clears (a missing permission fixed since).
CLEARS: dict[ModAction, Problem] = {ModAction.TIMEOUT: Problem.TIMEOUT, ModAction.BAN: Problem.BAN}


class ActionSurface(Protocol):
    """Where the moderator acted: it refuses, hands over files and answers in its own way."""

    @property
    def alert_ref(self) -> str | None:
        """The posted alert the moderator clicked, if they clicked one (else None)."""
        ...

    async def refuse(self, text: str) -> None:
        """Say privately why nothing happens."""
        ...

    async def accept(self) -> None:
        """The action goes ahead (a platform may need to hear this before slow work)."""
        ...

    async def send_file(self, filename: str, data: bytes, caption: str) -> Effect:
        """Hand the evidence file to the moderator, privately."""
        ...

    async def finish(self, view: AlertView, message: str) -> None:
        """Tell the moderator what happened; update any private copy of the alert they used."""
        ...


@dataclass(frozen=True, slots=True)
class Scope:
    """Which communities a surface answers for (a server, the groups linked to an alert chat)."""

    communities: Collection[str] | None = None  # None: any (the caller checked already)

    def holds(self, view: AlertView) -> bool:
        return self.communities is None or view.community_id in self.communities


ANYWHERE = Scope()


class CaseActions:
    """Moderators' actions on cases, for every surface."""

    def __init__(self, lookout: LookoutPort, alerts: AlertDesk, board: StatusBoard) -> None:
        self.lookout = lookout
        self.alerts = alerts
        self.board = board
        self.ports: dict[str, ActionPort] = {}

    async def find(self, case_id: str, scope: Scope = ANYWHERE) -> AlertView | None:
        """The case, if it exists and belongs to the scope (else None: say "no such case")."""
        view = await self.lookout.case_view(case_id.strip())
        if view is None or not scope.holds(view):
            return None
        return view

    async def act(
        self,
        case_id: str,
        action: ModAction,
        actor: Author,
        surface: ActionSurface,
        *,
        rights: Rights | None = None,
        scope: Scope = ANYWHERE,
        detail: str = "",
    ) -> AlertView | None:
        """Run the whole flow; returns the case as it now is, or None when nothing was done.

        `rights`: what the surface already knows the actor may do (a Discord interaction carries
        the clicker's permissions); otherwise the case's platform is asked. `detail`: the text of
        a note.
        """
        view = await self.find(case_id, scope)
        if view is None:
            await surface.refuse(f"Case {case_id.strip()} does not exist here (it may have been purged).")
            return None
        port = self.ports.get(view.platform)
        if rights is None:
            if port is None:
                await surface.refuse(f"Lookout is not connected to {view.platform} in this process, so it "
                                     "cannot check your rights there; try again from the alert.")
                return None
            rights = await port.rights(view.community_id, actor.id)
        if not rights.moderate:
            who = port.wording.moderators if port is not None else "moderators"
            await surface.refuse(f"Only {who} can act on Lookout alerts.")
            return None
        if not rights.allows(action):
            needed = port.wording.rights.get(action, "right") if port is not None else "right"
            await surface.refuse(f"You need the {needed} permission for this.")
            return None
        await surface.accept()
        effect = await self._carry_out(port, view, action, actor, surface, detail)
        try:
            updated = await self.lookout.moderator_action(view.case_id, actor, action, effect.detail,
                                                           applied=effect.applied)
        except KeyError:
            await surface.refuse(f"Case {view.case_id} no longer exists.")
            return None
        # The moderator hears first (a Telegram button must be answered within seconds), then the
        # alert shows the new state wherever it was posted.
        await surface.finish(updated, effect.message or effect.detail or DONE_MESSAGES.get(action, "Done."))
        if updated.alert_ref is not None or surface.alert_ref is not None:
            await self.alerts.deliver(replace_ref(updated, surface.alert_ref), settle=False)
        log.info("community %s: moderator %s did %s on case %s", view.community_id, actor.id, action, view.case_id)
        return updated

    async def _carry_out(
        self, port: ActionPort | None, view: AlertView, action: ModAction, actor: Author, surface: ActionSurface,
        detail: str,
    ) -> Effect:
        """The platform side of `action`; what to record and what to tell the moderator."""
        if action == ModAction.NOTE:
            return Effect(detail=detail, message=f"Note added to case {view.case_id}.")
        if action == ModAction.EVIDENCE:
            try:
                filename, data = await self.lookout.export_case(view.case_id)
            except Exception as err:  # the moderator must hear that it failed, whatever the reason
                log.error("evidence export for case %s failed: %s", view.case_id, type(err).__name__)
                return Effect("evidence file could not be created")
            return await surface.send_file(filename, data, f"Evidence file for Lookout case {view.case_id}")
        if action not in CLEARS:
            return Effect(detail="", message=DONE_MESSAGES.get(action, "Done."))
        if port is None:
            return Effect.failed(f"{action} not applied: {view.platform} is not connected",
                          f"Lookout is not connected to {view.platform} in this process; nothing was done there.")
        reason = f"Lookout case {view.case_id}, by {actor.display_name or actor.id} ({actor.id})"
        if action == ModAction.TIMEOUT:
            effect = await port.timeout(view.community_id, view.suspect.id, TIMEOUT_LENGTH, reason)
        else:
            effect = await port.ban(view.community_id, view.suspect.id, reason)
        if effect.problem is not None:
            self.board.problem(view.community_id, effect.problem.problem, effect.problem.text)
        else:
            self.board.clear(view.community_id, CLEARS[action])
        return effect


def replace_ref(view: AlertView, clicked: str | None) -> AlertView:
    """The case's own alert ref; the clicked alert's when the case has none recorded."""
    if view.alert_ref is not None or clicked is None:
        return view
    return replace(view, alert_ref=clicked)
