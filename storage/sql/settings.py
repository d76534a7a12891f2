"""Community settings: what moderators configured per community."""

from __future__ import annotations

import json

from storage.driver import Tx
from storage.models import CommunitySettings, utcnow
from storage.sql.host import SqlHost, ts


class SettingsSql(SqlHost):
    async def get_settings(self, community_id: str) -> CommunitySettings | None:
        async with self._driver.reader() as tx:
            row = await tx.fetchone("SELECT data FROM settings WHERE community_id = ?", (community_id,))
        return None if row is None else CommunitySettings.from_json(community_id, json.loads(row[0]))

    async def put_settings(self, settings: CommunitySettings) -> None:
        data = json.dumps(settings.to_json(), sort_keys=True)

        async def write(tx: Tx) -> None:
            await tx.execute(
                "INSERT INTO settings (community_id, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (community_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                (settings.community_id, data, ts(utcnow())),
            )

        await self._writer.call(write, "settings")

    async def list_settings(self) -> list[CommunitySettings]:
        async with self._driver.reader() as tx:
            rows = await tx.fetchall("SELECT community_id, data FROM settings ORDER BY community_id")
        return [CommunitySettings.from_json(row[0], json.loads(row[1])) for row in rows]
