"""Whom a description's verb acts on: "the job where you work for a judge", "who tell pilots when they can land"
name the judge and the pilots as those the job works with or for, not as the job asked about."""

from __future__ import annotations

import re


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
