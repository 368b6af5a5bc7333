"""What describes an index on disk and a run that updates it: manifest, file records, problems, report, status."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field


class FileRecord(BaseModel):
    """One indexed source file in the manifest."""

    sha256: str
    size: int
    mtime_ns: int | None = Field(None, description="Modification time when indexed: same size and time = unchanged.")
    title: str
    chunks: int


class Manifest(BaseModel):
    """Describes an index version: format, model, chunking fingerprint and every source file."""

    format_version: int
    model: str
    dimension: int
    fingerprint: str = Field(description="Hash of the parser and chunking settings the index was built with.")
    built_at: str
    files: dict[str, FileRecord] = Field(default_factory=dict)
    shards: int = Field(0, description="How many shards the data is split into by file name (0: one unsplit set).")
    ivf_lists: int = Field(
        0, description="Inverted lists of the IVF index stored with this version (0: none; dense search is exact)."
    )
    checksums: dict[str, str] = Field(default_factory=dict, description="sha256 of each data file.")


class Problem(BaseModel):
    """A file that could not be indexed, and why."""

    file: str
    reason: str


class IndexReport(BaseModel):
    """Summary of one `chatbot index` run."""

    added: list[str] = Field(default_factory=list)
    changed: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    unchanged: int = 0
    chunks: int = 0
    embedded: int = Field(0, description="Chunks sent through the model in this run.")
    reused: int = Field(0, description="Chunk vectors reused from the previous index by content hash.")
    full_rebuild: bool = False
    rebuild_reason: str | None = None
    problems: list[Problem] = Field(default_factory=list)
    seconds: float = 0.0
    model_seconds: float = Field(0.0, description="Part of seconds spent loading the model (0: none was needed).")
    written: bool = Field(False, description="False when nothing changed and the index was left as it was.")
    ivf_trained: int = Field(0, description="Lists of the IVF index this run trained (0: none; search stays exact).")

    @property
    def touched(self) -> list[str]:
        """The files this run adds, changes or removes."""
        return [*self.added, *self.changed, *self.removed]

    def summary(self) -> str:
        """One line for people: what changed and how long it took."""
        line = (
            f"added {len(self.added)}, changed {len(self.changed)}, removed {len(self.removed)}, "
            f"unchanged {self.unchanged} files; {self.chunks} chunks ({self.embedded} embedded, "
            f"{self.reused} reused); {self.seconds:.2f}s"
        )
        if self.model_seconds:
            line += f" (model load {self.model_seconds:.2f}s)"
        if self.ivf_trained:
            line += f"; IVF index trained ({self.ivf_trained} lists)"
        if self.problems:
            line += f"; {len(self.problems)} file(s) skipped"
        return line


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
