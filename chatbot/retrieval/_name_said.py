"""The job names a question says, so that their words are not read as what it asks ("the education administrator
job": a name several pages share, none linked strongly; its "education" asks nothing of schooling)."""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.text import is_japanese, name_words

# A name as said ends with a worker word ("administrator", "therapist"); not "related work", "pick up" (words of
# "…and Related Workers", "Pick Up…" that name no one), nor the "workers" every kind of job is
WORKER = re.compile(r"^[a-z]{2,}(?<!work)(?:er|or|ist|ian|ant)s?$")


def names_said(strong: list[JobLink], links: list[JobLink]) -> list[JobLink]:
    """The strong links, and the weaker ones whose name as said is its title's own words, two or more ending with a
    worker word (one word, "nurse", may be a word of the question; two are a name; "change over", said of a
    textile worker's page, is no title's)."""
    english = [link for link in links if not is_japanese(link.matched)]
    said = [link for link in english if in_title(link) and named(name_words(link.matched))]
    return strong + [link for link in said if link not in strong]


def named(words: list[str]) -> bool:
    """Whether words are a worker's name: two or more, the last a worker word."""
    return len(words) >= 2 and WORKER.match(words[-1].casefold()) is not None


def in_title(link: JobLink) -> bool:
    """Whether the words said are the linked title's own (the singular of a title's words, in its order)."""
    said = " ".join(name_words(link.matched))
    return bool(said) and said in " ".join(name_words(link.title))
