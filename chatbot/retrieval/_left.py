"""The job a person does now, named before work someone told them of or they describe: not the job asked about
("I've been a welder for 12 years… Someone mentioned teaching trade classes… What's that job like?")."""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.retrieval._foreground import SENTENCE, TOLD_BY, doing_now, named_in
from chatbot.text import fold

TOLD_WORK = re.compile(
    TOLD_BY  # or asked for by what it does: "I'm an RN… Is there a job where you teach nursing students…?"
    + r"|\b(is there|are there|what'?s|what is) (a|an|the|any) (job|role|career|position|line of work)s?"
    r" (where|that|in which)\b",
    re.IGNORECASE,
)


def left(text: str, link: JobLink) -> bool:
    """Whether the job named is the one the person does now and means to leave for work someone told them of or they
    describe, in a sentence after it: "I've been a welder for 12 years… Someone mentioned teaching trade classes…
    What's that job like?" asks about teaching."""
    sentences = [part for part in SENTENCE.split(text) if part.strip()]
    said = [fold(link.matched) in fold(part) or named_in(part, link) for part in sentences]
    at = said.index(True) if True in said else None
    if at is None or doing_now(sentences[at], [link]) != link.title:
        return False
    return any(TOLD_WORK.search(part) and not said[n] for n, part in enumerate(sentences[at + 1 :], at + 1))
