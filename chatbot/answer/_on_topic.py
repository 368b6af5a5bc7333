"""The sections of a job's page that a question's own words are found in, beside those its topic plans.

A topic read from the question's words is a guess where the pages file one kind of fact under another: a jobtag
page tells in its Career Path (就くには) whether people go independent, start as new graduates or need a computer,
while "ブロック積みって独立しやすいの？" reads as the work and "介護事務ってパソコン苦手だときつい？" as the work style.
The section whose text holds a word the question asks with is cited too (measured in docs/benchmarks.md).
"""

from __future__ import annotations

import re

from chatbot.answer._lead import asked_terms
from chatbot.index import Library
from chatbot.models import Hit, Question, Retrieval
from chatbot.text import term_set, terms

OVERVIEW_HITS = 2  # retrieved sections added to a job's summary when the question asks nothing specific
CLOSE_IN_MEANING = 0.5  # a retrieved passage this close to the question (cosine) is on its topic without shared words


def on_topic_sections(
    question: Question, job: str, retrieval: Retrieval, shown: list[str], by_words: bool = False
) -> list[str]:
    """The retrieved sections of the job that are on the question's topic, best first, those not shown before.

    Args:
        by_words: only passages that use a word of the question (for a topic the page has no section on, closeness
            in meaning is not enough: "what is their outlook?" is not answered by a page's tasks).
    """
    asked = asked_terms(question.text, question.jobs)
    if by_words and not asked:
        return []
    sections = [
        hit.chunk.section for hit in retrieval.hits if hit.chunk.job == job and on_topic(asked, hit, not by_words)
    ]
    return [section for section in dict.fromkeys(sections) if section not in shown][:OVERVIEW_HITS]


def on_topic(asked: set[str], hit: Hit, by_meaning: bool = True) -> bool:
    """True when the hit's passage shares a term with what is asked (always, when nothing in particular is), or is
    close to it in meaning ("is it dangerous?" and a task "work in hazardous conditions")."""
    close = by_meaning and (hit.dense or 0.0) >= CLOSE_IN_MEANING
    return not asked or bool(asked & set(terms(hit.chunk.text))) or close


def worded(question: Question, job: str, library: Library, planned: list[str]) -> list[str]:
    """The job's career path or work style, outside the plan, when its text holds a word the Japanese question asks
    with and the planned sections lack (none for more than one job)."""
    if question.lang != "ja" or len(question.jobs) != 1:
        return []
    planned_text = "".join(library.text(job, heading) or "" for heading in planned)
    asked = [t for t in asked_terms(question.text, question.jobs) if WORD.search(t) and t not in planned_text]
    for heading in map(library.headings.text, PROSE):
        text = library.text(job, heading)
        if heading not in planned and text and any(term in text for term in asked):
            return [heading]
    return []


# the path first; the work's own sections (description, tasks) too were cited beside 103 of 3,709 Japanese tuning
# turns and made none of them right, while these two made 12 right (docs/benchmarks.md)
PROSE = ("career_path", "work_style")
WORD = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{2}")  # two kanji or katakana: a word that tells, not する or やすい


# A comparison that names no topic is of the section its own words are found in ("which of those two roles leans
# more on media relations?": the skills that say it), before the whole table of topics; not of the identity sections
# (the summary, other names: a job's words, not a topic's), the work's own (they lead the table anyway) nor the
# product lists ("case management software" says "cases"). Nor do the words of comparing itself tell a topic.
UNTOLD = (
    "summary",
    "aliases",
    "reported_job_titles",
    "related_jobs",
    "description",
    "tasks",
    "work_activities",
    "technology_skills",
)
COMPARING = frozenset(terms("違い 違う 比べる 比較 どっち どちら difference differ compare better more lean two"))


def compared_on(question: Question, library: Library) -> list[str]:
    """The section, of those the compared jobs both have, whose text holds the most of the words the question asks
    with (at least one in each job's); [] when none does or the question names a topic."""
    if question.topic is not None or question.hinted or len(question.jobs) < 2:
        return []
    asked = {t for t in asked_terms(question.text, question.jobs) - COMPARING if WORD.search(t) or t.isascii()}
    skipped = set(library.headings.texts_of(UNTOLD))
    found: dict[str, int] = {}
    for heading in library.headings.texts:
        texts = [library.text(job, heading) for job in question.jobs]
        if heading in skipped or not all(texts):
            continue
        shared = [asked & term_set(text or "") for text in texts]
        if all(shared):
            found[heading] = sum(len(words) for words in shared)
    return sorted(found, key=lambda heading: -found[heading])[:1]
