"""Arrays computed once and kept on disk beside the model export, named by a key of what they were computed from."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np


def cache_key(*parts: object) -> str:
    """A short key of what an array is computed from (JSON-serialisable parts)."""
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()[:16]


def cached_array(path: Path | None, make: Callable[[], np.ndarray]) -> np.ndarray:
    """The array kept at path, or made and kept there (written beside it, then renamed: a reader never sees half a
    file, and two processes making it at once both write whole files). path None: made, not kept."""
    if path is not None and path.is_file():
        return np.load(path)
    array = make()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        staging = path.with_name(f".{path.name}.{id(array)}.npy")
        np.save(staging, array)
        staging.replace(path)
    return array
