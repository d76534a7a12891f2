"""The table registry against the real schema: forget and purge reach every table that holds a person.

A new table, or a new column holding a user id or a name, fails here until storage/tables.py says
how erasure and retention treat it; the seeding below must then reach it too, or the coverage
checks fail.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from storage import ConsoleAuditEntry, EvidenceInput, PairEvent, PairStateRecord, SuspectAggregateRecord
from storage.sql import SqlStorage
from storage.tables import BY_NAME, TABLES, Erase
from tests.storage.helpers import T0, conversation, new_case

# Columns whose names look like a person's but are not: they name a community, a case, a message,
# a channel or the seal key. A Telegram private chat's id is its user's id, so chat columns that can
# hold one are declared in the registry instead (alert_links.alert_chat_id).
NOT_PEOPLE = {"community_id", "case_id", "message_id", "channel_id", "key_id"}
GONE = "u-gone-7"


async def schema(store: SqlStorage) -> dict[str, list[str]]:
    """Every table of the database with its columns, as the migrations built them."""
    driver = store._driver
    async with driver.reader() as tx:
        if driver.dialect == "postgresql":
            rows = await tx.fetchall(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position")
            found: dict[str, list[str]] = {}
            for table, column in rows:
                found.setdefault(table, []).append(column)
            return found
        tables = [r[0] for r in await tx.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {table: [r[1] for r in await tx.fetchall(f"PRAGMA table_info({table})")] for table in tables}


def looks_like_a_person(column: str) -> bool:
    return (column.endswith("_id") or column.endswith("_name")) and column not in NOT_PEOPLE


def registry_problems(found: dict[str, list[str]]) -> list[str]:
    """What the registry gets wrong about a schema (tables and their columns)."""
    problems = [f"table {name} is not in storage/tables.py" for name in sorted(set(found) - set(BY_NAME))]
    problems += [f"storage/tables.py lists {name}, which the schema lacks"
                 for name in sorted(set(BY_NAME) - set(found))]
    for name, columns in found.items():
        table = BY_NAME.get(name)
        if table is None:
            continue
        undeclared = [c for c in columns if looks_like_a_person(c) and c not in table.people]
        if undeclared:
            problems.append(f"{name}: {undeclared} may hold a person; declare how forget and purge treat it")
        if not set(table.people) <= set(columns) or (table.time_column and table.time_column not in columns):
            problems.append(f"{name}: the registry names columns the table lacks")
        if table.people and table.erase is Erase.NOTHING:
            problems.append(f"{name} holds people: forget must reach it")
        if table.people and not (table.retention or table.case_child or table.kept):
            problems.append(f"{name} holds people: say how its rows go (retention, its case, or why kept)")
        if table.erase is Erase.ROWS and table.json and not (table.key and set(table.key) <= set(columns)):
            problems.append(f"{name}: forget rewrites its JSON and needs its key columns")
    return problems


async def test_every_table_and_every_column_about_a_person_is_registered(store: SqlStorage) -> None:
    found = await schema(store)
    assert registry_problems(found) == []
    # The check notices what a future change could bring: a new table, a new column about people.
    assert registry_problems({**found, "reports": ["id", "community_id", "reporter_id"]}) == [
        "table reports is not in storage/tables.py"]
    grown = {**found, "nudges": [*found["nudges"], "sender_name"]}
    assert registry_problems(grown) == ["nudges: ['sender_name'] may hold a person; declare how forget and purge "
                                        "treat it"]


async def rows_mentioning(store: SqlStorage, text: str) -> dict[str, int]:
    """Rows per table with `text` anywhere in them (ids, names, inside JSON)."""
    counts: dict[str, int] = {}
    async with store._driver.reader() as tx:
        for table in TABLES:
            rows = await tx.fetchall(f"SELECT * FROM {table.name}")
            hits = sum(1 for row in rows if any(text in str(value) for value in row))
            if hits:
                counts[table.name] = hits
    return counts


async def row_counts(store: SqlStorage) -> dict[str, int]:
    async with store._driver.reader() as tx:
        return {t.name: int((await tx.fetchone(f"SELECT COUNT(*) FROM {t.name}") or (0,))[0]) for t in TABLES}


async def seed_everywhere(store: SqlStorage, person: str, *, at: Any = T0) -> None:
    """The person in every role storage knows, in cases that are all closed (nothing is kept)."""
    # As a suspect: a closed case with evidence, a decision, a note, an alert in the outbox.
    own = await new_case(store, suspect=person, target="u-child-1", now=at,
                         evidence=conversation(person, "u-child-1"), decision={"kind": "alert", "risk": 0.9})
    await store.add_note(own.id, "mod-1", "Mod Kim", "looked at it", now=at)
    await store.outbox_put("alert", "g-fandom", {"case_id": own.id}, case_id=own.id, user_id=person, now=at)
    await store.set_status(own.id, "actioned", "mod-1", "Mod Kim", now=at)
    # As a child someone else approached: their lines, the targets, the decision, another's fan-out.
    other = await new_case(store, suspect="u-suspect-2", target=person, now=at,
                           evidence=conversation("u-suspect-2", person),
                           decision={"kind": "alert", "target_id": person, "risk": 1.1})
    await store.set_status(other.id, "closed", "mod-1", "Mod Kim", now=at)
    await store.save_pair_states([PairStateRecord("g-fandom", person, "u-child-1", {"risk": 0.4}, at),
                                  PairStateRecord("g-fandom", "u-suspect-2", person, {"risk": 0.6}, at)])
    await store.save_suspect_aggregates([
        SuspectAggregateRecord("g-fandom", person, {"targets": {"u-child-1": at.timestamp()}}, at),
        SuspectAggregateRecord("g-fandom", "u-suspect-2", {"targets": {person: at.timestamp(), "u-c9": 1.0}}, at),
    ])
    await store.add_pair_events([PairEvent("g-fandom", "u-suspect-2", person, "m9", at, ("secrecy",), ("r1",), 0.5)])
    assert await store.claim_nudge("g-fandom", person, "secrecy", now=at)
    nudge = await store.outbox_put("nudge", "g-fandom", {"category": "secrecy"}, user_id=person, now=at)
    await store.outbox_done(nudge, now=at)
    # As a moderator: notes and audit entries in a third case.
    third = await new_case(store, suspect="u-suspect-3", now=at)
    await store.add_note(third.id, person, "Mod Gone", "checked the account", now=at)
    await store.set_status(third.id, "false_positive", person, "Mod Gone", now=at)
    # A Telegram alert chat that is their private chat with the bot.
    await store.set_alert_link("-100777", person, platform="telegram", now=at)
    # As a moderator in the web console: a login link not used yet, and what they did there.
    await store.add_console_login("b" * 64, platform="discord", user_id=person, display_name="Mod Gone",
                                  communities=["g-fandom"], expires_at=at + timedelta(minutes=10), now=at)
    await store.add_console_audit(ConsoleAuditEntry(at, "discord", person, "Mod Gone", "settings", "g-fandom",
                                                    detail="threshold 40", ip="192.0.2.7", user_agent="Browser"))
    await store.flush()


async def test_forget_leaves_no_trace_of_the_person_in_any_table(store: SqlStorage) -> None:
    await seed_everywhere(store, GONE)
    before = await rows_mentioning(store, GONE)
    holding = {t.name for t in TABLES if t.people}
    assert holding <= set(before), f"seed {sorted(holding - set(before))} too, so this test covers them"
    result = await store.forget(GONE)
    assert await rows_mentioning(store, GONE) == {}
    assert result.kept == ()
    # What others' rows needed stays: the other suspect's fan-out keeps its other child.
    aggregates = {r.suspect_id: r.state for r in await store.load_suspect_aggregates()}
    assert list(aggregates["u-suspect-2"]["targets"]) == ["u-c9"]
    assert result.deleted["suspect_aggregates (anonymised)"] == 1 and result.deleted["alert_links"] == 1


async def test_forget_keeps_what_an_open_case_needs_and_says_so(store: SqlStorage) -> None:
    await seed_everywhere(store, GONE)
    open_case = await new_case(store, suspect="u-suspect-4", target=GONE,
                               evidence=conversation("u-suspect-4", GONE))
    result = await store.forget(GONE)
    remaining = await rows_mentioning(store, GONE)
    assert set(remaining) == {"evidence", "cases"}, "only the open case's own rows"
    assert any(open_case.id in reason and "protecting them" in reason for reason in result.kept)


async def test_purge_reaches_every_table_whose_rows_expire(store: SqlStorage) -> None:
    old = T0 - timedelta(days=400)
    await seed_everywhere(store, GONE, at=old)
    await store.new_link_code("-100888", "telegram", timedelta(minutes=30), now=old)
    await store.add_evidence((await new_case(store, suspect="u-open", now=old)).id,
                             [EvidenceInput("m-open", "ch", "u-open", "Sky", old, "hi")], now=old)
    expiring = {t.name for t in TABLES if t.time_column or t.case_child}
    before = await row_counts(store)
    assert all(before[name] for name in expiring), f"seed every expiring table: {before}"
    counts = await store.purge(now=T0)
    after = await row_counts(store)
    # Only what must stay: the open case and its own records (open cases never expire).
    leftovers = {name: n for name, n in after.items() if n and name in expiring}
    assert set(leftovers) == {"cases", "evidence", "case_audit", "case_chain", "case_seals"}, leftovers
    assert after["cases"] == 1 and after["evidence"] == 1
    assert all(counts.get(name, 0) for name in expiring - set(leftovers)), counts
    # The alert waiting for the actioned (now purged) case went with it.
    assert await store.outbox_pending() == []
