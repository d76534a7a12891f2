"""The one storage interface the pipeline, the bots and the CLI use.

Two backends implement it (SQLite by default, PostgreSQL for several processes sharing one
database); `storage.open_storage` picks one from a URL. Callers never see SQL.

Write guarantees, because they decide what the bot may announce:
* case writes (open, update, decisions, status, notes, audit, evidence, alert refs), settings,
  alert links, link codes, nudges and the outbox return only after their transaction committed;
* pair events, pair states and suspect aggregates are queued and written in the next batch
  (within ~50 ms); `flush()` waits for them. If the database is down they wait in a bounded
  memory queue, and are the first records dropped when that queue is full.
"""

from __future__ import annotations

import abc
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from storage.models import (
    AlertLink,
    AuditEntry,
    Case,
    CaseDetail,
    CaseQuery,
    CommunitySettings,
    ConsoleAuditEntry,
    ConsoleLogin,
    EvidenceInput,
    ForgetResult,
    LinkCode,
    NudgeRecord,
    OutboxItem,
    PairEvent,
    PairStateRecord,
    Retention,
    SuspectAggregateRecord,
)

if TYPE_CHECKING:
    from storage.seal import SealCheck


class StorageError(Exception):
    """Base class for storage errors that callers may want to report to a person."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer Lookout; refusing to touch it protects its data."""


class UnknownCaseError(StorageError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "unknown case"


class Storage(abc.ABC):
    """Persistence for settings, risk state, cases, evidence, nudges and the outbox."""

    retention: Retention

    # -- lifecycle ---------------------------------------------------------------------------
    @abc.abstractmethod
    async def flush(self) -> None:
        """Wait until every record queued so far is committed."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Flush what can be flushed, stop background tasks and release the database."""

    @abc.abstractmethod
    def start_purge_task(self, interval_s: float = 86400.0) -> None:
        """Run `purge` now and then every `interval_s` seconds until `close`."""

    @property
    @abc.abstractmethod
    def description(self) -> str:
        """Where the data lives, for messages (never includes a password)."""

    # -- community settings, alert links, link codes ------------------------------------------
    @abc.abstractmethod
    async def get_settings(self, community_id: str) -> CommunitySettings | None:
        """What moderators set for the community (None: nothing, it follows the config)."""

    @abc.abstractmethod
    async def list_settings(self) -> list[CommunitySettings]: ...

    @abc.abstractmethod
    async def change_settings(
        self, community_id: str, changes: Mapping[str, Any], *, platform: str = "", now: datetime | None = None
    ) -> CommunitySettings:
        """Set the named settings (see models.SETTING_FIELDS); None clears one, so the config applies again.

        Only the named settings are written, in one transaction: changes to other settings made at
        the same time are kept. A changed setting is no longer `unconfirmed`. Returns what is stored
        now; a community left with nothing set has no row.
        """

    @abc.abstractmethod
    async def set_alert_link(
        self, community_id: str, alert_chat_id: str | None, *, platform: str = "", now: datetime | None = None
    ) -> AlertLink | None:
        """Send the community's alerts to `alert_chat_id` from now on (None: nowhere)."""

    @abc.abstractmethod
    async def alert_link(self, community_id: str) -> AlertLink | None: ...

    @abc.abstractmethod
    async def alert_links(self, alert_chat_id: str | None = None) -> list[AlertLink]:
        """Every link, or those of the communities whose alerts go to `alert_chat_id`."""

    @abc.abstractmethod
    async def new_link_code(
        self, community_id: str, platform: str, ttl: timedelta, now: datetime | None = None
    ) -> LinkCode:
        """A fresh one-time code for the community; any earlier code of the community stops working."""

    @abc.abstractmethod
    async def redeem_link_code(self, code: str, alert_chat_id: str, now: datetime | None = None) -> str | None:
        """Use a code once: link its community's alerts to `alert_chat_id` and return the community.

        None when the code is unknown, used or expired. The code is consumed in the same transaction
        that links, so of two processes seeing it at once only one links. A community is never
        linked to itself (alerts name children; they must not go to the group): its id is returned
        and the link left as it was.
        """

    # -- risk state --------------------------------------------------------------------------
    @abc.abstractmethod
    async def save_pair_states(self, records: Sequence[PairStateRecord]) -> None:
        """Queue snapshots (upsert per pair); not awaited to commit."""

    @abc.abstractmethod
    async def load_pair_states(self, community_id: str | None = None) -> list[PairStateRecord]: ...

    @abc.abstractmethod
    async def save_suspect_aggregates(self, records: Sequence[SuspectAggregateRecord]) -> None:
        """Queue per-suspect snapshots (fan-out across children), upserted; not awaited to commit."""

    @abc.abstractmethod
    async def load_suspect_aggregates(self, community_id: str | None = None) -> list[SuspectAggregateRecord]: ...

    @abc.abstractmethod
    async def add_pair_events(self, events: Sequence[PairEvent]) -> None:
        """Queue hit metadata (no message text); not awaited to commit."""

    @abc.abstractmethod
    async def pair_events(self, community_id: str, suspect_id: str, target_id: str, limit: int = 50) -> list[PairEvent]:
        """The pair's most recent events, newest first: a pair's history of hits (no text). The bot
        writes these but does not read them yet; they are the storage benchmark's hot read and the
        raw material of a risk timeline for moderators (the web console)."""

    # -- cases -------------------------------------------------------------------------------
    @abc.abstractmethod
    async def open_case(
        self,
        *,
        community_id: str,
        platform: str,
        suspect_id: str,
        targets: Sequence[str],
        severity: str,
        risk: float,
        stage: str,
        categories: Sequence[str],
        source: str = "detection",
        signals: Sequence[Any] = (),
        actor_id: str = "lookout",
        actor_name: str = "Lookout",
        now: datetime | None = None,
        evidence: Sequence[EvidenceInput] = (),
        decision: dict[str, Any] | None = None,
        source_file: str = "",
        source_chat: str = "",
    ) -> Case:
        """Create a case, or join the active one for (community, suspect): one incident, one case.

        Joining merges targets, categories and signals and keeps the higher severity and risk.
        `Case.is_new` on the result says which happened. `evidence` and `decision` are stored in
        the same transaction, so a crash never leaves a case without the messages that opened it.
        A case from an export (`source_file`, `source_chat`) is found again by its origin whatever
        its status, so saving the same export twice opens nothing twice.
        """

    @abc.abstractmethod
    async def update_case(
        self,
        case_id: str,
        *,
        severity: str | None = None,
        risk: float | None = None,
        stage: str | None = None,
        categories: Sequence[str] | None = None,
        targets: Sequence[str] | None = None,
        signals: Sequence[Any] | None = None,
        now: datetime | None = None,
    ) -> Case: ...

    @abc.abstractmethod
    async def set_status(
        self,
        case_id: str,
        status: str,
        actor_id: str,
        actor_name: str,
        detail: str = "",
        now: datetime | None = None,
    ) -> Case:
        """Change the status and record who did it in the audit trail, in one transaction."""

    @abc.abstractmethod
    async def add_note(
        self, case_id: str, author_id: str, author_name: str, text: str, now: datetime | None = None
    ) -> None:
        """Append a moderator note; notes are never edited or overwritten."""

    @abc.abstractmethod
    async def add_audit(
        self,
        case_id: str,
        actor_id: str,
        actor_name: str,
        action: str,
        detail: str = "",
        now: datetime | None = None,
    ) -> None: ...

    @abc.abstractmethod
    async def set_alert_ref(self, case_id: str, alert_ref: str | None) -> None: ...

    @abc.abstractmethod
    async def get_case(self, case_id: str) -> CaseDetail:
        """The case with notes, audit, evidence, decisions and its digest; UnknownCaseError if absent."""

    @abc.abstractmethod
    async def find_case(self, case_id: str) -> Case | None: ...

    @abc.abstractmethod
    async def list_cases(
        self, community_id: str | None = None, status: str | None = None, limit: int = 50
    ) -> list[Case]:
        """Most recently updated first."""

    @abc.abstractmethod
    async def search_cases(self, query: CaseQuery) -> tuple[list[Case], int]:
        """One page of the cases `query` asks for, the most severe first and among equals the most
        recently active first, and how many match in all."""

    @abc.abstractmethod
    async def cases_for_suspect(self, community_id: str, suspect_id: str) -> list[Case]:
        """All the suspect's cases in the community (prior cases are a signal), newest first."""

    @abc.abstractmethod
    async def verify_case(self, case_id: str) -> SealCheck:
        """Check a case against its seal (see storage.seal); UnknownCaseError if absent."""

    @abc.abstractmethod
    async def add_evidence(self, case_id: str, items: Sequence[EvidenceInput], now: datetime | None = None) -> int:
        """Store captured messages; a message already in the case keeps its first capture.

        Returns how many items were new.
        """

    # -- nudges and outbox -------------------------------------------------------------------
    @abc.abstractmethod
    async def claim_nudge(self, community_id: str, child_id: str, category: str, now: datetime | None = None) -> bool:
        """True when this caller may send the nudge (none of the category to the child in the last
        day), recording it in the same transaction."""

    @abc.abstractmethod
    async def recent_nudges(self, since: datetime, community_id: str | None = None) -> list[NudgeRecord]:
        """Nudges recorded since `since`, oldest first: a restarted pipeline keeps its limits from them."""

    @abc.abstractmethod
    async def outbox_put(
        self,
        kind: str,
        community_id: str,
        payload: dict[str, Any],
        *,
        case_id: str | None = None,
        user_id: str | None = None,
        now: datetime | None = None,
    ) -> str:
        """Remember something to deliver; returns its id. Committed before returning."""

    @abc.abstractmethod
    async def outbox_pending(self, limit: int = 100) -> list[OutboxItem]:
        """Undelivered items, oldest first (a restarted bot delivers these first)."""

    @abc.abstractmethod
    async def outbox_done(self, item_id: str, now: datetime | None = None) -> None: ...

    # -- retention and erasure ---------------------------------------------------------------
    @abc.abstractmethod
    async def purge(self, now: datetime | None = None) -> dict[str, int]:
        """Delete what outlived its retention, in every table storage.tables says expires; returns
        rows deleted per table."""

    @abc.abstractmethod
    async def forget(self, user_id: str, community_id: str | None = None) -> ForgetResult:
        """Erase a person from every table storage.tables lists as holding people, except where a
        case still needs their data (see storage.sql.erasure)."""

    # -- the web console -----------------------------------------------------------------------
    @abc.abstractmethod
    async def add_console_login(
        self,
        token_hash: str,
        *,
        platform: str,
        user_id: str,
        display_name: str,
        communities: Sequence[str],
        expires_at: datetime,
        now: datetime | None = None,
    ) -> None:
        """Remember a one-time login link by the hash of its token (never the token itself)."""

    @abc.abstractmethod
    async def take_console_login(self, token_hash: str, now: datetime | None = None) -> ConsoleLogin | None:
        """Use a login link once: None when it is unknown, used already or expired (it is gone after)."""

    @abc.abstractmethod
    async def add_console_audit(self, entry: ConsoleAuditEntry) -> None:
        """Record what someone did in the console; committed before returning."""

    @abc.abstractmethod
    async def console_audit(
        self, communities: Sequence[str] | None = None, *, limit: int = 50, offset: int = 0
    ) -> tuple[list[ConsoleAuditEntry], int]:
        """The console's audit trail, newest first, about `communities` (None: everything), and how
        many entries there are in all."""

    @abc.abstractmethod
    async def case_actions(
        self, communities: Sequence[str] | None = None, *, limit: int = 50, offset: int = 0
    ) -> tuple[list[AuditEntry], int]:
        """What was done to the cases of `communities` (None: every community), from any surface
        (alert buttons, commands, the console, Lookout itself), newest first, and how many in all."""
