"""When a question is supported by the pages: a job is named, or (without a name) a page is close in meaning.

The cut-offs are settings, calibrated by bench/gate.py (docs/benchmarks.md).
"""

from __future__ import annotations

from chatbot.config import Settings
from chatbot.models import Intent, JobLink, Question
from chatbot.text import is_japanese


def is_supported(
    question: Question, intent: Intent | None, links: list[JobLink], best: float | None, settings: Settings
) -> bool:
    """Whether some indexed job matches: named, or (without a name) close enough in meaning.

    A question that names a job we do not have ("become an astronaut") is not supported, nor is one that asks
    nothing about work (no intent) unless it is very close to a page; Japanese has no dense evidence.

    Args:
        best: the best cosine of the question with any embedded chunk (None: the model did not read it).
    """
    if links:
        return True
    if question.mention is not None:  # a job is named: known if the name is one of ours, even an ambiguous one
        return bool(question.links)
    if intent is None:
        return (best or 0.0) >= settings.support_cosine_no_intent
    japanese = best is None and is_japanese(question.standalone or question.text)
    return (best or 0.0) >= settings.support_cosine or japanese
