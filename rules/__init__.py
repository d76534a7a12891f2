"""Message-level detection: normaliser, rule engine and rule packs.

This package knows nothing of the bot or storage: it takes text and returns what it saw.
"""

from rules.categories import CATEGORIES
from rules.engine import Engine, load_default_engine
from rules.types import Detection, RuleHit

__all__ = ["CATEGORIES", "Detection", "Engine", "RuleHit", "load_default_engine"]
