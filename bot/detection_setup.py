"""The detection engine a config asks for, refused when it would detect nothing.

Why a refusal: an engine with no rules runs, answers every message with "nothing found" and so
looks like a quiet community, while it protects nobody. That happens with a language list that
matches no bundled pack, or packs that are all empty; the CLI and the live bots both build their
engine here, so neither can start that way.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Config, ConfigError
from rules.engine import Engine, build_engine
from rules.packs_loader import bundled_pack_paths

if TYPE_CHECKING:
    from bot.pipeline.semantic_signal import SemanticSignal


def configured_engine(config: Config, languages: list[str] | None = None, strict: bool | None = None,
                      *, option: str = "--lang") -> Engine:
    """The engine for `config`; `languages` (from a command-line `option`) narrows the bundled packs."""
    wanted = [x.strip().lower() for x in languages or [] if x.strip()] or list(config.detection.languages)
    if wanted:
        known = [p.stem for p in bundled_pack_paths()]
        unknown = [x for x in wanted if x not in known]
        if unknown:
            where = f"{option} {','.join(languages)}" if languages else f"{config.source}: [detection] languages"
            raise ConfigError(f"{where}: {unknown[0]!r} is not a bundled pack language; expected codes from "
                              f"{', '.join(known)}")
    engine = build_engine(bundled_pack_paths(wanted or None),
                          strict=config.detection.strict if strict is None else strict,
                          user_paths=[Path(p) for p in config.detection.extra_packs])
    if not engine.rules:
        raise ConfigError(f"{config.source}: the configuration loads no detection rules, so nothing would be "
                          "detected; check [detection] languages and extra_packs")
    return engine


def configured_semantic(config: Config, *, diagnostic: bool = False) -> SemanticSignal | None:
    """The semantic layer when `[detection] semantic` is on; one model and index per process.

    `diagnostic` (`lookout check`): load it even where the pipeline has it off, and when it cannot
    load there, say so and go on with the rules rather than fail.
    """
    if not (config.detection.semantic or diagnostic):
        return None
    from bot.pipeline.semantic_signal import SemanticSignal
    from rules.semantic import SemanticUnavailable, shared_index

    try:
        return SemanticSignal(shared_index())
    except SemanticUnavailable as exc:
        if not config.detection.semantic:
            print(f"note: no semantic reading ({exc}); rules only", file=sys.stderr)
            return None
        raise ConfigError(f"{config.source}: [detection] semantic = true, but {exc}") from None
