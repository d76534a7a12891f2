"""The stable category ids. Other parts of the system and the JSON output use exactly these."""

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
)

CATEGORY_SET: Final[frozenset[str]] = frozenset(CATEGORIES)
