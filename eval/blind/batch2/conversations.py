"""Blind batch 2: all conversations, grooming and benign, as eval.corpus_writer Conversations."""

from __future__ import annotations

from benign_convs import BEN
from grooming_convs import G

GROOMING = G
BENIGN = BEN
