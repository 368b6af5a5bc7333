"""Rank fusion: several rankings of the same rows into one score, and the top rows of a score."""

from __future__ import annotations

import numpy as np

RRF_K = 10  # reciprocal-rank constant: 1 / (RRF_K + rank)
POOL = 100  # rows taken from each ranking before fusing


def fuse(rankings: list[np.ndarray], allowed: np.ndarray | None) -> np.ndarray:
    """Reciprocal-rank fusion, normalised so rank 1 in every ranking gives 1.0; (n,) like each ranking.

    Only positive scores of allowed rows rank (a chunk stored with a zero vector has dense score 0: never ranks).
    """
    if not rankings:
        return np.zeros(0, dtype=np.float32)
    fused = np.zeros(len(rankings[0]), dtype=np.float32)
    for scores in rankings:
        usable = np.where(scores > 0, scores, 0).astype(np.float32)
        if allowed is not None:
            mask = np.zeros(len(usable), dtype=bool)
            mask[allowed] = True
            usable[~mask] = 0
        rows = top_rows(usable, POOL)
        fused[rows] += 1.0 / (RRF_K + 1 + np.arange(len(rows)))
    return fused * (RRF_K + 1) / len(rankings)


def top_rows(scores: np.ndarray, k: int) -> np.ndarray:
    """Rows of the k highest positive scores, best first."""
    k = min(k, int((scores > 0).sum()))
    if k == 0:
        return np.zeros(0, dtype=np.int64)
    rows = np.argpartition(-scores, k - 1)[:k]
    return rows[np.argsort(-scores[rows], kind="stable")]
