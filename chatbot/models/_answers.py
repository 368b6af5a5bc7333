"""What retrieval and answering produce: hits, citations, comparisons, answers, career paths."""

from __future__ import annotations

from pydantic import BaseModel, Field

from chatbot.models._guidance import CareerRoute, GapTable, InterestReading, JobMatch
from chatbot.models._pages import Chunk
from chatbot.models._question import DialogueAct, Intent


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
    candidates: list[tuple[str, float]] = Field(
        default_factory=list, description="The best jobs for the question and their scores, best first."
    )

    def leading(self, margin: float) -> str | None:
        """The candidate job that leads the next one by at least margin, if one does."""
        if not self.candidates:
            return None
        if len(self.candidates) == 1 or self.candidates[0][1] - self.candidates[1][1] >= margin:
            return self.candidates[0][0]
        return None


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


class PathPosition(BaseModel):
    """Where along a job's career path the conversation is: the steps, and the one last talked about."""

    job: str
    steps: list[str]
    at: int = Field(description="Index into steps; len(steps) is past the last step.")


class Answer(BaseModel):
    """What the bot says to one question. The first four fields are the CLI --json contract."""

    answer: str
    answered: bool
    citations: list[Citation] = Field(default_factory=list)
    jobs: list[str] = Field(default_factory=list)
    about: list[str] = Field(
        default_factory=list, description="The jobs the answer is about, what a follow-up refers to (jobs: all cited)."
    )
    question: str = ""
    standalone_question: str = ""
    read_as: str | None = Field(
        None, description="The question with its typos corrected (or its romaji read as Japanese), when it had any."
    )
    intent: Intent | None = None
    hinted: list[str] = Field(
        default_factory=list, description="Headings the question's words pointed at (a follow-up keeps them)."
    )
    act: DialogueAct | None = Field(None, description="How the question related to the conversation.")
    suggestions: list[str] = Field(default_factory=list, description="Next questions to offer.")
    comparison: Comparison | None = None
    position: PathPosition | None = Field(None, description="The career path shown and the step it is at.")
    reading: InterestReading | None = Field(None, description="What was read of the person (job suggestions).")
    matches: list[JobMatch] = Field(default_factory=list, description="Suggested jobs, best first, with reasons.")
    gap: GapTable | None = Field(None, description="What carries over and what is missing, from one job to another.")
    routes: list[CareerRoute] = Field(default_factory=list, description="Routes between two jobs, best first.")
    hits: list[Hit] = Field(default_factory=list, exclude=True)

    def contract(self) -> dict[str, object]:
        """The JSON object `chatbot ask --json` prints."""
        return self.model_dump(mode="json")


class CareerPath(BaseModel):
    """What the pages say about getting into one job: steps, preparation and related jobs (for a diagram)."""

    job: str
    steps: list[str] = Field(default_factory=list, description="Career Path steps in order (seed pages).")
    preparation: list[str] = Field(
        default_factory=list, description="Job Zone and the commonest education levels (O*NET pages)."
    )
    related: list[str] = Field(default_factory=list)
    at: int | None = Field(None, description="The index of the job's own step in steps (None: no step names it).")

    @property
    def drawable(self) -> bool:
        """False when there is nothing to draw beyond the job itself (e.g. a page with prose only)."""
        return bool(self.steps or self.preparation or self.related)
