"""A few vectors kept in memory for readers that ask for the same one again within a turn (the embedder's lone texts
by their tokens, the intent reader's texts)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

import numpy as np

K = TypeVar("K", bound=Hashable)


class Kept(Generic[K]):
    """The vectors of the last few keys (cleared when full). Shared between threads: a reader keeps the dict it read,
    and a full one is replaced, not cleared in place."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.vectors: dict[K, np.ndarray] = {}

    def get(self, key: K, make: Callable[[K], np.ndarray]) -> np.ndarray:
        """The key's vector, made (and kept) on first need."""
        kept = self.vectors  # read once: another thread may replace it meanwhile
        vector = kept.get(key)
        if vector is None:
            vector = make(key)
            kept = self.vectors = {} if len(kept) >= self.limit else kept
            kept[key] = vector
        return vector
