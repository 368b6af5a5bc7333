"""The retrieval modes."""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    """What retrieval uses (the ablation rows of docs/benchmarks.md)."""

    DENSE = "dense"  # nearest neighbours over section embeddings: the baseline
    BM25 = "bm25"  # lexical only
    HYBRID = "hybrid"  # dense and BM25 fused by rank
    FULL = "full"  # hybrid, plus job linking and intent
