"""Index status for people: size, model, age, and whether the seed files changed since it was built.

Cheap enough to compute on every page view: it reads the manifest only (no vectors, no model) and hashes a
seed file only when its size matches the manifest's record but its time does not. Which files are pages and when
one is unchanged are the indexer's own rules (chatbot.ingest), so the status says what a reindex would do.
"""

from __future__ import annotations

from pathlib import Path

from chatbot.config import Settings
from chatbot.errors import ChatbotError
from chatbot.index._manifest import read_manifest
from chatbot.ingest import seed_files, unchanged
from chatbot.models import FileRecord, IndexStatus, SeedChanges


def seed_changes(folders: list[Path], indexed: dict[str, FileRecord]) -> SeedChanges:
    """Compare the seed folders with the manifest's records (size and time, else sha256)."""
    listed, _ = seed_files(folders, skip_unreadable=True)
    files = {name: path for name, path in listed.items() if path.is_file()}  # a FIFO or dead link: never a page
    changed = [name for name, path in files.items() if name in indexed and not unchanged(path, indexed[name])]
    return SeedChanges(
        added=sorted(set(files) - set(indexed)),
        changed=sorted(changed),
        removed=sorted(set(indexed) - set(files)),
    )


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
