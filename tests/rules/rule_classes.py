"""The three checks every 'class of wording' test file makes, written once.

A class file (test_batch11_classes.py, test_batch16_classes.py, test_batch16_chat_classes.py) lists
the lines each rule must read (RISKY) and the look-alikes it must leave alone (LOOKALIKES), as
(rule id, text) pairs; `class_tests` turns the two lists into its tests, which the file binds to
module-level `test_` names for pytest to collect.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from rules.engine import load_default_engine

Cases = Sequence[tuple[str, str]]


def _rule_ids(text: str) -> set[str]:
    return {h.rule_id for h in load_default_engine().analyze(text).hits}


def class_tests(risky: Cases, lookalikes: Cases) -> tuple[Callable[..., None], Callable[..., None], Callable[[], None]]:
    """(reads its class, leaves its look-alike alone, every rule named is loaded) for these lists."""

    @pytest.mark.parametrize(("rule_id", "text"), risky)
    def reads(rule_id: str, text: str) -> None:
        assert rule_id in _rule_ids(text)

    @pytest.mark.parametrize(("rule_id", "text"), lookalikes)
    def leaves_alone(rule_id: str, text: str) -> None:
        assert rule_id not in _rule_ids(text)

    def all_loaded() -> None:
        ids = {r.id for r in load_default_engine().rules}
        assert {rule_id for rule_id, _ in [*risky, *lookalikes]} <= ids

    return reads, leaves_alone, all_loaded
