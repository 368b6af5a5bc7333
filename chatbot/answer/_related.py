"""The job in focus settles which job a follow-up means, through the jobs its page lists as related.

O*NET lists an occupation's related jobs most related first, so where a follow-up's name fits several pages alike,
the one the job in focus lists (first) is the one meant: "and the line cooks?" after chefs is Cooks, Restaurant (its
first listed cook). Tried and left: preferring, among a described job's close candidates, one the focus lists
("what about the guys driving delivery vans?" after truck drivers: Light Truck Drivers) won one turn of
tune20_dialogue and lost one of tune7_dialogue ("the guys who put solar panels up on roofs" after roofers:
Helpers--Roofers over Solar Photovoltaic Installers).
"""

from __future__ import annotations

from chatbot.index import Library
from chatbot.models import Question
from chatbot.text import described, fold, name_words


def related_of(library: Library, job: str) -> list[str]:
    """The titles the job's page lists under Related Jobs, in its order (empty where it has none: jobtag)."""
    section = library.section(job, library.headings.text("related_jobs"))
    return list(section.items) if section else []


SHARED_FLOOR = 0.01  # a link score: a name pages share ("line cook": four cooks' pages at 0.2; "designers" 0.025)


def by_focus(question: Question, focus: list[str], library: Library) -> Question:
    """A name several pages share alike ("line cook": four cooks' pages) read as the one whose title says it
    ("private investigator": Private Detectives and Investigators, not Detectives and Criminal Investigators), else
    as the one the job in focus lists first among its related jobs; the question unchanged when neither settles it.
    A named job whose name fits a job in focus as well is that job."""
    links = question.links
    # "検査工と造船だと…" after 検査工（食料品等）: of the pages a name fits alike, the one talked of
    if question.named:
        named = dict.fromkeys(talked_of(question, job, focus) for job in question.named)
        return question.model_copy(update={"named": list(named)})
    # (not a word that touches many pages' names only: "…besides lecturing?" links thirty professors' pages at 0.004)
    alike = len({(fold(link.matched), link.score) for link in links}) == 1
    shared = len(links) > 1 and links[0].score >= SHARED_FLOOR and alike
    if not shared or described(question.text, links[0].matched):  # "the therapists who use games…": by the words
        return question
    titled = [link.title for link in links if set(name_words(link.matched)) <= set(name_words(link.title))]
    listed = [job for job in related_of(library, focus[0]) if job in {link.title for link in links}] if focus else []
    chosen = titled if len(titled) == 1 else listed[:1]
    return question.model_copy(update={"named": chosen}) if chosen else question


def talked_of(question: Question, job: str, focus: list[str]) -> str:
    """The job in focus that the name of a named job fits alike (the same words, the same score), else the job."""
    link = next((link for link in question.links if link.title == job), None)
    if link is None or job in focus:
        return job
    said = (fold(link.matched), link.score)
    alike = {other.title for other in question.links if (fold(other.matched), other.score) == said}
    if job.endswith("All Other") and focus and set(name_words(link.matched)) <= set(name_words(focus[0])):
        return focus[0]  # "what do counselors value?" after school counselors: not Counselors, All Other
    return next((title for title in focus if title in alike), job)
