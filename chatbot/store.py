"""The index on disk: versioned folders of FAISS file, chunk table, job table and manifest, swapped atomically.

Layout of an index folder (e.g. embeddings/):
    CURRENT                 name of the live version folder (replaced atomically)
    v-<time>-<id>/
        manifest.json       format version, model, dimension, fingerprint, source files, checksums
        chunks.jsonl        one chunk per line; FAISS row i is line i
        jobs.jsonl          one job per line: title, reading, aliases, related jobs
        vectors.faiss       IndexFlatIP over L2-normalised vectors, shape (n_chunks, dimension)
        lexical.npz         per-chunk term counts and BM25 postings (chatbot/lexical.py); row i is chunk i
    .lock                   held while an update runs
Loading is the exact inverse of saving; a version is never modified once CURRENT points at it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any, overload

import numpy as np
from pydantic import ValidationError

from chatbot.errors import IndexBusyError, IndexCorruptError, IndexMismatchError, IndexMissingError
from chatbot.lexical import LexicalIndex
from chatbot.models import Chunk, JobEntry, Manifest

FORMAT_VERSION = 2
DATA_FILES = ("chunks.jsonl", "jobs.jsonl", "vectors.faiss", LexicalIndex.FILE)
# Older formats an update can still read, to reuse their vectors: format -> its data files.
UPGRADABLE = {1: ("chunks.jsonl", "jobs.jsonl", "vectors.faiss")}


class LazyChunks(Sequence[Chunk]):
    """The chunk table parsed row by row on first use: an update touches few rows, the app reads them all."""

    def __init__(self, lines: list[bytes], parsed: list[Chunk | None] | None = None) -> None:
        self.lines = lines
        self.parsed: list[Chunk | None] = parsed if parsed is not None else [None] * len(lines)

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, row: int) -> Chunk: ...
    @overload
    def __getitem__(self, row: slice) -> list[Chunk]: ...
    def __getitem__(self, row: int | slice) -> Chunk | list[Chunk]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        chunk = self.parsed[row]
        if chunk is None:
            chunk = self.parsed[row] = Chunk.model_validate_json(self.lines[row])
        return chunk


@dataclass
class StoredIndex:
    """An index version in memory. vectors[i], lexical row i and lines[i] belong to chunks[i].

    Rows are grouped by source file, in the manifest's (sorted) file order.
    """

    manifest: Manifest
    chunks: Sequence[Chunk]
    jobs: list[JobEntry]
    vectors: Any  # faiss.IndexFlatIP
    version: str = ""
    lexical: LexicalIndex | None = None  # None only for an older format loaded to be upgraded
    lines: list[bytes] = field(default_factory=list)  # chunks.jsonl lines: an update copies unchanged rows as bytes

    def __post_init__(self) -> None:
        if not self.lines:
            self.lines = [chunk.model_dump_json().encode() for chunk in self.chunks]

    @cached_property
    def by_source(self) -> dict[str, list[int]]:
        """Rows of each source file: from the manifest's counts when the rows are grouped (nothing parsed)."""
        grouped = grouped_rows(self.manifest, self.lines)
        if grouped is not None:
            return grouped
        out: dict[str, list[int]] = {}
        for row, chunk in enumerate(self.chunks):
            out.setdefault(chunk.source, []).append(row)
        return out

    def matrix(self) -> np.ndarray:
        """The FAISS flat index's vectors as a (n_chunks, dimension) float32 view (no copy)."""
        import faiss

        flat = self.vectors
        if flat is None or flat.ntotal == 0:
            return np.zeros((0, self.manifest.dimension), dtype=np.float32)
        return faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d).reshape(flat.ntotal, flat.d)


def grouped_rows(manifest: Manifest, lines: list[bytes]) -> dict[str, list[int]] | None:
    """Rows per file if the chunk table holds each file's chunks together in manifest order, else None."""
    out, row = {}, 0
    for name, record in manifest.files.items():
        first = ('{"id":' + json.dumps(name + "#", ensure_ascii=False)[:-1]).encode()  # its first chunk's line
        if record.chunks and (row >= len(lines) or not lines[row].startswith(first)):
            return None
        out[name] = list(range(row, row + record.chunks))
        row += record.chunks
    return out if row == len(lines) else None


def current_version(index_dir: Path) -> Path | None:
    """The live version folder, or None if the index was never built."""
    pointer = index_dir / "CURRENT"
    if not pointer.is_file():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    return index_dir / name if name else None


def read_manifest(index_dir: Path, version: Path | None = None, upgrade: bool = False) -> Manifest:
    """A version's manifest (the live one by default), without loading vectors or chunks.

    Args:
        upgrade: also accept an older format an update can reuse vectors from (see UPGRADABLE).
    """
    version = version or current_version(index_dir)
    if version is None:
        raise IndexMissingError(str(index_dir))
    try:
        manifest = Manifest.model_validate_json((version / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, ValidationError) as exc:
        raise IndexCorruptError(str(index_dir), f"unreadable manifest: {exc.__class__.__name__}") from exc
    if manifest.format_version == FORMAT_VERSION or (upgrade and manifest.format_version in UPGRADABLE):
        return manifest
    reason = f"format version {manifest.format_version}, this program reads {FORMAT_VERSION}"
    if manifest.format_version in UPGRADABLE:  # `chatbot index` upgrades it, reusing the vectors
        raise IndexMismatchError(str(index_dir), reason)
    raise IndexCorruptError(str(index_dir), reason)


def verified_manifest(index_dir: Path, version: Path | None = None, upgrade: bool = False) -> Manifest:
    """A version's manifest after checking every data file against its checksum (no data is parsed)."""
    version = version or current_version(index_dir)
    if version is None:
        raise IndexMissingError(str(index_dir))
    manifest = read_manifest(index_dir, version, upgrade)
    for name in UPGRADABLE.get(manifest.format_version, DATA_FILES):
        try:
            digest = sha256_file(version / name)
        except OSError as exc:
            raise IndexCorruptError(str(index_dir), f"{name} cannot be read: {exc.strerror}") from exc
        if digest != manifest.checksums.get(name):
            raise IndexCorruptError(str(index_dir), f"{name} does not match its checksum")
    return manifest


def load_index(index_dir: Path, upgrade: bool = False, verify: bool = True) -> StoredIndex:
    """Load the live version, checking every file against the manifest's checksums.

    Args:
        upgrade: also load an older format (without the data it lacks), for an update to reuse its vectors.
        verify: check the checksums (False only when the caller just did, holding the update lock).

    Raises:
        IndexMissingError: nothing was built here yet.
        IndexCorruptError: a file is missing, truncated, edited or inconsistent.
    """
    import faiss

    version = current_version(index_dir)
    if version is None:
        raise IndexMissingError(str(index_dir))
    manifest = verified_manifest(index_dir, version, upgrade) if verify else read_manifest(index_dir, version, upgrade)
    try:
        lines = read_lines(version / "chunks.jsonl")
        chunks = LazyChunks(lines)
        jobs = [JobEntry.model_validate_json(line) for line in read_lines(version / "jobs.jsonl")]
        vectors = faiss.read_index(str(version / "vectors.faiss"))
        lexical = LexicalIndex.load(version) if manifest.format_version == FORMAT_VERSION else None
    except (OSError, ValueError, RuntimeError, KeyError) as exc:
        raise IndexCorruptError(str(index_dir), f"{exc.__class__.__name__}: {exc}") from exc
    if vectors.ntotal != len(chunks) or vectors.d != manifest.dimension:
        raise IndexCorruptError(str(index_dir), "vector count or dimension differs from the chunk table")
    if lexical is not None and len(lexical) != len(chunks):
        raise IndexCorruptError(str(index_dir), "lexical row count differs from the chunk table")
    return StoredIndex(manifest, chunks, jobs, vectors, version.name, lexical=lexical, lines=lines)


def save_index(
    index_dir: Path,
    manifest: Manifest,
    chunks: Sequence[Chunk],
    jobs: list[JobEntry],
    vectors: np.ndarray,
    lexical: LexicalIndex,
    lines: list[bytes] | None = None,
) -> StoredIndex:
    """Write a new version beside the live one, then point CURRENT at it. Returns the version as saved.

    A crash at any moment leaves CURRENT pointing at a complete version.

    Args:
        lines: the chunks as JSON lines, when the caller has them (unchanged rows are copied, not re-encoded).
    """
    import faiss

    index_dir.mkdir(parents=True, exist_ok=True)
    name = f"v-{datetime.now().strftime('%Y%m%dT%H%M%S%f')}-{uuid.uuid4().hex[:6]}"
    staging = index_dir / f".tmp-{name}"
    staging.mkdir()
    flat = faiss.IndexFlatIP(manifest.dimension)
    if len(vectors):
        flat.add(np.ascontiguousarray(vectors, dtype=np.float32))
    lines = lines if lines is not None else [chunk.model_dump_json().encode() for chunk in chunks]
    write_lines(staging / "chunks.jsonl", lines)
    write_lines(staging / "jobs.jsonl", [job.model_dump_json().encode() for job in jobs])
    faiss.write_index(flat, str(staging / "vectors.faiss"))
    lexical.save(staging)
    manifest = manifest.model_copy(update={"checksums": {n: sha256_file(staging / n) for n in DATA_FILES}})
    (staging / "manifest.json").write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
    fsync_tree(staging)
    staging.rename(index_dir / name)
    replace_text(index_dir / "CURRENT", name + "\n")
    prune(index_dir, keep={name})
    return StoredIndex(manifest, chunks, jobs, flat, name, lexical=lexical, lines=lines)


def prune(index_dir: Path, keep: set[str]) -> None:
    """Remove versions older than the live and the previous one, and leftovers of killed runs (under the lock)."""
    versions = sorted(p for p in index_dir.glob("v-*") if p.is_dir())
    previous = [p for p in versions if p.name not in keep][-1:]
    for path in versions:
        if path.name not in keep and path not in previous:
            shutil.rmtree(path, ignore_errors=True)
    remove_leftovers(index_dir)


def remove_leftovers(index_dir: Path) -> None:
    """Staging folders and pointer files of runs that were killed before they finished (under the lock)."""
    for staging in index_dir.glob(".tmp-*"):
        shutil.rmtree(staging, ignore_errors=True)
    for pointer in index_dir.glob(".CURRENT.*"):
        pointer.unlink(missing_ok=True)


@contextlib.contextmanager
def update_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index's update lock; another updater gets IndexBusyError at once."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / ".lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IndexBusyError(str(index_dir)) from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_lines(path: Path) -> list[bytes]:
    """Non-empty lines of a file of JSON lines, as bytes (the JSON parser checks they are UTF-8)."""
    return [line for line in path.read_bytes().split(b"\n") if line]


def write_lines(path: Path, lines: list[bytes]) -> None:
    """Write lines, one per line."""
    path.write_bytes(b"\n".join(lines) + b"\n" if lines else b"")


def replace_text(path: Path, text: str) -> None:
    """Atomically replace a small text file (write beside, fsync, rename over)."""
    staging = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}")
    with staging.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(staging, path)
    fsync_dir(path.parent)


def fsync_tree(folder: Path) -> None:
    """Flush a folder's files and the folder itself to disk."""
    for path in folder.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
