"""Where Lookout's log lines go: standard error always, and a file when `[logging] file` is set.

Every record is masked by `bot.redaction` before it reaches these handlers. The file is created
readable by its owner only: log lines name user and community ids, which are children's data too.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from bot.redaction import install

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class LogFileError(OSError):
    """The log file cannot be opened; the message names it and the reason."""


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is when a record arrives, not the stream of set-up time.

    A process (or a test run) that replaces sys.stderr after set-up would otherwise leave the handler
    writing to a closed stream, and every later warning would end in a logging traceback.
    """

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass  # always the current sys.stderr


def _ours(handler: logging.Handler) -> bool:
    return bool(getattr(handler, "lookout_handler", False))


def setup_logging(level: str | int, file: str | None = None) -> None:
    """Replace Lookout's handlers on the root logger (calling it again reconfigures, never doubles)."""
    install()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if _ours(h)]:
        root.removeHandler(handler)
        handler.close()
    handlers: list[logging.Handler] = [_CurrentStderr()]
    if file:
        path = Path(file)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.close(fd)
            handlers.append(logging.FileHandler(path, encoding="utf-8"))
        except OSError as exc:
            raise LogFileError(f"cannot write the log file {file}: {exc.strerror or exc}") from None
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.lookout_handler = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
