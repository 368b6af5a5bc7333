"""A job named only as one the job talked of works with: "Do they work with courts or probation officers at all?"
(of substance abuse counselors) asks about the counselors' work, not the probation officers'."""

from __future__ import annotations

import re

from chatbot.text import fold

# the job in focus (a pronoun) as the one who works with another: "do they ever have to work with nurses?"
WORKS_WITH = re.compile(
    r"\b(do|does|did|would|will|can|could|are|is) (they|you|he|she|it|those|these) (\w+ ){0,3}"
    r"(work|deal|interact|coordinate|collaborate|liaise|talk|meet|team up|partner|consult|cooperate)(s|ing)?"
    r"( closely| directly| a lot| often| much)? with\b",
    re.IGNORECASE,
)


def worked_with(text: str, name: str) -> bool:
    """Whether the name is said after the job talked of is said to work with someone: then it is whom they work with."""
    found = WORKS_WITH.search(text)
    return found is not None and fold(name) in fold(text[found.end() :])
