"""English names said short, each word the start of the name's word: "psych professor" (Psychology Professor),
"weatherization tech" (Weatherization Technician), "college lit professor" (Literature Professor, after the setting).

Looked up by the first letters of every word (JobLinker.spelled): rapidfuzz's ratios score "lit" against
"literature" as far apart as any two words, so a prefix index is both faster and more exact here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from chatbot.text import name_words

PREFIX = 3  # letters of a word that must be written: "lit", "psych", "tech", "prep"; "it" or "pr" are too little
LEFT_OUT = 2  # letters a short word leaves out at least: "profs" is a typo of "prof", not "professor" short
SETTING = 1  # words before the name that may be where the job is ("college", "hospital"), not part of it


def prefix_index(keys: Iterable[str]) -> dict[tuple[str, ...], list[str]]:
    """English name keys of two words or more, under the first PREFIX letters of each word."""
    index: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) >= 2 and all(len(word) >= PREFIX for word in words):
            index[tuple(word[:PREFIX] for word in words)].append(key)
    return index


def shortens(short: list[str], name: list[str]) -> bool:
    """Whether every word is the name's word or its start, and one at least is short."""
    pairs = list(zip(short, name, strict=True))
    return any(s != n for s, n in pairs) and all(
        s == n or (n.startswith(s) and len(n) >= len(s) + LEFT_OUT) for s, n in pairs
    )


# A person word closing the mention stands for the name's worker word: "the forklift guy" (Forklift Operator)
PERSONS = frozenset(["guy", "lady", "person", "people", "folk", "folks", "worker", "man", "woman", "gal"])
PLAIN_WORKERS = frozenset(["operator", "driver", "worker", "attendant", "cleaner", "installer"])


def spelled_out(mention: str, index: dict[tuple[str, ...], list[str]]) -> list[str]:
    """The name keys the mention says short, trying it whole and then without its first word (a setting)."""
    words = name_words(mention)
    if person := said_as_person(words, index):  # "the forklift guy"
        return person
    for start in range(min(SETTING, len(words) - 2) + 1):
        rest = words[start:]
        if any(len(word) < PREFIX for word in rest):
            continue
        found = [key for key in index.get(tuple(w[:PREFIX] for w in rest), []) if shortens(rest, key.split())]
        if found:
            return found
    return []


def said_as_person(words: list[str], index: dict[tuple[str, ...], list[str]]) -> list[str]:
    """The name keys whose words but the last are the mention's, when a person word closes it ("forklift guy":
    forklift operator, forklift driver before forklift mechanic); [] otherwise."""
    if len(words) < 2 or words[-1] not in PERSONS or any(len(word) < PREFIX for word in words[:-1]):
        return []
    said = tuple(word[:PREFIX] for word in words[:-1])
    found = [
        key for shape, keys in index.items() if shape[:-1] == said for key in keys if key.split()[:-1] == words[:-1]
    ]
    plain = [key for key in found if key.split()[-1] in PLAIN_WORKERS]  # the one who runs it, not who fixes it
    return plain or found
