"""Dense scores: the cosine of a question with the index's chunks, exact or, for a large index, through its IVF.

Exact search is one matrix product over the index's vectors: ~1.5 ms over 33k chunks, but ~80 ms over 1M
(bench/faiss_scale.py, bench/faiss_ivf.py). An index built with at least Settings.ivf_threshold chunks has an IVF
index (chatbot/retrieval/_ivf.py); its search returns the best CANDIDATES rows, which get their cosine and every
other row 0, the score of a row that never ranks. The vectors are L2-normalised, so the inner product is the
cosine. A chunk not embedded has a zero vector and scores 0.
"""

from __future__ import annotations

import numpy as np

from chatbot.config import Settings
from chatbot.embed import Embedder
from chatbot.index import StoredIndex
from chatbot.retrieval._ivf import ivf_search
from chatbot.text import is_japanese

# Rows an IVF search returns. Fusion takes the 100 best rows of all and the 100 best identity rows (57% of the
# embedded ones); 1,000 hold ~85% of the latter at 1M vectors, and the answers cite what exact search gives them
# for 219 of 220 questions (bench/faiss_ivf.py). More rows cost the search little but every fusion pass.
CANDIDATES = 1000
EXACT_ROWS = 10_000  # a restriction to at most this many rows is scored exactly: a few ms, like an IVF search


class DenseScorer:
    """Scores questions against one index version's vectors."""

    def __init__(self, index: StoredIndex, embedder: Embedder, settings: Settings) -> None:
        self.vectors = index.vectors  # (n_chunks, dimension) float32, L2-normalised rows
        self.embedded = np.array([chunk.embedded for chunk in index.chunks], dtype=bool)  # False: a zero vector
        self.any_embedded = bool(self.embedded.any())
        self.embedder = embedder
        self.settings = settings
        self.ivf = ivf_search(index, settings)  # None: every search is exact

    def readable(self, question: str) -> bool:
        """Whether the model can read the question: not Japanese (unless a multilingual model is configured), not
        mostly unknown tokens. The English model's vector of Japanese is noise (it knows single kanji, not words),
        so Japanese is left to BM25."""
        if is_japanese(question) and not self.settings.dense_japanese:
            return False
        return self.embedder.unknown_ratio(question) <= self.settings.max_unknown_ratio

    def query(self, question: str) -> np.ndarray:
        """The question's vector, (dimension,) float32."""
        return self.embedder.embed([question])[0]

    def scores(self, query: np.ndarray | None, allowed: np.ndarray | None) -> np.ndarray | None:
        """Cosine of the query with the chunks, (n_chunks,) float32, 0 outside the allowed rows (if given) and,
        through the IVF, outside the CANDIDATES best; None without a query (the model cannot read the question)."""
        if query is None:
            return None
        if self.ivf is None or (allowed is not None and len(allowed) <= EXACT_ROWS):
            return self.exact(query, allowed)
        rows, found = self.ivf.search(query, CANDIDATES, allowed)
        scores = np.zeros(len(self.vectors), dtype=np.float32)
        scores[rows] = found
        return scores

    def exact(self, query: np.ndarray, allowed: np.ndarray | None) -> np.ndarray:
        """Cosine of the query with every chunk, or with the allowed rows (0 elsewhere): one matrix product. Where
        most rows are allowed, the product over every row, the others then zeroed, is cheaper than gathering the
        allowed rows first (matching over the English pages, 18,246 of 32,933 rows: 2.7 against 5.5 ms a query)."""
        if allowed is None:
            return self.vectors @ query
        if 2 * len(allowed) > len(self.vectors):
            scores = self.vectors @ query
            outside = np.ones(len(scores), dtype=bool)
            outside[allowed] = False
            scores[outside] = 0.0
            return scores
        scores = np.zeros(len(self.vectors), dtype=np.float32)
        scores[allowed] = self.vectors[allowed] @ query
        return scores

    def completed(
        self, query: np.ndarray | None, scores: np.ndarray | None, jobs: list[np.ndarray], allowed: np.ndarray | None
    ) -> np.ndarray | None:
        """The scores with the cosines of these jobs' rows filled in exactly (those allowed): the sections an answer
        is chosen from, whose fit and closeness must not depend on whether the IVF returned them."""
        if self.ivf is None or query is None or scores is None:
            return scores  # exact already, or nothing to fill in
        rows = np.concatenate([np.zeros(0, np.int64), *jobs])
        if allowed is not None:
            rows = rows[np.isin(rows, allowed)]
        out = scores.copy()
        out[rows] = self.vectors[rows] @ query
        return out

    def best(self, scores: np.ndarray | None) -> float:
        """The best cosine of any embedded chunk (0 when there is none)."""
        if scores is None or not self.any_embedded:
            return 0.0
        top = float(scores.max())  # a chunk not embedded scores 0, so a positive best is an embedded chunk's
        return top if top > 0 else float(scores[self.embedded].max())


class Subset:
    """A fixed set of rows' vectors, copied together, so all of a request's vectors are scored in one product, as
    DenseScorer.scores scores them there (matching: the 11,298 identity rows of the 32,933, five vectors a request,
    2.5 against 11 ms one by one over every row). Other rows score 0: their readers look at these rows only."""

    def __init__(self, dense: DenseScorer, rows: np.ndarray) -> None:
        self.dense, self.rows = dense, rows
        # a large index searches its IVF instead: no copy (its identity rows would be some 460 MB at 1M chunks)
        self.matrix = np.ascontiguousarray(dense.vectors[rows]) if dense.ivf is None else None

    def one(self, query: np.ndarray | None, allowed: np.ndarray | None) -> np.ndarray | None:
        """One query's cosines with the rows, as DenseScorer.scores gives them (None without a query)."""
        return None if query is None else self.scores([query], allowed)[0]

    def scores(self, queries: list[np.ndarray], allowed: np.ndarray | None) -> list[np.ndarray]:
        """Each query's cosines with the rows (0 outside them and outside the allowed rows, if given)."""
        if self.matrix is None:  # a large index: its IVF's candidates, query by query
            return [found for query in queries if (found := self.dense.scores(query, allowed)) is not None]
        keep = np.ones(len(self.rows), dtype=bool)
        if allowed is not None:
            inside = np.zeros(len(self.dense.vectors), dtype=bool)
            inside[allowed] = True
            keep = inside[self.rows]
        found = np.zeros((len(queries), len(self.dense.vectors)), dtype=np.float32)
        if queries:
            found[:, self.rows[keep]] = (self.matrix @ np.stack(queries).T)[keep].T  # all rows: no copy of a gather
        return list(found)
