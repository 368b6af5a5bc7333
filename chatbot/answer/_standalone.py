"""The question a resolved turn searches for: its intent asked of the jobs it is about, or the question as typed."""

from __future__ import annotations

from chatbot.answer._phrases import join_names, question_for
from chatbot.models import Intent, Question


def standalone(question: Question) -> str:
    """The question to search for: the intent's question about the question's jobs, or the question as asked.

    ("what is its outlook?", OUTLOOK, ["Nurse"]) -> "What is the outlook for Nurse?"
    """
    if not question.jobs:
        return question.text
    if question.intent in (Intent.GAP, Intent.PATH) and question.origin:
        return question_for(question.intent, join_names(question.jobs, question.lang), question.lang, question.origin)
    if question.intent is Intent.COMPARE and len(question.jobs) >= 2:
        others = join_names(question.jobs[1:], question.lang)
        return question_for(Intent.COMPARE, question.jobs[0], question.lang, other=others)
    if question.intent is not None:
        return question_for(question.intent, join_names(question.jobs, question.lang), question.lang)
    if question.named:
        return question.text
    return f"{question.text} ({join_names(question.jobs, question.lang)})"
