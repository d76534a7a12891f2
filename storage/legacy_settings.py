"""Schema version 4: community settings move from one JSON document per community into typed tables.

Before version 4 a community's settings were a JSON document with an `extras` dictionary beside
the fields, and the bot saved the config's defaults into it the first time it acted in a
community. What that means for the move, field by field:

* `alert_channel_id` becomes an `alert_links` row. The list of groups a Telegram alert chat
  serves (`extras.telegram_alert_for`, on a settings row of the chat's own) goes: the links answer
  that now.
* A pending Telegram link code (`extras.link_code`) becomes a `link_codes` row while it is valid.
* `extras.moderator_roles` (a comma-joined string) becomes a real list; `threshold` and
  `retention` were never filled from the config: they were set by a moderator and stay set.
* `extras.discord_setup_notice` becomes `setup_notice_at` (the time of the row's last change).
* `language` goes: no command could set it, so every stored language is a copy of the config of
  its day, and dropping it makes the community follow the config as it is now (the reported bug:
  after `language = "de"` in the config, `/safety` kept the Spanish guide).
* `nudge_mode` and the minor, adult and trusted role lists may be a moderator's choice (Discord
  had commands for them) or a copy of the old config; nothing in the row tells which. They are
  kept and listed in `unconfirmed`, and the service settles them when it next starts with its
  config (see `bot.community_settings.settle_unconfirmed`): a value that the config gives anyway is
  dropped, any other value stays as the moderator's. Empty role lists go at once: under the old
  rule roles were added to the config's, so an empty list never changed anything.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from storage.driver import Tx

log = logging.getLogger(__name__)

UNCONFIRMED_FIELDS = ("nudge_mode", "minor_roles", "adult_roles", "trusted_roles")
_KNOWN_EXTRAS = {"moderator_roles", "discord_setup_notice", "telegram_alert_for", "link_code", "link_code_expires"}


def _roles(value: Any) -> list[str] | None:
    if isinstance(value, str):
        names = [name.strip() for name in value.split(",")]
    elif isinstance(value, list | tuple):
        names = [str(name).strip() for name in value]
    else:
        return None
    names = [name for name in names if name]
    return names or None


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


async def move_legacy_settings(tx: Tx, now: datetime) -> None:
    """Fill community_settings, alert_links and link_codes from the version-3 settings table."""
    rows = await tx.fetchall("SELECT community_id, data, updated_at FROM settings ORDER BY community_id")
    moved = links = codes = 0
    unknown: set[str] = set()
    for community_id, raw, updated_at in rows:
        try:
            data = json.loads(raw)
        except ValueError:
            log.warning("storage: settings of community %s were not valid JSON; they were dropped", community_id)
            continue
        extras = data.get("extras") or {}
        unknown |= set(extras) - _KNOWN_EXTRAS
        platform = str(data.get("platform") or "")
        if data.get("alert_channel_id"):
            await tx.execute(
                "INSERT INTO alert_links (community_id, platform, alert_chat_id, linked_at) VALUES (?, ?, ?, ?)",
                (community_id, platform, str(data["alert_channel_id"]), float(updated_at)),
            )
            links += 1
        if extras.get("link_code") and extras.get("link_code_expires"):
            try:
                expires = datetime.fromisoformat(str(extras["link_code_expires"])).timestamp()
            except ValueError:
                expires = 0.0
            if expires > now.timestamp():
                await tx.execute(
                    "INSERT INTO link_codes (code, community_id, platform, created_at, expires_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
                    (str(extras["link_code"]), community_id, platform or "telegram", now.timestamp(), expires),
                )
                codes += 1
        retention = data.get("retention") or {}
        values: dict[str, Any] = {
            "threshold": _number(data.get("threshold")),
            "nudge_mode": data.get("nudge_mode") if data.get("nudge_mode") in ("dm", "button", "off") else None,
            "minor_roles": _roles(data.get("minor_roles")),
            "adult_roles": _roles(data.get("adult_roles")),
            "trusted_roles": _roles(data.get("trusted_roles")),
            "moderator_roles": _roles(extras.get("moderator_roles")),
            "pair_state_days": _number(retention.get("pair_state_days")),
            "nudge_days": _number(retention.get("nudge_days")),
            "closed_case_days": _number(retention.get("closed_case_days")),
            "setup_notice_at": float(updated_at) if extras.get("discord_setup_notice") else None,
        }
        if all(value is None for value in values.values()):
            continue
        unconfirmed = ",".join(name for name in UNCONFIRMED_FIELDS if values[name] is not None)
        for name in ("minor_roles", "adult_roles", "trusted_roles", "moderator_roles"):
            if values[name] is not None:
                values[name] = json.dumps(values[name])
        columns = ", ".join(values)
        await tx.execute(
            f"INSERT INTO community_settings (community_id, platform, {columns}, unconfirmed, updated_at) "
            f"VALUES (?, ?, {', '.join('?' for _ in values)}, ?, ?)",
            (community_id, platform, *values.values(), unconfirmed, float(updated_at)),
        )
        moved += 1
    if rows:
        log.info(
            "storage: settings of %d communit(ies) moved to typed settings (%d kept settings, %d alert links, "
            "%d link codes)%s",
            len(rows), moved, links, codes,
            f"; unknown extras dropped: {', '.join(sorted(unknown))}" if unknown else "",
        )
