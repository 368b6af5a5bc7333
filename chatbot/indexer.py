"""Build or incrementally update the index from the seed folders, embedding only text not seen before."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from chatbot.chunk import chunk_page, fingerprint
from chatbot.config import Settings
from chatbot.embed import Embedder, Progress
from chatbot.errors import ChatbotError, IndexMissingError, PageError
from chatbot.lexical import LexicalIndex, TermCounts, chunk_text
from chatbot.models import Chunk, FileRecord, IndexReport, JobEntry, JobPage, Manifest, Problem
from chatbot.parse import decode, parse_page, read_bytes
from chatbot.store import (
    FORMAT_VERSION,
    LazyChunks,
    StoredIndex,
    current_version,
    load_index,
    save_index,
    update_lock,
    verified_manifest,
)

EmbedderFactory = Callable[[], Embedder]


@dataclass
class SourceScan:
    """What the seed folders hold now, sorted out against the previous manifest."""

    paths: dict[str, Path] = field(default_factory=dict)
    pages: dict[str, tuple[JobPage, str, int, int]] = field(default_factory=dict)  # name -> page, sha256, size, mtime
    unchanged: list[str] = field(default_factory=list)
    stats: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (size, mtime_ns) as seen now
    kept: list[str] = field(default_factory=list)  # known files now broken: their last good version stays
    problems: list[Problem] = field(default_factory=list)


def list_sources(folders: list[Path], scan: SourceScan) -> None:
    """Every non-hidden file of the seed folders; names must be unique across folders."""
    for folder in folders:
        if not folder.is_dir():
            scan.problems.append(Problem(file=str(folder), reason="seeds folder not found"))
            continue
        for path in sorted(folder.iterdir()):
            if path.name.startswith(".") or path.is_dir():
                continue
            if path.suffix.lower() != ".txt":
                scan.problems.append(Problem(file=path.name, reason="not a .txt job page; ignored"))
            elif path.name in scan.paths:
                scan.problems.append(
                    Problem(file=path.name, reason=f"same file name already in {scan.paths[path.name].parent}")
                )
            else:
                scan.paths[path.name] = path


def scan_sources(settings: Settings, known: dict[str, FileRecord]) -> SourceScan:
    """Read every seed file once: unchanged ones by hash, new or changed ones parsed.

    A file whose size and modification time are those recorded is unchanged without being read (as git does).
    """
    scan = SourceScan()
    list_sources(settings.seeds, scan)
    for name, path in scan.paths.items():
        try:
            size, mtime = scan.stats[name] = stat_of(path)
            if name in known and (known[name].size, known[name].mtime_ns) == (size, mtime):
                scan.unchanged.append(name)
                continue
            data = read_bytes(path, settings.max_file_bytes)
            digest = hashlib.sha256(data).hexdigest()
            if name in known and known[name].sha256 == digest:
                scan.unchanged.append(name)
                continue
            page = parse_page(decode(data, name), name, settings.headings)
        except PageError as exc:
            kept = name in known
            scan.kept += [name] if kept else []
            scan.problems.append(
                Problem(file=name, reason=exc.reason + ("; kept the last indexed version" if kept else ""))
            )
            continue
        scan.pages[name] = (page, digest, len(data), mtime)
    drop_duplicate_titles(scan, known)
    return scan


def stat_of(path: Path) -> tuple[int, int]:
    """Size and modification time (ns) of a file; (-1, -1) when it cannot be looked at (read_bytes says why)."""
    try:
        info = path.stat()
    except OSError:
        return -1, -1
    return info.st_size, info.st_mtime_ns


def drop_duplicate_titles(scan: SourceScan, known: dict[str, FileRecord]) -> None:
    """A title already used by another page makes the later page a problem (answers must name one job)."""
    owners = {known[n].title.casefold(): n for n in [*scan.unchanged, *scan.kept]}
    for name in sorted(scan.pages):
        key = scan.pages[name][0].title.casefold()
        if key in owners:
            scan.problems.append(
                Problem(
                    file=name, reason=f"duplicate title {scan.pages[name][0].title!r} (also in {owners[key]}); skipped"
                )
            )
            del scan.pages[name]
        else:
            owners[key] = name


def rebuild_reason(manifest: Manifest | None, settings: Settings, full: bool) -> str | None:
    """Why the whole index must be rebuilt, or None when an incremental update will do."""
    if full:
        return "--full requested"
    if manifest is None:
        return "no index yet"
    if manifest.format_version != FORMAT_VERSION:
        return f"index format {manifest.format_version} upgraded to {FORMAT_VERSION} (vectors reused)"
    if manifest.model != settings.model:
        return f"model changed ({manifest.model} -> {settings.model})"
    if manifest.fingerprint != fingerprint(settings):
        return "parsing or chunking settings changed"
    return None


def previous_manifest(index_dir: Path, current: StoredIndex | None) -> tuple[Manifest | None, str | None]:
    """The live manifest, or None with the reason it cannot be used (or None, None when there is none)."""
    if is_live(index_dir, current):
        return current.manifest, None  # type: ignore[union-attr]
    try:
        return verified_manifest(index_dir, upgrade=True), None
    except IndexMissingError:
        return None, None
    except ChatbotError as exc:
        return None, str(exc)


def update_index(
    settings: Settings,
    make_embedder: EmbedderFactory,
    full: bool = False,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
) -> IndexReport:
    """Bring the index in settings.index_dir up to date with the seed folders (see refresh)."""
    return refresh(settings, make_embedder, full, progress, on_total)[0]


def refresh(
    settings: Settings,
    make_embedder: EmbedderFactory,
    full: bool = False,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    current: StoredIndex | None = None,
) -> tuple[IndexReport, StoredIndex | None]:
    """Bring the index in settings.index_dir up to date with the seed folders.

    Args:
        make_embedder: called only if some text needs embedding (so an up-to-date index loads no model).
        full: re-embed everything instead of reusing vectors.
        progress: called with the number of texts embedded after each batch.
        on_total: called once with the number of texts about to be embedded.
        current: the live version already in memory (the app's), used instead of reading it from disk.
    Returns:
        What was added, changed, removed and skipped, and how long it took; and the new version when one was
        written (None when nothing changed).
    """
    started = time.perf_counter()
    saved = None
    with update_lock(settings.index_dir):
        manifest, unusable = previous_manifest(settings.index_dir, current)
        reason = f"previous index unusable: {unusable}" if unusable else rebuild_reason(manifest, settings, full)
        scan, report = plan_update(settings, manifest, reason)
        if report.full_rebuild or report.added or report.changed or report.removed:
            old = reusable_index(settings, manifest, full, current)
            if isinstance(old, str) and reason is None:
                scan, report = plan_update(settings, manifest, f"previous index unusable: {old}")
            old = old if isinstance(old, StoredIndex) else None
            saved = write_version(settings, scan, old, make_embedder, report, progress, on_total)
    report.seconds = time.perf_counter() - started
    return report, saved


def plan_update(settings: Settings, manifest: Manifest | None, reason: str | None) -> tuple[SourceScan, IndexReport]:
    """Scan the seeds against the manifest (or against nothing, for a full rebuild)."""
    known = manifest.files if manifest and reason is None else {}
    scan = scan_sources(settings, known)
    report = IndexReport(
        added=sorted(n for n in scan.pages if n not in known),
        changed=sorted(n for n in scan.pages if n in known),
        removed=sorted(n for n in known if n not in scan.paths),
        unchanged=len(scan.unchanged),
        problems=scan.problems,
        full_rebuild=reason is not None,
        rebuild_reason=reason,
        chunks=sum(record.chunks for record in known.values()),
    )
    return scan, report


def is_live(index_dir: Path, current: StoredIndex | None) -> bool:
    """True when the version in memory is the one CURRENT points at (nobody updated the index since)."""
    live = current_version(index_dir)
    return current is not None and live is not None and live.name == current.version


def reusable_index(
    settings: Settings, manifest: Manifest | None, full: bool, current: StoredIndex | None
) -> StoredIndex | str | None:
    """The previous index when its vectors can be reused; the reason text if it cannot be loaded."""
    if full or manifest is None or manifest.model != settings.model:
        return None
    if is_live(settings.index_dir, current) and current.lexical is not None:  # type: ignore[union-attr]
        return current
    try:
        return load_index(settings.index_dir, upgrade=True, verify=False)  # previous_manifest just verified it
    except ChatbotError as exc:
        return str(exc)


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
    in name order, so the next update finds a file's rows from the manifest without parsing the table.
    """
    carried = [n for n in sorted([*scan.unchanged, *scan.kept]) if old and n in old.by_source]
    rows = [row for name in carried for row in old.by_source[name]] if old else []
    old_matrix = old.matrix() if old else None  # (n_old_chunks, dimension) view
    plan = Plan([pair for name in sorted(scan.pages) for pair in chunk_page(scan.pages[name][0], settings)])
    if old is not None and old_matrix is not None and old.manifest.model == settings.model:
        plan.reuse_from(old, old_matrix, reuse_rows(old, scan, carried))
    embedder = plan.embed_missing(make_embedder, settings.max_unknown_ratio, progress, on_total)
    if embedder is None and old is None:
        embedder = make_embedder()
    dimension = embedder.dimension if embedder else old.manifest.dimension  # type: ignore[union-attr]
    carried_vectors = old_matrix[rows] if old_matrix is not None else np.zeros((0, dimension), np.float32)
    sources = [name for name in carried for _ in old.by_source[name]] if old else []  # type: ignore[union-attr]
    order = sorted(range(len(rows) + len(plan.chunks)), key=[*sources, *(c.source for c in plan.chunks)].__getitem__)
    lines = (
        [*(old.lines[row] for row in rows), *(chunk.model_dump_json() for chunk in plan.chunks)]
        if old
        else [chunk.model_dump_json() for chunk in plan.chunks]
    )
    parsed = [*(known_chunk(old, row) for row in rows), *plan.chunks] if old else list(plan.chunks)
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        model=settings.model,
        dimension=dimension,
        fingerprint=fingerprint(settings),
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        files=file_records(scan, old, carried, plan.chunks),
    )
    vectors = np.vstack([carried_vectors, plan.vectors(dimension)])[order]
    lexical = LexicalIndex(carried_terms(old, rows).concat(term_counts(plan.chunks)).rows(order))
    chunks = LazyChunks([lines[i] for i in order], [parsed[i] for i in order])
    saved = save_index(
        settings.index_dir, manifest, chunks, job_entries(scan, old, carried), vectors, lexical, chunks.lines
    )
    report.chunks, report.embedded, report.reused = len(vectors), plan.embedded, len(plan.reuse)
    report.model_seconds = plan.model_seconds
    report.written = True
    return saved


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
    if old.lexical is None:
        return term_counts([old.chunks[row] for row in rows])
    return old.lexical.counts.rows(rows)


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
    ) -> Embedder | None:
        """Embed the chunks no old vector covers; chunks the model cannot read keep a zero vector."""
        todo = [i for i, c in enumerate(self.chunks) if c.embedded and i not in self.reuse]
        if not todo:
            return None
        started = time.perf_counter()
        embedder = make_embedder()
        embedder.dimension  # noqa: B018  (a lazy embedder loads its model here, so the load is timed)
        self.model_seconds = time.perf_counter() - started
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


def job_entries(scan: SourceScan, old: StoredIndex | None, carried: list[str]) -> list[JobEntry]:
    """Job table rows: carried over for unchanged files, built from the page for new ones."""
    entries = {job.source: job for job in old.jobs if job.source in carried} if old else {}
    for name, (page, *_) in scan.pages.items():
        entries[name] = job_entry(page)
    return [entries[name] for name in sorted(entries)]


def job_entry(page: JobPage) -> JobEntry:
    """The names and links of a page that retrieval uses to recognise the job."""
    aliases = page.section("Aliases")
    related = page.section("Related Jobs")
    return JobEntry(
        title=page.title,
        source=page.source,
        reading=page.reading,
        code=page.code,
        aliases=aliases.items if aliases else [],
        related_jobs=related.items if related else [],
        headings=[s.heading for s in page.sections if s.text],
    )
