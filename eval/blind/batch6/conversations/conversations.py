"""Batch 6c conversations: all grooming and benign conversations of the batch."""

from __future__ import annotations

import benign_adults
import benign_en
import benign_intl
import grooming_long_en
import grooming_long_intl
import grooming_short_en
import grooming_short_intl
from common import LONG_IDS  # noqa: F401

GROOMING = (grooming_long_en.CONVS + grooming_long_intl.CONVS + grooming_short_en.CONVS
            + grooming_short_intl.CONVS)
BENIGN = benign_adults.CONVS + benign_en.CONVS + benign_intl.CONVS
ADULT_STRANGER_IDS = {c.id for c in benign_adults.CONVS}
