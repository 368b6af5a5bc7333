"""The seed folders now: which files are pages, which are unchanged since the last index, which are new or changed.

The one owner of three rules: which files of a seeds folder are job pages (seed_files), when a file counts as
unchanged (size and modification time as recorded, else the same sha256), and that two pages may not share a title
(compared case-insensitively).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from chatbot.config import Settings
from chatbot.errors import PageError, SeedsFolderError
from chatbot.ingest._parse import decode, parse_page, read_bytes
from chatbot.models import FileRecord, JobPage, Problem


@dataclass
class SourceScan:
    """What the seed folders hold now, sorted out against the previous manifest."""

    paths: dict[str, Path] = field(default_factory=dict)
    pages: dict[str, tuple[JobPage, str, int, int]] = field(default_factory=dict)  # name -> page, sha256, size, mtime
    unchanged: list[str] = field(default_factory=list)
    stats: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (size, mtime_ns) as seen now
    kept: list[str] = field(default_factory=list)  # known files now broken: their last good version stays
    problems: list[Problem] = field(default_factory=list)


def seed_files(folders: list[Path], skip_unreadable: bool = False) -> tuple[dict[str, Path], list[Problem]]:
    """The job page files of the seed folders by name, and the files that are not pages, with why.

    Hidden files and folders are left out; a name must be unique across folders (the first folder keeps it).

    Args:
        skip_unreadable: pass over a missing or unreadable folder (a status view) instead of raising.
    Raises:
        SeedsFolderError: a folder is missing or unreadable (indexing on would drop all of its pages).
    """
    paths: dict[str, Path] = {}
    problems: list[Problem] = []
    for folder in folders:
        try:
            entries = folder_entries(folder)
        except SeedsFolderError:
            if skip_unreadable:
                continue
            raise
        for path in entries:
            if path.name.startswith(".") or path.is_dir():
                continue
            problem = name_problem(path, paths)
            if problem:
                problems.append(Problem(file=printable(path.name), reason=problem))
            else:
                paths[path.name] = path
    return paths, problems


def folder_entries(folder: Path) -> list[Path]:
    """The entries of a seeds folder, sorted."""
    try:
        return sorted(folder.iterdir())
    except FileNotFoundError as exc:
        raise SeedsFolderError(str(folder), "not found") from exc
    except OSError as exc:
        raise SeedsFolderError(str(folder), f"cannot be read ({exc.strerror or exc})") from exc


def name_problem(path: Path, paths: Mapping[str, Path]) -> str | None:
    """Why a file of a seeds folder is not taken as a page, or None."""
    if path.suffix.lower() != ".txt":
        return "not a .txt job page; ignored"
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        return "the file name is not UTF-8; rename the file"
    if path.name in paths:
        return f"same file name already in {paths[path.name].parent}"
    return None


def printable(name: str) -> str:
    """A file name fit to print and store, whatever bytes it has ("caf\udce9.txt" -> "caf�.txt")."""
    return os.fsencode(name).decode("utf-8", "replace")


def scan_sources(settings: Settings, known: dict[str, FileRecord]) -> SourceScan:
    """Read every seed file once: unchanged ones by hash, new or changed ones parsed.

    A file whose size and modification time are those recorded is unchanged without being read (as git does).
    """
    paths, problems = seed_files(settings.seeds)
    scan = SourceScan(paths=paths, problems=problems)
    for name, path in scan.paths.items():
        try:
            size, mtime = scan.stats[name] = stat_of(path)
            if same_stat(known.get(name), size, mtime):
                scan.unchanged.append(name)
                continue
            data = read_bytes(path, settings.max_file_bytes)
            digest = hashlib.sha256(data).hexdigest()
            if name in known and known[name].sha256 == digest:
                scan.unchanged.append(name)
                continue
            page = parse_page(decode(data, name), name, settings.vocabulary.texts)
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


def same_stat(record: FileRecord | None, size: int, mtime: int) -> bool:
    """True when a file's size and modification time are those recorded: unchanged without reading it (as git
    does)."""
    return record is not None and (record.size, record.mtime_ns) == (size, mtime)


def unchanged(path: Path, record: FileRecord) -> bool:
    """True when the file is the one indexed: same size and time, or else the same sha256 (False if unreadable)."""
    try:
        size, mtime = stat_of(path)
        return same_stat(record, size, mtime) or (size == record.size and file_sha256(path) == record.sha256)
    except OSError:  # unreadable now: a reindex will report it
        return False


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def title_owner(title: str, owners: Mapping[str, str]) -> str | None:
    """The file that already has this title, if any; titles -> files in owners, compared case-insensitively.

    ("ward mayor", {"Ward Mayor": "003.txt"}) -> "003.txt"
    """
    folded = {known.casefold(): owner for known, owner in owners.items()}
    return folded.get(title.casefold())


def drop_duplicate_titles(scan: SourceScan, known: dict[str, FileRecord]) -> None:
    """A title already used by another page makes the later page a problem (answers must name one job)."""
    owners = {known[n].title: n for n in [*scan.unchanged, *scan.kept]}
    for name in sorted(scan.pages):
        title = scan.pages[name][0].title
        owner = title_owner(title, owners)
        if owner is not None:
            scan.problems.append(Problem(file=name, reason=f"duplicate title {title!r} (also in {owner}); skipped"))
            del scan.pages[name]
        else:
            owners[title] = name
