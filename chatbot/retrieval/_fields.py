"""A field of work read as the job of its workers: "carpentry" -> Carpenters, "optometry" -> Optometrists.

People name the field more often than the worker ("is carpentry hard on the body?"). A word the linker does not
know as a name, and that English does not use commonly (so "history" names no historian),
is taken apart into a stem and a field ending, and the worker names of that stem are looked up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chatbot.retrieval._names import Name
from chatbot.retrieval._spelling import english
from chatbot.text import fold, name_words

# "carpent-ry": "carpent-er", "cartograph-y": "cartograph-er", "dentist-ry": "dentist", "pharmac-y": "pharmac-ist".
# "-ing" only for a rare word: a common gerund is as often the verb ("from roofing to managing properties": no
# manager named), a rare one names the trade ("machining" 3.1, "plumbing" 3.6 against "managing" 4.4).
FIELD_ENDINGS, WORKER_ENDINGS = ("ics", "ry", "y", "ing"), ("er", "or", "ist", "ician", "ian", "ant", "e", "")
GERUND_ZIPF = 3.8
FIELD = 0.6  # a field names its worker less surely than the worker's own name
FIELD_ZIPF = 4.5  # an English word at least this common is a word ("history" 5.5), not a field ("carpentry" 3.0)
MIN_STEM = 4


def said_as_things(text: str, matched: str, title: str) -> bool:
    """Whether a worker's name made from their field is said in the plural, as things: "which computer programs
    would I use?" names no Computer Programmers ("computer program", of "programmer"), "air traffic control" does."""
    words = name_words(matched)
    field = bool(words) and any(agent_of(w, words[-1]) for w in name_words(title))
    return field and re.search(rf"\b{re.escape(' '.join(words))}s\b", fold(text)) is not None


def agent_of(worker: str, stem: str) -> bool:
    """Whether a worker's word is the stem and an agent ending: "programmer" of "program" (not "technologist" of the
    "tech" people say for it)."""
    extra = worker[len(stem) :] if worker.startswith(stem) else ""
    return 0 < len(extra) <= len("mer") and worker.endswith(("er", "or"))


def field_names(
    names: Mapping[tuple[bool, str], Sequence[Name]], tokens: list[str]
) -> list[tuple[int, str, list[Name]]]:
    """(position, word, the worker names it stands for) for each field word among the tokens (name_words)."""
    found = []
    for i, token in enumerate(tokens):
        if (False, token) in names or english(token, GERUND_ZIPF if token.endswith("ing") else FIELD_ZIPF):
            continue
        ending = next((end for end in FIELD_ENDINGS if token.endswith(end) and len(token) - len(end) >= MIN_STEM), "")
        stem = token[: -len(ending)] if ending else ""
        workers = dict.fromkeys(stem + end for end in WORKER_ENDINGS) if stem else {}
        found_names = [
            Name(n.job, n.weight * FIELD, token, n.loose, n.acronym)
            for worker in workers
            for n in names.get((False, worker), [])
        ]
        if found_names:
            found.append((i, token, found_names))
    return found
