"""The job wanted, of the jobs an advice question names: those its words for the job wanted name; the one job
named when those words do not name it (the person's own)."""

from __future__ import annotations

import re

from chatbot.models import Intent, Question
from chatbot.retrieval._foreground import named_in, said_in
from chatbot.retrieval._inside import Relevance
from chatbot.retrieval._told import told_wish
from chatbot.text import fold

SLOTTED = (Intent.GAP, Intent.PATH)


def wanted_named(question: Question, targets: list[str]) -> list[str]:
    """Of several jobs named beside the person's own, those the words naming the job wanted name (all, if none)."""
    wished = question.target_words
    if not wished or len(targets) < 2:
        return targets
    # a name as written counts too: "…予防処置ができる歯科衛生士になりたい" (not クリーニング, said before)
    said = [job for job in targets if any(ln.title == job and said_in(wished, ln) for ln in question.links)]
    return said or targets


def named_not_wanted(question: Question) -> str | None:
    """The one job a gap or path question names, when the words naming the job wanted do not and none name the
    person's own: theirs ("HVAC tech, 12 yrs… Want to move into construction management": the HVAC mechanics)."""
    wished = question.target_words
    if question.intent not in SLOTTED or not wished or question.own_words or len(question.named) != 1:
        return None
    job = question.named[0]
    links = [link for link in question.links if link.title == job]
    said = spaced(wished)  # "director general" says "Director-General"
    return None if any(named_in(wished, ln) or spaced(ln.matched) in said for ln in links) else job


def spaced(words: str) -> str:
    """Words folded, with any run of other characters one space."""
    return re.sub(r"[\W_]+", " ", fold(words)).strip()


def told_only(question: Question, job: str, told: str) -> bool:
    """Whether a job is named only in the sentence that tells the person's own work, not in the words wanted."""
    said = [fold(link.matched) for link in question.links if link.title == job]
    return bool(said) and all(w in told and w not in (question.target_words or "") for w in said)


def wishes(question: Question) -> bool:
    """Whether the person tells both their own job, in their words, and a wish: not "…where can I go from here?",
    nor "ツアコンダクターになるには", whose one job the rules took for theirs."""
    return bool(question.own_words) and bool(question.target_words or told_wish(question.text))


def fitting(text: str, relevance: Relevance, exclude: list[str]) -> list[str]:
    """The page a whole question fits best, other than the person's own. Of the gap and route questions of the
    guidance tuning sets that wish for a job no words placed ("…i want to get a job writing tickets at the
    sportsbook…"), this page was the one wanted in 5 of 7; all 7 had been left with no table or route."""
    return [job for job in relevance(text, [], len(exclude) + 1) if job not in exclude][:1]
