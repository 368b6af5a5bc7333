"""The index on disk: versioned folders of sharded data files and a manifest, swapped atomically.

Layout of an index folder (e.g. embeddings/):
    CURRENT                 name of the live version folder (replaced atomically)
    v-<time>-<id>/
        manifest.json       format version, model, dimension, fingerprint, source files, checksums
        chunks-KK.jsonl ... the data of shard KK (chatbot/index/_shards.py): chunks, jobs, FAISS vectors, term counts
        ivf-centroids.faiss only above Settings.ivf_threshold: the IVF's centroids (chatbot/index/_ivf.py)
    .lock                   held while an update runs
Loading is the exact inverse of saving; a version is never modified once CURRENT points at it, and a file is never
modified once written, so a new version hard-links the shards an update did not touch.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from operator import attrgetter
from pathlib import Path

import numpy as np

from chatbot.errors import IndexCorruptError, IndexMissingError
from chatbot.index._chunks import LazyChunks
from chatbot.index._manifest import read_manifest, verified_manifest
from chatbot.index._shards import (
    CENTROIDS,
    Shard,
    by_shard,
    names_in,
    read_centroids,
    read_shard,
    shard_files,
    shards_of,
    version_files,
    write_centroids,
    write_shard,
)
from chatbot.index._terms import TermCounts
from chatbot.index._versions import current_version, fsync_files, link, prune, replace_text
from chatbot.ingest import file_sha256
from chatbot.models import Chunk, JobEntry, Manifest


@dataclass
class StoredIndex:
    """An index version in memory, data only: vectors[i], term-count row i and lines[i] belong to chunks[i].

    Rows are grouped by source file, in name order. An update may load only some shards: then only their files'
    rows are here (the manifest still lists every file). Retrieval builds what it searches from this data.
    """

    manifest: Manifest
    chunks: Sequence[Chunk]
    jobs: list[JobEntry]
    vectors: np.ndarray  # (n_chunks, dimension) float32, L2-normalised; a zero row for a chunk not embedded
    version: str = ""
    counts: TermCounts | None = None  # None only for format 1, loaded to be upgraded
    lines: list[bytes] = field(default_factory=list)  # chunks.jsonl lines: an update copies unchanged rows as bytes
    shards: frozenset[int] | None = None  # the shards whose rows are here (None: all)
    centroids: np.ndarray | None = None  # (ivf_lists, dimension) float32: the IVF's centroids; None: exact search
    lists: np.ndarray | None = None  # (n_chunks,) int32: the IVF list of each row, -1 for a zero vector

    def __post_init__(self) -> None:
        if not self.lines:
            self.lines = [chunk.model_dump_json().encode() for chunk in self.chunks]

    @cached_property
    def names(self) -> list[str]:
        """The source files whose rows are here, in row order."""
        return names_in(self.manifest, self.shards)

    @cached_property
    def by_source(self) -> dict[str, list[int]]:
        """Rows of each source file: from the manifest's counts when the rows are grouped (nothing parsed)."""
        grouped = grouped_rows(self.manifest, self.names, self.lines)
        if grouped is not None:
            return grouped
        out: dict[str, list[int]] = {}
        for row, chunk in enumerate(self.chunks):
            out.setdefault(chunk.source, []).append(row)
        return out

    def shard(self, names: list[str]) -> Shard:
        """The data of one shard, given its files in name order, to be written (all of their rows must be here)."""
        rows = [row for name in names for row in self.by_source.get(name, [])]
        counts = self.counts.rows(rows).compact() if self.counts else None
        members = set(names)
        jobs = [job.model_dump_json().encode() for job in self.jobs if job.source in members]
        lists = self.lists[rows] if self.lists is not None else None
        return Shard([self.lines[row] for row in rows], jobs, self.vectors[rows], counts, lists)


def grouped_rows(manifest: Manifest, names: list[str], lines: list[bytes]) -> dict[str, list[int]] | None:
    """Rows per file if the chunk table holds these files' chunks together in this order, else None."""
    out, row = {}, 0
    for name in names:
        count = manifest.files[name].chunks
        first = ('{"id":' + json.dumps(name + "#", ensure_ascii=False)[:-1]).encode()  # its first chunk's line
        if count and (row >= len(lines) or not lines[row].startswith(first)):
            return None
        out[name] = list(range(row, row + count))
        row += count
    return out if row == len(lines) else None


def load_index(
    index_dir: Path, upgrade: bool = False, verify: bool = True, names: Iterable[str] | None = None
) -> StoredIndex:
    """Load the live version, checking every file against the manifest's checksums.

    Args:
        upgrade: also load an older format (without the data it lacks), for an update to reuse its vectors.
        verify: check the checksums (False only when the caller just did, holding the update lock).
        names: load only the shards of these source files (an update that touches only them); None: all.

    Raises:
        IndexMissingError: nothing was built here yet.
        IndexCorruptError: a file is missing, truncated, edited or inconsistent.
    """
    version = current_version(index_dir)
    if version is None:
        raise IndexMissingError(str(index_dir))
    manifest = verified_manifest(index_dir, version, upgrade) if verify else read_manifest(index_dir, version, upgrade)
    wanted = shards_of(names, manifest.shards) if names is not None and manifest.shards else None
    try:
        files = {k: roles for k, roles in shard_files(manifest).items() if wanted is None or k in wanted}
        shards = {k: read_shard(version, roles) for k, roles in files.items()}
        index = merged(manifest, shards, wanted)
        index.centroids = read_centroids(version, manifest)
    except (OSError, ValueError, RuntimeError, KeyError) as exc:
        raise IndexCorruptError(str(index_dir), f"{exc.__class__.__name__}: {exc}") from exc
    index.version = version.name
    return index


def merged(manifest: Manifest, shards: dict[int, Shard], wanted: frozenset[int] | None) -> StoredIndex:
    """One table of the shards' rows, grouped by file in name order (ValueError if they disagree with the manifest).

    Each shard's vectors are copied once, straight to their rows in file order.
    """
    parts = list(shards.values())
    for part in parts:
        part.check(manifest)
    lines = [line for part in parts for line in part.lines]
    order = name_order(manifest, sorted(shards), len(lines))  # row in file order -> row as read
    position = np.empty(len(order), np.int64)
    position[order] = np.arange(len(order))  # row as read -> row in file order
    vectors = np.empty((len(lines), manifest.dimension), np.float32)
    start = 0
    for part in parts:
        vectors[position[start : start + len(part.lines)]] = part.matrix
        start += len(part.lines)
    read = [part.lists for part in parts if part.lists is not None]  # every shard's, or none (Shard.check)
    lists = np.concatenate([np.zeros(0, np.int32), *read])[order] if manifest.ivf_lists else None
    counts = [part.counts for part in parts]
    joined = None if None in counts else TermCounts.join(counts).rows(order)  # type: ignore[arg-type]
    jobs = [JobEntry.model_validate_json(line) for part in parts for line in part.jobs]
    jobs.sort(key=attrgetter("source"))
    ordered = [lines[row] for row in order]
    chunks = LazyChunks(ordered)
    return StoredIndex(manifest, chunks, jobs, vectors, counts=joined, lines=ordered, shards=wanted, lists=lists)


def name_order(manifest: Manifest, present: list[int], rows: int) -> np.ndarray:
    """Rows of shards read one after another -> rows grouped by file in name order: (rows,) int64.

    Each shard holds its files in name order, so shard 0's files come first, and so on.
    """
    if not manifest.shards:  # one unsplit set: already in file order
        return np.arange(rows, dtype=np.int64)
    files, start, row = by_shard(manifest), {}, 0
    for k in present:
        for name in files.get(k, []):
            start[name], row = row, row + manifest.files[name].chunks
    if row != rows:
        raise ValueError("the chunk tables do not hold the rows the manifest lists")
    spans = [np.arange(start[name], start[name] + manifest.files[name].chunks) for name in sorted(start)]
    return np.concatenate([np.zeros(0, np.int64), *spans]).astype(np.int64)


def save_index(
    index_dir: Path, index: StoredIndex, base: StoredIndex | None = None, touched: frozenset[int] | None = None
) -> StoredIndex:
    """Write a new version beside the live one, then point CURRENT at it. Returns the version as saved.

    A crash at any moment leaves CURRENT pointing at a complete version.

    Args:
        index: the new version in memory; it must hold every row of the shards it writes.
        base: the version on disk whose shards outside `touched` are the same as the new ones (hard-linked).
        touched: the shards that changed since base (None: write every shard).
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    name = f"v-{datetime.now().strftime('%Y%m%dT%H%M%S%f')}-{uuid.uuid4().hex[:6]}"
    staging = index_dir / f".tmp-{name}"
    staging.mkdir()
    checksums: dict[str, str] = {}
    written: list[str] = []
    members = by_shard(index.manifest)
    for k, roles in shard_files(index.manifest).items():
        if base is not None and touched is not None and k not in touched:
            for file in roles.values():
                link(index_dir / base.version / file, staging / file)
                checksums[file] = base.manifest.checksums[file]
            continue
        write_shard(staging, roles, index.shard(members[k]))
        written += roles.values()
    for file in version_files(index.manifest):  # the IVF's centroids
        if (checksum := save_centroids(index_dir, staging, index, base)) is None:
            written.append(file)
        else:
            checksums[file] = checksum
    checksums.update({file: file_sha256(staging / file) for file in written})
    manifest = index.manifest.model_copy(update={"checksums": dict(sorted(checksums.items()))})
    (staging / "manifest.json").write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
    fsync_files(staging, [*written, "manifest.json"])
    staging.rename(index_dir / name)
    replace_text(index_dir / "CURRENT", name + "\n")
    prune(index_dir, keep={name})
    return dataclasses.replace(index, manifest=manifest, version=name)


def save_centroids(index_dir: Path, staging: Path, index: StoredIndex, base: StoredIndex | None) -> str | None:
    """Stage the IVF's centroids: linked from base when an update reuses them (returns their checksum), else
    written (returns None)."""
    if index.centroids is None:
        raise ValueError("an index with an IVF index needs its centroids")
    if base is not None and base.centroids is not None and np.array_equal(base.centroids, index.centroids):
        link(index_dir / base.version / CENTROIDS, staging / CENTROIDS)
        return base.manifest.checksums[CENTROIDS]
    write_centroids(staging, index.centroids)
    return None
