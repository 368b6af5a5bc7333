"""A job's career path as a picture: its steps in order, how to prepare, related jobs beside it (Graphviz DOT)."""

from __future__ import annotations

import re
import textwrap

from pydantic import BaseModel, Field

from chatbot.models import Chunk
from chatbot.store import StoredIndex
from chatbot.structure import bullet_text, career_steps

MAX_RELATED = 8
MAX_EDUCATION = 2
LABEL_WIDTH = 24
SHARE = re.compile(r"^(?P<level>.+?)(?: - .*)?: (?P<share>[\d.]+%)$")


class CareerPath(BaseModel):
    """What the index knows about getting into one job."""

    job: str
    steps: list[str] = Field(default_factory=list, description="Career Path steps in order (seed pages).")
    preparation: list[str] = Field(
        default_factory=list, description="Job Zone and the commonest education levels (O*NET pages)."
    )
    related: list[str] = Field(default_factory=list)

    @property
    def drawable(self) -> bool:
        """False when there is nothing to draw beyond the job itself (e.g. a page with prose only)."""
        return bool(self.steps or self.preparation or self.related)


def career_path(index: StoredIndex, job: str) -> CareerPath | None:
    """The career path of an indexed job, or None if no job has this title."""
    entry = next((e for e in index.jobs if e.title == job), None)
    if entry is None:
        return None
    sections: dict[str, list[Chunk]] = {}
    for chunk in index.chunks:
        if chunk.job == job:
            sections.setdefault(chunk.section, []).append(chunk)
    return CareerPath(
        job=job,
        steps=steps_of(section_text(sections, "Career Path")),
        preparation=preparation_of(section_text(sections, "Job Zone"), section_text(sections, "Education")),
        related=entry.related_jobs[:MAX_RELATED],
    )


def section_text(sections: dict[str, list[Chunk]], heading: str) -> str:
    """A section's text from its chunks, parts in order."""
    return "\n".join(c.text for c in sorted(sections.get(heading, []), key=lambda c: c.part))


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


def dot_label(text: str) -> str:
    """A quoted DOT label: wrapped, with quotes and backslashes escaped (no HTML label is ever made)."""
    clean = " ".join(text.split())
    lines = textwrap.wrap(clean, LABEL_WIDTH) or [""]
    return '"' + "\\n".join(line.replace("\\", "\\\\").replace('"', '\\"') for line in lines) + '"'


def is_this_job(step: str, job: str) -> bool:
    """A step names the job itself: "Ward Mayor" in "Ward Mayor (Tokyo Special Wards)"."""
    step, job = step.casefold(), job.casefold()
    return step == job or job.startswith(step + " (") or step.startswith(job)


def career_dot(path: CareerPath) -> str | None:
    """Graphviz DOT of a career path, left to right; None when there is nothing to draw.

    Steps are boxes joined by arrows, the job itself is filled; preparation notes lead into the first step;
    related jobs hang beside the job on dashed lines.
    """
    if not path.drawable:
        return None
    steps = path.steps if any(is_this_job(s, path.job) for s in path.steps) else [*path.steps, path.job]
    lines = ["digraph career {", "  rankdir=LR;", '  node [shape=box, style="rounded", fontsize=11];']
    for i, step in enumerate(steps):
        fill = ', style="rounded,filled", fillcolor="#cfe3ff"' if is_this_job(step, path.job) else ""
        lines.append(f"  s{i} [label={dot_label(step)}{fill}];")
    lines += [f"  s{i} -> s{i + 1};" for i in range(len(steps) - 1)]
    for i, note in enumerate(path.preparation):
        lines.append(f'  p{i} [label={dot_label(note)}, shape=note, style="", fontsize=10];')
        lines.append(f"  p{i} -> s0 [style=dotted];")
    at = next(i for i, s in enumerate(steps) if is_this_job(s, path.job))
    if path.related:
        lines.append('  subgraph cluster_related { label="Related jobs"; style=dashed; fontsize=10;')
        lines += [f"    r{i} [label={dot_label(job)}, shape=ellipse];" for i, job in enumerate(path.related)]
        lines.append("  }")
    lines += [f"  s{at} -> r{i} [style=dashed, arrowhead=none];" for i in range(len(path.related))]
    lines.append("}")
    return "\n".join(lines)
