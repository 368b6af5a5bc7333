"""Arrays kept on disk beside the model export: made once, by one process or thread at a time."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np

from chatbot.retrieval import cached_array


def test_an_array_is_made_once_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "rows.npy"
    made = cached_array(path, lambda: np.arange(4, dtype=np.float32))
    again = cached_array(path, lambda: np.zeros(1))  # read from disk, not made again
    assert np.array_equal(made, again) and path.is_file()
    assert not [p for p in path.parent.iterdir() if p.suffix == ".npy" and p != path]  # no staging file left


def test_makers_started_together_make_it_once(tmp_path: Path) -> None:
    """Two servers warming up at once on a fresh cache: the second waits for the first's array (the lock)."""
    path, calls, results = tmp_path / "examples.npy", [], []

    def make() -> np.ndarray:
        calls.append(1)
        time.sleep(0.3)  # long enough for the other thread to arrive while this one makes it
        return np.ones(3)

    threads = [threading.Thread(target=lambda: results.append(cached_array(path, make))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1, calls
    assert len(results) == 2 and all(np.array_equal(r, np.ones(3)) for r in results)
