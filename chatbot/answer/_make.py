"""The one place an Answer is built from a question, its text and the citations it rests on."""

from __future__ import annotations

from chatbot.answer._citations import Ledger
from chatbot.models import Answer, Hit, Question


def make_answer(
    question: Question,
    text: str,
    answered: bool,
    ledger: Ledger | None = None,
    suggestions: list[str] | None = None,
    hits: list[Hit] | None = None,
    about: list[str] | None = None,
) -> Answer:
    """An answer (or a refusal, answered=False) whose jobs are those its citations name, in order.

    Args:
        about: the jobs the answer is about, when not the question's (passages of several jobs: the best one).
    """
    citations = ledger.citations if ledger else []
    return Answer(
        answer=text,
        answered=answered,
        citations=citations,
        jobs=list(dict.fromkeys(c.job for c in citations)),
        about=about if about is not None else list(question.jobs),
        question=question.typed or question.text,
        standalone_question=question.standalone,
        read_as=question.text if question.typed else None,
        intent=question.intent,
        act=question.act,
        suggestions=suggestions or [],
        hits=hits or [],
    )
