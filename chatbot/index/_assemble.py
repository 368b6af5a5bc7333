"""A new index version from the previous one and the changed pages: rows carried as they are, new ones embedded."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

import numpy as np

from chatbot.config import Settings
from chatbot.embed import Embedder, Progress
from chatbot.headings import Headings
from chatbot.index._chunks import LazyChunks
from chatbot.index._ivf import inverted_lists
from chatbot.index._manifest import FORMAT_VERSION
from chatbot.index._shards import SHARDS, shard_of, shards_of
from chatbot.index._store import StoredIndex, save_index
from chatbot.index._terms import TermCounts, chunk_text
from chatbot.ingest import SourceScan, chunk_page, fingerprint
from chatbot.models import Chunk, FileRecord, IndexReport, JobEntry, JobPage, Manifest

EmbedderFactory = Callable[[], Embedder]


class DimensionChanged(Exception):
    """The model under the same name now makes vectors of another length: old vectors cannot be mixed in."""


def write_version(
    settings: Settings,
    scan: SourceScan,
    old: StoredIndex | None,
    make_embedder: EmbedderFactory,
    report: IndexReport,
    progress: Progress | None,
    on_total: Callable[[int], None] | None,
) -> StoredIndex:
    """Assemble chunks and vectors (reused where possible, embedded otherwise) and save a new version.

    Unchanged files keep their rows as they are (JSON line, vector, term counts); rows end up grouped by file
    in name order, so the next update finds a file's rows from the manifest without parsing the table. Only the
    shards of the pages added, changed or removed are written; the others are linked from the old version
    (which may hold only the touched shards' rows).
    """
    touched = touched_shards(old, report)
    if old is not None and old.shards is not None and (touched is None or not touched <= old.shards):
        raise RuntimeError("an update must load every shard it rewrites")
    carried, linked = kept_files(scan, old, touched)
    rows = [row for name in carried for row in old.by_source[name]] if old else []
    old_matrix = old.vectors if old else None  # (n_old_chunks, dimension)
    plan = Plan([pair for name in sorted(scan.pages) for pair in chunk_page(scan.pages[name][0], settings)])
    if old is not None and old_matrix is not None and old.manifest.model == settings.model:
        plan.reuse_from(old, old_matrix, reuse_rows(old, scan, carried))
    expected = old.manifest.dimension if old else None
    embedder = plan.embed_missing(make_embedder, settings.max_unknown_ratio, progress, on_total, expected)
    if embedder is None and old is None:
        embedder = make_embedder()
    dimension = embedder.dimension if embedder else old.manifest.dimension  # type: ignore[union-attr]
    carried_vectors = old_matrix[rows] if old_matrix is not None else np.zeros((0, dimension), np.float32)
    sources = [name for name in carried for _ in old.by_source[name]] if old else []  # type: ignore[union-attr]
    order = sorted(range(len(rows) + len(plan.chunks)), key=[*sources, *(c.source for c in plan.chunks)].__getitem__)
    fresh = [chunk.model_dump_json().encode() for chunk in plan.chunks]
    lines = [*(old.lines[row] for row in rows), *fresh] if old else fresh
    parsed = [*(known_chunk(old, row) for row in rows), *plan.chunks] if old else list(plan.chunks)
    vectors = np.vstack([carried_vectors, plan.vectors(dimension)])  # carried rows, then fresh; order sorts them
    centroids, lists = inverted_lists(settings, report.full_rebuild, old, vectors, np.asarray(rows, np.int64))
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        model=settings.model,
        dimension=dimension,
        fingerprint=fingerprint(settings),
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        files=file_records(scan, old, [*carried, *linked], plan.chunks),
        shards=SHARDS,
        ivf_lists=len(centroids) if centroids is not None else 0,
    )
    counts = carried_terms(old, rows).concat(term_counts(plan.chunks)).rows(order)
    chunks = LazyChunks([lines[i] for i in order], [parsed[i] for i in order])
    jobs = job_entries(scan, old, carried, settings.vocabulary)
    loaded = old.shards if old else None  # the new rows cover the same shards as the old ones
    new = StoredIndex(manifest, chunks, jobs, vectors[order], counts=counts, lines=chunks.lines, shards=loaded)
    new.centroids, new.lists = centroids, lists[order] if lists is not None else None
    saved = save_index(settings.index_dir, new, old, touched)
    report.ivf_trained = manifest.ivf_lists if report.full_rebuild else 0
    report.chunks = sum(record.chunks for record in manifest.files.values())
    report.embedded, report.reused = plan.embedded, len(plan.reuse)
    report.model_seconds = plan.model_seconds
    report.written = True
    return saved


def touched_shards(old: StoredIndex | None, report: IndexReport) -> frozenset[int] | None:
    """The shards an update rewrites: those of the pages added, changed or removed (None: all of them)."""
    layout = (old.manifest.format_version, old.manifest.shards) if old else None
    if report.full_rebuild or layout != (FORMAT_VERSION, SHARDS):
        return None
    return shards_of(report.touched, SHARDS)


def kept_files(
    scan: SourceScan, old: StoredIndex | None, touched: frozenset[int] | None
) -> tuple[list[str], list[str]]:
    """Files that stay as they were: those whose rows the old index has in memory (carried into the new rows),
    and those of untouched shards it did not load (linked on disk)."""
    if old is None:
        return [], []
    keep = [name for name in sorted([*scan.unchanged, *scan.kept]) if name in old.manifest.files]
    carried = [name for name in keep if name in old.by_source]
    unloaded = [name for name in keep if name not in old.by_source]
    return carried, [name for name in unloaded if touched is not None and shard_of(name, SHARDS) not in touched]


def known_chunk(old: StoredIndex, row: int) -> Chunk | None:
    """The old row's chunk if it is already parsed (the app has them all), else None (parsed when needed)."""
    return old.chunks.parsed[row] if isinstance(old.chunks, LazyChunks) else old.chunks[row]


def reuse_rows(old: StoredIndex, scan: SourceScan, carried: list[str]) -> list[int]:
    """Old rows whose vectors new chunks may reuse: the earlier version of each changed page and every removed
    page (a renamed page re-embeds nothing); all rows when nothing is carried (a rebuild with the same model)."""
    if not carried:
        return list(range(len(old.chunks)))
    gone = set(old.by_source) - set(carried)
    return [row for name in sorted(gone) for row in old.by_source[name]]


def file_records(
    scan: SourceScan, old: StoredIndex | None, carried: list[str], fresh: list[Chunk]
) -> dict[str, FileRecord]:
    """The manifest's file table: carried records, and new ones for the pages just chunked."""
    files = {name: old.manifest.files[name] for name in carried} if old else {}
    for name in scan.unchanged:  # same text: remember the time seen now, so the next scan need not read it
        if name in files:
            files[name] = files[name].model_copy(update={"mtime_ns": scan.stats[name][1]})
    counts = Counter(chunk.source for chunk in fresh)
    for name, (page, digest, size, mtime) in scan.pages.items():
        files[name] = FileRecord(sha256=digest, size=size, mtime_ns=mtime, title=page.title, chunks=counts[name])
    return dict(sorted(files.items()))


def term_counts(chunks: list[Chunk]) -> TermCounts:
    """Tokenise chunks for BM25 (only chunks of new or changed pages come here)."""
    return TermCounts.from_texts([chunk_text(c.job, c.section, c.text) for c in chunks])


def carried_terms(old: StoredIndex | None, rows: list[int]) -> TermCounts:
    """The term counts of carried rows, taken from the old index as its vectors are (tokenised if it has none)."""
    if old is None:
        return term_counts([])
    if old.counts is None:
        return term_counts([old.chunks[row] for row in rows])
    return old.counts.rows(rows)


class Plan:
    """New chunks and where each one's vector comes from: the old index (same text) or the model."""

    def __init__(self, fresh: list[tuple[Chunk, str]]) -> None:
        self.chunks = [chunk for chunk, _ in fresh]
        self.texts = [text for _, text in fresh]
        self.reuse: dict[int, np.ndarray] = {}
        self.computed: dict[int, np.ndarray] = {}
        self.embedded = 0
        self.model_seconds = 0.0

    def reuse_from(self, old: StoredIndex, old_matrix: np.ndarray, rows: list[int]) -> None:
        """Take the vector of every chunk whose embedded text one of these old rows already embedded."""
        by_hash = {old.chunks[row].text_hash: row for row in rows if old.chunks[row].embedded}
        for i, chunk in enumerate(self.chunks):
            if chunk.embedded and chunk.text_hash in by_hash:
                self.reuse[i] = old_matrix[by_hash[chunk.text_hash]]

    def embed_missing(
        self,
        make_embedder: EmbedderFactory,
        max_unknown: float,
        progress: Progress | None,
        on_total: Callable[[int], None] | None,
        dimension: int | None,
    ) -> Embedder | None:
        """Embed the chunks no old vector covers; chunks the model cannot read keep a zero vector.

        Raises:
            DimensionChanged: the model's vectors do not have the old index's dimension (nothing was embedded).
        """
        todo = [i for i, c in enumerate(self.chunks) if c.embedded and i not in self.reuse]
        if not todo:
            return None
        started = time.perf_counter()
        embedder = make_embedder()
        made = embedder.dimension  # a lazy embedder loads its model here, so the load is timed
        self.model_seconds = time.perf_counter() - started
        if dimension is not None and made != dimension:
            raise DimensionChanged(f"the model now makes {made}-dimensional vectors, not {dimension}")
        readable = [i for i in todo if embedder.unknown_ratio(self.texts[i]) <= max_unknown]
        for i in set(todo) - set(readable):
            self.chunks[i] = self.chunks[i].model_copy(update={"embedded": False})
        if on_total:
            on_total(len(readable))
        matrix = embedder.embed([self.texts[i] for i in readable], progress)
        self.computed = dict(zip(readable, matrix, strict=True))
        self.embedded = len(readable)
        return embedder

    def vectors(self, dimension: int) -> np.ndarray:
        """(len(chunks), dimension) float32: reused, computed, or zero for chunks not embedded."""
        out = np.zeros((len(self.chunks), dimension), dtype=np.float32)
        for i, vector in [*self.reuse.items(), *self.computed.items()]:
            out[i] = vector
        return out


def job_entries(scan: SourceScan, old: StoredIndex | None, carried: list[str], vocabulary: Headings) -> list[JobEntry]:
    """Job table rows: carried over for unchanged files, built from the page for new ones."""
    keep = set(carried)
    entries = {job.source: job for job in old.jobs if job.source in keep} if old else {}
    for name, (page, *_) in scan.pages.items():
        entries[name] = job_entry(page, vocabulary)
    return [entries[name] for name in sorted(entries)]


def job_entry(page: JobPage, vocabulary: Headings) -> JobEntry:
    """The names and links of a page that retrieval uses to recognise the job."""
    aliases = page.section(vocabulary.text("aliases"))
    related = page.section(vocabulary.text("related_jobs"))
    return JobEntry(
        title=page.title,
        source=page.source,
        reading=page.reading,
        code=page.code,
        aliases=aliases.items if aliases else [],
        related_jobs=related.items if related else [],
        headings=[s.heading for s in page.sections if s.text],
    )
