"""When a question is supported by the pages: a job is named, or (without a name) a page is close in meaning.

The cut-offs are settings, calibrated by bench/gate.py (docs/benchmarks.md).
"""

from __future__ import annotations

import re

from chatbot.config import Settings
from chatbot.models import Intent, JobLink, Question
from chatbot.text import is_japanese

MIN_KIND = 2  # characters: a one-character word (工, 士) is part of too many titles to name a kind
DOES_JA = re.compile(r"(?:する|している|してる|をやる)")  # a verb before the job word a clause describes


def is_supported(
    question: Question,
    intent: Intent | None,
    links: list[JobLink],
    best: float | None,
    settings: Settings,
    leader: str | None = None,
) -> bool:
    """Whether some indexed job matches: named, or (without a name) close enough in meaning.

    A question that names a job we do not have ("become an astronaut") is not supported, nor is one that asks
    nothing about work (no intent) unless it is very close to a page; Japanese has no dense evidence.

    Args:
        best: the best cosine of the question with any embedded chunk (None: the model did not read it).
        leader: the title of the job the words rank first.
    """
    if links:
        return True
    if question.mention is not None:  # a job is named: known if the name is one of ours, even an ambiguous one
        return bool(question.links) or of_kind(question, leader)
    if intent is None:
        return (best or 0.0) >= settings.support_cosine_no_intent
    japanese = best is None and is_japanese(question.standalone or question.text)
    return (best or 0.0) >= settings.support_cosine or japanese


def of_kind(question: Question, leader: str | None) -> bool:
    """Whether a Japanese job word no name completes is a kind of job the page the words rank first is titled by:
    "製薬工場の製造の仕事" names 医薬品製造, whose summary says 製薬工場 (the kinds of 製造 are many)."""
    mention = DOES_JA.split(question.mention or "")[-1]  # "メンテする保全": 保全, the job word the clause describes
    return question.lang == "ja" and leader is not None and len(mention) >= MIN_KIND and mention in leader
