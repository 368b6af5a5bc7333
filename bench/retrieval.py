"""Retrieval latency over a built index: the full retriever against the dense baseline, per question.

Usage: .venv/bin/python bench/retrieval.py --index /work/cache/corpus-index-v2 [--set tests/eval/dev.jsonl]
Prints load and setup times, then p50/p95 per question of: the whole retrieve() call, the part spent embedding the
question, and the rest (what retrieval adds on top of the embedding), for each mode.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from chatbot.config import Settings
from chatbot.embed import Embedder, Progress, make_embedder
from chatbot.index import load_index
from chatbot.retrieval import Mode, Retriever, load_cases
from chatbot.text import clean_question


class TimedEmbedder:
    """Wraps an embedder and adds up the seconds spent in it."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.seconds = 0.0

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        started = time.perf_counter()
        try:
            return self.inner.embed(texts, progress)
        finally:
            self.seconds += time.perf_counter() - started

    def unknown_ratio(self, text: str) -> float:
        started = time.perf_counter()
        try:
            return self.inner.unknown_ratio(text)
        finally:
            self.seconds += time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def measure(retriever: Retriever, embedder: TimedEmbedder, questions: list[str], repeat: int) -> dict[str, list[float]]:
    """Milliseconds per question: whole call, embedding part, the rest."""
    times: dict[str, list[float]] = {"total": [], "embedding": [], "retrieval": []}
    for _ in range(repeat):
        for question in questions:
            embedder.seconds = 0.0
            started = time.perf_counter()
            retriever.retrieve(retriever.understand(clean_question(question)))
            total = (time.perf_counter() - started) * 1000
            times["total"].append(total)
            times["embedding"].append(embedder.seconds * 1000)
            times["retrieval"].append(total - embedder.seconds * 1000)
    return times


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--index", type=Path, required=True)
    args.add_argument("--set", type=Path, default=Path("tests/eval/dev.jsonl"))
    args.add_argument("--repeat", type=int, default=5)
    options = args.parse_args()
    settings = Settings(index_dir=options.index)
    started = time.perf_counter()
    index = load_index(settings.index_dir)
    loaded = time.perf_counter() - started
    embedder = TimedEmbedder(make_embedder(settings))
    embedder.embed(["warm up the model"])
    questions = [case.questions[-1] for case in load_cases(options.set)]
    print(f"index: {len(index.chunks)} chunks, {len(index.jobs)} jobs; load_index {loaded:.2f}s")
    for mode in (Mode.DENSE, Mode.FULL):
        started = time.perf_counter()
        retriever = Retriever(index, embedder, settings, mode)  # type: ignore[arg-type]
        setup = time.perf_counter() - started
        for question in questions:  # warm caches
            retriever.retrieve(retriever.understand(clean_question(question)))
        times = measure(retriever, embedder, questions, options.repeat)
        print(f"mode {mode}: Retriever() {setup:.2f}s; {len(times['total'])} calls")
        for part, values in times.items():
            print(
                f"  {part:<10} p50 {statistics.median(values):6.2f} ms  p95 {percentile(values, 95):6.2f} ms"
                f"  max {max(values):6.2f} ms"
            )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
