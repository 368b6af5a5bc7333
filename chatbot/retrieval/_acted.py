"""Whom a description's verb acts on: "the job where you work for a judge", "who tell pilots when they can land"
name the judge and the pilots as those the job works with or for, not as the job asked about."""

from __future__ import annotations

import re

from chatbot.text import fold


def acted_on(words: list[str], at: int) -> bool:
    """Whether the name at word position AT is the object of a verb in the clause describing the job: "the job
    where you work for a judge", "where you record musicians" (not "who are nurses", "who works as a medic", nor
    "how does that compare to web developers": "that" is no relative there)."""
    return 0 < at < len(words) and OBJECT.search(" ".join(words[:at])) is not None


OBJECT = re.compile(
    r"\b(who|where) (you |they |i |we )?(\w+ly )?(?!(is|are|was|were|be|become|becomes|called|named|as|like)\b)"
    r"[a-z]+( for| with| to| under| beside)?( an?| the| some| my| our| your| their)?$"
)


def known_already(words: list[str], at: int) -> bool:
    """Whether the name at word position AT is whom the work the person knows of already acts on, not the job asked
    about: "sounds like there's more to it than dressing actors", "besides teaching kids, what do they do?"."""
    return 0 < at < len(words) and BEYOND.search(" ".join(words[:at])) is not None


BEYOND = re.compile(r"\b(than|beyond|besides|apart from|aside from) (just |only |simply )?[a-z]+ing( an?| the| some)?$")


# the job in focus (a pronoun) as the one who works with another: "do they ever have to work with nurses?"
WORKS_WITH = re.compile(
    r"\b(do|does|did|would|will|can|could|are|is) (they|you|he|she|it|those|these) (\w+ ){0,3}"
    r"(work|deal|interact|coordinate|collaborate|liaise|talk|meet|team up|partner|consult|cooperate)(s|ing)?"
    r"( closely| directly| a lot| often| much)? with\b",
    re.IGNORECASE,
)


def worked_with(text: str, name: str) -> bool:
    """Whether the name is said after the job talked of is said to work with someone: "Do they work with courts or
    probation officers at all?" (of substance abuse counselors) asks about the counselors, not the officers."""
    found = WORKS_WITH.search(text)
    return found is not None and fold(name) in fold(text[found.end() :])
