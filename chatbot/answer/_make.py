"""The one place an Answer is built from a question, its text and the citations it rests on."""

from __future__ import annotations

import re
import unicodedata

from chatbot.answer._citations import Ledger
from chatbot.models import Answer, Hit, Question

BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
HAIR_SPACE = "\u200a"  # Unicode whitespace (Zs) that is all but invisible: it lets the ** close or open


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
        answer=flanked(text),
        answered=answered,
        citations=citations,
        jobs=list(dict.fromkeys(c.job for c in citations)),
        about=about if about is not None else list(question.jobs),
        question=question.typed or question.text,
        standalone_question=question.standalone,
        read_as=question.text if question.typed else None,
        intent=question.intent,
        hinted=list(question.hinted),
        act=question.act,
        suggestions=suggestions or [],
        hits=hits or [],
    )


def flanked(text: str) -> str:
    """Markdown whose bold always renders: CommonMark does not close "**Ward Mayor (Tokyo Special Wards)**の" (the
    closing ** sits between punctuation and a letter), so a hair space goes between; likewise before an opening **
    that a letter precedes and punctuation follows ("は**（株）…**")."""

    def fixed(match: re.Match[str]) -> str:
        inner, start, end = match.group(1), match.start(), match.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        lead = HAIR_SPACE if punctuation(inner[0]) and not (before.isspace() or punctuation(before)) else ""
        tail = HAIR_SPACE if punctuation(inner[-1]) and not (after.isspace() or punctuation(after)) else ""
        return f"{lead}**{inner}**{tail}"

    return BOLD.sub(fixed, text)


def punctuation(char: str) -> bool:
    """Unicode punctuation or symbol, as CommonMark's flanking rules count it."""
    return unicodedata.category(char)[0] in "PS"
