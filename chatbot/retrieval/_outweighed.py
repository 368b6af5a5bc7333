"""A job named by a weak link that the question's other words plainly do not describe: "I tinker with lawn mowers and
chainsaws. Is fixing small engines an actual job?" links Landscaping and Groundskeeping Workers by its alias "Lawn
Mower", though the words fit the small engine mechanics' page far better; "I work at a water park… What does a
recreation facility manager handle?" links Managers, All Other. Such a name is dropped and the question searched as a
description.

Calibrated on the opening turns of the dialogue tuning sets (bench/outweighed.py; docs/benchmarks.md, sixty-sixth
session): of 6,711 with a job expected, 208 had a linked job first that was wrong. With the link below WEAK and
another job's evidence and coverage above the linked job's by more than OUTWEIGHED, English: 20 set right, 1 set
wrong (0.85 and 0.5; 0.85 and 0.4 set 23 right and 3 wrong; any link 21 and 2); Japanese: 12 right, 5 wrong (0.75 and
0.6). Over every turn of those sets English names gained turns and lost none, Japanese gained 2 and lost 3
("パティシエの求人…": the words of job ads outweighed the name; a typo; a romaji name), so only English names are
weighed. A title or an alias said whole (0.85 and up) is never dropped.
"""

from __future__ import annotations

from chatbot.models import ADVICE, Cue, JobLink, Question

WEAK = 0.85  # links below: a title's part, a name liked, completed or said inside another
OUTWEIGHED = 0.5  # how far the best other job's evidence and coverage must lead the named one's


def weakly_named(question: Question) -> JobLink | None:
    """The link of the one job a new question names, when it is weak; None otherwise (or for a follow-up's cue)."""
    if (
        question.lang != "en"
        or len(question.named) != 1
        or question.intent in ADVICE
        or question.origin
        or question.jobs
    ):
        return None
    if {Cue.ELLIPTICAL, Cue.SAME_AGAIN} & set(question.cues):
        return None
    links = [link for link in question.links if link.title == question.named[0]]
    best = max(links, key=lambda link: link.score, default=None)
    return best if best is not None and best.score < WEAK else None


def outweighed(question: Question, link: JobLink, candidates: list[tuple[str, float]]) -> Question:
    """The question without its weakly named job when, searched without it, another job's evidence and coverage
    (candidates: titles and scores, best first) lead the named job's by more than OUTWEIGHED. A named job not among
    the candidates counts as the last of them."""
    if not candidates:
        return question
    scores = dict(candidates)
    named = scores.get(link.title, candidates[-1][1])
    if candidates[0][0] == link.title or candidates[0][1] - named <= OUTWEIGHED:
        return question
    links = [other for other in question.links if other.title != link.title]
    return question.model_copy(update={"named": [], "links": links})
