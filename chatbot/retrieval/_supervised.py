"""A crew's name said before "supervisor": "the landscaping and groundskeeping supervisor job" is First-Line
Supervisors of Landscaping, Lawn Service, and Groundskeeping Workers, not the crew (Landscaping and Groundskeeping
Workers) whose words the linker found. O*NET titles its 25 first-line supervisors "First-Line Supervisors of <the
workers>", and people say "<the workers' field> supervisor"; a name its page gives ("sales supervisor") is linked as
written already. Its nine helpers alike: "a helper for maintenance and repair workers" is Helpers--Installation,
Maintenance, and Repair Workers (found in tune73_refuse)."""

from __future__ import annotations

import re

from chatbot.index import Library
from chatbot.models import JobLink
from chatbot.text import terms

SUPERVISING = re.compile(r"\s*(?:supervisors?|forem[ae]n|forewom[ae]n)\b", re.IGNORECASE)
SUPERVISORS, HELPERS = "First-Line Supervisors of ", "Helpers--"
HELPING = re.compile(r"\bhelpers?\s+(?:for|to|of)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)  # said before the crew
CREW_WORDS = frozenset(terms("workers worker crew staff"))  # words of whom they supervise, not of their field
# The crew said after the verb ("my manager wants me to step up and supervise the kitchen crew": tune84)
SUPERVISE = re.compile(r"\b(?:supervis(?:e|es|ing)|oversee(?:s|ing)?|in charge of)\s+(?:the\s+|our\s+|a\s+)?$")


def supervised(text: str, links: list[JobLink], library: Library) -> list[JobLink]:
    """The links, each crew's name said right before "supervisor" or after "supervise" (or after "a helper for")
    replaced by the one supervisors' (helpers') page whose title holds every word of it (a name no such page holds,
    or more than one, is kept as found)."""
    said = text.casefold()
    return [role_of(link, library, role) if (role := role_said(said, link)) else link for link in links]


def role_said(said: str, link: JobLink) -> str | None:
    """The title prefix of the role the crew's name is said with (SUPERVISORS, HELPERS), if any."""
    return SUPERVISORS if before_supervisor(said, link) else HELPERS if helped(said, link) else None


def helped(said: str, link: JobLink) -> bool:
    """Whether the link's words are said right after "a helper for" (its title not a helpers' already)."""
    at = said.find(link.matched.casefold())
    return at > 0 and not link.title.startswith(HELPERS) and HELPING.search(said[:at]) is not None


def before_supervisor(said: str, link: JobLink) -> bool:
    """Whether the link's words are said right before "supervisor" (its title not a supervisors' already)."""
    at = said.find(link.matched.casefold())
    if at < 0 or link.title.startswith(SUPERVISORS):
        return False
    return bool(SUPERVISING.match(said, at + len(link.matched))) or SUPERVISE.search(said[:at]) is not None


def role_of(link: JobLink, library: Library, prefix: str) -> JobLink:
    """The supervisors' (or helpers') page for a crew's name, if exactly one title holds all of its words."""
    # its words, else the page they name: "the kitchen crew" (Food Preparation Workers) is supervised by that page's
    found = holding(link.matched, library, prefix) or holding(link.title, library, prefix)
    if len(found) != 1:
        return link
    return link.model_copy(update={"title": found[0], "source": library.source(found[0])})


def holding(said: str, library: Library, prefix: str) -> list[str]:
    """The supervisors' (or helpers') titles that hold every word said, less the crew's words."""
    words = frozenset(terms(said)) - CREW_WORDS
    return [title for title, title_words in role_titles(library, prefix) if words and words <= title_words]


def role_titles(library: Library, prefix: str) -> list[tuple[str, frozenset[str]]]:
    """The supervisors' (or helpers') titles of a library, each with its words (read only for a name said so)."""
    return [(title, frozenset(terms(title))) for title in library.jobs if title.startswith(prefix)]


def own_crew(job: str, text: str, related: frozenset[str]) -> str:
    """For a supervisors' page wanted whose field the question never says ("the crew boss who schedules jobs", said
    by a landscaper: a crew boss of firefighters by that page's name), the supervisors' page of the person's own
    crew: the one supervisors' page among their job's related jobs (found in guidance_tune94, 132, 133)."""
    if not job.startswith(SUPERVISORS) or job in related:
        return job
    if (frozenset(terms(job.removeprefix(SUPERVISORS))) - CREW_WORDS) & frozenset(terms(text)):
        return job  # "I'd like to supervise firefighters": as said
    theirs = [title for title in related if title.startswith(SUPERVISORS)]
    return theirs[0] if len(theirs) == 1 else job
