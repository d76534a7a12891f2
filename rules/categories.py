"""The stable category ids. Other parts of the system and the JSON output use exactly these.

New categories go at the end: the pipeline stores a pair's categories as bits in this order.
"""

from typing import Final

CATEGORIES: Final[tuple[str, ...]] = (
    "age_probe",
    "flattery",
    "isolation",
    "secrecy",
    "personal_info",
    "platform_move",
    "photo_request",
    "gift_offer",
    "meeting",
    "modeling_lure",
    "sextortion",
    "sexual_talk",  # sexual steering: kissing or "experience", bodies, clothes, bed or shower, dating talk
)

CATEGORY_SET: Final[frozenset[str]] = frozenset(CATEGORIES)
