"""Pydantic types shared by every stage: pages, chunks, index records, hits, citations, answers."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class Intent(StrEnum):
    """What a question asks about a job."""

    BECOME = "become"  # how to get into the job: career path, education, training, experience
    WORK = "work"  # what the work is: summary, description, tasks
    SKILLS = "skills"  # required and recommended skills, knowledge, abilities
    QUALIFICATIONS = "qualifications"  # licences and certificates
    OUTLOOK = "outlook"  # future outlook and demand
    PERSONALITY = "personality"  # personality traits, aptitudes, interests, values
    WORK_STYLE = "work_style"  # working conditions, hours, employment type
    RELATED = "related"  # related jobs, other names
    COMPARE = "compare"  # two or more jobs side by side


class AptitudeRow(BaseModel):
    """One row of an "Item Description" aptitude table."""

    item: str
    description: str


class Section(BaseModel):
    """A headed block of a job page: the raw text plus the structure found inside it."""

    heading: str
    text: str = ""
    items: list[str] = Field(default_factory=list, description="Bullet (•) or slash ( / ) list items.")
    steps: list[str] = Field(default_factory=list, description="Career-path steps joined by →, in order.")
    rows: list[AptitudeRow] = Field(default_factory=list, description="Aptitude table rows.")


class JobPage(BaseModel):
    """A parsed job page: title line, optional reading or code line, ordered sections."""

    title: str
    source: str = Field(description="File name the page came from.")
    reading: str | None = Field(None, description="Japanese kana reading of the title, where present.")
    code: str | None = Field(None, description="Occupation code line (e.g. an O*NET-SOC code), where present.")
    sections: list[Section] = Field(default_factory=list)

    def section(self, heading: str) -> Section | None:
        """Return the first section with this heading, or None."""
        return next((s for s in self.sections if s.heading == heading), None)


class Chunk(BaseModel):
    """A retrievable piece of one section. FAISS row i of an index is chunk i of its chunk table."""

    id: str = Field(description="Stable id: source#heading#part.")
    source: str
    job: str
    section: str
    part: int = 0
    text: str = Field(description="The raw section text (or part of it) shown to people.")
    text_hash: str = Field(description="sha256 of the text given to the embedder.")
    embedded: bool = Field(True, description="False: a zero vector stands in; found only lexically.")


class JobEntry(BaseModel):
    """What the index remembers of each page beyond its chunks: names used to recognise the job."""

    title: str
    source: str
    reading: str | None = None
    code: str | None = None
    aliases: list[str] = Field(default_factory=list)
    related_jobs: list[str] = Field(default_factory=list)
    headings: list[str] = Field(default_factory=list)


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
        if self.problems:
            line += f"; {len(self.problems)} file(s) skipped"
        return line


class Hit(BaseModel):
    """A retrieved chunk with the scores that ranked it."""

    chunk: Chunk
    score: float
    dense: float | None = None
    lexical: float | None = None


class Retrieval(BaseModel):
    """What retrieval made of a question: the query it searched, its intent, the jobs it linked, the hits."""

    query: str
    intent: Intent | None = None
    jobs: list[str] = Field(default_factory=list, description="Titles of the jobs the question is about.")
    hits: list[Hit] = Field(default_factory=list)
    supported: bool = Field(True, description="False when no indexed job matches the question well enough.")


class Citation(BaseModel):
    """A numbered reference to the passage an answer sentence rests on."""

    n: int
    job: str
    section: str
    source: str
    text: str


class ComparisonRow(BaseModel):
    """One row of a side-by-side comparison: a section and one cell per job (markdown with [n] citations)."""

    section: str
    cells: list[str]


class Comparison(BaseModel):
    """Jobs side by side, sections as rows."""

    jobs: list[str]
    rows: list[ComparisonRow] = Field(default_factory=list)


class Answer(BaseModel):
    """What the bot says to one question. The first four fields are the CLI --json contract."""

    answer: str
    answered: bool
    citations: list[Citation] = Field(default_factory=list)
    jobs: list[str] = Field(default_factory=list)
    question: str = ""
    standalone_question: str = ""
    intent: Intent | None = None
    suggestions: list[str] = Field(default_factory=list, description="Next questions to offer.")
    comparison: Comparison | None = None
    hits: list[Hit] = Field(default_factory=list, exclude=True)

    def contract(self) -> dict[str, object]:
        """The JSON object `chatbot ask --json` prints."""
        return self.model_dump(mode="json")
