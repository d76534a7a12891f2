"""Result types of the engine, kept free of any dependency so every layer can share them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class RuleHit:
    """One rule that matched one message.

    `matched` is the matched span of the text the rule looked at (normalised or raw);
    evidence shown to moderators always quotes the raw message, never this span alone.
    """

    rule_id: str
    category: str
    weight: float
    pack: str
    start: int
    end: int
    matched: str
    on: str = "normalized"


class Detection(NamedTuple):
    """What the engine saw in one message.

    A named tuple rather than a dataclass because the engine makes one for every message it sees
    and a tuple is the cheapest immutable record Python can build (analyze_many builds most of them
    without a single Python-level call). Read it by field name; the tuple order is not an API.
    """

    text: str
    normalized: str
    hits: tuple[RuleHit, ...] = ()
    declared_age: int | None = None
    errors: tuple[str, ...] = ()
    # Only worked out when a rule matched (rules/README.md, "Language routing" and "Guards"): the
    # message's language (None: unknown, or too close to call), the guard that found it to be advice
    # or a quotation, and the rule hits that guard set aside (shown as a note, never acted on).
    language: str | None = None
    guard: str | None = None
    suppressed: tuple[RuleHit, ...] = ()

    @property
    def categories(self) -> list[str]:
        """Matched categories, each once, in the order of the canonical category list."""
        from rules.categories import CATEGORIES

        present = {h.category for h in self.hits}
        return [c for c in CATEGORIES if c in present]

    @property
    def rules(self) -> list[str]:
        """Matched rule ids, each once, in match order."""
        seen: dict[str, None] = {}
        for h in self.hits:
            seen.setdefault(h.rule_id, None)
        return list(seen)

    @property
    def risky(self) -> bool:
        return bool(self.hits)

    def to_json(self) -> dict[str, object]:
        from rules.language import detect

        guess = detect(self.text)  # the same answer the engine routed by, when it asked
        out: dict[str, object] = {
            "text": self.text,
            "categories": self.categories,
            "rules": self.rules,
            "declared_age": self.declared_age,
            "normalized": self.normalized,
            "language": guess.to_json(),
        }
        if self.guard is not None:
            out["guard"] = self.guard
            out["suppressed_rules"] = list(dict.fromkeys(h.rule_id for h in self.suppressed))
        return out
