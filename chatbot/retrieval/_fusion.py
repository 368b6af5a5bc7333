"""Rank fusion: several rankings of the same rows into one score, and the top rows of a score.

Both work on the rows that score, not on every row: at 1M chunks a pass over every row costs milliseconds, and a
question scores a few thousand (bench/faiss_ivf.py: fusion was 30 ms of an 87 ms question at 1M before). Ties
rank by row, so the order never depends on how a partition happened to fall.
"""

from __future__ import annotations

import numpy as np

RRF_K = 10  # reciprocal-rank constant: 1 / (RRF_K + rank)
POOL = 100  # rows taken from each ranking before fusing


def fuse(rankings: list[np.ndarray], allowed: np.ndarray | None) -> np.ndarray:
    """Reciprocal-rank fusion, normalised so rank 1 in every ranking gives 1.0; (n,) like each ranking.

    Only positive scores of allowed rows rank (a chunk stored with a zero vector has dense score 0: never ranks).
    allowed: rows in ascending order without repeats (None: every row).
    """
    if not rankings:
        return np.zeros(0, dtype=np.float32)
    fused = np.zeros(len(rankings[0]), dtype=np.float32)
    scale = (RRF_K + 1) / len(rankings)  # applied to the few rows that rank, not to the whole array
    for scores in rankings:
        rows = scoring_rows(scores, allowed)
        best = rows[best_first(scores[rows], POOL)]
        fused[best] += (scale / (RRF_K + 1 + np.arange(len(best)))).astype(np.float32)
    return fused


def top_rows(scores: np.ndarray, k: int) -> np.ndarray:
    """Rows of the k highest positive scores, best first (ties by row)."""
    rows = scoring_rows(scores, None)
    return rows[best_first(scores[rows], k)]


def scoring_rows(scores: np.ndarray, allowed: np.ndarray | None) -> np.ndarray:
    """The rows with a positive score, among allowed when given, ascending."""
    if allowed is None:
        return np.flatnonzero(scores > 0)
    return allowed[scores[allowed] > 0]


def best_first(values: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k largest values, largest first, ties by position."""
    k = min(k, len(values))
    if k == 0:
        return np.zeros(0, dtype=np.int64)
    if k < len(values):  # a partition finds the k-th value; every position at or above it competes, in order
        kth = values[np.argpartition(-values, k - 1)[k - 1]]
        candidates = np.flatnonzero(values >= kth)
    else:
        candidates = np.arange(len(values))
    return candidates[np.argsort(-values[candidates], kind="stable")[:k]]
