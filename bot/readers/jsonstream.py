"""Reading big JSON exports without holding them: an outline first, then the messages one by one.

Why: `json.loads` on a 200 MB export grew the process to several gigabytes (Python objects are 5-30x
the size of their JSON). Exports are a few small objects (guild, channel, chat names) around one
huge array of messages per conversation, so a file is read in passes with `ijson`:

1. the *outline*: every value of the document except the message arrays, each of which is replaced
   by a `MessageArray` placeholder that knows its place and length;
2. the readers then stream the messages of each array from the file, as many times as they need
   (once to check and survey them, once to turn them into events), holding one message at a time.

Memory is then bounded by the largest message and the number of people, not by the file.

ijson's fast C backend crashes the process (segmentation fault, ijson 3.6.0) on an integer longer
than Python's int-conversion limit (4,300 digits) instead of raising. A guard on the raw bytes
spots such a digit run before the parser sees it, and the file is then read with ijson's pure-Python
backend, which reports the number as an error (or reads digits inside a string as the text they are).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import ijson

_FAST = ijson.get_backend("yajl2_c") if "yajl2_c" in ijson.ALL_BACKENDS else ijson
_SAFE = ijson.get_backend("python")
CHUNK = 64 * 1024


class LongNumberFound(Exception):
    """A digit run longer than Python converts to int: the file must be read with the safe backend."""


# Every digit byte becomes "0" and every other byte "x", so a long digit run is a plain substring search.
_DIGIT_MAP = bytes(48 if 48 <= b <= 57 else 120 for b in range(256))


class _DigitGuard:
    """A binary file wrapper that raises `LongNumberFound` before the C parser meets such a run."""

    def __init__(self, raw: IO[bytes], limit: int) -> None:
        self.raw = raw
        self.limit = limit
        self._needle = b"0" * (limit + 1)
        self._carry = b""  # trailing digits of the previous chunk, so a run split across chunks is seen
        self._first = True

    def read(self, size: int = -1) -> bytes:
        chunk = self.raw.read(size)
        if self._first:
            self._first = False
            chunk = chunk.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark, as some Windows tools write
        if self.limit and chunk:
            shape = self._carry + chunk.translate(_DIGIT_MAP)
            if self._needle in shape:
                raise LongNumberFound()
            self._carry = shape[len(shape.rstrip(b"0")):][-self.limit:]
        return chunk

    def tell(self) -> int:
        return self.raw.tell()


@dataclass(slots=True)
class MessageArray:
    """Where a message array is in the file: `prefix` in ijson's notation, `offset` items of that
    prefix come before it (arrays of several chats share one prefix), and `count` items are in it."""

    prefix: str
    offset: int
    count: int | None = 0  # None: to the end of the file (the array's length was not counted)


@dataclass(slots=True)
class JsonFile:
    """One export file opened for streaming; `outline()` first, then `items(array)` in file order."""

    path: str
    safe: bool = False  # use the pure-Python backend (see the module docstring)
    failed: bool = False  # a conversation's events failed part-way: the rest of the file is not read
    _open: list[Any] = field(default_factory=list)
    _cursor: dict[str, tuple[Iterator[Any], int, IO[bytes]]] = field(default_factory=dict)

    def _backend(self) -> Any:
        return _SAFE if self.safe else _FAST

    def _raw(self) -> IO[bytes]:
        raw = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        self._open.append(raw)
        limit = 0 if self.safe else sys.get_int_max_str_digits()
        return _DigitGuard(raw, limit)  # type: ignore[return-value]

    def outline(self, is_messages: Any, *, quick: bool = False) -> tuple[Any, bool]:
        """The document with each array for which `is_messages(prefix)` holds replaced by a MessageArray,
        and whether it is complete. `quick` stops at a message array at the top level (its length then
        unknown): exporters write the small fields first, so the rest of the file need not be walked
        in Python; if the reader misses something, the caller asks for the complete outline."""
        events = self._backend().parse(self._raw(), use_float=True, buf_size=CHUNK)
        return _build_outline(events, is_messages, quick=quick)

    def items(self, array: MessageArray) -> Iterator[Any]:
        """The items of `array`, read from the file. Arrays sharing a prefix are best read in order:
        the reader then continues where the previous array ended instead of starting again."""
        cursor = self._cursor.pop(array.prefix, None)
        if cursor is None or cursor[1] > array.offset:
            raw = self._raw()
            cursor = (iter(self._backend().items(raw, array.prefix, use_float=True, buf_size=CHUNK)), 0, raw)
        it, position, raw = cursor
        while position < array.offset:
            next(it)
            position += 1
        for _ in range(array.count) if array.count is not None else iter(int, 1):
            try:
                item = next(it)
            except StopIteration:
                if array.count is None:
                    break
                raise
            position += 1
            self._cursor[array.prefix] = (it, position, raw)
            yield item
        self._cursor[array.prefix] = (it, position, raw)

    def close(self) -> None:
        for raw in self._open:
            raw.close()
        self._open.clear()
        self._cursor.clear()


def _build_outline(events: Iterator[tuple[str, str, Any]], is_messages: Any, *, quick: bool) -> tuple[Any, bool]:
    """Build the document from parse events, iteratively (no recursion, however deep the nesting)."""
    root: list[Any] = []
    stack: list[Any] = [root]  # containers being built; a dict's pending key is kept in `keys`
    keys: list[str | None] = [None]
    offsets: dict[str, int] = {}
    skipping: MessageArray | None = None
    skip_depth = 0
    skip_count = 0

    def add(value: Any) -> None:
        parent = stack[-1]
        if isinstance(parent, dict):
            parent[keys[-1]] = value
        else:
            parent.append(value)

    for prefix, event, value in events:
        if skipping is not None:
            if event in ("start_map", "start_array"):
                if skip_depth == 1 and prefix == skipping.prefix:
                    skip_count += 1
                skip_depth += 1
            elif event in ("end_map", "end_array"):
                skip_depth -= 1
                if skip_depth == 0:
                    skipping.count = skip_count
                    offsets[skipping.prefix] = skipping.offset + skip_count
                    skipping = None
            elif skip_depth == 1:
                skip_count += 1  # a scalar item: counted, the reader reports it as malformed
            continue
        if event == "map_key":
            keys[-1] = value
        elif event == "start_array" and is_messages(prefix):
            item_prefix = f"{prefix}.item" if prefix else "item"
            if quick and len(stack) == 2:
                add(MessageArray(item_prefix, 0, None))
                return root[0], False
            skipping = MessageArray(item_prefix, offsets.get(item_prefix, 0))
            skip_depth = 1
            skip_count = 0
            add(skipping)
        elif event in ("start_map", "start_array"):
            container: Any = {} if event == "start_map" else []
            add(container)
            stack.append(container)
            keys.append(None)
        elif event in ("end_map", "end_array"):
            stack.pop()
            keys.pop()
        else:
            add(value)
    return (root[0] if root else None), True
