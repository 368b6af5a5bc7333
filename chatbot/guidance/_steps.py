"""Routes along one page's career path (the seeds): when both ends are steps of it, each hop cites the path's line."""

from __future__ import annotations

from chatbot.guidance._paths import Hop, Route
from chatbot.guidance._profiles import Profiles


def step_route(source: str, target: str, profiles: Profiles) -> Route | None:
    """A route along one page's career path, when both ends are its steps ("General Administrative Staff" to "Ward
    Mayor"): each hop cites the path's line."""
    for title in profiles.library.jobs:
        job = profiles.get(title)
        if not job.steps or job.path is None:
            continue
        start, end = step_index(job.steps, source), step_index(job.steps, target)
        if start is not None and end is not None and start < end:
            steps = job.steps[start : end + 1]
            hops = [Hop(a, b, "career_path", [job.path]) for a, b in zip(steps, steps[1:], strict=False)]
            return Route(steps, hops)
    return None


def step_index(steps: list[str], name: str) -> int | None:
    """The step a name stands for: the same words, or the step's name begins with them ("Assistant Section Chief"
    for "Assistant Section Chief (Ministry/Agency)")."""
    wanted = name.casefold().strip()
    for i, step in enumerate(steps):
        said = step.casefold()
        if said == wanted or said.startswith(wanted) or wanted.startswith(said.split(" (")[0]):
            return i
    return None
