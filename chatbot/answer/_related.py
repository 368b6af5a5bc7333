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
from chatbot.text import fold, name_words


def related_of(library: Library, job: str) -> list[str]:
    """The titles the job's page lists under Related Jobs, in its order (empty where it has none: jobtag)."""
    section = library.section(job, library.headings.text("related_jobs"))
    return list(section.items) if section else []


def by_focus(question: Question, focus: list[str], library: Library) -> Question:
    """A name several pages share alike ("line cook": four cooks' pages) read as the one whose title says it
    ("private investigator": Private Detectives and Investigators, not Detectives and Criminal Investigators), else
    as the one the job in focus lists first among its related jobs; the question unchanged when it names a job
    surely, or neither settles it."""
    links = question.links
    shared = len(links) > 1 and len({(fold(link.matched), link.score) for link in links}) == 1
    if question.named or not shared:
        return question
    titled = [link.title for link in links if set(name_words(link.matched)) <= set(name_words(link.title))]
    listed = [job for job in related_of(library, focus[0]) if job in {link.title for link in links}] if focus else []
    chosen = titled if len(titled) == 1 else listed[:1]
    return question.model_copy(update={"named": chosen}) if chosen else question
