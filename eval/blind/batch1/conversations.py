"""Blind batch 1 (Part B): all conversations of this batch.

GROOMING comes from grooming_convs.py, BENIGN from benign_convs.py; both are lists of
eval.corpus_writer.Conversation built with the eval.grooming.script notation.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benign_convs import BENIGN  # noqa: E402
from grooming_convs import GROOMING  # noqa: E402

__all__ = ["GROOMING", "BENIGN"]
