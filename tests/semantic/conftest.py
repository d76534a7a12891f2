"""The semantic layer's tests share one model and index per session (about two seconds to load).

The index cache goes to a session temporary directory, never the user's ~/.cache.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rules.semantic import SemanticIndex


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("semantic-cache")
    os.environ["LOOKOUT_CACHE_DIR"] = str(path)
    return path


@pytest.fixture(scope="session")
def index(cache_dir: Path) -> SemanticIndex:
    from rules.semantic import shared_index

    return shared_index()


@pytest.fixture
def semantic_config(tmp_path: Path) -> Path:
    path = tmp_path / "semantic.toml"
    path.write_text("[detection]\nsemantic = true\n", encoding="utf-8")
    return path
