"""Version folders of an index: the CURRENT pointer, the update lock, pruning, and durable file writes."""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from chatbot.errors import IndexBusyError


def current_version(index_dir: Path) -> Path | None:
    """The live version folder, or None if the index was never built."""
    pointer = index_dir / "CURRENT"
    if not pointer.is_file():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    return index_dir / name if name else None


def link(source_file: Path, target: Path) -> None:
    """Hard-link a data file of the previous version into the new one (a copy where links are not supported)."""
    try:
        os.link(source_file, target)
    except OSError:
        if not source_file.is_file():
            raise
        shutil.copyfile(source_file, target)


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
    lock = FileLock(index_dir / ".lock", timeout=0)  # an OS lock: released when a killed updater's process ends
    try:
        lock.acquire()
    except Timeout as exc:
        raise IndexBusyError(str(index_dir)) from exc
    try:
        yield
    finally:
        lock.release()


def replace_text(path: Path, text: str) -> None:
    """Atomically replace a small text file (write beside, fsync, rename over)."""
    staging = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}")
    with staging.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(staging, path)
    fsync_dir(path.parent)


def fsync_files(folder: Path, names: list[str]) -> None:
    """Flush these files of a folder, and the folder's entries, to disk."""
    for name in names:
        with (folder / name).open("rb") as handle:
            os.fsync(handle.fileno())
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
