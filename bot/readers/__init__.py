"""Chat-export readers: files and folders in, neutral `ChatExport`s (or one clear error per bad file) out.

The offline scanner and the evaluation both start here, so the readers decide nothing about risk:
they only turn DiscordChatExporter and Telegram Desktop JSON into the platform-neutral events the live
bots also produce. The format is recognised from the content, not the file name, because parents
rename exports freely.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import ijson

from bot.events import ChatExport
from bot.readers import discord_json, telegram_json
from bot.readers.conversation import ExportReadError
from bot.readers.errors import ExportError, MalformedExport
from bot.readers.jsonstream import JsonFile, LongNumberFound

log = logging.getLogger(__name__)

__all__ = ["ChatExport", "ExportError", "ExportReadError", "expand_paths", "read_file", "read_paths", "stream_file"]

# The arrays that hold messages: one per Discord channel or Telegram chat, one per chat of an account export.
MESSAGE_ARRAYS = re.compile(r"((left_)?chats\.list\.item\.)?messages")
DIAGNOSE_LIMIT = 32_000_000  # bytes: a broken file up to this size is parsed again to name line and column

UNKNOWN_FORMAT = (
    "not a chat export Lookout can read; expected DiscordChatExporter JSON (guild, channel, messages) "
    "or Telegram Desktop JSON (a chat with messages, or an account export with chats.list)"
)


def read_paths(paths: Iterable[str]) -> Iterator[ChatExport | ExportError]:
    """Every conversation in `paths` (files, or folders searched recursively for *.json, sorted),
    with its events in a list. The scanner streams instead (`stream_file`), to bound memory.

    A file that cannot be used yields exactly one `ExportError` and reading goes on with the next.
    """
    for path in expand_paths(paths):
        if isinstance(path, ExportError):
            yield path
        else:
            yield from read_file(path)


def expand_paths(paths: Iterable[str]) -> Iterator[str | ExportError]:
    """Files as given, folders as their *.json files in a stable order, missing or unreadable paths as errors."""
    for given in paths:
        try:
            mode = os.stat(given).st_mode
        except FileNotFoundError:
            yield ExportError(given, "", "no such file or folder; check the path")
            continue
        except OSError as exc:
            yield ExportError(given, "", f"cannot be read ({exc.strerror or type(exc).__name__}); check the path "
                              "and its permissions")
            continue
        if stat.S_ISDIR(mode):
            yield from _folder(given)
        elif stat.S_ISREG(mode):
            yield given
        else:
            yield ExportError(given, "", "is neither a file nor a folder; point at the exported .json")


def _folder(given: str) -> Iterator[str | ExportError]:
    """A folder's *.json files, sorted; a subfolder that cannot be listed is an error, never a silent gap."""
    found: list[str] = []
    unreadable: list[ExportError] = []

    def failed(exc: OSError) -> None:
        where = exc.filename or given
        unreadable.append(ExportError(str(where), "", f"folder cannot be read ({exc.strerror or type(exc).__name__}); "
                                      "its exports were not scanned: check its permissions"))

    for folder, subfolders, files in os.walk(given, onerror=failed):
        subfolders.sort()
        # Keep the user's spelling of the folder so output paths match what they typed.
        found.extend(os.path.join(folder, name) for name in files if name.lower().endswith(".json"))
    found.sort(key=lambda p: Path(p).relative_to(given).parts)
    if not found and not unreadable:
        yield ExportError(given, "", "folder holds no .json export files; point at the exported .json")
    yield from unreadable
    yield from found


def read_file(path: str) -> list[ChatExport] | list[ExportError]:
    """All conversations in one file with their events in lists, or a single error explaining why none
    can be used. For tests and the evaluation (small files); the scanner uses `stream_file`."""
    results: list[Any] = []
    try:
        for item in stream_file(path):
            results.append(item if isinstance(item, ExportError) else replace(item, events=list(item.events)))
    except ExportReadError as exc:
        return [exc.error]
    if any(isinstance(r, ExportError) for r in results):
        return [next(r for r in results if isinstance(r, ExportError))]
    return results


def stream_file(path: str) -> Iterator[ChatExport | ExportError]:
    """The conversations of one file, each with its events read lazily from the file.

    Each conversation's events must be consumed before the next conversation is asked for. Every
    message is checked before the first conversation is yielded, so a bad file gives exactly one
    `ExportError` and no events. Should the file change between the passes, the events iterator
    raises `ExportReadError`.
    """
    try:
        yield from _stream(path, safe=False)
    except LongNumberFound:
        yield from _stream(path, safe=True)


def _stream(path: str, *, safe: bool) -> Iterator[ChatExport | ExportError]:
    source = JsonFile(path, safe=safe)
    try:
        exports: list[ChatExport] | ExportError | None = None
        for quick in (True, False):
            try:
                root, complete = source.outline(lambda prefix: MESSAGE_ARRAYS.fullmatch(prefix) is not None,
                                                quick=quick)
            except LongNumberFound:
                raise
            except (ijson.JSONError, ValueError, OSError, RecursionError) as exc:
                exports = _diagnose(path, exc)
                break
            exports = _read(root, path, source)
            # A quick outline ends at the messages: a field written after them is only seen in a full one.
            if complete or not isinstance(exports, ExportError) or exports.where.startswith("messages["):
                break
            source.close()
        if isinstance(exports, ExportError):
            yield exports
        elif exports is not None:
            for export in exports:
                if source.failed:
                    break
                yield export
    finally:
        source.close()


def _read(root: Any, path: str, source: JsonFile) -> list[ChatExport] | ExportError:
    reader = _reader_for(root)
    if reader is None:
        return ExportError(path, "top level", UNKNOWN_FORMAT)
    try:
        return reader(root, path, source)
    except LongNumberFound:
        raise
    except Exception as exc:  # one odd file must never end a scan of hundreds
        return _reader_error(path, exc)


def _reader_error(path: str, exc: BaseException) -> ExportError:
    if isinstance(exc, MalformedExport):
        return ExportError(path, exc.where, exc.what)
    if isinstance(exc, ijson.JSONError | UnicodeDecodeError):
        return _diagnose(path, exc)
    if isinstance(exc, OSError):
        return ExportError(path, "", f"cannot be read ({exc.strerror or type(exc).__name__}); check the path and "
                           "permissions")
    # A shape the checks did not foresee. It is reported like any other bad file; the traceback goes to
    # the debug log (no message text in it).
    log.debug("unexpected shape in %s", path, exc_info=True)
    return ExportError(path, "", f"has an unexpected structure ({type(exc).__name__}); please report this file's "
                       "format")


def _diagnose(path: str, exc: BaseException) -> ExportError:
    """Why the streaming parser gave up, in the exporter's terms. Small files are parsed once more with
    the standard library to name the line and column; the parser's own message is never shown, as it
    quotes the file (children's messages)."""
    if isinstance(exc, OSError):
        return ExportError(path, "", f"cannot be read ({exc.strerror or type(exc).__name__}); check the path and "
                           "permissions")
    if isinstance(exc, RecursionError):
        return ExportError(path, "", "is nested too deeply to be a chat export")
    try:
        small = os.path.getsize(path) <= DIAGNOSE_LIMIT
    except OSError:
        small = False
    if small:
        found = _load(path)
        if isinstance(found, ExportError):
            return found
    text = str(exc)
    if "premature EOF" in text or "Incomplete" in type(exc).__name__ and "EOF" in text:
        return ExportError(path, "", "the JSON ends too early, the file looks truncated; export again")
    if "UTF8" in text or isinstance(exc, UnicodeDecodeError):
        return ExportError(path, "", "is not UTF-8 text, so not a JSON export; choose the .json file the "
                           "exporter wrote")
    if re.match(r"Unexpected symbol '-?[0-9]{100}", text):
        return ExportError(path, "", "holds a number too long to be real (over 4,300 digits); export the chat again")
    return ExportError(path, "", "is not valid JSON; export the chat again as JSON")


def _load(path: str) -> Any:
    """The parsed JSON, or an error. Only for diagnosing small files the streaming parser refused."""
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
    except ValueError:  # an integer over Python's 4,300-digit conversion limit
        return ExportError(path, "", "holds a number too long to be real (over 4,300 digits); export the chat again")


def _reader_for(root: Any) -> Callable[[Any, str, JsonFile], list[ChatExport]] | None:
    if discord_json.looks_like(root):
        return discord_json.read
    if telegram_json.looks_like_account(root):
        return telegram_json.read_account
    if telegram_json.looks_like_chat(root):
        return telegram_json.read_chat
    return None
