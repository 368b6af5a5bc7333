"""Job pages as parsed and as stored: sections with their structure, chunks, the job table."""

from __future__ import annotations

from pydantic import BaseModel, Field


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
