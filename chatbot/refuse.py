"""Honest refusals: small talk, questions the pages cannot answer, jobs without a page, topics a page lacks."""

from __future__ import annotations

from chatbot.citations import Ledger
from chatbot.dialogue import Turn
from chatbot.language import TOPICS, join_names, question_for, say
from chatbot.library import Library
from chatbot.models import Answer, Hit, Intent

MAX_CLOSEST = 3


def refusal(turn: Turn, text: str, ledger: Ledger | None = None, suggestions: list[str] | None = None) -> Answer:
    """An answer that says it cannot answer; the citations, if any, back the sentences it does say."""
    citations = ledger.citations if ledger else []
    return Answer(
        answer=text,
        answered=False,
        citations=citations,
        jobs=list(dict.fromkeys(c.job for c in citations)),
        question=turn.question,
        standalone_question=turn.standalone,
        intent=turn.intent,
        suggestions=suggestions or [],
    )


def closest_jobs(hits: list[Hit]) -> list[str]:
    """The jobs of the best hits, best first, without repeats."""
    return list(dict.fromkeys(hit.chunk.job for hit in hits))[:MAX_CLOSEST]


def not_found(turn: Turn, hits: list[Hit]) -> Answer:
    """Nothing in the pages answers the question; name the closest jobs that are covered."""
    closest = closest_jobs(hits)
    text = say("not_found", turn.lang)
    if closest:
        text += " " + say("closest", turn.lang, jobs=join_names(closest, turn.lang))
    return refusal(turn, text, suggestions=[question_for(Intent.WORK, job, turn.lang) for job in closest])


def small_talk(turn: Turn, examples: list[str]) -> Answer:
    """A greeting or thanks: say what the bot does and offer a question to start with."""
    questions = [question_for(Intent.BECOME, job, turn.lang) for job in examples[:MAX_CLOSEST]]
    text = say("small_talk", turn.lang)
    if questions:
        text += " " + say("try", turn.lang, question=questions[0])
    return refusal(turn, text, suggestions=questions)


def unpaged(turn: Turn, name: str, listing: list[str], library: Library) -> Answer:
    """A job named only in other pages' Related Jobs: say there is no page and cite where it is listed."""
    ledger = Ledger(library.text)
    cited = [job for job in listing if ledger.cite(job, "Related Jobs", library.source(job), name) is not None]
    text = say("unpaged", turn.lang, name=name)
    for n, job in enumerate(cited, 1):
        text += " " + say("listed", turn.lang, job=f"**{job}**", cite=f"[{n}]")
    questions = [question_for(Intent.RELATED, job, turn.lang) for job in cited[:1]]
    return refusal(turn, text, ledger, suggestions=questions)


def missing(turn: Turn, jobs: list[str], suggestions: list[str]) -> Answer:
    """The jobs' pages have no section for what is asked."""
    if turn.intent is None:
        text = " ".join(say("no_mention", turn.lang, job=f"**{job}**") for job in jobs)
    else:
        topic = TOPICS[turn.intent][turn.lang]
        text = " ".join(say("missing", turn.lang, job=f"**{job}**", topic=topic) for job in jobs)
    return refusal(turn, text, suggestions=suggestions)


def which_two(turn: Turn, focus: list[str], examples: list[str]) -> Answer:
    """A comparison with fewer than two jobs to compare."""
    names = [*focus, *examples][:2]
    other = names[1] if len(names) > 1 else "…"
    example = question_for(Intent.COMPARE, names[0] if names else "…", turn.lang, other=other)
    return refusal(turn, say("which_two", turn.lang, question=example))
