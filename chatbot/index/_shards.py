"""An index version's data split into shards by source file, so an update rewrites only the shards it touches.

Shard k holds the rows of the files whose name hashes to k, grouped by file in name order:
    chunks-KK.jsonl     one chunk per line
    jobs-KK.jsonl       one job per line
    vectors-KK.faiss    IndexFlatIP over L2-normalised vectors; FAISS row i is line i of chunks-KK.jsonl
    lexical-KK.npz      per-chunk term counts (chatbot/index/_terms.py); row i is line i of chunks-KK.jsonl
    lists-KK.npy        only with an IVF index: (n_rows,) int32, the inverted list of row i (-1: a zero vector)
An IVF index (chatbot/index/_ivf.py) adds one file for the whole version, beside the shards:
    ivf-centroids.faiss IndexFlatIP over the trained centroids, (ivf_lists, dimension): the IVF's coarse quantizer
Index formats 1 and 2 kept one unsplit set (chunks.jsonl, jobs.jsonl, vectors.faiss, lexical.npz): read as one shard.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from chatbot.index._terms import TermCounts
from chatbot.models import Manifest

SHARDS = 32  # a one-page update rewrites ~1/32 of the data; loading 32 small sets costs the app little
SUFFIX = {"chunks": "jsonl", "jobs": "jsonl", "vectors": "faiss", "lexical": "npz", "lists": "npy"}
CENTROIDS = "ivf-centroids.faiss"
UNSPLIT = {"chunks": "chunks.jsonl", "jobs": "jobs.jsonl", "vectors": "vectors.faiss", "lexical": "lexical.npz"}


@lru_cache(maxsize=1 << 16)
def shard_of(name: str, shards: int) -> int:
    """The shard of a source file: a stable hash of its name, e.g. shard_of("003_e64862f5ff4c7e01.txt", 32) -> 0..31."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=4).digest(), "big") % shards


def shards_of(names: Iterable[str], shards: int) -> frozenset[int]:
    """The shards these source files live in."""
    return frozenset(shard_of(name, shards) for name in names)


def shard_files(manifest: Manifest) -> dict[int, dict[str, str]]:
    """The data files of each shard that has source files, by role: {3: {"chunks": "chunks-03.jsonl", ...}}."""
    if not manifest.shards:  # formats 1 and 2; format 1 had no lexical data
        return {0: {role: name for role, name in UNSPLIT.items() if manifest.format_version > 1 or role != "lexical"}}
    present = sorted(by_shard(manifest))
    roles = {role: suffix for role, suffix in SUFFIX.items() if manifest.ivf_lists or role != "lists"}
    return {k: {role: f"{role}-{k:02d}.{suffix}" for role, suffix in roles.items()} for k in present}


def version_files(manifest: Manifest) -> list[str]:
    """The data files of a version outside its shards: the IVF's centroids, when it has an IVF index."""
    return [CENTROIDS] if manifest.ivf_lists else []


def data_files(manifest: Manifest) -> set[str]:
    """Every data file of a version (what its checksums name)."""
    return {name for roles in shard_files(manifest).values() for name in roles.values()} | set(version_files(manifest))


def names_in(manifest: Manifest, shards: frozenset[int] | None) -> list[str]:
    """The source files of these shards (None: all), in name order."""
    if shards is None or not manifest.shards:
        return sorted(manifest.files)
    return sorted(name for k, names in by_shard(manifest).items() if k in shards for name in names)


def by_shard(manifest: Manifest) -> dict[int, list[str]]:
    """The source files of each shard, in name order (one shard, 0, for formats 1 and 2)."""
    out: dict[int, list[str]] = {}
    for name in sorted(manifest.files):
        out.setdefault(shard_of(name, manifest.shards) if manifest.shards else 0, []).append(name)
    return out


@dataclass
class Shard:
    """One shard's data in memory: row i of each belongs to lines[i]."""

    lines: list[bytes]  # chunks as JSON lines
    jobs: list[bytes]  # jobs as JSON lines
    matrix: np.ndarray  # (n_rows, dimension) float32
    counts: TermCounts | None  # None only in format 1
    lists: np.ndarray | None = None  # (n_rows,) int32 inverted list of each row; None without an IVF index

    def check(self, manifest: Manifest) -> None:
        """ValueError when the shard's files disagree with its chunk table or with the manifest."""
        rows = len(self.lines)
        if self.matrix.shape != (rows, manifest.dimension):
            raise ValueError("vector count or dimension differs from the chunk table")
        if self.counts is not None and self.counts.n_chunks != rows:
            raise ValueError("lexical row count differs from the chunk table")
        if (self.lists is not None) != bool(manifest.ivf_lists):
            raise ValueError("the IVF lists are missing or unexpected")
        if self.lists is not None and self.lists.shape != (rows,):
            raise ValueError("IVF list count differs from the chunk table")
        if self.lists is not None and ((self.lists < -1) | (self.lists >= manifest.ivf_lists)).any():
            raise ValueError("an IVF list number is out of range")


def read_shard(folder: Path, files: dict[str, str]) -> Shard:
    """Read one shard's files (ValueError, OSError or RuntimeError when they cannot be read)."""
    matrix = read_matrix(folder / files["vectors"])
    counts = TermCounts.load(folder / files["lexical"]) if "lexical" in files else None
    lists = np.load(folder / files["lists"], allow_pickle=False) if "lists" in files else None
    return Shard(read_lines(folder / files["chunks"]), read_lines(folder / files["jobs"]), matrix, counts, lists)


def write_shard(folder: Path, files: dict[str, str], shard: Shard) -> None:
    """Write one shard's files into a version folder being staged."""
    import faiss

    write_lines(folder / files["chunks"], shard.lines)
    write_lines(folder / files["jobs"], shard.jobs)
    faiss.write_index(flat_index(shard.matrix), str(folder / files["vectors"]))
    if shard.counts is not None:
        shard.counts.save(folder / files["lexical"])
    if "lists" in files:
        if shard.lists is None:
            raise ValueError("an IVF index needs the inverted list of every row")
        np.save(folder / files["lists"], shard.lists.astype(np.int32), allow_pickle=False)


def read_centroids(folder: Path, manifest: Manifest) -> np.ndarray | None:
    """A version's IVF centroids, (ivf_lists, dimension) float32, or None when it has no IVF index."""
    if not manifest.ivf_lists:
        return None
    centroids = read_matrix(folder / CENTROIDS)
    if centroids.shape != (manifest.ivf_lists, manifest.dimension):
        raise ValueError("the IVF centroids differ from the manifest's list count or dimension")
    return centroids


def write_centroids(folder: Path, centroids: np.ndarray) -> None:
    """Write a version's IVF centroids into a version folder being staged."""
    import faiss

    faiss.write_index(flat_index(centroids), str(folder / CENTROIDS))


def read_matrix(path: Path) -> np.ndarray:
    """The (n, dimension) float32 rows of a FAISS flat index file, viewed from its buffer and copied."""
    import faiss

    flat: Any = faiss.read_index(str(path))
    return faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d).reshape(flat.ntotal, flat.d).copy()


def flat_index(matrix: np.ndarray) -> Any:
    """A FAISS IndexFlatIP holding these (n, dimension) vectors."""
    import faiss

    flat = faiss.IndexFlatIP(matrix.shape[1])
    if len(matrix):
        flat.add(np.ascontiguousarray(matrix, dtype=np.float32))
    return flat


def read_lines(path: Path) -> list[bytes]:
    """Non-empty lines of a file of JSON lines, as bytes (the JSON parser checks they are UTF-8)."""
    return [line for line in path.read_bytes().split(b"\n") if line]


def write_lines(path: Path, lines: list[bytes]) -> None:
    """Write lines, one per line."""
    path.write_bytes(b"\n".join(lines) + b"\n" if lines else b"")
