"""BM25 over the chunks, built by retrieval from the term counts the index stores.

The weights are those of bm25s (Lucene variant, k1=1.5, b=0.75; tests pin them to bm25s), computed with numpy, so
an index update tokenises only new chunks and the postings are rebuilt in a fraction of a second. Row i of every
array here is chunk i of the chunk table.
"""

from __future__ import annotations

import re

import numpy as np

from chatbot.index import TermCounts
from chatbot.text import Tokenizer, is_japanese, terms

K1, B = 1.5, 0.75
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


class LexicalIndex:
    """BM25 over chunks: per-chunk term counts plus the term -> (chunk, weight) postings built from them."""

    def __init__(self, counts: TermCounts, tokenize: Tokenizer | None = None) -> None:
        """Args:
        tokenize: how queries are tokenised; must be what counted the chunks (default terms()).
        """
        self.counts = counts
        self.tokenize = tokenize or terms
        self.lookup = {term: i for i, term in enumerate(counts.vocabulary)}
        # CSC: term t has chunks rows[starts[t]:starts[t+1]] with BM25 weights weights[...]
        self.starts, self.rows, self.weights = bm25_postings(counts)

    def __len__(self) -> int:
        return self.counts.n_chunks

    def query_terms(self, query: str) -> list[str]:
        """The query's terms, a Japanese compound the chunks never use replaced by its parts they do: "米作り" (no
        page says it) -> "米"; "田舎" stays as it is."""
        out: list[str] = []
        for term in self.tokenize(query):
            if term in self.lookup or not is_japanese(term) or len(term) < 3:
                out.append(term)
                continue
            pairs = [term[i : i + 2] for i in range(len(term) - 1) if term[i : i + 2] in self.lookup]
            out += pairs or [char for char in term if char in self.lookup and KANJI.match(char)] or [term]
        return out

    def scores(self, query: str, ignore: frozenset[str] = frozenset()) -> np.ndarray:
        """BM25 score of every chunk for the query, (n_chunks,) float32 (a repeated query term counts again).

        Args:
            ignore: terms of the query to leave out.
        """
        return self.term_scores(self.query_terms(query), ignore)

    def term_scores(self, query_terms: list[str], ignore: frozenset[str] = frozenset()) -> np.ndarray:
        """scores() of a query already tokenised with this index's tokenizer."""
        ids = [self.lookup[term] for term in query_terms if term in self.lookup and term not in ignore]
        out = np.zeros(len(self), dtype=np.float32)
        for term in ids:
            start, end = self.starts[term], self.starts[term + 1]
            out[self.rows[start:end]] += self.weights[start:end]
        return out


def bm25_postings(counts: TermCounts) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Term-major postings with BM25 weights: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), tf saturated by length."""
    n_chunks, n_terms = counts.n_chunks, len(counts.vocabulary)
    chunk_of = np.repeat(np.arange(n_chunks, dtype=np.int32), np.diff(counts.offsets))  # (nnz,)
    lengths = np.bincount(chunk_of, weights=counts.counts, minlength=n_chunks)  # tokens per chunk
    average = lengths.mean() if n_chunks else 1.0
    df = np.bincount(counts.terms, minlength=n_terms)
    idf = np.log(1 + (n_chunks - df + 0.5) / (df + 0.5))
    tf = counts.counts.astype(np.float64)
    weights = idf[counts.terms] * tf / (tf + K1 * (1 - B + B * lengths[chunk_of] / max(average, 1e-9)))
    # chunk-major -> term-major, chunks in order within a term (a radix sort when term ids fit 16 bits)
    keys = counts.terms.astype(np.uint16) if n_terms <= 1 << 16 else counts.terms
    by_term = np.argsort(keys, kind="stable")
    starts = np.concatenate([[0], np.cumsum(df)]).astype(np.int64)
    return starts, chunk_of[by_term], weights[by_term].astype(np.float32)
