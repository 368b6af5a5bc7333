"""Evaluation of career guidance on sets written from the data (tests/eval/guidance_*.jsonl), one case per line:

    {"id": "gt-m-01", "kind": "match", "lang": "en", "request": "...", "acceptable": ["Musicians and Singers", ...]}
    {"id": "gt-g-01", "kind": "gap", "lang": "en", "question": "...", "from": "...", "to": "...", "facts": [...]}
    {"id": "gt-p-01", "kind": "path", "lang": "en", "question": "...", "from": "...", "to": "...", "routes": [[...]]}

Match: precision at 5, the share of the first five suggestions that are acceptable. Gap: fact recall, the share
of the facts that appear in the gap table (an item, or a cell) or the answer. Path: whether the first route is one
of the acceptable routes, and whether every hop of every route shown is cited.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from statistics import mean
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from chatbot.answer._evaluate import first_case
from chatbot.errors import ChatbotError
from chatbot.models import Answer

TOP = 5


class GuidanceCase(BaseModel):
    """One request and what would answer it."""

    id: str
    kind: Literal["match", "gap", "path"]
    lang: str = "en"
    request: str = ""
    question: str = ""
    acceptable: list[str] = Field(default_factory=list)
    source: str = Field("", alias="from")
    target: str = Field("", alias="to")
    facts: list[str] = Field(default_factory=list)
    routes: list[list[str]] = Field(default_factory=list)

    @property
    def asked(self) -> str:
        return self.request or self.question


class GuidanceOutcome(BaseModel):
    """How one case went."""

    id: str
    kind: str
    lang: str
    score: float = Field(description="P@5 (match), fact recall (gap), first route acceptable 0/1 (path).")
    cited: bool = Field(True, description="Path: every hop of every route cites a page line.")
    got: list[str] = Field(default_factory=list, description="Suggested jobs, facts missed, or the first route.")


class GuidanceReport(BaseModel):
    """Mean score per kind and language, with every case's outcome."""

    scores: dict[str, float]
    counts: dict[str, int]
    hops_cited: float
    outcomes: list[GuidanceOutcome]


def is_guidance_set(path: Path) -> bool:
    """True when the file's first case has a "kind" (this format)."""
    return "kind" in first_case(path)


def load_guidance(path: Path) -> list[GuidanceCase]:
    """Read a guidance set. Raises ChatbotError on an unreadable file or an invalid line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ChatbotError(f"Cannot read the evaluation set {path}: {exc.strerror or exc}") from exc
    try:
        return [GuidanceCase.model_validate_json(line) for line in lines if line.strip()]
    except ValidationError as exc:
        raise ChatbotError(f"{path}: not a guidance case: {exc.errors()[0]['msg']}") from exc


def evaluate_guidance(cases: list[GuidanceCase], ask: Callable[[str], Answer]) -> GuidanceReport:
    """Ask every case in a fresh conversation and score it."""
    outcomes = [outcome(case, ask(case.asked)) for case in cases]
    groups: dict[str, list[GuidanceOutcome]] = {}
    for item in outcomes:
        groups.setdefault(item.kind, []).append(item)
        groups.setdefault(f"{item.kind} {item.lang}", []).append(item)
    paths = [item for item in outcomes if item.kind == "path"]
    return GuidanceReport(
        scores={name: round(mean(o.score for o in group), 3) for name, group in sorted(groups.items())},
        counts={name: len(group) for name, group in sorted(groups.items())},
        hops_cited=round(mean(o.cited for o in paths), 3) if paths else 1.0,
        outcomes=outcomes,
    )


def outcome(case: GuidanceCase, answer: Answer) -> GuidanceOutcome:
    """Score one answer."""
    base = {"id": case.id, "kind": case.kind, "lang": case.lang}
    if case.kind == "match":
        got = [match.job for match in answer.matches[:TOP]]
        return GuidanceOutcome(**base, score=sum(job in case.acceptable for job in got) / TOP, got=got)
    if case.kind == "gap":
        shown = answer.answer + " ".join(f"{r.item} {r.have} {r.need}" for r in answer.gap.rows) if answer.gap else ""
        missed = [fact for fact in case.facts if fact not in shown]
        return GuidanceOutcome(**base, score=1 - len(missed) / max(len(case.facts), 1), got=missed)
    first = answer.routes[0].jobs if answer.routes else []
    cited = bool(answer.routes) and all(hop.cites for route in answer.routes for hop in route.hops)
    return GuidanceOutcome(**base, score=float(first in case.routes), cited=cited, got=first)


def format_guidance_report(report: GuidanceReport, misses: bool = False) -> str:
    """A table of the scores (and, with misses, the cases below full marks)."""
    lines = [f"{'kind':14} {'cases':>5}  score", "-" * 28]
    lines += [f"{name:14} {report.counts[name]:5}  {score:.3f}" for name, score in report.scores.items()]
    lines.append(f"{'path hops cited':20} {report.hops_cited:.3f}")
    if misses:
        lines += [f"{o.id} [{o.kind}] {o.score:.2f}: {o.got}" for o in report.outcomes if o.score < 1]
    return "\n".join(lines)
