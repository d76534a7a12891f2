"""Case seals: tamper evidence that whoever can rewrite the database cannot forge.

Item digests alone protect nothing against someone who edits the database: they edit a message,
recompute its digest, and every check passes. So each case also carries a *seal*:

* a hash chain over everything recorded in the case, in the order it was recorded: the case's
  identity (community, suspect, origin), each evidence item, each moderator note and each audit
  entry. Later changes the record itself makes (a person erased on request, a moderator's name
  anonymised) are chain entries too, so the chain only ever grows;
* an HMAC over the chain head, and one over each chain entry, with a key kept OUTSIDE the
  database (a key file, mode 0600). Without the key, a rewritten chain cannot be re-sealed;
  with the entry MACs, a check names the very item that changed rather than "something did".

The head is also shown in every moderator alert and in the exported report, so copies exist where
the database cannot reach them; anyone can recompute it from an export (recipe below, and in the
export), without the key.

Recipe (format lookout-seal/1), every digest SHA-256 in lower-case hex:
* start = SHA-256("lookout-seal/1\\n" + case id);
* link(i) = SHA-256(link(i-1) + canonical JSON of [op, kind, ref, digest]), where op is "add",
  "update" or "erase", kind is "case", "evidence", "note" or "audit", ref is the message id (evidence),
  the row id (notes, audit) or the case id (case), and digest is the entry's digest ("" for erase);
* head = the last link; canonical JSON = sorted keys, no spaces, UTF-8, non-ASCII unescaped.
"""

from __future__ import annotations

import bisect
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from storage.base import StorageError
from storage.digest import digest_fields, iso_utc

log = logging.getLogger(__name__)

SEAL_FORMAT = "lookout-seal/1"
KINDS = ("case", "evidence", "note", "audit")
OPS = ("add", "update", "erase")
KEY_BYTES = 32
DEFAULT_KEY_NAME = "lookout-seal.key"
_KEY_HEADER = (
    "# Lookout seal key. Keep it secret, keep it out of the database's backups, and keep a copy\n"
    "# somewhere safe: without it, case seals can no longer be checked.\n"
)

# How a seal came to be: "capture" (the case was sealed from its first record), "upgrade" (the
# case existed before sealing; what it held at the upgrade is sealed, earlier changes cannot be
# ruled out), "rebuilt" (the seal record went missing and was rebuilt from the chain).
ORIGINS = ("capture", "upgrade", "rebuilt")


class SealKeyError(StorageError):
    """The seal key file is missing, unreadable, too open or not a key; the message says what to do."""


# -- the key -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SealKey:
    secret: bytes = field(repr=False)
    path: str | None = None  # None: an in-memory key for an in-memory database

    @property
    def key_id(self) -> str:
        """A public fingerprint (not the key): says which key sealed a case."""
        return hashlib.sha256(b"lookout-seal-key-id\0" + self.secret).hexdigest()[:16]

    @property
    def where(self) -> str:
        return self.path or "an in-memory key"

    def mac(self, parts: Sequence[Any]) -> str:
        return hmac.new(self.secret, _canonical(list(parts)).encode("utf-8"), hashlib.sha256).hexdigest()

    @classmethod
    def ephemeral(cls) -> SealKey:
        """For in-memory databases, which die with the process: the key may as well die too."""
        return cls(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def load(cls, path: str | Path, *, create: bool) -> SealKey | None:
        """Read the key file; with `create`, make one (mode 0600) if it does not exist yet.

        Returns None when the file does not exist and `create` is off (a read-only command).
        """
        file = Path(path).expanduser()
        for _attempt in range(50):
            try:
                return cls._read(file)
            except FileNotFoundError:
                if not create:
                    return None
            try:
                cls._create(file)
            except FileExistsError:
                time.sleep(0.02)  # another process is writing it right now: read theirs
        raise SealKeyError(f"seal key {file}: it keeps appearing empty; check the file and try again")

    @classmethod
    def _read(cls, file: Path) -> SealKey:
        try:
            info = file.stat()
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise SealKeyError(f"seal key {file}: cannot read it ({exc.strerror or exc})") from None
        if os.name == "posix" and info.st_mode & 0o077:
            raise SealKeyError(
                f"seal key {file} has mode {info.st_mode & 0o777:04o}: other users may read it, and anyone "
                f"holding it can forge case seals. Make it private: chmod 600 {file}"
            )
        try:
            text = file.read_text("ascii")
        except FileNotFoundError:
            raise
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise SealKeyError(f"seal key {file}: cannot read it ({reason})") from None
        lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
        if not lines and not text.strip():
            # Created a moment ago by another process that has not written it yet.
            raise FileExistsError(str(file))
        if len(lines) != 1 or len(lines[0]) != 2 * KEY_BYTES or not _is_hex(lines[0]):
            raise SealKeyError(
                f"seal key {file} is not a Lookout seal key (expected one line of {2 * KEY_BYTES} hex "
                "characters). Restore the original file; a new key cannot check existing seals."
            )
        return cls(bytes.fromhex(lines[0]), str(file))

    @classmethod
    def _create(cls, file: Path) -> None:
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise
        except OSError as exc:
            raise SealKeyError(
                f"seal key {file}: cannot create it ({exc.strerror or exc}); set [storage] seal_key_path "
                "to a writable place outside the database"
            ) from None
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)
            os.write(fd, (_KEY_HEADER + secrets.token_bytes(KEY_BYTES).hex() + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        log.warning("storage: created a new seal key at %s; back it up, away from the database", file)


def default_key_path(sqlite_file: str | None) -> Path | None:
    """Beside the SQLite file, in the working folder for PostgreSQL, None for in-memory databases."""
    if sqlite_file == ":memory:":
        return None
    if sqlite_file is None:
        return Path(DEFAULT_KEY_NAME)
    file = Path(sqlite_file).expanduser()
    return file.with_name(file.name + ".seal-key")


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in text)


# -- the recipe ----------------------------------------------------------------------------------
def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chain_start(case_id: str) -> str:
    return _sha(f"{SEAL_FORMAT}\n{case_id}")


def chain_link(previous: str, op: str, kind: str, ref: str, digest: str) -> str:
    return _sha(previous + _canonical([op, kind, ref, digest]))


def chain_head(case_id: str, entries: Iterable[tuple[str, str, str, str]]) -> str:
    head = chain_start(case_id)
    for op, kind, ref, digest in entries:
        head = chain_link(head, op, kind, ref, digest)
    return head


CASE_IDENTITY_FIELDS = (
    "case_id",
    "community_id",
    "created_at",
    "platform",
    "source",
    "source_chat",
    "source_file",
    "suspect_id",
)


def case_identity_digest(fields: Mapping[str, Any]) -> str:
    """What a case is about and where it came from; none of it ever changes after opening."""
    return _sha(_canonical({name: fields.get(name) for name in CASE_IDENTITY_FIELDS}))


def audit_digest(actor_id: str, actor_name: str, action: str, detail: str, at: datetime) -> str:
    return _sha(
        _canonical(
            {"action": action, "actor_id": actor_id, "actor_name": actor_name, "at": iso_utc(at), "detail": detail}
        )
    )


def note_digest(author_id: str, author_name: str, text: str, at: datetime) -> str:
    return _sha(_canonical({"at": iso_utc(at), "author_id": author_id, "author_name": author_name, "text": text}))


def evidence_digest(fields: Mapping[str, Any]) -> str:
    """The item digest of storage.digest: one recipe for the export, the seal and the check."""
    return digest_fields(fields)


def entry_mac(key: SealKey, case_id: str, pos: int, op: str, kind: str, ref: str, digest: str) -> str:
    return key.mac(["lookout-seal-entry/1", case_id, pos, op, kind, ref, digest])


def seal_mac(key: SealKey, case_id: str, entries: int, head: str, origin: str, since: datetime) -> str:
    return key.mac([SEAL_FORMAT, case_id, entries, head, origin, iso_utc(since)])


# -- records -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ChainEntry:
    pos: int  # 1-based, the order of recording
    op: str
    kind: str
    ref: str
    digest: str
    mac: str
    at: datetime


@dataclass(frozen=True, slots=True)
class SealRecord:
    """A case's seal as stored: never recomputed on read, only checked."""

    case_id: str
    entries: int
    head: str
    mac: str
    key_id: str
    origin: str
    since: datetime  # when sealing of this case began
    sealed_at: datetime  # the last time it was sealed (its latest entry)
    chain: tuple[ChainEntry, ...] = ()

    @property
    def short(self) -> str:
        """What alerts show: enough of the head to match against a later export."""
        return f"{self.head[:16]} ({self.entries} entries)"

    def links(self) -> list[str]:
        """The head after each entry, in order: an earlier seal shown in an alert is one of them."""
        link, out = chain_start(self.case_id), []
        for entry in self.chain:
            link = chain_link(link, entry.op, entry.kind, entry.ref, entry.digest)
            out.append(link)
        return out

    def shows(self, short: str) -> bool:
        """True when `short` (as an alert showed it) is this chain's state after that many entries."""
        head, _, rest = short.partition(" (")
        count = rest.split(" ", 1)[0]
        if len(head) < 16 or not count.isdigit():
            return False
        links = self.links()
        return 0 < int(count) <= len(links) and links[int(count) - 1].startswith(head)


# -- the check -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # "altered" | "deleted" | "inserted" | "reordered" | "seal"
    what: str  # for a person: which item, and what happened to it

    def __str__(self) -> str:
        return f"{self.kind}: {self.what}"


@dataclass(frozen=True, slots=True)
class SealCheck:
    """The verdict on one case. `status`:

    * "intact": sealed since capture, and nothing changed;
    * "sealed-on-upgrade": the case predates sealing; nothing changed since it was sealed at the
      upgrade (`since`), but changes made before then cannot be ruled out;
    * "tampered": see `findings`;
    * "unchecked": no seal key here, so only the keyless part could be checked (see `findings`).
    """

    case_id: str
    status: str
    findings: tuple[Finding, ...]
    seal: SealRecord | None

    @property
    def ok(self) -> bool:
        return self.status in ("intact", "sealed-on-upgrade")

    def summary(self) -> str:
        if self.status == "intact":
            assert self.seal is not None
            return f"intact (seal {self.seal.short})"
        if self.status == "sealed-on-upgrade":
            assert self.seal is not None
            return (
                f"unchanged since sealed on upgrade {iso_utc(self.seal.since)[:10]} (seal {self.seal.short}); "
                "the case was created before sealing existed, so changes made before then cannot be ruled out"
            )
        if self.status == "unchecked":
            return "NOT CHECKED: no seal key here (" + "; ".join(str(f) for f in self.findings) + ")"
        return "TAMPERED: " + "; ".join(str(f) for f in self.findings)


@dataclass(frozen=True, slots=True)
class Recorded:
    """One thing a case holds now, as read from the database, with its digest recomputed."""

    kind: str
    ref: str
    digest: str
    label: str  # how a person finds it when it is not in the seal: "message m9", "audit entry id 17"


@dataclass(slots=True)
class _Expected:
    first_pos: int
    digest: str
    erased: bool = False


def check(
    case_id: str,
    seal: SealRecord | None,
    present: Sequence[Recorded],
    key: SealKey | None,
) -> SealCheck:
    """Compare what the case holds now (`present`, in storage order per kind) with its seal."""
    findings: list[Finding] = []
    if seal is None:
        findings.append(Finding("seal", "the case has no seal: its seal record was deleted"))
        return SealCheck(case_id, "tampered", tuple(findings), None)

    trusted = list(seal.chain)
    keyed = key is not None and key.key_id == seal.key_id
    if key is not None and not keyed:
        findings.append(
            Finding(
                "seal",
                f"sealed with key {seal.key_id}, but the key here ({key.where}) is {key.key_id}: "
                "this is not the key that sealed the case (restore the original key file)",
            )
        )
    if keyed:
        assert key is not None
        if not hmac.compare_digest(seal.mac, seal_mac(key, case_id, seal.entries, seal.head, seal.origin, seal.since)):
            findings.append(Finding("seal", "the seal record does not verify with the key: it was altered"))
        trusted = []
        for entry in seal.chain:
            mac = entry_mac(key, case_id, entry.pos, entry.op, entry.kind, entry.ref, entry.digest)
            if not hmac.compare_digest(entry.mac, mac):
                findings.append(Finding("seal", f"seal entry {entry.pos} ({entry.kind} {entry.ref}) was altered"))
            else:
                trusted.append(entry)
    positions = [entry.pos for entry in seal.chain]
    missing = sorted(set(range(1, seal.entries + 1)) - set(positions))
    if missing:
        findings.append(Finding("deleted", f"seal entries {_ranges(missing)} were deleted from the chain"))
    beyond = sorted(p for p in positions if p > seal.entries)
    if beyond:
        findings.append(Finding("inserted", f"seal entries {_ranges(beyond)} were added after the seal"))
        trusted = [entry for entry in trusted if entry.pos <= seal.entries]
    recomputed = chain_head(case_id, ((e.op, e.kind, e.ref, e.digest) for e in seal.chain))
    if recomputed != seal.head and not any(f.kind == "seal" for f in findings) and not missing:
        findings.append(Finding("seal", "the chain no longer leads to the sealed head"))
    if seal.origin == "rebuilt":
        findings.append(
            Finding(
                "seal",
                "the seal record went missing and was rebuilt; entries removed before then cannot be ruled out",
            )
        )

    findings.extend(_compare(trusted, present))
    if key is None:
        status = "unchecked"
        findings.insert(0, Finding("seal", "the seal's key is not available, so only its chain was recomputed"))
    elif findings:
        status = "tampered"
    else:
        status = "sealed-on-upgrade" if seal.origin == "upgrade" else "intact"
    return SealCheck(case_id, status, tuple(findings), seal)


def _compare(trusted: Sequence[ChainEntry], present: Sequence[Recorded]) -> list[Finding]:
    """Name what differs between the authentic chain entries and the rows the case holds now."""
    expected: dict[tuple[str, str], _Expected] = {}
    ordinal: dict[tuple[str, str], int] = {}
    for entry in sorted(trusted, key=lambda e: e.pos):
        key = (entry.kind, entry.ref)
        if entry.op == "erase":
            if key in expected:
                expected[key].erased = True
        elif key in expected:
            expected[key].digest = entry.digest
            expected[key].erased = False
        else:
            expected[key] = _Expected(entry.pos, entry.digest)
            ordinal[key] = sum(1 for k in ordinal if k[0] == entry.kind) + 1
    now = {(r.kind, r.ref): r.digest for r in present}
    fallback = {(r.kind, r.ref): r.label for r in present}

    def label(key: tuple[str, str]) -> str:
        kind, ref = key
        if key not in ordinal:
            return fallback.get(key, f"{kind} {ref}")
        n = ordinal[key]
        return {
            "evidence": f"evidence item {n} (message {ref})",
            "note": f"note {n} (id {ref})",
            "audit": f"audit entry {n} (id {ref})",
            "case": "the case record (community, suspect or origin)",
        }.get(kind, f"{kind} {ref}")

    live = {k: e for k, e in expected.items() if not e.erased}
    altered = [k for k, e in live.items() if k in now and now[k] != e.digest]
    deleted = [k for k in live if k not in now]
    inserted = [k for k in now if k not in live]
    # A row now holding another sealed row's content was moved (ids or places swapped), not edited.
    by_digest = {(k[0], e.digest): k for k, e in live.items()}
    moved: set[tuple[str, str]] = set()
    for k in [*altered, *inserted]:
        source = by_digest.get((k[0], now[k]))
        if source is not None and source != k and (source in altered or source in deleted):
            moved |= {k, source}
    for kind in KINDS:
        rows = [(r.kind, r.ref) for r in present if r.kind == kind]
        rows = [k for k in rows if k in live and k not in altered and k not in moved]
        moved |= _out_of_place(rows, [live[k].first_pos for k in rows])

    findings = [Finding("altered", f"{label(k)} was changed after it was sealed") for k in altered if k not in moved]
    findings += [Finding("deleted", f"{label(k)} was deleted") for k in deleted if k not in moved]
    for k in inserted:
        if k not in moved:
            back = k in expected
            what = "was erased on request but is back" if back else "is not in the seal: it was added"
            findings.append(Finding("inserted", f"{label(k)} {what}"))
    for k in sorted(moved, key=lambda k: (live[k].first_pos if k in live else 1 << 62, k)):
        findings.append(Finding("reordered", f"{label(k)} is not where it was sealed"))
    return findings


def _out_of_place(rows: Sequence[tuple[str, str]], sealed: Sequence[int]) -> set[tuple[str, str]]:
    """The fewest rows whose moving explains the order: a swap names both rows, a row moved
    elsewhere names that row alone (not everything it jumped over)."""
    by_position = sorted(sealed)
    displaced = {row for row, pos, want in zip(rows, sealed, by_position, strict=True) if pos != want}
    skipped = _not_in_longest_run(sealed)
    outside_run = {row for row, pos in zip(rows, sealed, strict=True) if pos in skipped}
    return displaced if len(displaced) <= len(outside_run) else outside_run


def _not_in_longest_run(order: Sequence[int]) -> set[int]:
    """The values outside one longest increasing subsequence: the fewest items that moved."""
    tail_values: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(order)
    for i, value in enumerate(order):
        j = bisect.bisect_left(tail_values, value)
        if j == len(tail_values):
            tail_values.append(value)
            tail_index.append(i)
        else:
            tail_values[j] = value
            tail_index[j] = i
        previous[i] = tail_index[j - 1] if j > 0 else -1
    keep: set[int] = set()
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        keep.add(order[i])
        i = previous[i]
    return set(order) - keep


def _ranges(values: Sequence[int]) -> str:
    """[1, 2, 3, 7] -> "1-3, 7"."""
    parts: list[str] = []
    start = prev = values[0]
    for value in values[1:]:
        if value == prev + 1:
            prev = value
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = value
    parts.append(str(start) if start == prev else f"{start}-{prev}")
    return ", ".join(parts)
