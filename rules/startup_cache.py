"""What loading the packs works out about each pattern, kept on disk so the next start-up can skip it.

Building the engine spends most of its time on checks whose answers depend only on a pattern's text
and on the code that checks it: the search for catastrophic backtracking (rules.backtracking), the
literal anchors and pre-checks (rules.anchors) and the untimed-search bound, and, once the packs are
loaded, running every rule example (Engine.check_examples). Those answers are stored in one JSON
file per version of that code (a hash of rules/*.py, rules/data/*, the Python, `regex` and
`ahocorasick_rs` versions), in Lookout's cache folder (cache_dir: $LOOKOUT_CACHE_DIR, else $XDG_CACHE_HOME/lookout,
else ~/.cache/lookout).

The cache is only ever a shortcut. A pattern text not in it is checked in full, so an edited rule
gets exactly the errors it would get without a cache; only patterns that passed are remembered,
and the examples only as "this exact set of pack files passed". A cache that cannot be read,
is corrupt, or cannot be written is ignored (a debug log line says why) and everything is checked.
LOOKOUT_NO_ENGINE_CACHE=1 switches it off.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = 1
_RULES_DIR = Path(__file__).parent
_MAX_BYTES = 64_000_000  # a larger file is not ours to read


def cache_dir() -> Path:
    """Lookout's cache folder, for this cache and the semantic index's: $LOOKOUT_CACHE_DIR, else
    $XDG_CACHE_HOME/lookout, else ~/.cache/lookout (a relative XDG_CACHE_HOME is ignored, as the spec says)."""
    own = os.environ.get("LOOKOUT_CACHE_DIR", "")
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "lookout"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def code_fingerprint() -> str:
    """A hash of everything that decides the cached answers: the checking code and its libraries."""
    h = hashlib.sha256(f"{FORMAT}|{sys.version}|{_version('regex')}|{_version('ahocorasick_rs')}".encode())
    for path in sorted([*_RULES_DIR.glob("*.py"), *_RULES_DIR.glob("data/*")]):
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def packs_fingerprint(paths: Iterable[Path], user_paths: Iterable[Path], routing: bool) -> str | None:
    """A hash of the pack files' bytes (and how they are loaded); None if one cannot be read."""
    h = hashlib.sha256(f"routing={routing}".encode())
    try:
        for kind, group in (("bundled", paths), ("user", user_paths)):
            for path in group:
                h.update(f"\0{kind}\0{path.name}\0".encode())
                h.update(path.read_bytes())
    except OSError:
        return None  # the loader reports it properly
    return h.hexdigest()


class FactCache:
    """Answers about pattern texts, computed on a miss and remembered (see the module docstring)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.changed = False
        self._facts: dict[str, dict[str, Any]] = {name: {} for name in ("safe", "anchors", "required",
                                                                        "narrower", "untimed")}
        self._examples: set[str] = set()
        if path is not None:
            self._read(path)

    def _read(self, path: Path) -> None:
        try:
            if path.stat().st_size > _MAX_BYTES:
                raise ValueError("too large")
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a cache of this format")
            facts = {name: data["facts"][name] for name in self._facts}
            if not all(isinstance(v, dict) for v in facts.values()) or not isinstance(data["examples"], list):
                raise ValueError("wrong shape")
            examples = {str(k) for k in data["examples"]}
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as exc:  # json errors are ValueErrors
            log.debug("engine cache %s not used (%s); checking every pattern", path, exc)
            return
        self._facts, self._examples = facts, examples

    def _get(self, kind: str, key: str, compute: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
        table = self._facts[kind]
        got = table.get(key)
        if got is not None and valid(got):
            return got
        got = compute()
        table[key] = got
        self.changed = True
        return got

    # ----- per pattern text ---------------------------------------------------------------------

    def is_safe(self, source: str) -> bool:
        """Whether `source` passed the backtracking check before (rules.packs_loader.compile_pattern)."""
        return self._facts["safe"].get(source) is True

    def mark_safe(self, source: str) -> None:
        if self._facts["safe"].get(source) is not True:
            self._facts["safe"][source] = True
            self.changed = True

    def anchors(self, source: str, compute: Callable[[str], frozenset[str] | None]) -> frozenset[str] | None:
        got = self._get("anchors", source, lambda: _list(compute(source)), _is_str_list_or_false)
        return frozenset(got) if got is not False else None

    def narrower(self, source: str, anchors: frozenset[str],
                 compute: Callable[[str, frozenset[str]], frozenset[str] | None]) -> frozenset[str] | None:
        got = self._get("narrower", _key(source, anchors), lambda: _list(compute(source, anchors)),
                        _is_str_list_or_false)
        return frozenset(got) if got is not False else None

    def required(self, source: str, anchors: frozenset[str],
                 compute: Callable[[str, frozenset[str]], tuple[tuple[str, ...], ...]]
                 ) -> tuple[tuple[str, ...], ...]:
        got = self._get("required", _key(source, anchors), lambda: [list(s) for s in compute(source, anchors)],
                        lambda v: isinstance(v, list) and all(_is_str_list(s) for s in v))
        return tuple(tuple(s) for s in got)

    def untimed(self, source: str, compute: Callable[[str], int]) -> int:
        return int(self._get("untimed", source, lambda: compute(source),
                             lambda v: isinstance(v, int) and not isinstance(v, bool)))

    # ----- per set of packs -----------------------------------------------------------------------

    def examples_passed(self, fingerprint: str | None) -> bool:
        return fingerprint is not None and fingerprint in self._examples

    def mark_examples_passed(self, fingerprint: str | None) -> None:
        if fingerprint is not None and fingerprint not in self._examples:
            self._examples.add(fingerprint)
            self.changed = True

    def save(self) -> None:
        """Write the cache if anything was added; never raises (an unwritable cache is only slower)."""
        if self.path is None or not self.changed:
            return
        data = {"format": FORMAT, "facts": self._facts, "examples": sorted(self._examples)}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".engine-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
                os.replace(tmp, self.path)  # atomic: another process reads the old file or the new one
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except (OSError, ValueError, TypeError) as exc:
            log.debug("engine cache %s not written (%s)", self.path, exc)
            return
        self.changed = False


def _key(source: str, anchors: frozenset[str]) -> str:
    return source + "\0" + "\1".join(sorted(anchors))


def _list(alts: frozenset[str] | None) -> list[str] | bool:
    return sorted(alts) if alts is not None else False


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(s, str) for s in v)


def _is_str_list_or_false(v: Any) -> bool:
    return v is False or _is_str_list(v)


_process_cache: FactCache | None = None


def process_cache() -> FactCache:
    """The cache this process uses (read from disk once); an in-memory one when switched off."""
    global _process_cache
    if _process_cache is None:
        if os.environ.get("LOOKOUT_NO_ENGINE_CACHE", "") not in ("", "0"):
            _process_cache = FactCache()
        else:
            try:
                path: Path | None = cache_dir() / f"engine-{code_fingerprint()[:24]}.json"
            except (OSError, RuntimeError) as exc:  # no home directory, unreadable code files
                log.debug("engine cache off (%s)", exc)
                path = None
            _process_cache = FactCache(path)
    return _process_cache


def reset_process_cache() -> None:
    """Forget the process's cache, so the next process_cache() reads the environment and disk again."""
    global _process_cache
    _process_cache = None
