"""Honest refusals: small talk, questions the pages cannot answer, jobs without a page, topics a page lacks."""

from __future__ import annotations

from chatbot.answer._citations import Ledger
from chatbot.answer._make import make_answer
from chatbot.answer._phrases import TOPICS, join_names, question_for, say
from chatbot.index import Library
from chatbot.models import Answer, Hit, Intent, Question

MAX_CLOSEST = 3
COVERED = [Intent.WORK, Intent.BECOME, Intent.SKILLS, Intent.OUTLOOK, Intent.WORK_STYLE]  # offered after a refusal


def refusal(
    question: Question,
    text: str,
    ledger: Ledger | None = None,
    suggestions: list[str] | None = None,
    about: list[str] | None = None,
) -> Answer:
    """An answer that says it cannot answer; the citations, if any, back the sentences it does say. It is about
    (brings into focus) only the jobs a refusal names as what it read the question to ask of: ABOUT."""
    return make_answer(question, text, answered=False, ledger=ledger, suggestions=suggestions, about=about or [])


def closest_jobs(hits: list[Hit]) -> list[str]:
    """The jobs of the best hits, best first, without repeats."""
    return list(dict.fromkeys(hit.chunk.job for hit in hits))[:MAX_CLOSEST]


def not_found(question: Question, hits: list[Hit]) -> Answer:
    """Nothing in the pages answers the question; name the closest jobs that are covered."""
    closest = closest_jobs(hits)
    text = say("not_found", question.lang)
    if closest:
        text += " " + say("closest", question.lang, jobs=join_names(closest, question.lang))
    return refusal(
        question, text, suggestions=[question_for(Intent.WORK, job, question.lang, spoken=True) for job in closest]
    )


def small_talk(question: Question, examples: list[str]) -> Answer:
    """A greeting or thanks: say what the bot does and offer a question to start with."""
    questions = [question_for(Intent.BECOME, job, question.lang, spoken=True) for job in examples[:MAX_CLOSEST]]
    text = say("small_talk", question.lang)
    if questions:
        text += " " + say("try", question.lang, question=questions[0])
    return refusal(question, text, suggestions=questions)


def unpaged(question: Question, name: str, listing: list[str], library: Library) -> Answer:
    """A job named only in other pages' Related Jobs: say there is no page and cite where it is listed."""
    ledger = Ledger(library.text)
    heading = library.headings.text("related_jobs")
    cited = [job for job in listing if ledger.cite(job, heading, library.source(job), name) is not None]
    text = say("unpaged", question.lang, name=name)
    for n, job in enumerate(cited, 1):
        text += " " + say("listed", question.lang, job=f"**{job}**", cite=f"[{n}]")
    questions = [question_for(Intent.RELATED, job, question.lang, spoken=True) for job in cited[:1]]
    return refusal(question, text, ledger, suggestions=questions)


def missing(question: Question, jobs: list[str], suggestions: list[str]) -> Answer:
    """The jobs' pages have no section for what is asked."""
    if question.intent is None:
        text = " ".join(say("no_mention", question.lang, job=f"**{job}**") for job in jobs)
    else:
        topic = TOPICS[question.intent][question.lang]
        text = " ".join(say("missing", question.lang, job=f"**{job}**", topic=topic) for job in jobs)
    return refusal(question, text, suggestions=suggestions, about=jobs)


def which_job(question: Question, examples: list[str]) -> Answer:
    """A question that refers to a job no earlier turn named: ask which job is meant, with questions to start from."""
    topic = question.intent if question.intent is not None else Intent.WORK
    questions = [question_for(topic, job, question.lang, spoken=True) for job in examples[:MAX_CLOSEST]]
    return refusal(
        question, say("which_job", question.lang, question=questions[0] if questions else "…"), suggestions=questions
    )


def no_page_to_compare(question: Question) -> Answer:
    """A comparison naming something no page covers: say so, name the closest covered jobs, compare nothing else."""
    lines = []
    for words, closest in question.unmatched.items():
        lines.append(say("unpaged_compare", question.lang, name=words))
        if closest:
            lines.append(say("closest", question.lang, jobs=join_names(closest, question.lang)))
    others = [job for closest in question.unmatched.values() for job in closest[:1]]
    paged = question.jobs[:1]
    questions = [
        question_for(Intent.COMPARE, job, question.lang, other=other, spoken=True)
        for job in paged
        for other in others[:1]
    ]
    return refusal(question, " ".join(lines), suggestions=questions)


def which_two(question: Question, focus: list[str], examples: list[str]) -> Answer:
    """A comparison with fewer than two jobs to compare."""
    names = [*focus, *examples][:2]
    other = names[1] if len(names) > 1 else "…"
    example = question_for(Intent.COMPARE, names[0] if names else "…", question.lang, other=other, spoken=True)
    return refusal(question, say("which_two", question.lang, question=example))


def off_topic(question: Question, examples: list[str]) -> Answer:
    """Not about jobs at all: say what the bot does, and offer a question it can answer."""
    questions = [question_for(Intent.WORK, job, question.lang, spoken=True) for job in examples[:MAX_CLOSEST]]
    return refusal(question, say("off_topic", question.lang), suggestions=questions)


def pay(question: Question, jobs: list[str], library: Library) -> Answer:
    """Pay is on no page: say so for the jobs asked about, and offer the topics their pages do cover."""
    if not jobs:
        return refusal(question, say("pay_none", question.lang))
    lines = [say("pay", question.lang, job=f"**{job}**") for job in jobs]
    covered = [topic for topic in COVERED if library.first(jobs[0], library.headings.for_intent(topic))]
    if covered:
        topics = join_names([TOPICS[topic][question.lang] for topic in covered], question.lang)
        lines.append(say("covers", question.lang, topics=topics))
    suggestions = [question_for(topic, jobs[0], question.lang, spoken=True) for topic in covered[:MAX_CLOSEST]]
    return refusal(question, " ".join(lines), suggestions=suggestions, about=jobs)
