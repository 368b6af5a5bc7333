"""A field of work read as the job of its workers: "carpentry" -> Carpenters, "optometry" -> Optometrists.

People name the field more often than the worker ("is carpentry hard on the body?"). A word the linker does not
know as a name, and that English does not use commonly (so "history" names no historian),
is taken apart into a stem and a field ending, and the worker names of that stem are looked up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from chatbot.retrieval._names import Name
from chatbot.retrieval._spelling import english

# "carpent-ry": "carpent-er", "cartograph-y": "cartograph-er", "dentist-ry": "dentist", "pharmac-y": "pharmac-ist".
# Not "-ing": a gerund is as often the verb ("from roofing to managing properties": no manager named).
FIELD_ENDINGS, WORKER_ENDINGS = ("ics", "ry", "y"), ("er", "or", "ist", "ician", "ian", "ant", "e", "")
FIELD = 0.6  # a field names its worker less surely than the worker's own name
FIELD_ZIPF = 4.5  # an English word at least this common is a word ("history" 5.5), not a field ("carpentry" 3.0)
MIN_STEM = 4


def field_names(
    names: Mapping[tuple[bool, str], Sequence[Name]], tokens: list[str]
) -> list[tuple[int, str, list[Name]]]:
    """(position, word, the worker names it stands for) for each field word among the tokens (name_words)."""
    found = []
    for i, token in enumerate(tokens):
        if (False, token) in names or english(token, FIELD_ZIPF):
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
