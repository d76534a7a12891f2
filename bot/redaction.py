"""Secrets never reach a log line, a traceback or an error message.

Why here and not at each call site: the token leaks that were found came from libraries, not from
Lookout's own lines (python-telegram-bot puts the token in every Bot API URL it logs at DEBUG, and
its "token rejected" error quotes it; asyncpg errors can carry the DSN). So every log record is
scrubbed when it is created, whoever creates it, and the CLI scrubs what it prints itself.

Why a record factory rather than a filter on the root logger: a logger's filters only see records
logged on that very logger, not the ones that propagate up to it from `telegram.ext` or `asyncpg`,
and handlers added later (by a library or a test) would carry no filter. A record factory sees every
record once, before any handler. Exception text is formatted and scrubbed then too, because the
token can sit in an exception's message that a handler would otherwise format later.

Known secrets are matched in every form they take in URLs and reprs (percent-encoded, `bot<TOKEN>`
paths, escaped quotes). Secret-shaped text that was never configured (a Telegram token, a Discord
token, a password inside any URL) is masked by shape as well, so a token passed some other way
is not printed either.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any
from urllib.parse import quote, quote_plus, unquote, urlsplit

MASK = "[redacted]"
# Shorter secrets are not masked on their own (they would blot out ordinary words); as passwords
# inside URLs they are still masked by shape.
MIN_SECRET_LENGTH = 4
# Environment variables whose values are secrets, besides any LOOKOUT_*_TOKEN/_PASSWORD/_SECRET/_KEY.
SECRET_ENV = ("LOOKOUT_DISCORD_TOKEN", "LOOKOUT_TELEGRAM_TOKEN", "PGPASSWORD")
URL_ENV_SUFFIXES = ("_DSN", "_URL", "DATABASE_URL")

_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^\s/:@\"'<>]*:)[^\s@/\"'<>]+@")
_TELEGRAM_TOKEN = re.compile(r"\b\d{6,}(?::|%3[Aa])[A-Za-z0-9_-]{30,}")
_DISCORD_TOKEN = re.compile(r"\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}")


def _forms(secret: str) -> set[str]:
    """The spellings a secret takes in URLs, query strings, reprs and JSON."""
    forms = {secret, quote(secret, safe=""), quote(secret), quote_plus(secret), repr(secret)[1:-1],
             json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=True)[1:-1]}
    forms |= {re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), f) for f in list(forms)}
    return {f for f in forms if len(f) >= MIN_SECRET_LENGTH}


class Redactor:
    """The secrets this process knows, and the one function that masks them in text."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def add(self, secret: str | None) -> None:
        secret = (secret or "").strip()
        if len(secret) < MIN_SECRET_LENGTH or secret in self._secrets:
            return
        with self._lock:
            self._secrets.add(secret)
            forms = sorted({f for s in self._secrets for f in _forms(s)}, key=len, reverse=True)
            self._pattern = re.compile("|".join(re.escape(f) for f in forms))

    def add_url(self, url: str | None) -> None:
        """Remember the password of a URL such as postgresql://user:secret@host/db (raw and decoded)."""
        if not url or "://" not in url:
            return
        try:
            password = urlsplit(url).password
        except ValueError:
            return
        if password:
            self.add(password)
            self.add(unquote(password))

    def add_environment(self, env: Mapping[str, str] | None = None) -> None:
        """Tokens, passwords and DSNs from the environment, where Lookout's tokens live."""
        env = os.environ if env is None else env
        for name, value in env.items():
            upper = name.upper()
            if upper in SECRET_ENV or (upper.startswith("LOOKOUT_")
                                       and upper.endswith(("TOKEN", "PASSWORD", "SECRET", "KEY"))):
                self.add(value)
            if upper.endswith(URL_ENV_SUFFIXES):
                self.add_url(value)

    def add_all(self, secrets: Iterable[str | None]) -> None:
        for secret in secrets:
            self.add(secret)

    def redact(self, text: str) -> str:
        pattern = self._pattern
        if pattern is not None:
            text = pattern.sub(MASK, text)
        text = _URL_PASSWORD.sub(lambda m: m.group("head") + MASK + "@", text)
        text = _TELEGRAM_TOKEN.sub(MASK, text)
        return _DISCORD_TOKEN.sub(MASK, text)


REDACTOR = Redactor()


def redact(text: str) -> str:
    """`text` with every known secret, and anything shaped like one, masked."""
    return REDACTOR.redact(text)


def safe_url(url: str) -> str:
    """A URL fit to print: the password replaced, everything else kept so the reader can fix it."""
    return redact(url)


def scrub_record(record: logging.LogRecord) -> None:
    """Render the record's message and exception now, masked, so no handler renders the raw ones."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string in some library: keep what there is, masked
        message = f"{record.msg!r} {record.args!r}"
    record.msg = redact(str(message))
    record.args = None
    if record.exc_info and record.exc_info[0] is not None:
        record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    sys.stderr.write(redact("".join(traceback.format_exception(kind, exc, tb))))


def _thread_excepthook(args: Any) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    sys.stderr.write(f"Exception in thread {name}:\n")
    _excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def install() -> None:
    """Scrub every log record, warning and uncaught traceback from now on (idempotent).

    Call it first thing in a process, before anything can log.
    """
    old: Callable[..., logging.LogRecord] = logging.getLogRecordFactory()
    if getattr(old, "lookout_redacting", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = old(*args, **kwargs)
        scrub_record(record)
        return record

    factory.lookout_redacting = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
    logging.captureWarnings(True)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
