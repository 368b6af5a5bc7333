"""The pages a job wanted may be, for the words that say it: those the words fit best, and the person's own job's
related jobs (its page's Related Jobs, both ways; a Japanese page's hops in the job graph) ranked with them.

"I climb cell towers and install and fix radio equipment. I'd like to move into designing and planning the telecom
networks": the words fit network architects best, and the telecommunications engineering specialists, whom the tower
installers' page relates, are not among the ten they fit best. Ranked together with the ten, a related page that
fits the words gains its closeness (chatbot.retrieval._place, NEAR_WEIGHT) over pages that fit as well but are far
from the person's job."""

from __future__ import annotations

from chatbot.retrieval._inside import Relevance

DEPTH = 100  # pages the words fit best, among which a related page is looked for


def fitting_pages(words: str, relevance: Relevance, count: int, related: list[str]) -> dict[str, float]:
    """How well the pages fit the words: the count best, and with a related list, the related pages among the
    DEPTH best too, each scored as it ranks among all pages (ranked among a few alone, a page that barely fits
    would score as if it fitted well)."""
    if not related:
        return relevance(words, [], count)
    fitting = relevance(words, [], DEPTH)
    kept = set(list(fitting)[:count]) | set(related)
    return {job: score for job, score in fitting.items() if job in kept}
