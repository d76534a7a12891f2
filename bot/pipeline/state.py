"""Every table of per-person state the pipeline keeps in memory, in one registry.

Why: the pipeline holds a dozen tables keyed by community and person (pairs, members, suspects,
tips sent, age questions, family pairs, channel windows, ...). An erasure request must reach all of
them, expiry must bound all of them, and a restart must reload every one that is persisted. When
each of those three walks was written out by hand, a new table was easily left out of one (the tip
cool-down was once never pruned). Here a table is registered once, with how to find a person in
its keys, when an entry goes stale, and where a restart reloads it from; `forget`, `expire` and
`restore` walk the registry, and a test checks that every table the pipeline holds is registered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

Key = tuple[Any, ...]


class StateTable(Protocol):
    """One table of state: a name, what it holds, and the three walks."""

    name: str

    @property
    def data(self) -> object: ...

    def forget(self, person: str, community: str | None) -> None: ...

    def expire(self, now: float) -> None: ...

    def restore(self, sources: Mapping[str, Iterable[Any]]) -> None: ...


@dataclass(eq=False)
class KeyedTable:
    """A dict or set whose keys are tuples starting with the community, then person ids.

    `people`: how many key fields after the community are person ids (the rest are other data,
    a category for instance). `stale(key, value, now)`: whether an entry has expired; None keeps
    entries until they are forgotten or another walk drops them (`why_kept` says why that is safe).
    `source` and `load`: where a restart takes entries back from (`load` gets that source's items).
    `after_forget`: extra work an erasure needs (ids inside values rather than keys).
    """

    name: str
    table: dict[Any, Any] | set[Any]
    people: int = 1
    stale: Callable[[Key, Any, float], bool] | None = None
    why_kept: str = ""
    source: str | None = None
    load: Callable[[Iterable[Any]], None] | None = None
    after_forget: Callable[[str, str | None], None] | None = None

    def __post_init__(self) -> None:
        if self.stale is None and not self.why_kept:
            raise ValueError(f"state table {self.name!r}: give `stale` or say in `why_kept` why it needs no expiry")

    @property
    def data(self) -> object:
        return self.table

    def _value(self, key: Key) -> Any:
        return self.table[key] if isinstance(self.table, dict) else None

    def forget(self, person: str, community: str | None) -> None:
        last = 1 + self.people
        gone = [k for k in self.table if person in k[1:last] and community in (None, k[0])]
        self._drop(gone)
        if self.after_forget is not None:
            self.after_forget(person, community)

    def expire(self, now: float) -> None:
        if self.stale is None:
            return
        stale = self.stale
        self._drop([k for k in self.table if stale(k, self._value(k), now)])

    def restore(self, sources: Mapping[str, Iterable[Any]]) -> None:
        if self.source is not None and self.load is not None and self.source in sources:
            self.load(sources[self.source])

    def _drop(self, keys: list[Key]) -> None:
        if isinstance(self.table, dict):
            for k in keys:
                del self.table[k]
        else:
            self.table.difference_update(keys)


@dataclass(eq=False)
class CustomTable:
    """State whose shape is not a flat table (the channel windows): it brings its own walks."""

    name: str
    holder: object
    on_forget: Callable[[str, str | None], None]
    on_expire: Callable[[float], None] | None = None
    why_kept: str = ""

    def __post_init__(self) -> None:
        if self.on_expire is None and not self.why_kept:
            raise ValueError(f"state table {self.name!r}: give `on_expire` or say in `why_kept` why it needs none")

    @property
    def data(self) -> object:
        return self.holder

    def forget(self, person: str, community: str | None) -> None:
        self.on_forget(person, community)

    def expire(self, now: float) -> None:
        if self.on_expire is not None:
            self.on_expire(now)

    def restore(self, sources: Mapping[str, Iterable[Any]]) -> None:
        return None


class StateRegistry:
    """The pipeline's tables, walked in registration order (a table may depend on an earlier one:
    family pairs are dropped after the members they name)."""

    def __init__(self) -> None:
        self._tables: list[StateTable] = []

    def add(self, table: StateTable) -> None:
        if any(t.name == table.name for t in self._tables):
            raise ValueError(f"state table {table.name!r} is registered twice")
        self._tables.append(table)

    @property
    def tables(self) -> tuple[StateTable, ...]:
        return tuple(self._tables)

    def holds(self, obj: object) -> bool:
        """Is this container one of the registered tables? (for the test that no table is missed)"""
        return any(t.data is obj for t in self._tables)

    def forget(self, person: str, community: str | None = None) -> None:
        for t in self._tables:
            t.forget(person, community)

    def expire(self, now: float) -> None:
        for t in self._tables:
            t.expire(now)

    def restore(self, sources: Mapping[str, Iterable[Any]]) -> None:
        # A source may feed several tables (tips fill both the per-category and the cool-down table).
        materialised = {name: list(items) for name, items in sources.items()}
        for t in self._tables:
            t.restore(materialised)
