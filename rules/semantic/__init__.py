"""The semantic layer: a message read by meaning, next to exemplars of risky and benign messages.

Rules fit the wordings they were written with; this layer generalises to paraphrases and other
languages by comparing a message's sentence embedding with exemplar indexes (index.py), in the
spirit of Roblox's open-source Sentinel. It knows nothing of the bot: the pipeline decides which
messages are worth the model's time (bot/pipeline/semantic_gate.py) and what a hit weighs.
"""

from __future__ import annotations

import functools
from pathlib import Path

from rules.semantic.encoder import Encoder, SemanticUnavailable, UseEncoder
from rules.semantic.exemplars import Exemplar, ExemplarError, load_exemplars
from rules.semantic.index import SemanticHit, SemanticIndex, build_index, default_cache_dir, prepare
from rules.semantic.risk_direction import DirectionError, RiskDirection, load_direction

__all__ = ["DirectionError", "Encoder", "Exemplar", "ExemplarError", "RiskDirection", "SemanticHit",
           "SemanticIndex", "SemanticUnavailable", "build_index", "default_cache_dir", "load_direction",
           "load_exemplars", "load_index", "prepare", "shared_index"]


def load_index(encoder: Encoder | None = None, cache_dir: Path | None = None) -> SemanticIndex:
    """The bundled exemplars' index (cached on disk), with the default encoder unless one is given."""
    enc = encoder or UseEncoder()
    return build_index(enc, load_exemplars(), cache_dir, load_direction(enc.name))


@functools.cache
def shared_index() -> SemanticIndex:
    """One index per process: the model takes about a second and 150 MB to load."""
    return load_index()
