"""Dense scores: the cosine of a question with every chunk, by one matrix product over the index's vectors.

Exact search costs ~1.5 ms over 33k chunks (bench/faiss_scale.py); the vectors are L2-normalised, so the inner
product is the cosine. A chunk not embedded has a zero vector and scores 0.
"""

from __future__ import annotations

import numpy as np

from chatbot.config import Settings
from chatbot.embed import Embedder
from chatbot.text import is_japanese


class DenseScorer:
    """Scores questions against one index version's vectors."""

    def __init__(self, vectors: np.ndarray, embedded: np.ndarray, embedder: Embedder, settings: Settings) -> None:
        """Args:
        vectors: (n_chunks, dimension) float32, L2-normalised rows.
        embedded: (n_chunks,) bool, False where a zero vector stands in.
        """
        self.vectors = vectors
        self.embedded = embedded
        self.embedder = embedder
        self.settings = settings

    def readable(self, question: str) -> bool:
        """Whether the model can read the question: not Japanese (unless a multilingual model is configured), not
        mostly unknown tokens. The English model's vector of Japanese is noise (it knows single kanji, not words),
        so Japanese is left to BM25."""
        if is_japanese(question) and not self.settings.dense_japanese:
            return False
        return self.embedder.unknown_ratio(question) <= self.settings.max_unknown_ratio

    def scores(self, question: str, allowed: np.ndarray | None) -> np.ndarray:
        """Cosine of the question with every chunk, (n_chunks,) float32 (0 outside the allowed rows, if given)."""
        vector = self.embedder.embed([question])[0]  # (dimension,)
        if allowed is None:
            return self.vectors @ vector
        scores = np.zeros(len(self.vectors), dtype=np.float32)
        scores[allowed] = self.vectors[allowed] @ vector
        return scores

    def best(self, scores: np.ndarray | None) -> float:
        """The best cosine of any embedded chunk (0 when there is none)."""
        if scores is None or not self.embedded.any():
            return 0.0
        return float(scores[self.embedded].max())
