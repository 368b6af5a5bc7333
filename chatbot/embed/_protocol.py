"""The Embedder protocol every model implementation meets, and the batching loop they share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

Progress = Callable[[int], None]


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors."""

    name: str

    @property
    def dimension(self) -> int:
        """Length of every vector."""
        ...

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """(len(texts), dimension) float32, L2-normalised rows; progress(n) after each n texts done."""
        ...

    def unknown_ratio(self, text: str) -> float:
        """Share of the text's tokens the model does not know (0 for text it reads fully)."""
        ...


def in_batches(
    texts: Sequence[str],
    dimension: int,
    batch_size: int,
    run: Callable[[list[str]], np.ndarray],
    progress: Progress | None,
) -> np.ndarray:
    """(len(texts), dimension) float32 from run() over batches, longest texts first so each batch pads to similar
    lengths; progress(n) after each batch of n texts."""
    vectors = np.zeros((len(texts), dimension), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    for start in range(0, len(order), batch_size):
        rows = order[start : start + batch_size]
        vectors[rows] = run([texts[i] for i in rows])
        if progress:
            progress(len(rows))
    return vectors
