"""Shared helpers of the benchmark scripts: where the corpora are, percentiles, timing, results on disk, the browser."""

from __future__ import annotations

import json
import os
import shutil
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
CHROMIUM_ARGS = [  # headless Debian chromium without the calls home that would add noise (or fail offline)
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def shared() -> Path:
    """The shared folder with the corpora: $CHATBOT_SHARED, ../shared, or /work/shared."""
    candidates = [os.environ.get("CHATBOT_SHARED", ""), str(ROOT.parent / "shared"), "/work/shared"]
    return next(Path(c) for c in candidates if c and (Path(c) / "corpus").is_dir())


def corpus_folders() -> list[Path]:
    """Seeds + O*NET + jobtag: the 1,574 real pages."""
    corpus = shared() / "corpus"
    return [ROOT / "seeds", corpus / "onet" / "docs", corpus / "jobtag" / "docs"]


def copy_corpus(target: Path) -> list[Path]:
    """A writable copy of the three seed folders (so a benchmark can add, change and remove pages)."""
    folders = []
    for n, folder in enumerate(corpus_folders()):
        copy = target / f"seeds{n}"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*.md", "*.tsv"))
        folders.append(copy)
    return folders


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def percentiles(ms: list[float]) -> dict[str, float]:
    """p50, p95 and max of a list of milliseconds."""
    return {
        "p50_ms": round(float(np.percentile(ms, 50)), 1),
        "p95_ms": round(float(np.percentile(ms, 95)), 1),
        "max_ms": round(max(ms), 1),
        "n": len(ms),
    }


@contextmanager
def timer() -> Iterator[list[float]]:
    """Seconds spent inside the block, in the yielded list's first item."""
    out: list[float] = []
    started = time.perf_counter()
    try:
        yield out
    finally:
        out.append(time.perf_counter() - started)


def save(name: str, result: dict[str, object]) -> None:
    """Write a result as bench/results/NAME.json and print it."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1), flush=True)
