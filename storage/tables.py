"""Every table, what in it is about a person, and how retention and erasure treat it.

Why a registry: when one class owns a dozen tables, `purge` and `forget` each miss one sooner or
later (a new table gets written, and nobody remembers that erasure must reach it too). The purge
and the erasure walk this list, and `tests/storage/test_tables.py` compares it with the schema a
migration actually built: a table missing here, or a column that holds a person's id or name
without being declared, fails the suite.

Words used below:
* `ids`: columns holding a platform user id (a Telegram private chat's id is its user's id, so an
  alert chat can be a person); `names`: display names that go with those ids; `json`: JSON
  columns that may mention a user id anywhere inside (a case's targets, a decision, fan-out).
* `erase`: what `forget` does with a person's rows; `retention`: the `Retention` field after which
  rows expire, counted from `time_column` (the community's own retention, when set, wins).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from storage.models import FINAL_STATUSES

_FINAL = ", ".join(f"'{status}'" for status in sorted(FINAL_STATUSES))


class Erase(StrEnum):
    ROWS = "rows naming them are deleted; other rows' JSON no longer mentions them"
    ANONYMISE = "their id and name become '(forgotten)' (the record of what was done stays)"
    CASE = "by the case rules in storage.sql.erasure (kept while a case still needs it)"
    NOTHING = "holds nobody's data"


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    erase: Erase
    ids: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    json: tuple[str, ...] = ()
    retention: str = ""  # a RETENTION_FIELDS name; "" with a time_column: rows expire at that time
    time_column: str = ""
    expires_when: str = ""  # a further SQL condition for expiry
    case_child: bool = False  # rows belong to one case (case_id) and go with it
    case_ref: str = ""  # a column naming a case: rows about a case that `forget` keeps stay too
    key: tuple[str, ...] = ()  # the primary key, where `forget` rewrites JSON in rows it keeps
    kept: str = ""  # why rows do not expire by age, or what else removes them

    @property
    def people(self) -> tuple[str, ...]:
        """Every column that may say something about a person."""
        return (*self.ids, *self.names, *self.json)


TABLES: tuple[Table, ...] = (
    # The pipeline's running state.
    Table("pair_states", Erase.ROWS, ids=("suspect_id", "target_id"), retention="pair_state_days",
          time_column="last_seen"),
    Table("suspect_aggregates", Erase.ROWS, ids=("suspect_id",), json=("state",), retention="pair_state_days",
          time_column="last_seen", key=("community_id", "suspect_id")),
    Table("pair_events", Erase.ROWS, ids=("suspect_id", "target_id"), retention="pair_state_days",
          time_column="ts"),
    Table("nudges", Erase.ROWS, ids=("child_id",), retention="nudge_days", time_column="at"),
    Table("outbox", Erase.ROWS, ids=("user_id",), retention="nudge_days", time_column="delivered_at",
          expires_when="delivered_at IS NOT NULL", case_ref="case_id",
          kept="undelivered items wait until they are delivered"),
    # Cases: children first, so the purge deletes them before the cases they belong to.
    Table("evidence", Erase.CASE, ids=("author_id",), names=("author_name",), case_child=True),
    Table("case_notes", Erase.ANONYMISE, ids=("author_id",), names=("author_name",), case_child=True),
    Table("case_audit", Erase.ANONYMISE, ids=("actor_id",), names=("actor_name",), case_child=True),
    Table("case_decisions", Erase.CASE, json=("data",), case_child=True),
    Table("case_chain", Erase.NOTHING, case_child=True),  # message and row ids, digests and MACs
    Table("case_seals", Erase.NOTHING, case_child=True),
    Table("cases", Erase.CASE, ids=("suspect_id",), json=("targets",), retention="closed_case_days",
          time_column="updated_at", expires_when=f"status IN ({_FINAL})",
          kept="open and acknowledged cases wait for a moderator"),
    # Configuration and bookkeeping.
    Table("community_settings", Erase.NOTHING, kept="moderators' choices (role names, not people)"),
    Table("alert_links", Erase.ROWS, ids=("alert_chat_id",), kept="configuration: where alerts go"),
    Table("link_codes", Erase.NOTHING, time_column="expires_at", kept="deleted when redeemed or expired"),
    # The web console: login links (hashed) and its audit trail of who did what from where.
    Table("console_logins", Erase.ROWS, ids=("user_id",), names=("display_name",), time_column="expires_at",
          kept="deleted when used or expired (10 minutes)"),
    Table("console_audit", Erase.ROWS, ids=("actor_id",), names=("actor_name",), retention="closed_case_days",
          time_column="at"),
    Table("lookout_meta", Erase.NOTHING, kept="which seal key the cases use"),
    Table("lookout_schema", Erase.NOTHING, kept="the schema version"),
)

BY_NAME = {table.name: table for table in TABLES}
CASE_CHILD_TABLES = tuple(table.name for table in TABLES if table.case_child)
