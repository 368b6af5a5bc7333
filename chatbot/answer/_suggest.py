"""Next questions to offer: topics the job's page covers that the conversation has not reached yet."""

from __future__ import annotations

from chatbot.answer._phrases import question_for
from chatbot.index import Library
from chatbot.models import Intent, Lang

MAX_SUGGESTIONS = 3
TOPIC_ORDER = [
    Intent.BECOME,
    Intent.SKILLS,
    Intent.OUTLOOK,
    Intent.WORK,
    Intent.QUALIFICATIONS,
    Intent.WORK_STYLE,
    Intent.PERSONALITY,
    Intent.RELATED,
]


def suggest(
    library: Library, jobs: list[str], discussed: dict[str, list[str]], asked: Intent | None, lang: Lang
) -> list[str]:
    """Two or three questions on sections not yet discussed, about the first job, then the others in focus.

    With a second job in focus, the last suggestion compares the two (unless that was just asked).

    Args:
        discussed: job -> headings already cited in the conversation (this answer included).
        asked: the intent just answered, not suggested again for the first job.
    """
    compare = len(jobs) > 1 and asked is not Intent.COMPARE
    room = MAX_SUGGESTIONS - 1 if compare else MAX_SUGGESTIONS
    questions = [
        question_for(topic, job, lang, spoken=True)
        for position, job in enumerate(jobs)
        for topic in TOPIC_ORDER
        if not (position == 0 and topic == asked) and fresh(library, job, topic, discussed.get(job, []))
    ][:room]
    if compare:
        questions.append(question_for(Intent.COMPARE, jobs[0], lang, other=jobs[1], spoken=True))
    return questions


def fresh(library: Library, job: str, topic: Intent, discussed: list[str]) -> bool:
    """True when the job's page has a section for the topic and its first such section was not cited yet."""
    headings = library.first(job, library.headings.for_intent(topic))
    return bool(headings) and headings[0] not in discussed
