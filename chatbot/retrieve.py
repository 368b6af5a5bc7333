"""Question -> ranked hits: nearest-neighbour search over the section embeddings."""

from __future__ import annotations

import numpy as np

from chatbot.config import Settings
from chatbot.embed import Embedder
from chatbot.models import Hit, Intent, Retrieval
from chatbot.store import StoredIndex


class Retriever:
    """Searches one loaded index version."""

    def __init__(self, index: StoredIndex, embedder: Embedder, settings: Settings) -> None:
        self.index = index
        self.embedder = embedder
        self.settings = settings

    def retrieve(
        self, question: str, jobs: list[str] | None = None, intent: Intent | None = None, k: int | None = None
    ) -> Retrieval:
        """The k best sections for a question (dense inner product over normalised vectors).

        Args:
            jobs: job titles to restrict the search to (a follow-up about jobs already in focus).
            intent: what is asked, when the caller already knows it.
        """
        k = k or self.settings.top_k
        vector = self.embedder.embed([question])  # (1, dimension)
        wanted = len(self.index.chunks) if jobs else k
        scores, rows = self.index.vectors.search(np.ascontiguousarray(vector, dtype=np.float32), wanted)
        hits = [
            Hit(chunk=self.index.chunks[row], score=float(score), dense=float(score))
            for score, row in zip(scores[0], rows[0], strict=True)
            if row >= 0 and self.index.chunks[row].embedded and (not jobs or self.index.chunks[row].job in jobs)
        ][:k]
        found = list(dict.fromkeys(hit.chunk.job for hit in hits))
        return Retrieval(query=question, intent=intent, jobs=found[:1], hits=hits)
