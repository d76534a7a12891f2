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

__all__ = ["Encoder", "Exemplar", "ExemplarError", "SemanticHit", "SemanticIndex", "SemanticUnavailable",
           "build_index", "default_cache_dir", "load_exemplars", "load_index", "prepare", "shared_index"]


def load_index(encoder: Encoder | None = None, cache_dir: Path | None = None) -> SemanticIndex:
    """The bundled exemplars' index (cached on disk), with the default encoder unless one is given."""
    return build_index(encoder or UseEncoder(), load_exemplars(), cache_dir)


@functools.cache
def shared_index() -> SemanticIndex:
    """One index per process: the model takes about a second and 150 MB to load."""
    return load_index()
