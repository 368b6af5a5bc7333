"""The IVF index of a large version: centroids trained at a full build, and the inverted list of every row.

A FAISS IndexIVFFlat is two things: a coarse quantizer (the trained centroids) and inverted lists (which list each
vector is in, and the vector). The shards already store the vectors, so a version stores only the centroids
(ivf-centroids.faiss) and each row's list (lists-KK.npy, beside its vectors); retrieval rebuilds the inverted lists
from them when it loads (chatbot/retrieval/_ivf.py).

Why not keep FAISS's own IVF file and update it with remove_ids / add_with_ids: its ids would be row numbers, and
rows are grouped by file in name order, so adding or removing one page renumbers every row after it; and one file
for every vector would be rewritten whole (1.5 GB at 1M vectors) by a one-page update. A row's list depends only on
its vector and the centroids, so it travels with the vector: an update carries the lists of unchanged rows, assigns
only new vectors to the trained centroids, and writes only the shards it touches, as for everything else.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from chatbot.config import Settings
from chatbot.index._store import StoredIndex

TRAIN_PER_LIST = 50  # k-means sample per list: more costs training time for little recall
MIN_PER_LIST = 39  # FAISS's least sample per list for k-means (it warns below)
ASSIGN_SCORES = 1 << 24  # floats of one block of (rows, lists) scores while assigning: 64 MB


def inverted_lists(
    settings: Settings, full: bool, old: StoredIndex | None, vectors: np.ndarray, carried: np.ndarray
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The centroids and per-row lists of a new version, (lists, dimension) and (n_chunks,); (None, None): exact.

    A full build trains when the index has at least settings.ivf_threshold chunks; an update keeps what the old
    version has (an index that grows past the threshold by updates is rebuilt by its next run: rebuild_reason).

    Args:
        vectors: the new version's (n_chunks, dimension) rows in assembly order: the carried rows, then new chunks.
        carried: (n_carried,) int64, the old rows the new version carries, in that order.
    """
    if full:
        if len(vectors) < settings.ivf_threshold:
            return None, None
        centroids = train(vectors, settings)
        return centroids, assign(vectors, centroids)
    if old is None or old.centroids is None or old.lists is None:
        return None, None
    new = assign(vectors[len(carried) :], old.centroids)
    return old.centroids, np.concatenate([old.lists[carried], new])


def train(vectors: np.ndarray, settings: Settings) -> np.ndarray:
    """(lists, dimension) float32 unit centroids by spherical k-means over a sample of the non-zero rows."""
    import faiss

    rows = np.flatnonzero(np.any(vectors, axis=1))
    if not len(rows):  # nothing embedded (an English model, Japanese pages): one empty list, not a retrain every run
        return np.zeros((1, vectors.shape[1]), np.float32)
    lists = list_count(len(rows), settings.ivf_lists)
    if len(rows) > TRAIN_PER_LIST * lists:
        rows = np.sort(np.random.default_rng(0).choice(rows, TRAIN_PER_LIST * lists, replace=False))
    dimension = vectors.shape[1]
    ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(dimension), dimension, lists, faiss.METRIC_INNER_PRODUCT)
    ivf.train(np.ascontiguousarray(vectors[rows]))  # k-means, spherical for inner product (FAISS's own choice)
    quantizer: Any = faiss.downcast_index(ivf.quantizer)  # the IndexFlatIP of the centroids
    return faiss.rev_swig_ptr(quantizer.get_xb(), lists * dimension).reshape(lists, dimension).copy()


def list_count(vectors: int, setting: int) -> int:
    """How many lists to train: the setting, else 4 sqrt(vectors); at most one per MIN_PER_LIST vectors.

    e.g. list_count(1_000_000, 0) -> 4000, list_count(300_000, 0) -> 2191, list_count(100, 8) -> 2.
    """
    return max(1, min(setting or round(4 * math.sqrt(vectors)), vectors // MIN_PER_LIST))


def assign(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """(n,) int32: the list of each row, the centroid of the highest inner product (-1 for a zero vector), as FAISS
    assigns them. Computed in blocks of rows so the (rows, lists) scores stay small."""
    out = np.full(len(vectors), -1, dtype=np.int32)
    block = max(1, ASSIGN_SCORES // max(1, len(centroids)))
    for start in range(0, len(vectors), block):
        part = vectors[start : start + block]
        best = np.argmax(part @ centroids.T, axis=1).astype(np.int32)
        out[start : start + block] = np.where(np.any(part, axis=1), best, -1)
    return out
