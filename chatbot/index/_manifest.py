"""A version's manifest: read (optionally accepting an older format an update can upgrade) and verified against
the checksums of its data files."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from chatbot.errors import IndexCorruptError, IndexMismatchError, IndexMissingError
from chatbot.index._shards import data_files
from chatbot.index._versions import current_version
from chatbot.ingest import file_sha256
from chatbot.models import Manifest

FORMAT_VERSION = 3
UPGRADABLE = (1, 2)  # older formats an update can still read, to reuse their vectors


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
    expected = data_files(manifest)
    if set(manifest.checksums) != expected:
        raise IndexCorruptError(str(index_dir), "the manifest's checksums do not name this version's data files")
    for name in sorted(expected):
        try:
            digest = file_sha256(version / name)
        except OSError as exc:
            raise IndexCorruptError(str(index_dir), f"{name} cannot be read: {exc.strerror}") from exc
        if digest != manifest.checksums[name]:
            raise IndexCorruptError(str(index_dir), f"{name} does not match its checksum")
    return manifest
