"""Text from chats, names and files made safe to print on a terminal.

Why: messages, display names, channel names and even file names are written by strangers. Printed
raw, an ANSI or OSC escape sequence in one of them can recolour, erase or rewrite what a moderator
sees (one was enough to hide the "evidence intact/ALTERED" line of `cases show`), set the window
title, or, on some terminals, answer back. A newline or carriage return can forge a whole line of
our own output. So every control character is shown as a visible escape (`\\x1b`), as are the
invisible characters that reorder text (bidi overrides and isolates) or break lines without being
a newline, and lone surrogates (which also crashed printing with UnicodeEncodeError).

Printable text in any script, emoji included, is left alone. Backslashes are not doubled: the
output is for people to read, and an escape we add always stands for a character that could not
have been shown.
"""

from __future__ import annotations

import json
import re
import sys
from typing import IO, Any

from bot.redaction import redact

# C0 and C1 controls, DEL, line/paragraph separators, bidi marks/embeddings/overrides/isolates, surrogates.
_INVISIBLE = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_IN_LINE = re.compile(f"[\x00-\x1f{_INVISIBLE}]")
_UNSAFE_IN_TEXT = re.compile(f"[\x00-\x09\x0b-\x1f{_INVISIBLE}]")  # keeps \n: our own line breaks
_UNSAFE_IN_JSON = re.compile(f"[{_INVISIBLE}]")  # json.dumps already escapes C0, quotes and backslashes


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_line(text: str) -> str:
    """One line of output: every control character shown as an escape, newlines included."""
    return _UNSAFE_IN_LINE.sub(_visible, text)


def escape_text(text: str) -> str:
    """Output of several lines: like `escape_line`, but keeps the newlines."""
    return _UNSAFE_IN_TEXT.sub(_visible, text)


def json_line(obj: Any) -> str:
    """One JSON object per line, readable in any script, with nothing a terminal would act on."""
    text = json.dumps(obj, ensure_ascii=False)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeStream:
    """A text stream that escapes what is written to it (for writers that take a stream)."""

    def __init__(self, raw: IO[str]) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        return self.raw.write(escape_text(text))

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()


def error(text: str, stream: IO[str] | None = None) -> None:
    """Print `error: …` on one line: secrets masked, control characters escaped."""
    out = stream if stream is not None else sys.stderr
    out.write(f"error: {escape_line(redact(text))}\n")
    out.flush()


def harden_streams() -> None:
    """Never die on a character the output encoding lacks: show it as an escape instead."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
