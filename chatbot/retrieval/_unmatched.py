"""A comparison with a job that has no page ("compare actuaries and astronauts"): the jobs it names that have pages,
placed as the advice question's jobs are (_place), and for the rest the covered jobs closest to what was said."""

from __future__ import annotations

from chatbot.models import Intent, Question
from chatbot.retrieval._comparands import comparands, unmatched
from chatbot.retrieval._hints import hinted_keys
from chatbot.retrieval._inside import Relevance, by_links, inside


def with_unmatched(question: Question, relevance: Relevance) -> Question:
    """A comparison with what it names that has no page ("compare actuaries and astronauts": astronauts), each with
    the covered jobs closest to it."""
    if question.intent is not Intent.COMPARE:
        return question
    said = [words for words in comparands(question.text) if not hinted_keys(words)]  # not "求められる体力とか…能力"
    missing = unmatched(said, [link for link in question.links if link.title in question.named])
    named, lacking = list(question.named), {}
    for words in missing:  # "nurses": a weak link to several nurse pages is still a page; "astronauts" has none
        found = by_links(words, question, relevance, exclude=named)
        if found:
            named.append(found)
        else:
            lacking[words] = list(relevance(words, [], CLOSEST))
    order = {job: min((i for i, w in enumerate(said) if inside(question, job, w)), default=len(said)) for job in named}
    return question.model_copy(update={"named": sorted(named, key=order.__getitem__), "unmatched": lacking})


CLOSEST = 3
