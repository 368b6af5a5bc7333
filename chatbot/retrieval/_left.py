"""The job a person does now, named before work someone told them of or they describe: not the job asked about
("I've been a welder for 12 years… Someone mentioned teaching trade classes… What's that job like?")."""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.retrieval._foreground import SENTENCE, TOLD_BY, TOLD_OF, doing_now, named_in
from chatbot.text import fold, name_words

TOLD_WORK = re.compile(
    TOLD_BY  # or asked for by what it does: "I'm an RN… Is there a job where you teach nursing students…?"
    + r"|\b(is there|are there|there'?s|there is|what'?s|what is) (a|an|the|any) (job|role|career|position"
    r"|line of work)s? (where|that|in which)\b",
    re.IGNORECASE,
)
# A field the person studied, named before the work they describe: "I have a chemistry degree but… There's a job
# where you sell lab or technical products…, right?" asks about the selling, not chemists.
STUDIED = re.compile(r"\bi (have|hold|got|earned|finished) an? [\w ]{0,25}degree\b|\bi (studied|majored in)\b", re.I)


def left(text: str, link: JobLink, strong: list[JobLink]) -> bool:
    """Whether the job named is the one the person does now and means to leave for work someone told them of or they
    describe, in a sentence after it: "I've been a welder for 12 years… Someone mentioned teaching trade classes…
    What's that job like?" asks about teaching. Or its name is the field they study, beside another job (studied)."""
    if studied(text, link, strong):
        return True
    sentences = [part for part in SENTENCE.split(text) if part.strip()]
    said = [fold(link.matched) in fold(part) or named_in(part, link) for part in sentences]
    at = said.index(True) if True in said else None
    if at is None or (doing_now(sentences[at], [link]) != link.title and not STUDIED.search(sentences[at])):
        return False
    return any(TOLD_WORK.search(part) and not said[n] for n, part in enumerate(sentences[at + 1 :], at + 1))


STUDY_AFTER = r"\s+(?:degree|major|minor|program|programme|course|courses|classes|coursework|diploma)s?\b"
STUDY_BEFORE = (  # "a degree in…", "studying…" (not "student")
    r"\b(?:(?:degrees?|majors?|bachelor'?s|master'?s|diploma|class(?:es)?|courses?|m[ai]nor\w*) in|stud(?:y|ying|ied))"
)


def studied(text: str, link: JobLink, strong: list[JobLink]) -> bool:
    """Whether the job's name is said as the field the person studies, beside another job named for sure: "I'm about
    to finish an environmental science degree and keep seeing postings for sustainability specialists" asks about
    the specialists, not environmental science teachers; or as the field they move into as some worker."""
    name, said = re.escape(fold(link.matched)), fold(text)
    moved = re.search(rf"\binto (?:the )?{name} as (?:an?|the) ((?:\w+ ?){{1,3}})", said)  # "into wind energy as a
    if moved and not set(name_words(moved.group(1))) & set(name_words(link.title)):  # turbine tech": not its engineers
        return True
    field = rf"{name}{STUDY_AFTER}|{STUDY_BEFORE} {name}\b"
    return any(other.title != link.title for other in strong) and re.search(field, said) is not None


TOLD_FLOOR, TOLD_SCORE = 0.15, 0.45  # a field word told of names its workers as surely as a name (STRONG_LINK)


def told_of(text: str, links: list[JobLink]) -> list[JobLink]:
    """The links, a weak one made sure where it is work someone told of by name and no name is said for sure: "she
    mentioned surveying — what's that job like?" asks about surveyors (a field word alone names them only weakly);
    "mentioned fitting hearing aids" names hearing aid specialists, "fitting" no fitters."""
    said = fold(text)
    if any(link.score >= TOLD_SCORE for link in links):
        return links
    return [
        link.model_copy(update={"score": TOLD_SCORE})
        if link.score >= TOLD_FLOOR and re.search(rf"\b{TOLD_OF} (an? |the )?{re.escape(fold(link.matched))}\b", said)
        else link
        for link in links
    ]
