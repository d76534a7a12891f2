"""Chat-export readers: files and folders in, neutral `ChatExport`s (or one clear error per bad file) out.

The offline scanner and the evaluation both start here, so the readers decide nothing about risk:
they only turn DiscordChatExporter and Telegram Desktop JSON into the platform-neutral events the live
bots also produce. The format is recognised from the content, not the file name, because parents
rename exports freely.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from bot.events import ChatExport
from bot.readers import discord_json, telegram_json
from bot.readers.errors import ExportError, MalformedExport

log = logging.getLogger(__name__)

__all__ = ["ChatExport", "ExportError", "expand_paths", "read_file", "read_paths"]

UNKNOWN_FORMAT = (
    "not a chat export Lookout can read; expected DiscordChatExporter JSON (guild, channel, messages) "
    "or Telegram Desktop JSON (a chat with messages, or an account export with chats.list)"
)


def read_paths(paths: Iterable[str]) -> Iterator[ChatExport | ExportError]:
    """Every conversation in `paths` (files, or folders searched recursively for *.json, sorted).

    A file that cannot be used yields exactly one `ExportError` and reading goes on with the next.
    """
    for path in expand_paths(paths):
        if isinstance(path, ExportError):
            yield path
        else:
            yield from read_file(path)


def expand_paths(paths: Iterable[str]) -> Iterator[str | ExportError]:
    """Files as given, folders as their *.json files in a stable order, missing paths as errors."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.json") if p.is_file())
            if not found:
                yield ExportError(given, "", "folder holds no .json export files; point at the exported .json")
            for file in found:
                # Keep the user's spelling of the folder so output paths match what they typed.
                yield str(Path(given) / file.relative_to(path))
        elif path.is_file():
            yield given
        else:
            yield ExportError(given, "", "no such file or folder; check the path")


def read_file(path: str) -> list[ChatExport] | list[ExportError]:
    """All conversations in one file, or a single error explaining why none can be used."""
    root = _load(path)
    if isinstance(root, ExportError):
        return [root]
    reader = _reader_for(root)
    if reader is None:
        return [ExportError(path, "top level", UNKNOWN_FORMAT)]
    try:
        return reader(root, path)
    except MalformedExport as exc:
        return [ExportError(path, exc.where, exc.what)]
    except RecursionError:
        return [ExportError(path, "", "is nested too deeply to be a chat export")]
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as exc:
        # A shape the checks above did not foresee. One odd file must not end a scan of hundreds, so it
        # is reported like any other bad file; the traceback goes to the debug log (no message text in it).
        log.debug("unexpected shape in %s", path, exc_info=True)
        return [
            ExportError(
                path, "", f"has an unexpected structure ({type(exc).__name__}); please report this file's format"
            )
        ]


def _load(path: str) -> Any:
    """The parsed JSON, or an error. The raw bytes are dropped before parsing to lower the peak on big files."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return ExportError(path, "", f"cannot be read ({reason}); check the path and permissions")
    if not data.strip():
        return ExportError(path, "", "the file is empty; export the chat again")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ExportError(
            path,
            f"byte {exc.start}",
            "is not UTF-8 text, so not a JSON export; choose the .json file the exporter wrote",
        )
    del data
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        # The decoder reports an unclosed string where it starts, but it only fails so at end of input.
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            return ExportError(path, where, "the JSON ends too early, the file looks truncated; export again")
        return ExportError(path, where, f"is not valid JSON ({exc.msg}); export the chat again as JSON")
    except RecursionError:
        return ExportError(path, "", "is nested too deeply to be a chat export")


def _reader_for(root: Any) -> Callable[[Any, str], list[ChatExport]] | None:
    if discord_json.looks_like(root):
        return discord_json.read
    if telegram_json.looks_like_account(root):
        return telegram_json.read_account
    if telegram_json.looks_like_chat(root):
        return telegram_json.read_chat
    return None
