"""Follow-ups along a career path: "and after that?", "the step before that one?", each step cited.

The conversation keeps the career path last shown and the step it is at (PathPosition). A step follow-up quotes
the two neighbouring steps as they stand on the page ("Section Chief Level → Department Head Level"), so the
claim "the next step is ..." rests on the page's own arrow.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from chatbot.answer._blocks import span
from chatbot.answer._citations import Ledger
from chatbot.answer._make import make_answer
from chatbot.answer._phrases import say
from chatbot.index import Library
from chatbot.models import Answer, Cue, PathPosition, Question, Section


def is_this_job(step: str, job: str) -> bool:
    """A step names the job itself: "Ward Mayor" in "Ward Mayor (Tokyo Special Wards)"."""
    step, job = step.casefold(), job.casefold()
    return step == job or job.startswith(step + " (") or step.startswith(job)


def job_step(steps: list[str], job: str) -> int:
    """Where the job itself stands in its career path: its own step (named, or else the step whose words are
    closest to the title, "Beekeeper with own hives" for "Urban Beekeeper"), or past the end when none is close."""
    named = next((i for i, step in enumerate(steps) if is_this_job(step, job)), None)
    if named is not None:
        return named
    closeness = [fuzz.token_set_ratio(step.casefold(), job.casefold()) for step in steps]
    best = max(range(len(steps)), key=closeness.__getitem__, default=None)
    return best if best is not None and closeness[best] >= CLOSE_STEP else len(steps)


PARENTHESES = re.compile(r"\s*[(（][^)）]*[)）]")  # "Assistant Section Chief (Ministry/Agency)" is named without them
CLOSE_STEP = 70  # rapidfuzz token-set ratio of a step to the title, from which the step is taken as the job


def position_of(library: Library, job: str) -> PathPosition | None:
    """The job's career path, at the job's own step; None when its page has no step-by-step path."""
    section = library.section(job, library.headings.text("career_path"))
    if section is None or not section.steps:
        return None
    return PathPosition(job=job, steps=section.steps, at=min(job_step(section.steps, job), len(section.steps) - 1))


def along_path(question: Question, position: PathPosition, library: Library) -> Answer | None:
    """The step a follow-up asks about, cited; None when the page's path cannot answer it."""
    heading = library.headings.text("career_path")
    section = library.section(position.job, heading)
    if section is None or section.steps != position.steps or question.step is None:
        return None
    ledger = Ledger(library.text)
    text = step_line(question, position, section, ledger, library)
    if text is None:
        return None
    moved = position.model_copy(update={"at": min(question.step, len(position.steps) - 1)})
    return make_answer(question, text, answered=True, ledger=ledger).model_copy(update={"position": moved})


def step_line(
    question: Question, position: PathPosition, section: Section, ledger: Ledger, library: Library
) -> str | None:
    """The sentence naming the asked step, with the stretch of the path that shows it as its quote."""
    steps, at, to = position.steps, position.at, question.step or 0
    source = library.source(position.job)
    if to >= len(steps) or (to == at and Cue.NEXT in question.cues):  # past the last step
        n = ledger.cite(position.job, section.heading, source, steps[-1])
        key, step = "path_end", steps[-1]
    elif to == at:  # before the first step
        n = ledger.cite(position.job, section.heading, source, steps[0])
        key, step = "path_start", steps[0]
    else:
        pair = [steps[min(at, to)], steps[max(at, to)]]
        quote = span(section.text, pair)
        n = ledger.cite(position.job, section.heading, source, quote) if quote else None
        key, step = ("path_next" if to > at else "path_before"), steps[to]
    if n is None:
        return None
    return say(key, question.lang, at=steps[min(at, len(steps) - 1)], step=step, job=position.job, cite=f"[{n}]")


def step_along(question: Question, path: PathPosition) -> int:
    """The career step a follow-up along the path asks about: one after (or before) the step the path is at."""
    if Cue.BEFORE in question.cues:
        return max(path.at - 1, 0)
    if Cue.NEXT in question.cues:
        return min(path.at + 1, len(path.steps))
    return path.at


def step_names(step: str) -> list[tuple[bool, str]]:
    """How a question may name a career step, whole names before shortened ones: "Division Director · Deliberative
    Official" -> "division director", "deliberative official"; "Secretariat Director-General" -> also its last words
    "director-general"; "Assistant Section Chief (Ministry/Agency)" -> "assistant section chief", "section chief"."""
    bare = PARENTHESES.sub("", step).casefold()
    parts = [part.strip() for part in re.split(r"[·/・]", bare) if len(part.strip()) > 3]
    tails = [" ".join(part.split()[1:]) for part in parts if len(part.split()) > 1]
    return [(True, part) for part in parts] + [(False, tail) for tail in tails if len(tail) > 3]


def step_named(text: str, paths: list[PathPosition]) -> PathPosition | None:
    """The first of the paths whose step the text names ("after section chief level"), at that step."""
    said = text.casefold()
    for path in paths:
        found = [  # whole names over shortened ones, then longer names
            (whole, len(part), i)
            for i, step in enumerate(path.steps)
            for whole, part in step_names(step)
            if part in said
        ]
        if found:
            return path.model_copy(update={"at": max(found)[2]})
    return None
