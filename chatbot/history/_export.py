"""Feedback turned into evaluation cases for a person to label, and a count of it by job, section and intent."""

from __future__ import annotations

from collections import Counter

from chatbot.history._store import Feedback

PROBLEMS = ("not_helpful", "wrong_source", "not_what_i_asked")


def feedback_cases(feedback: list[Feedback]) -> list[dict[str, object]]:
    """The reported problems as `chatbot eval` dialogue cases: the turns before, then the question with the
    citation marked wrong (to be labelled with the right job and section before it joins tests/eval/)."""
    cases: list[dict[str, object]] = []
    for item in feedback:
        if item.verdict not in PROBLEMS:
            continue
        cited = next((c for c in item.answer.citations if c.n == item.citation), None)
        turns: list[dict[str, object]] = [{"q": q, "answerable": True} for q in item.earlier]
        turns.append(
            {
                "q": item.question,
                "answerable": True,
                "reported": item.verdict,
                "comment": item.comment,
                "marked_wrong": [cited.job, cited.section] if cited else None,
                "expected": [],  # to label: [[job, section], ...]
            }
        )
        cases.append({"id": f"fb-{item.conversation[:8]}-{item.turn}", "turns": turns})
    return cases


def feedback_summary(feedback: list[Feedback]) -> dict[str, dict[str, int]]:
    """Feedback counted by verdict, and problems by job, section and intent."""
    problems = [item for item in feedback if item.verdict in PROBLEMS]
    cited = [c for item in problems for c in item.answer.citations if item.citation is None or c.n == item.citation]
    return {
        "verdict": dict(Counter(item.verdict for item in feedback)),
        "job": dict(Counter(c.job for c in cited)),
        "section": dict(Counter(c.section for c in cited)),
        "intent": dict(Counter(str(item.answer.intent.value if item.answer.intent else "none") for item in problems)),
    }
