"""Batch 8c conversations: every grooming and benign conversation of the batch, in order."""

from __future__ import annotations

import benign_adults
import benign_en
import benign_ml
import grooming_en_a
import grooming_en_b
import grooming_ml

GROOMING = grooming_en_a.G + grooming_en_b.G + grooming_ml.G
BENIGN = benign_adults.B + benign_en.B + benign_ml.B
