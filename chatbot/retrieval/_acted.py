"""Whom a description's verb acts on: "the job where you work for a judge", "who tell pilots when they can land"
name the judge and the pilots as those the job works with or for, not as the job asked about."""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.text import fold, name_words


def acted_on(words: list[str], at: int, worker: bool = False) -> bool:
    """Whether the name at word position AT is the object of a verb in the clause describing the job: "the job
    where you work for a judge", "where you record musicians" (not "who are nurses", "who works as a medic", nor
    "how does that compare to web developers": "that" is no relative there). A worker (its title's worker, not a
    thing that titles one: "who fix railroad signals" names the signal repairers) may be said further on in the
    clause: "who represent musicians and athletes", "who oversees a squad of police officers". Any name in a clause of
    when the work is done is not the job either: "the techs who run the MRI scanner when an athlete needs a scan"."""
    if not 0 < at < len(words):
        return False
    before = " ".join(words[:at])
    far = worker and FAR_OBJECT.search(before) is not None
    return OBJECT.search(before) is not None or far or WHEN_CLAUSE.search(before) is not None


def a_worker(link: JobLink) -> bool:
    """Whether an English link names its job's worker: the name's last word ends a part of the title before its
    qualifier ("police officers": Police and Sheriff's Patrol Officers; not "power plants" of Power Plant Operators)."""
    said = name_words(link.matched)
    parts = (name_words(part) for part in TITLE_PARTS.split(link.title.split(",")[0]))
    return bool(said) and any(part and part[-1] == said[-1] for part in parts)


TITLE_PARTS = re.compile(r"\band\b|\bor\b|/")


# Words that make a clause say what its worker is, not whom the work acts on
NOT_ACTING = (
    r"(is|are|was|were|be|being|been|become|becomes|became|called|named|call|calls|as|like|themselves|more|less|than"
    r"|or|better|most|same|other|also|actually|really|what|which|how|why|when|do|does|did|can|could|would|should|will"
    r"|i|im|my)\b"  # (a question after the description: "…who loves satellite imagery. What do … scientists do?")
)
OBJECT = re.compile(
    r"\b(who|where) (you |they |i |we )?(\w+ly )?(?!(is|are|was|were|be|become|becomes|called|named|as|like)\b)"
    r"[a-z]+( for| with| to| under| beside)?( an?| the| some| my| our| your| their)?$"
    # "…spend a year or two working for a judge - researching cases": whom the work is for
    r"|\b(work|works|working|worked) (directly |closely )?(for|under|alongside|beside)"
    r"( an?| the| some| my| our| a few)?$"
)
# A worker further on in the clause: "who represent musicians and athletes", "who oversees a squad of police officers",
# "who trains future librarians", "whose whole job is getting actors in and out of outfits" (not "who earns more than
# nurses", "who went on to be nurses", "who work in clinics as nurses")
FAR_OBJECT = re.compile(
    rf"\b(who|whose( \w+)? (job|work|role) is) (\w+ly )?(?!{NOT_ACTING})[a-z]+( (?!{NOT_ACTING})[a-z]+){{0,6}}$"
)

# Whom a clause of when the work is done speaks of: "the techs who run the MRI scanner when an athlete needs a scan"
WHEN_CLAUSE = re.compile(
    r"\b(who|that) [a-z]+\b[^.?!]{0,60}\b(when|whenever|while|if|after|before|once|until) (an?|the|some|my|your"
    r"|their|his|her)?$"
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
