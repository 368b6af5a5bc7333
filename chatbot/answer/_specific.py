"""A job named by a title that a more specific title contains, when the question says what the longer title adds:
"空港で検疫やってる看護師さん" names 看護師, and 検疫官（看護師） is the nurse at the airport quarantine. Japanese
only: an English question's longest name said already wins in the linker, and a longer English title's words can
be said to rule it out ("regular midwives, not nurse-midwives")."""

from __future__ import annotations

from functools import lru_cache

from chatbot.index import Library
from chatbot.models import Question
from chatbot.text import terms

MIN_TERM = 2  # characters: a one-character term ("官", "師") tells no title apart


def more_specific(question: Question, library: Library) -> Question:
    """The question with its one named job replaced by the one page whose title holds that job's title and whose
    further title words the question says; unchanged when none or several do."""
    if len(question.named) != 1 or question.lang != "ja":  # English names: the linker keeps the longest said
        return question
    named = question.named[0]
    said = set(terms(question.text))
    base = title_terms(named)
    found = [
        title
        for title in library.jobs
        if title != named
        and title != question.origin  # "検察事務官として働いて…検察官として": the job they have
        and base < title_terms(title)
        and (extra := telling(title_terms(title) - base)) <= said
        and extra
    ]
    return question.model_copy(update={"named": found}) if len(found) == 1 else question


@lru_cache(maxsize=8192)
def title_terms(title: str) -> frozenset[str]:
    """The terms of a title (看護師: 看護, 師; 看護助手: 看護, 助手 holds no 師)."""
    return frozenset(terms(title))


def telling(words: frozenset[str]) -> frozenset[str]:
    """The words long enough to tell titles apart."""
    return frozenset(word for word in words if len(word) >= MIN_TERM)
