"""Batch 5c: all conversations (grooming and benign), gathered from the part modules."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benign_adults  # noqa: E402
import benign_other  # noqa: E402
import grooming_long  # noqa: E402
import grooming_short  # noqa: E402

GROOMING = grooming_long.CONVS + grooming_short.CONVS
BENIGN = benign_adults.CONVS + benign_other.CONVS
