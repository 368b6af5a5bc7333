"""What the pages say about getting into a job: its career-path steps, preparation and related jobs."""

from __future__ import annotations

import re

from chatbot.answer._follow import job_step
from chatbot.index import Library
from chatbot.ingest import bullet_text, career_steps
from chatbot.models import CareerPath

MAX_RELATED = 8
MAX_EDUCATION = 2
SHARE = re.compile(r"^(?P<level>.+?)(?: - .*)?: (?P<share>[\d.]+%)$")


def career_path(library: Library, job: str) -> CareerPath | None:
    """The career path of an indexed job, or None if no job has this title."""
    entry = library.jobs.get(job)
    if entry is None:
        return None
    roles = library.headings
    steps = steps_of(library.text(job, roles.text("career_path")) or "")
    at = job_step(steps, job)
    return CareerPath(
        job=job,
        steps=steps,
        at=at if at < len(steps) else None,
        preparation=preparation_of(
            library.text(job, roles.text("job_zone")) or "", library.text(job, roles.text("education")) or ""
        ),
        related=entry.related_jobs[:MAX_RELATED],
    )


def steps_of(text: str) -> list[str]:
    """The first → chain of a Career Path text; [] for prose."""
    return next((steps for steps in map(career_steps, text.split("\n")) if steps), [])


def preparation_of(job_zone: str, education: str) -> list[str]:
    """Job Zone headline and the commonest education levels.

    ("Job Zone Four: Considerable Preparation Needed\\nExperience: ...", "  • Bachelor's Degree: 60.1%")
    -> ["Job Zone Four: Considerable Preparation Needed", "Bachelor's Degree (60.1%)"]
    """
    notes = [job_zone.split("\n", 1)[0].strip()] if job_zone.strip() else []
    levels = []
    for line in education.split("\n"):
        match = SHARE.match(bullet_text(line) or "")
        if match:
            levels.append((float(match["share"].rstrip("%")), f"{match['level']} ({match['share']})"))
    return notes + [label for _, label in sorted(levels, reverse=True)[:MAX_EDUCATION]]
