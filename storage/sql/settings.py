"""Community settings, alert links and link codes.

Settings are changed a field at a time (`change_settings`), each change an upsert of just those
columns, so two moderators (or two processes) changing different settings at once both win. An
alert link is one row per community, written with one upsert: the chat's list of communities is
a query on it, not a second copy to keep in step. A link code is redeemed by deleting its row, so
it works once even when two processes see it posted at the same moment.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from storage.base import StorageError
from storage.driver import Row, Tx
from storage.models import (
    RETENTION_FIELDS,
    ROLE_FIELDS,
    SETTING_FIELDS,
    AlertLink,
    CommunitySettings,
    LinkCode,
)
from storage.sql.host import SqlHost, dt, now_or, ts

_COLUMNS = (
    "community_id, platform, threshold, nudge_mode, language, minor_roles, adult_roles, trusted_roles, "
    "moderator_roles, pair_state_days, nudge_days, closed_case_days, setup_notice_at, unconfirmed, updated_at"
)
_LINK_COLUMNS = "community_id, platform, alert_chat_id, linked_at"


def _roles(raw: str | None) -> tuple[str, ...] | None:
    return None if raw is None else tuple(json.loads(raw))


def _settings(row: Row) -> CommunitySettings:
    retention = {name: float(value) for name, value in zip(RETENTION_FIELDS, row[9:12], strict=True)
                 if value is not None}
    return CommunitySettings(
        community_id=row[0],
        platform=row[1],
        threshold=None if row[2] is None else float(row[2]),
        nudge_mode=row[3],
        language=row[4],
        minor_roles=_roles(row[5]),
        adult_roles=_roles(row[6]),
        trusted_roles=_roles(row[7]),
        moderator_roles=_roles(row[8]),
        retention=retention,
        setup_notice_at=None if row[12] is None else dt(row[12]),
        unconfirmed=frozenset(name for name in str(row[13]).split(",") if name),
        updated_at=dt(row[14]),
    )


def _columns(changes: Mapping[str, Any], community_id: str) -> dict[str, Any]:
    """Column values for the changed settings; checks them the way CommunitySettings does."""
    unknown = [name for name in changes if name not in SETTING_FIELDS]
    if unknown:
        raise ValueError(
            f"settings for community {community_id}: {', '.join(map(repr, unknown))} is not a setting; "
            f"the settings are {', '.join(SETTING_FIELDS)}"
        )
    retention = changes.get("retention")
    probe = CommunitySettings(
        community_id,
        **{name: value for name, value in changes.items() if name != "retention"},
        retention={k: v for k, v in (retention or {}).items() if v is not None},
    )
    columns: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "retention":
            if value is not None and not isinstance(value, Mapping):
                raise ValueError(f"settings for community {community_id}: retention must map "
                                 f"{', '.join(RETENTION_FIELDS)} to days")
            for key in RETENTION_FIELDS:
                if value is None or key in value:
                    columns[key] = None if value is None or value[key] is None else float(value[key])
        elif name in ROLE_FIELDS:
            columns[name] = None if value is None else json.dumps(list(getattr(probe, name)))
        elif name == "setup_notice_at":
            columns[name] = None if value is None else ts(value)
        elif name == "threshold":
            columns[name] = None if value is None else float(value)
        else:
            columns[name] = value
    return columns


class SettingsSql(SqlHost):
    # -- community settings -------------------------------------------------------------------
    async def get_settings(self, community_id: str) -> CommunitySettings | None:
        async with self._driver.reader() as tx:
            row = await tx.fetchone(f"SELECT {_COLUMNS} FROM community_settings WHERE community_id = ?",
                                    (community_id,))
        return None if row is None else _settings(row)

    async def list_settings(self) -> list[CommunitySettings]:
        async with self._driver.reader() as tx:
            rows = await tx.fetchall(f"SELECT {_COLUMNS} FROM community_settings ORDER BY community_id")
        return [_settings(row) for row in rows]

    async def change_settings(
        self, community_id: str, changes: Mapping[str, Any], *, platform: str = "", now: datetime | None = None
    ) -> CommunitySettings:
        columns = _columns(changes, community_id)
        at = ts(now_or(now))
        lock = " FOR UPDATE" if self._driver.dialect == "postgresql" else ""

        async def write(tx: Tx) -> CommunitySettings:
            if columns:
                names = ", ".join(columns)
                updates = ", ".join(f"{name} = excluded.{name}" for name in (*columns, "updated_at"))
                keep_platform = "platform = CASE WHEN community_settings.platform = '' THEN excluded.platform " \
                                "ELSE community_settings.platform END"
                await tx.execute(
                    f"INSERT INTO community_settings (community_id, platform, {names}, updated_at) "
                    f"VALUES (?, ?, {', '.join('?' for _ in columns)}, ?) "
                    f"ON CONFLICT (community_id) DO UPDATE SET {updates}, {keep_platform}",
                    (community_id, platform, *columns.values(), at),
                )
            row = await tx.fetchone(f"SELECT {_COLUMNS} FROM community_settings WHERE community_id = ?{lock}",
                                    (community_id,))
            if row is None:
                return CommunitySettings(community_id, platform)
            stored = _settings(row)
            settled = stored.unconfirmed - set(changes)
            if settled != stored.unconfirmed:
                await tx.execute("UPDATE community_settings SET unconfirmed = ? WHERE community_id = ?",
                                 (",".join(sorted(settled)), community_id))
                stored = CommunitySettings(**{**_fields(stored), "unconfirmed": frozenset(settled)})
            if stored.is_empty:  # store only what was set: nothing left, no row
                await tx.execute("DELETE FROM community_settings WHERE community_id = ?", (community_id,))
            return stored

        return await self._writer.call(write, "settings")

    # -- alert links --------------------------------------------------------------------------
    async def set_alert_link(
        self, community_id: str, alert_chat_id: str | None, *, platform: str = "", now: datetime | None = None
    ) -> AlertLink | None:
        at = now_or(now)

        async def write(tx: Tx) -> AlertLink | None:
            if alert_chat_id is None:
                await tx.execute("DELETE FROM alert_links WHERE community_id = ?", (community_id,))
                return None
            await tx.execute(
                f"INSERT INTO alert_links ({_LINK_COLUMNS}) VALUES (?, ?, ?, ?) ON CONFLICT (community_id) "
                "DO UPDATE SET platform = excluded.platform, alert_chat_id = excluded.alert_chat_id, "
                "linked_at = excluded.linked_at",
                (community_id, platform, str(alert_chat_id), ts(at)),
            )
            return AlertLink(community_id, platform, str(alert_chat_id), at)

        return await self._writer.call(write, "alert link")

    async def alert_link(self, community_id: str) -> AlertLink | None:
        async with self._driver.reader() as tx:
            row = await tx.fetchone(f"SELECT {_LINK_COLUMNS} FROM alert_links WHERE community_id = ?", (community_id,))
        return None if row is None else AlertLink(row[0], row[1], row[2], dt(row[3]))

    async def alert_links(self, alert_chat_id: str | None = None) -> list[AlertLink]:
        sql = f"SELECT {_LINK_COLUMNS} FROM alert_links"
        params: tuple[str, ...] = ()
        if alert_chat_id is not None:
            sql += " WHERE alert_chat_id = ?"
            params = (str(alert_chat_id),)
        async with self._driver.reader() as tx:
            rows = await tx.fetchall(sql + " ORDER BY community_id", params)
        return [AlertLink(r[0], r[1], r[2], dt(r[3])) for r in rows]

    # -- link codes ---------------------------------------------------------------------------
    async def new_link_code(
        self, community_id: str, platform: str, ttl: timedelta, now: datetime | None = None
    ) -> LinkCode:
        at = now_or(now)
        expires = at + ttl

        async def write(tx: Tx) -> LinkCode:
            # One live code per community: asking again replaces the code sent before.
            await tx.execute("DELETE FROM link_codes WHERE community_id = ?", (community_id,))
            for _attempt in range(5):
                code = f"{secrets.randbelow(10**8):08d}"
                if await tx.execute(
                    "INSERT INTO link_codes (code, community_id, platform, created_at, expires_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
                    (code, community_id, platform, ts(at), ts(expires)),
                ):
                    return LinkCode(code, community_id, platform, expires)
            raise StorageError("could not find an unused link code; try again")

        return await self._writer.call(write, "link code")

    async def redeem_link_code(self, code: str, alert_chat_id: str, now: datetime | None = None) -> str | None:
        at = now_or(now)

        async def write(tx: Tx) -> str | None:
            row = await tx.fetchone(
                "DELETE FROM link_codes WHERE code = ? RETURNING community_id, platform, expires_at", (code,)
            )
            if row is None or float(row[2]) < ts(at):
                return None
            community_id, platform = str(row[0]), str(row[1])
            if community_id != str(alert_chat_id):  # a community is never its own alert chat
                await tx.execute(
                    f"INSERT INTO alert_links ({_LINK_COLUMNS}) VALUES (?, ?, ?, ?) ON CONFLICT (community_id) "
                    "DO UPDATE SET platform = excluded.platform, alert_chat_id = excluded.alert_chat_id, "
                    "linked_at = excluded.linked_at",
                    (community_id, platform, str(alert_chat_id), ts(at)),
                )
            return community_id

        return await self._writer.call(write, "link code")


def _fields(settings: CommunitySettings) -> dict[str, Any]:
    return {name: getattr(settings, name) for name in CommunitySettings.__dataclass_fields__}
