"""Checked access to parsed JSON, so that every reader reports bad input the same precise way.

Each helper takes the JSON path of the value it looks at and raises `MalformedExport` naming that
path and the expected type. Values are described by their type only, never echoed, so a message
text that ended up in the wrong field is not copied into an error line.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.readers.errors import MalformedExport
from bot.readers.jsonstream import MessageArray


def describe(value: object) -> str:
    """A short, content-free name for the type of a JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, MessageArray):
        return "a list"
    return type(value).__name__


def join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def as_object(value: object, where: str, hint: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MalformedExport(where or "top level", f"expected an object, found {describe(value)}; {hint}")
    return value


def require(obj: dict[str, Any], key: str, where: str, hint: str) -> Any:
    if key not in obj:
        raise MalformedExport(join(where, key), f"required field is missing; {hint}")
    return obj[key]


def as_text(value: object, where: str, hint: str) -> str:
    if not isinstance(value, str):
        raise MalformedExport(where, f"expected text, found {describe(value)}; {hint}")
    return value


def opt_text(obj: dict[str, Any], key: str, where: str, hint: str) -> str:
    """Missing or null becomes "" (exporters omit empty names); any other non-text is an error."""
    value = obj.get(key)
    if value is None:
        return ""
    return as_text(value, join(where, key), hint)


def as_list(value: object, where: str, hint: str) -> list[Any]:
    if not isinstance(value, list):
        raise MalformedExport(where, f"expected a list, found {describe(value)}; {hint}")
    return value


def message_array(value: object, where: str, hint: str) -> MessageArray:
    """A conversation's messages: in the outline of a streamed file, an array left in the file."""
    if not isinstance(value, MessageArray):
        raise MalformedExport(where, f"expected a list, found {describe(value)}; {hint}")
    return value


def opt_list(obj: dict[str, Any], key: str, where: str, hint: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    return as_list(value, join(where, key), hint)


def as_id(value: object, where: str, hint: str) -> str:
    """Ids are kept as strings exactly as exported; some exporters write them as numbers."""
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise MalformedExport(where, f"expected an id (text or number), found {describe(value)}; {hint}")


def opt_bool(obj: dict[str, Any], key: str, where: str, hint: str) -> bool:
    value = obj.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise MalformedExport(join(where, key), f"expected true or false, found {describe(value)}; {hint}")
    return value


def parse_iso(value: object, where: str, hint: str) -> datetime:
    """An ISO-8601 date-time as aware UTC; a value without offset is taken to be UTC already."""
    text = as_text(value, where, hint)
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        shown = text[:40] + ("…" if len(text) > 40 else "")
        raise MalformedExport(where, f"{shown!r} is not an ISO-8601 date-time; {hint}") from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def parse_unix(value: object, where: str, hint: str) -> datetime:
    """Seconds since the epoch, written as a number or as digits in a string (Telegram does the latter)."""
    seconds: int | float
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value
    elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
        seconds = int(value.strip())
    else:
        raise MalformedExport(where, f"expected Unix seconds, found {describe(value)}; {hint}")
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise MalformedExport(where, f"Unix time {seconds} is out of range; {hint}") from None
