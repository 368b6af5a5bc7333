"""Career guidance in an answer: the suggested jobs and why, the gap table, the routes (the `--json` shape of
docs/guidance.md). Every reason and cell names the numbers of the citations that support it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

RIASEC_CODES = ("R", "I", "A", "S", "E", "C")


class InterestReading(BaseModel):
    """What the system read of a person: interest levels, and the most schooling they will do. Shown, and editable
    in the app's "Find jobs for me" panel."""

    scores: dict[str, float] = Field(default_factory=dict, description="RIASEC code -> 0..1 (strongest = 1).")
    described: str = Field("", description='How it is shown: "Investigative high, Realistic medium".')
    schooling: int | None = Field(None, description="The highest job zone (1-5) the person will train for; None: any.")
    explicit: bool = Field(False, description="Set by the person (sliders), not read from their words.")


class Reason(BaseModel):
    """One reason a job is suggested, or one next step, and the citations behind it."""

    kind: Literal["words", "interests", "preparation", "text_only", "step"]
    text: str
    cites: list[int] = Field(default_factory=list)


class JobMatch(BaseModel):
    """A suggested job."""

    job: str
    score: float
    interest_fit: float | None = Field(None, description="Correlation of the person's interests with the job's.")
    reasons: list[Reason] = Field(default_factory=list)


class GapRow(BaseModel):
    """One row of a gap table: a skill, knowledge area, schooling, job zone or qualification."""

    kind: Literal["carries_over", "more", "not_listed", "schooling", "preparation", "qualification", "work"]
    item: str
    have: str | None = Field(None, description="What the person's job page says (None: not on it).")
    need: str | None = Field(None, description="What the target job's page says.")
    cites: list[int] = Field(default_factory=list)


class GapTable(BaseModel):
    """From one job to another: what carries over, what is missing, and the next steps the target's page supports."""

    source: str
    target: str
    rows: list[GapRow] = Field(default_factory=list)
    next_steps: list[Reason] = Field(default_factory=list)


class RouteHop(BaseModel):
    """One hop of a route and why it is there."""

    source: str
    target: str
    via: Literal["related_jobs", "career_path", "career_mention", "similar_profile", "distant_profile"]
    similarity: float | None = None
    reason: str = Field("", description="Why the hop is there, as the answer says it.")
    cites: list[int] = Field(default_factory=list)


class CareerRoute(BaseModel):
    """A route from where the person is to where they want to be."""

    jobs: list[str]
    hops: list[RouteHop] = Field(default_factory=list)
