"""Retrieval evaluation: hit@1/3/5 and MRR of jobs and sections over a JSONL development set.

Each line of the set is one case:
    {"id": "en_title-001", "category": "en_title", "question": "How do I become an electrician?",
     "jobs": ["Electricians"], "sections": ["Job Zone", "Education"], "intent": "become"}
with "turns": [...] instead of "question" for a conversation (the last turn is scored). A case with no jobs has
no answer in the sources: it counts as a hit at rank 1, for jobs and sections alike, when retrieval says
supported=False, and as a miss otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, model_validator

from chatbot.errors import ChatbotError
from chatbot.index import StoredIndex
from chatbot.models import Intent, Retrieval
from chatbot.retrieval._mode import Mode
from chatbot.retrieval._question import strong_links
from chatbot.retrieval._retriever import Retriever
from chatbot.text import clean_question

CUTOFFS = (1, 3, 5)
DEPTH = 10  # hits retrieved per case; ranks beyond count as misses


class Case(BaseModel):
    """One question (or conversation) and what would answer it."""

    id: str
    category: str
    question: str | None = None
    turns: list[str] = Field(default_factory=list)
    jobs: list[str] = Field(default_factory=list, description="Acceptable job titles; empty: no answer exists.")
    sections: list[str] = Field(default_factory=list, description="Acceptable section headings.")
    intent: Intent | None = None

    @model_validator(mode="after")
    def one_question(self) -> Case:
        if (self.question is None) == (not self.turns):
            raise ValueError("give either question or turns")
        return self

    @property
    def questions(self) -> list[str]:
        return self.turns or [self.question or ""]


class Outcome(BaseModel):
    """Where the first acceptable job and section came (1-based; None: not in the first DEPTH hits)."""

    id: str
    category: str
    job_rank: int | None
    section_rank: int | None
    intent_ok: bool | None = None
    found: list[str] = Field(default_factory=list, description="The top hits as job — section.")


class Scores(BaseModel):
    """Hit rates and mean reciprocal rank of one group of cases."""

    cases: int
    job_hits: dict[int, float]
    job_mrr: float
    section_hits: dict[int, float]
    section_mrr: float
    intent_accuracy: float | None = None


class Report(BaseModel):
    """Scores per category and overall, with every case's outcome."""

    mode: str
    categories: dict[str, Scores]
    overall: Scores
    outcomes: list[Outcome]


def load_cases(path: Path) -> list[Case]:
    """Read a development set, one JSON case per line.

    Raises:
        ChatbotError: the file is missing or a line is not a valid case.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ChatbotError(f"Cannot read the evaluation set {path}: {exc.strerror or exc}") from exc
    cases = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                cases.append(Case.model_validate_json(line))
            except ValidationError as exc:
                raise ChatbotError(f"{path}, line {number}: not a valid case ({exc.errors()[0]['msg']})") from exc
    return cases


def check_cases(cases: Iterable[Case], index: StoredIndex) -> None:
    """Every acceptable job must be in the index and have at least one acceptable section.

    Raises:
        ChatbotError: naming the cases that cannot be answered from this index.
    """
    sections = {(chunk.job, chunk.section) for chunk in index.chunks}
    titles = {job.title for job in index.jobs}
    problems = [
        f"{case.id}: {title!r}" + (" is not in the index" if title not in titles else " has none of its sections")
        for case in cases
        for title in case.jobs
        if title not in titles or not any((title, section) in sections for section in case.sections)
    ]
    if problems:
        raise ChatbotError("The evaluation set does not fit this index: " + "; ".join(problems))


def run_case(retriever: Retriever, case: Case) -> Outcome:
    """Retrieve for a case and rank its hits. Earlier turns set the jobs in focus for a follow-up that names none."""
    focus: list[str] = []
    for turn in case.questions[:-1]:
        focus = retriever.retrieve(retriever.understand(clean_question(turn)), k=DEPTH).jobs or focus
    last = retriever.understand(clean_question(case.questions[-1]))
    jobs = [] if strong_links(last.links) else focus
    retrieval = retriever.retrieve(last.model_copy(update={"jobs": jobs}), k=DEPTH)
    judged = retriever.mode == Mode.FULL  # the other modes do not detect intent
    intent_ok = retrieval.intent == case.intent if judged and case.intent is not None else None
    found = [f"{hit.chunk.job} — {hit.chunk.section}" for hit in retrieval.hits[:3]]
    job_rank, section_rank = ranks(case, retrieval)
    return Outcome(
        id=case.id,
        category=case.category,
        job_rank=job_rank,
        section_rank=section_rank,
        intent_ok=intent_ok,
        found=found,
    )


def ranks(case: Case, retrieval: Retrieval) -> tuple[int | None, int | None]:
    """Rank of the first acceptable job (among distinct jobs) and of the first acceptable section hit."""
    if not case.jobs:
        return (None, None) if retrieval.supported else (1, 1)
    if not retrieval.supported:
        return None, None
    jobs = list(dict.fromkeys(hit.chunk.job for hit in retrieval.hits))
    job_rank = next((n for n, job in enumerate(jobs, 1) if job in case.jobs), None)
    section_rank = next(
        (
            n
            for n, hit in enumerate(retrieval.hits, 1)
            if hit.chunk.job in case.jobs and hit.chunk.section in case.sections
        ),
        None,
    )
    return job_rank, section_rank


def scores(outcomes: list[Outcome]) -> Scores:
    """Hit@1/3/5 and MRR over a group of outcomes."""
    n = max(len(outcomes), 1)

    def hits(attribute: str) -> dict[int, float]:
        return {c: sum(1 for o in outcomes if (getattr(o, attribute) or DEPTH + 1) <= c) / n for c in CUTOFFS}

    def mrr(attribute: str) -> float:
        return sum(1 / getattr(o, attribute) for o in outcomes if getattr(o, attribute)) / n

    judged = [o.intent_ok for o in outcomes if o.intent_ok is not None]
    return Scores(
        cases=len(outcomes),
        job_hits=hits("job_rank"),
        job_mrr=mrr("job_rank"),
        section_hits=hits("section_rank"),
        section_mrr=mrr("section_rank"),
        intent_accuracy=sum(judged) / len(judged) if judged else None,
    )


def evaluate(retriever: Retriever, cases: list[Case]) -> Report:
    """Run every case and score them per category and overall."""
    check_cases(cases, retriever.index)
    outcomes = [run_case(retriever, case) for case in cases]
    categories = sorted({o.category for o in outcomes})
    return Report(
        mode=str(retriever.mode),
        categories={c: scores([o for o in outcomes if o.category == c]) for c in categories},
        overall=scores(outcomes),
        outcomes=outcomes,
    )


def format_report(report: Report) -> str:
    """A fixed-width table: one row per category and one overall."""
    header = (
        f"{'category':<14} {'n':>3} | {'job@1':>5} {'@3':>5} {'@5':>5} {'MRR':>5} | "
        f"{'sec@1':>5} {'@3':>5} {'@5':>5} {'MRR':>5} | {'intent':>6}"
    )
    lines = [f"mode: {report.mode}", header, "-" * len(header)]
    for name, group in [*report.categories.items(), ("overall", report.overall)]:
        intent = "-" if group.intent_accuracy is None else f"{group.intent_accuracy:.2f}"
        lines.append(
            f"{name:<14} {group.cases:>3} | "
            + " ".join(f"{group.job_hits[c]:>5.2f}" for c in CUTOFFS)
            + f" {group.job_mrr:>5.2f} | "
            + " ".join(f"{group.section_hits[c]:>5.2f}" for c in CUTOFFS)
            + f" {group.section_mrr:>5.2f} | {intent:>6}"
        )
    return "\n".join(lines)


def format_misses(report: Report) -> str:
    """Cases whose section was not in the top 3, with what came first instead."""
    missed = [o for o in report.outcomes if (o.section_rank or DEPTH + 1) > 3 or o.job_rank != 1]
    return "\n".join(f"{o.id}: job {o.job_rank} section {o.section_rank} <- {'; '.join(o.found)}" for o in missed)
