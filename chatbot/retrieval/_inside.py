"""Which named job words place: the strongest link said inside them, said as most of them, not the head of its
workers nor a catch-all page named by part of its name (chatbot.retrieval._place)."""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.models import JobLink, Question
from chatbot.retrieval._foreground import named_in
from chatbot.retrieval._names import name_words
from chatbot.retrieval._workplace import where_worked
from chatbot.text import fold

Relevance = Callable[[str, list[str], int], dict[str, float]]  # Retriever.relevance: [] means every job
HEADED = re.compile(r"\w \w+ supervisor$")  # a team said with its head (_slotwords.head_of): "team of … supervisor"
TIE = 0.01


def by_links(
    words: str, question: Question, relevance: Relevance, exclude: list[str], floor: float = 0.0, around: str = ""
) -> str | None:
    """The strongest link found inside the words (ties: the page the words fit best, read with the words around
    them: "I'm an aide in a middle school… as the special education teacher"); None without one."""
    links = [link for link in question.links if link.title not in exclude and link.score >= floor]
    links = [link for link in links if within(link, words) and not headed(words, link.title)]
    said = {fold(link.matched) for link in links}  # a name inside a longer one said is its part ("教習所の指導員")
    links = [link for link in links if not any(part_of(fold(link.matched), other) for other in said)]
    if not links:
        return None
    best = max(link.score for link in links)
    tied = list(dict.fromkeys(link.title for link in links if link.score >= best - TIE))
    if len(tied) == 1:
        return tied[0]
    return next(iter(relevance(f"{words} {around}".strip(), tied, 1)), tied[0])


def headed(words: str, job: str) -> bool:
    """Whether the words name the head of workers, not the job: "equipment operators supervisor"."""
    return HEADED.search(words) is not None and "supervisor" not in job.casefold()


def part_of(part: str, whole: str) -> bool:
    """Whether a name said is part of a longer one said."""
    return part != whole and part in whole


def within(link: JobLink, words: str) -> bool:
    """Whether the link was found in these words and says most of them ("line cook" in "line cook", "detectives" in
    "detective"; not "supervisor" in "construction trades supervisor", which names social workers)."""
    found = link.matched.casefold() in words or named_in(words, link)
    # initials said with a workplace name the job ("pta at outpatient clinic"), a word not ("aide at a pharmacy")
    said = name_words(AT_PLACE.sub("", words) if link.matched.isupper() else words)
    matched = name_words(link.matched)
    share = len(matched) / len(said) if said else len(link.matched) / max(len(words), 1)
    # a field said before a worker word the title lacks: "landscaping crew member" is no military crew member
    before = re.search(rf"\b(\w+ing) {re.escape(link.matched.casefold().rstrip('s'))}", words.casefold())
    field = before is not None and before.group(1) not in name_words(link.title)
    return found and share >= MIN_SHARE and not field and not where_worked(link, words)


MIN_SHARE = 0.5
AT_PLACE = re.compile(r"\s(?:at|in)\s.*$")  # where the person works, said after their job: not part of its name


def inside(question: Question, job: str, words: str | None) -> bool:
    """Whether a named job was found inside these words."""
    return words is not None and any(link.title == job and within(link, words) for link in question.links)
