"""How a reader reports a file it cannot use.

A scan over a folder must not stop at the first bad file, and a moderator reading the output must be
able to fix the problem without opening a debugger: so a reader never raises for bad input, it yields
one `ExportError` per file that names the file, the place inside it and what to do. Errors never
quote message text, because exports are children's conversations.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExportError:
    """One unusable file. `where` is a JSON path such as ``messages[12].timestamp`` (may be empty)."""

    path: str
    where: str
    what: str

    def __str__(self) -> str:
        # Always one line: the CLI prints one error per file and tools grep for the path.
        where = f" at {self.where}" if self.where else ""
        return " ".join(f"{self.path}{where}: {self.what}".split())


class MalformedExport(Exception):
    """Raised inside a reader to abandon a file; `read_paths` turns it into an `ExportError`."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what
