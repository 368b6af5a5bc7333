"""Index status for people: size, model, age, and whether the seed files changed since it was built.

Cheap enough to compute on every page view: it reads the manifest only (no vectors, no model) and hashes a
seed file only when its size matches the manifest's record.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from chatbot.config import Settings
from chatbot.errors import ChatbotError
from chatbot.models import FileRecord
from chatbot.store import read_manifest, sha256_file


class SeedChanges(BaseModel):
    """Seed files that differ from the index: what a reindex would pick up."""

    added: list[str] = Field(default_factory=list)
    changed: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)

    @property
    def pending(self) -> bool:
        """True when a reindex would change something."""
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        """One line for people, e.g. "1 new, 0 changed, 2 removed"."""
        return f"{len(self.added)} new, {len(self.changed)} changed, {len(self.removed)} removed"


class IndexStatus(BaseModel):
    """What the sidebar says about the index."""

    index_dir: Path
    built: bool
    problem: str | None = Field(None, description="Why the index cannot be read, with what to do.")
    model: str | None = None
    dimension: int | None = None
    built_at: str | None = None
    pages: int = 0
    sections: int = Field(0, description="Chunks (indexed sections or section parts).")
    model_matches: bool = Field(True, description="False: settings name another model; a reindex rebuilds.")
    seeds: SeedChanges = Field(default_factory=SeedChanges)


def seed_files(folders: list[Path]) -> dict[str, Path]:
    """The .txt pages of the seed folders as the indexer lists them (not hidden; first folder wins a name)."""
    files: dict[str, Path] = {}
    for folder in folders:
        try:
            paths = sorted(folder.iterdir()) if folder.is_dir() else []
        except OSError:  # an unreadable folder: a reindex reports it
            continue
        for path in paths:
            if not path.name.startswith(".") and path.suffix.lower() == ".txt" and path.is_file():
                files.setdefault(path.name, path)
    return files


def seed_changes(folders: list[Path], indexed: dict[str, FileRecord]) -> SeedChanges:
    """Compare the seed folders with the manifest's records by size, then by sha256."""
    files = seed_files(folders)
    changed = [name for name, path in files.items() if name in indexed and differs(path, indexed[name])]
    return SeedChanges(
        added=sorted(set(files) - set(indexed)),
        changed=sorted(changed),
        removed=sorted(set(indexed) - set(files)),
    )


def differs(path: Path, record: FileRecord) -> bool:
    """True when the file is not the one indexed: another size or hash, or it can no longer be read."""
    try:
        return path.stat().st_size != record.size or sha256_file(path) != record.sha256
    except OSError:  # unreadable now: a reindex will report it
        return True


def index_status(settings: Settings) -> IndexStatus:
    """The status of settings.index_dir against settings.seeds.

    A file the indexer skipped as malformed stays "new" here; the reindex report lists why it was skipped.
    """
    try:
        manifest = read_manifest(settings.index_dir)
    except ChatbotError as exc:
        return IndexStatus(
            index_dir=settings.index_dir,
            built=False,
            problem=str(exc),
            seeds=seed_changes(settings.seeds, {}),
        )
    return IndexStatus(
        index_dir=settings.index_dir,
        built=True,
        model=manifest.model,
        dimension=manifest.dimension,
        built_at=manifest.built_at,
        pages=len(manifest.files),
        sections=sum(record.chunks for record in manifest.files.values()),
        model_matches=manifest.model == settings.model,
        seeds=seed_changes(settings.seeds, manifest.files),
    )
