"""Arrays computed once and kept on disk beside the model export, named by a key of what they were computed from."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
from filelock import FileLock


def cache_key(*parts: object) -> str:
    """A short key of what an array is computed from (JSON-serialisable parts)."""
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()[:16]


def cached_array(path: Path | None, make: Callable[[], np.ndarray]) -> np.ndarray:
    """The array kept at path, or made and kept there (written beside it, then renamed: a reader never sees half a
    file). path None: made, not kept. One process makes it at a time, under a file lock: two servers started together
    on a fresh cache had each embedded the ~4,400 intent examples, and under load their warm-up took 118 s, past a
    balancer's patience (measured: tests/scale/test_two_servers.py); the second now waits and reads the first's."""
    if path is None:
        return make()
    if path.is_file():
        return np.load(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(path.with_name(f".{path.name}.lock")):
        if path.is_file():  # made by another process while this one waited
            return np.load(path)
        array = make()
        staging = path.with_name(f".{path.name}.{id(array)}.npy")
        np.save(staging, array)
        staging.replace(path)
    return array
