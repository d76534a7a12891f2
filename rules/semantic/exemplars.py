"""The exemplars the semantic layer compares messages with: data, not code.

Two sources, read together:
- the rule packs' own `examples` (risky, in the rule's category) and `counterexamples` (benign
  look-alikes), so every wording a pack was written for is also a neighbour here;
- `rules/semantic/exemplars/<lang>.toml`: risky wordings per category that no rule spells, and
  benign lines (look-alikes and ordinary chat), in every pack language.

Each exemplar has a stable id (quoted as the *why* of a hit) and a group: all examples of one rule
form one group, so thresholds chosen by leaving a group out measure how the layer does on wording
that no rule was written for (index.py).
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rules.categories import CATEGORY_SET
from rules.packs_loader import RulePackError, bundled_pack_paths, read_pack_toml

EXEMPLAR_DIR = Path(__file__).resolve().parent / "exemplars"
BENIGN = "benign"


class ExemplarError(ValueError):
    """An exemplar file is malformed; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class Exemplar:
    id: str
    text: str
    category: str | None  # None: benign
    lang: str
    group: str  # left out together when thresholds are chosen

    @property
    def risky(self) -> bool:
        return self.category is not None


def exemplar_paths() -> list[Path]:
    return sorted(EXEMPLAR_DIR.glob("*.toml"))


def load_file(path: Path) -> list[Exemplar]:
    lang = path.stem
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ExemplarError(f"{path}: cannot read it as TOML: {exc}") from None
    unknown = set(data) - {"risky", BENIGN}
    if unknown:
        raise ExemplarError(f"{path}: unknown table(s) {sorted(unknown)}; use [risky] and [benign]")
    out: list[Exemplar] = []
    for section, table in data.items():
        if not isinstance(table, dict):
            raise ExemplarError(f"{path}: [{section}] must be a table of lists of strings")
        for key, texts in table.items():
            where = f"{path}: {section}.{key}"
            if section == "risky" and key not in CATEGORY_SET:
                raise ExemplarError(f"{where}: {key!r} is not a category; expected one of {sorted(CATEGORY_SET)}")
            if not isinstance(texts, list) or not all(isinstance(t, str) and t.strip() for t in texts):
                raise ExemplarError(f"{where}: must be a list of non-empty strings")
            for n, text in enumerate(texts, start=1):
                if section == "risky":
                    eid = f"{lang}.{key}.{n}"
                    out.append(Exemplar(eid, text, key, lang, eid))
                else:
                    eid = f"{lang}.benign.{key}.{n}"
                    out.append(Exemplar(eid, text, None, lang, eid))
    return out


def pack_exemplars(path: Path) -> list[Exemplar]:
    """A pack's examples and counterexamples, read from its TOML without compiling its patterns.

    Why not load_pack: compiling and checking some 6,000 patterns takes seconds (a minute on a busy
    machine), and the layer needs only the texts. The engine, built beside the layer wherever the
    layer runs, checks the pack in full; here only what the exemplars need is checked."""
    try:
        data = read_pack_toml(path)
    except RulePackError as exc:
        raise ExemplarError(str(exc)) from None
    meta = data.get("pack", {})
    lang = str((meta.get("language") if isinstance(meta, dict) else None) or path.stem)
    rules = data.get("rule", [])
    if not isinstance(rules, list):
        raise ExemplarError(f"{path}: rule must be an array of tables ([[rule]])")
    out: list[Exemplar] = []
    for i, rule in enumerate(rules):
        rid, category = (rule.get("id"), rule.get("category")) if isinstance(rule, dict) else (None, None)
        if not isinstance(rid, str) or category not in CATEGORY_SET:
            raise ExemplarError(f"{path}: [[rule]] #{i + 1} needs a string id and a known category")
        for field, risky in (("examples", True), ("counterexamples", False)):
            texts = rule.get(field, [])
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                raise ExemplarError(f"{path}: {rid}.{field} must be a list of strings")
            mark = "e" if risky else "c"
            out.extend(Exemplar(f"{rid}#{mark}{n}", t, category if risky else None, lang,
                                rid if risky else rid + "#c")
                       for n, t in enumerate(texts, start=1))
    return out


def load_exemplars(pack_paths: Sequence[Path] | None = None, files: Sequence[Path] | None = None) -> list[Exemplar]:
    """Every exemplar, deduplicated by text (a text risky in one place and benign in another is an error)."""
    items = [ex for p in (bundled_pack_paths() if pack_paths is None else pack_paths) for ex in pack_exemplars(p)]
    for path in exemplar_paths() if files is None else files:
        items.extend(load_file(path))
    seen: dict[str, Exemplar] = {}
    out: list[Exemplar] = []
    for ex in items:
        key = " ".join(ex.text.casefold().split())
        prev = seen.get(key)
        if prev is None:
            seen[key] = ex
            out.append(ex)
        elif prev.risky != ex.risky:
            raise ExemplarError(f"exemplar {ex.id} ({ex.text!r}) is {'risky' if ex.risky else 'benign'} but "
                                f"{prev.id} has the same text as {'risky' if prev.risky else 'benign'}; "
                                "drop one of them")
    return out


def digest(exemplars: Sequence[Exemplar]) -> str:
    h = hashlib.sha256()
    for ex in exemplars:
        h.update(f"{ex.id}\x1f{ex.category or ''}\x1f{ex.group}\x1f{ex.text}\x1e".encode())
    return h.hexdigest()
