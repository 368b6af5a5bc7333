"""Turn-level evaluation of whole answers over dialogues: the right job and section cited, or an honest refusal.

A set is JSONL, one dialogue per line (a single question is a dialogue of one turn):
    {"id": "ho-055", "category": "dialogue", "lang": "en", "turns": [
        {"question": "how do I become a ward mayor?", "jobs": ["Ward Mayor (Tokyo Special Wards)"],
         "sections": ["Career Path"], "act": "new"},
        {"question": "what does it pay?", "refuse": true, "act": "other_topic_same_job"}]}
An answerable turn is right when one of the answer's first three citations is one of its jobs and sections (with
"require_all", every listed job must be cited with one of the sections somewhere); a refuse turn, or a small-talk turn
listing no job, is right when the answer declines (answered is false). Every turn is asked in order in one conversation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from chatbot.answer._dialogue import Conversation
from chatbot.errors import ChatbotError
from chatbot.models import Answer, DialogueAct

TOP = 3  # an answer is judged on its first three citations
Ask = Callable[[str, Conversation], Answer]


class TurnCase(BaseModel):
    """One question of a dialogue and what would answer it."""

    question: str
    jobs: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)
    refuse: bool = False
    require_all: bool = False
    act: DialogueAct | None = None

    @property
    def declines(self) -> bool:
        """Whether the right answer cites nothing: a refusal, or small talk listing no job (nothing to cite)."""
        return self.refuse or (self.act == DialogueAct.SMALL_TALK and not self.jobs)


class DialogueCase(BaseModel):
    """A conversation of one or more turns."""

    id: str
    category: str
    lang: str = "en"
    turns: list[TurnCase]


class TurnOutcome(BaseModel):
    """How one turn went."""

    id: str
    turn: int
    category: str
    lang: str
    question: str
    expected_refusal: bool
    answered: bool
    right: bool
    act: DialogueAct | None = None
    act_right: bool | None = None
    cited: list[str] = Field(default_factory=list, description="The first citations as job — section.")


class DialogueScores(BaseModel):
    """Rates over a group of turns."""

    turns: int
    right: float
    answerable: int
    false_refusals: int
    unanswerable: int
    false_answers: int
    act_accuracy: float | None = None


class DialogueReport(BaseModel):
    """Scores per category, per language and overall, with every turn's outcome."""

    categories: dict[str, DialogueScores]
    languages: dict[str, DialogueScores]
    overall: DialogueScores
    outcomes: list[TurnOutcome]


def first_case(path: Path) -> dict[str, object]:
    """The first case of a JSON-lines set ({} when the file cannot be read or its first line is no object): what
    tells the set formats apart."""
    try:
        first = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        case = json.loads(first)
    except (OSError, StopIteration, ValueError):
        return {}
    return case if isinstance(case, dict) else {}


def is_dialogue_set(path: Path) -> bool:
    """True when the file's first case has turns that are objects (this format), not strings (retrieval cases)."""
    turns = first_case(path).get("turns")
    return isinstance(turns, list) and bool(turns) and isinstance(turns[0], dict)


def load_dialogues(path: Path) -> list[DialogueCase]:
    """Read a dialogue set, one case per line.

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
                cases.append(DialogueCase.model_validate_json(line))
            except ValidationError as exc:
                raise ChatbotError(f"{path}, line {number}: not a valid dialogue ({exc.errors()[0]['msg']})") from exc
    return cases


def judge(expected: TurnCase, answer: Answer) -> bool:
    """Whether an answer is right for a turn (see the module docstring)."""
    if expected.declines:
        return not answer.answered
    if not answer.answered:
        return False
    if expected.require_all:
        cited = {(c.job, c.section) for c in answer.citations}
        return all(any((job, section) in cited for section in expected.sections) for job in expected.jobs)
    return any(c.job in expected.jobs and c.section in expected.sections for c in answer.citations[:TOP])


def run_dialogue(case: DialogueCase, ask: Ask) -> list[TurnOutcome]:
    """Ask every turn of a case in one conversation and judge each answer."""
    conversation = Conversation()
    outcomes = []
    for n, expected in enumerate(case.turns):
        answer = ask(expected.question, conversation)
        outcomes.append(
            TurnOutcome(
                id=case.id,
                turn=n,
                category=case.category,
                lang=case.lang,
                question=expected.question,
                expected_refusal=expected.declines,
                answered=answer.answered,
                right=judge(expected, answer),
                act=answer.act,
                act_right=None if expected.act is None or answer.act is None else answer.act == expected.act,
                cited=[f"{c.job} — {c.section}" for c in answer.citations[:TOP]],
            )
        )
    return outcomes


def dialogue_scores(outcomes: list[TurnOutcome]) -> DialogueScores:
    """Rates over a group of turn outcomes."""
    answerable = [o for o in outcomes if not o.expected_refusal]
    unanswerable = [o for o in outcomes if o.expected_refusal]
    judged = [o.act_right for o in outcomes if o.act_right is not None]
    return DialogueScores(
        turns=len(outcomes),
        right=sum(o.right for o in outcomes) / max(len(outcomes), 1),
        answerable=len(answerable),
        false_refusals=sum(not o.answered for o in answerable),
        unanswerable=len(unanswerable),
        false_answers=sum(o.answered for o in unanswerable),
        act_accuracy=sum(judged) / len(judged) if judged else None,
    )


def evaluate_dialogues(cases: list[DialogueCase], ask: Ask) -> DialogueReport:
    """Run every dialogue and score its turns per category, per language and overall."""
    outcomes = [outcome for case in cases for outcome in run_dialogue(case, ask)]

    def grouped(key: Callable[[TurnOutcome], str]) -> dict[str, DialogueScores]:
        return {name: dialogue_scores([o for o in outcomes if key(o) == name]) for name in sorted(map(key, outcomes))}

    return DialogueReport(
        categories=grouped(lambda o: o.category),
        languages=grouped(lambda o: o.lang),
        overall=dialogue_scores(outcomes),
        outcomes=outcomes,
    )


def format_dialogue_report(report: DialogueReport, misses: bool = False) -> str:
    """A fixed-width table (and, when asked, every wrong turn with what was cited instead)."""
    header = f"{'group':<14} {'turns':>5} {'right':>6} | {'refused wrongly':>15} {'answered wrongly':>16} | {'act':>5}"
    lines = [header, "-" * len(header)]
    for name, group in [*report.categories.items(), *report.languages.items(), ("overall", report.overall)]:
        act = "-" if group.act_accuracy is None else f"{group.act_accuracy:.2f}"
        lines.append(
            f"{name:<14} {group.turns:>5} {group.right:>6.2f} | {group.false_refusals:>4} of {group.answerable:<8}"
            f" {group.false_answers:>5} of {group.unanswerable:<8} | {act:>5}"
        )
    if misses:
        wrong = [o for o in report.outcomes if not o.right]
        lines += [f"{o.id}#{o.turn} [{o.act}] {o.question!r}: {verdict(o)} <- {'; '.join(o.cited)}" for o in wrong]
    return "\n".join(lines)


def verdict(outcome: TurnOutcome) -> str:
    """What the system did with a turn, in a word."""
    return "answered" if outcome.answered else "refused"
