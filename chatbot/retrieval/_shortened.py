"""English names said short, each word the start of the name's word: "psych professor" (Psychology Professor),
"weatherization tech" (Weatherization Technician), "college lit professor" (Literature Professor, after the setting).

Looked up by the first letters of every word (JobLinker.spelled): rapidfuzz's ratios score "lit" against
"literature" as far apart as any two words, so a prefix index is both faster and more exact here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from chatbot.text import name_words

PREFIX = 3  # letters of a word that must be written: "lit", "psych", "tech", "prep"; "it" or "pr" are too little
LEFT_OUT = 2  # letters a short word leaves out at least: "profs" is a typo of "prof", not "professor" short
SETTING = 1  # words before the name that may be where the job is ("college", "hospital"), not part of it


@dataclass(frozen=True)
class PrefixIndex:
    """English name keys of two words or more, under the first PREFIX letters of each word, and under all their
    words but the last (for a name said with a person word in place of its worker word: "forklift guy")."""

    by_prefix: dict[tuple[str, ...], list[str]]
    by_head: dict[tuple[str, ...], list[str]]


def prefix_index(keys: Iterable[str]) -> PrefixIndex:
    """The PrefixIndex of these name keys."""
    by_prefix: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_head: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) >= 2 and all(len(word) >= PREFIX for word in words):
            by_prefix[tuple(word[:PREFIX] for word in words)].append(key)
            by_head[tuple(words[:-1])].append(key)
    return PrefixIndex(dict(by_prefix), dict(by_head))


def shortens(short: list[str], name: list[str]) -> bool:
    """Whether every word is the name's word or its start, and one at least is short."""
    pairs = list(zip(short, name, strict=True))
    return any(s != n for s, n in pairs) and all(
        s == n or (n.startswith(s) and len(n) >= len(s) + LEFT_OUT) for s, n in pairs
    )


# A person word closing the mention stands for the name's worker word: "the forklift guy" (Forklift Operator)
PERSONS = frozenset(["guy", "lady", "person", "people", "folk", "folks", "worker", "man", "woman", "gal"])
PLAIN_WORKERS = frozenset(["operator", "driver", "worker", "attendant", "cleaner", "installer"])


def spelled_out(mention: str, index: PrefixIndex) -> list[str]:
    """The name keys the mention says short, trying it whole and then without its first word (a setting)."""
    words = name_words(mention)
    if person := said_as_person(words, index):  # "the forklift guy"
        return person
    for start in range(min(SETTING, len(words) - 2) + 1):
        rest = words[start:]
        if any(len(word) < PREFIX for word in rest):
            continue
        keys = index.by_prefix.get(tuple(w[:PREFIX] for w in rest), [])
        found = [key for key in keys if shortens(rest, key.split())]
        if found:
            return found
    return []


def said_as_person(words: list[str], index: PrefixIndex) -> list[str]:
    """The name keys whose words but the last are the mention's, when a person word closes it ("forklift guy":
    forklift operator, forklift driver before forklift mechanic); [] otherwise."""
    if len(words) < 2 or words[-1] not in PERSONS:
        return []
    found = index.by_head.get(tuple(words[:-1]), [])
    plain = [key for key in found if key.split()[-1] in PLAIN_WORKERS]  # the one who runs it, not who fixes it
    return plain or found
