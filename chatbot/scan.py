"""The seed folders now: every page file, which are unchanged since the last index, which are new or changed."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from chatbot.config import Settings
from chatbot.errors import PageError, SeedsFolderError
from chatbot.models import FileRecord, JobPage, Problem
from chatbot.parse import decode, parse_page, read_bytes


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
    """Every non-hidden file of the seed folders; names must be unique across folders.

    Raises:
        SeedsFolderError: a folder is missing or unreadable (indexing on would drop all of its pages).
    """
    for folder in folders:
        for path in folder_entries(folder):
            if path.name.startswith(".") or path.is_dir():
                continue
            problem = name_problem(path, scan)
            if problem:
                scan.problems.append(Problem(file=printable(path.name), reason=problem))
            else:
                scan.paths[path.name] = path


def folder_entries(folder: Path) -> list[Path]:
    """The entries of a seeds folder, sorted."""
    try:
        return sorted(folder.iterdir())
    except FileNotFoundError as exc:
        raise SeedsFolderError(str(folder), "not found") from exc
    except OSError as exc:
        raise SeedsFolderError(str(folder), f"cannot be read ({exc.strerror or exc})") from exc


def name_problem(path: Path, scan: SourceScan) -> str | None:
    """Why a file of a seeds folder is not taken as a page, or None."""
    if path.suffix.lower() != ".txt":
        return "not a .txt job page; ignored"
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        return "the file name is not UTF-8; rename the file"
    if path.name in scan.paths:
        return f"same file name already in {scan.paths[path.name].parent}"
    return None


def printable(name: str) -> str:
    """A file name fit to print and store, whatever bytes it has ("caf\udce9.txt" -> "caf�.txt")."""
    return os.fsencode(name).decode("utf-8", "replace")


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
