"""Build or incrementally update the index from the seed folders, embedding only text not seen before."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from chatbot.config import Settings
from chatbot.embed import Progress
from chatbot.errors import ChatbotError, IndexMissingError
from chatbot.index._assemble import DimensionChanged, EmbedderFactory, write_version
from chatbot.index._manifest import FORMAT_VERSION, verified_manifest
from chatbot.index._store import StoredIndex, load_index
from chatbot.index._versions import current_version, prune, update_lock
from chatbot.ingest import SourceScan, fingerprint, scan_sources
from chatbot.models import IndexReport, Manifest


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
    chunks = sum(record.chunks for record in manifest.files.values())
    if not manifest.ivf_lists and chunks >= settings.ivf_threshold:  # an update cannot train: it loads few shards
        return f"{chunks} chunks reached ivf_threshold {settings.ivf_threshold}: IVF index trained (vectors reused)"
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
        clear_leftovers(settings.index_dir)
        manifest, unusable = previous_manifest(settings.index_dir, current)
        reason = f"previous index unusable: {unusable}" if unusable else rebuild_reason(manifest, settings, full)
        scan, report = plan_update(settings, manifest, reason)
        if report.full_rebuild or report.added or report.changed or report.removed:
            old = reusable_index(settings, manifest, full, current, report)
            if isinstance(old, str) and reason is None:
                scan, report = plan_update(settings, manifest, f"previous index unusable: {old}")
            old = old if isinstance(old, StoredIndex) else None
            try:
                saved = write_version(settings, scan, old, make_embedder, report, progress, on_total)
            except DimensionChanged as exc:
                scan, report = plan_update(settings, manifest, str(exc))
                saved = write_version(settings, scan, None, make_embedder, report, progress, on_total)
    report.seconds = time.perf_counter() - started
    return report, saved


def clear_leftovers(index_dir: Path) -> None:
    """Clear what killed runs left: staging files, and versions beyond the live one and the one before it."""
    live = current_version(index_dir)
    prune(index_dir, keep={live.name} if live else set())


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
    settings: Settings, manifest: Manifest | None, full: bool, current: StoredIndex | None, report: IndexReport
) -> StoredIndex | str | None:
    """The previous index when its vectors can be reused; the reason text if it cannot be loaded.

    The command line loads only the shards of the pages added, changed or removed; the app (current given) needs
    the whole new version in memory, so it loads all of them.
    """
    if full or manifest is None or manifest.model != settings.model:
        return None
    if is_live(settings.index_dir, current) and current.counts is not None:  # type: ignore[union-attr]
        return current
    touched = None if current is not None or report.full_rebuild else report.touched
    try:  # previous_manifest just verified the checksums
        return load_index(settings.index_dir, upgrade=True, verify=False, names=touched)
    except ChatbotError as exc:
        return str(exc)
