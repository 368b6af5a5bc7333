"""A field of work read as the job of its workers: "carpentry" -> Carpenters, "optometry" -> Optometrists.

People name the field more often than the worker ("is carpentry hard on the body?"). A word the linker does not
know as a name, and that English does not use commonly (so "history" names no historian),
is taken apart into a stem and a field ending, and the worker names of that stem are looked up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chatbot.retrieval._english import english
from chatbot.retrieval._names import TITLE, Name
from chatbot.text import fold, name_words

# "carpent-ry": "carpent-er", "cartograph-y": "cartograph-er", "dentist-ry": "dentist", "pharmac-y": "pharmac-ist".
# "-ing" only for a rare word: a common gerund is as often the verb ("from roofing to managing properties": no
# manager named), a rare one names the trade ("machining" 3.1, "plumbing" 3.6 against "managing" 4.4).
FIELD_ENDINGS, WORKER_ENDINGS = ("ics", "ry", "y", "ing"), ("er", "or", "ist", "ician", "ian", "ant", "e", "")
GERUND_ZIPF = 3.8
FIELD = 0.6  # a field names its worker less surely than the worker's own name
QUALIFIED = 0.8  # …but a field said with its qualifier ("mechanical engineering") names them surely
# A worker's word after a field ("engineering technician", "… tech"): not _mention.WORKER_WORD, which tells a name
# from a description by its last word ("…production manager") and has no "tech" or "-ent" (a student is no worker)
WORKER_WORD = re.compile(r"(er|or|ist|ian|ant|ent|tech|aide)s?$")
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
) -> list[tuple[int, int, str, list[Name]]]:
    """(start, end, words, the worker names they stand for) for each field among the tokens (name_words): a word
    ("carpentry"), or a word and the field it qualifies ("mechanical engineering": Mechanical Engineers, before the
    Mechanical Engineering Technologists whose title only starts with it)."""
    return [(i, i + 1, key, found) for i, key, found in field_words(names, tokens)] + qualified_fields(names, tokens)


def qualified_fields(
    names: Mapping[tuple[bool, str], Sequence[Name]], tokens: list[str]
) -> list[tuple[int, int, str, list[Name]]]:
    """Fields of two words, the second a field word however common ("civil engineering", "clinical psychology"),
    whose worker's name of the same two words exists."""
    found = []
    for i in range(1, len(tokens)):
        if i + 1 < len(tokens) and WORKER_WORD.search(tokens[i + 1]):
            continue  # "aerospace engineering technicians": a worker of the field, named whole
        ending = next((end for end in FIELD_ENDINGS if tokens[i].endswith(end)), "")
        stem = tokens[i][: -len(ending)] if ending and len(tokens[i]) - len(ending) >= MIN_STEM else ""
        keys = [f"{tokens[i - 1]} {stem}{end}" for end in WORKER_ENDINGS] if stem else []
        words = " ".join(tokens[i - 1 : i + 1])  # as said: where the name is found in the question
        said = [  # a title's words only: "on the job training" names no "job trainer" (an alias)
            Name(n.job, n.weight * QUALIFIED, words, n.loose, n.acronym)
            for k in keys
            for n in names.get((False, k), [])
            if n.weight == TITLE
        ]
        if said:
            found.append((i - 1, i + 1, words, said))
    return found


def field_words(
    names: Mapping[tuple[bool, str], Sequence[Name]], tokens: list[str]
) -> list[tuple[int, str, list[Name]]]:
    """(position, word, the worker names it stands for) for each field word among the tokens."""
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
