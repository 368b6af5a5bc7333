"""FAISS search latency on synthetic clustered vectors (100k and 1M), to show how the cost grows with the index.

Usage: .venv/bin/python bench/faiss_scale.py [--sizes 100000 1000000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

DIMENSION = 384  # all-MiniLM-L6-v2
K = 50  # candidates the retriever asks FAISS for


CENTRES = 2_000  # topics: text embeddings cluster, uniform random vectors would make any IVF look useless
SPREAD = 0.06  # per-dimension noise around a centre: cosine to it ~0.65, as chunks to their topic


def unit_rows(block: np.ndarray) -> np.ndarray:
    return (block / np.linalg.norm(block, axis=1, keepdims=True)).astype(np.float32)


def unit_vectors(n: int, seed: int) -> np.ndarray:
    """(n, DIMENSION) float32 unit rows scattered around CENTRES random topics, drawn in blocks to bound memory."""
    centres = unit_rows(np.random.default_rng(0).standard_normal((CENTRES, DIMENSION), dtype=np.float32))
    rng = np.random.default_rng(seed)
    out = np.empty((n, DIMENSION), dtype=np.float32)
    for start in range(0, n, 100_000):
        size = min(100_000, n - start)
        noise = rng.standard_normal((size, DIMENSION), dtype=np.float32) * SPREAD
        out[start : start + size] = unit_rows(centres[rng.integers(0, CENTRES, size)] + noise)
    return out


def numpy_latencies(vectors: np.ndarray, queries: np.ndarray) -> list[float]:
    """Per-query ms of the exact product and top-K selection, as the retriever scores its dense side."""
    times = []
    for query in queries:
        started = time.perf_counter()
        scores = vectors @ query
        np.argpartition(-scores, K)[:K]
        times.append((time.perf_counter() - started) * 1000)
    return times


def latencies(index, queries: np.ndarray) -> tuple[list[float], np.ndarray]:  # type: ignore[no-untyped-def]
    """Per-query search time in ms (one query at a time, as the app searches) and the result rows."""
    times, rows = [], []
    for query in queries:
        started = time.perf_counter()
        _, found = index.search(query[None, :], K)
        times.append((time.perf_counter() - started) * 1000)
        rows.append(found[0])
    return times, np.array(rows)


def measure(n: int, n_queries: int) -> list[dict[str, object]]:
    """Exact flat search and an IVF index (with its recall against exact) over n vectors."""
    import faiss

    vectors, queries = unit_vectors(n, seed=1), unit_vectors(n_queries, seed=2)
    flat = faiss.IndexFlatIP(DIMENSION)
    flat.add(vectors)
    flat_ms, exact = latencies(flat, queries)
    nlist = int(4 * np.sqrt(n))
    ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(DIMENSION), DIMENSION, nlist, faiss.METRIC_INNER_PRODUCT)
    started = time.perf_counter()
    ivf.train(vectors[: min(n, 50 * nlist)])
    ivf.add(vectors)
    build_s = time.perf_counter() - started
    ivf.nprobe = 16
    ivf_ms, approx = latencies(ivf, queries)
    recall = np.mean([len(set(a[:10]) & set(e[:10])) / 10 for a, e in zip(approx, exact, strict=True)])
    return [
        row(n, "numpy matrix product (exact; how the app scores)", numpy_latencies(vectors, queries), 0.0, 1.0),
        row(n, "IndexFlatIP (exact; the index the app stores)", flat_ms, 0.0, 1.0),
        row(n, f"IndexIVFFlat nlist={nlist} nprobe=16", ivf_ms, build_s, float(recall)),
    ]


def row(n: int, kind: str, ms: list[float], build_s: float, recall: float) -> dict[str, object]:
    return {
        "vectors": n,
        "index": kind,
        "p50_ms": round(float(np.percentile(ms, 50)), 3),
        "p95_ms": round(float(np.percentile(ms, 95)), 3),
        "build_s": round(build_s, 1),
        "recall@10": round(recall, 3),
    }


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args.add_argument("--queries", type=int, default=200)
    options = args.parse_args()
    rows = [r for n in options.sizes for r in measure(n, options.queries)]
    print("| vectors | index | p50 ms | p95 ms | build s | recall@10 |\n|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['vectors']:,} | {r['index']} | {r['p50_ms']} | {r['p95_ms']} | {r['build_s']} | {r['recall@10']} |"
        )
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
