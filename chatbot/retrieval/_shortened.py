"""English names said short, each word the start of the name's word: "psych professor" (Psychology Professor),
"weatherization tech" (Weatherization Technician), "college lit professor" (Literature Professor, after the setting).

Looked up by the first letters of every word (JobLinker.spelled): rapidfuzz's ratios score "lit" against
"literature" as far apart as any two words, so a prefix index is both faster and more exact here."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from chatbot.models import JobEntry, JobLink, Question
from chatbot.retrieval._foreground import SENTENCE
from chatbot.retrieval._names import TITLE, TITLE_PART, Name
from chatbot.text import fold, name_words

PREFIX = 3  # letters of a word that must be written: "lit", "psych", "tech", "prep"; "it" or "pr" are too little
LEFT_OUT = 2  # letters a short word leaves out at least: "profs" is a typo of "prof", not "professor" short
SETTING_NEAR = 5  # words before a name that may say its setting ("a hotel as the general manager")
MIN_FIELD = 4  # letters of a field word ("fire" of firefighter, "grounds" of groundskeeping)
NUDGE = 0.05  # a title said short by an alias found: just above the alias's page
MAX_SPELLED_JOBS = 3  # a short name many jobs share names none of them
SETTING = 1  # words before the name that may be where the job is ("college", "hospital"), not part of it


@dataclass(frozen=True)
class PrefixIndex:
    """English name keys of two words or more, under the first PREFIX letters of each word, and under all their
    words but the last (for a name said with a person word in place of its worker word: "forklift guy"), and under
    all their words but the first (its setting or field: "hotel general manager", "fire captain")."""

    by_prefix: dict[tuple[str, ...], list[str]]
    by_head: dict[tuple[str, ...], list[str]]
    by_tail: dict[tuple[str, ...], list[str]]


def prefix_index(keys: Iterable[str]) -> PrefixIndex:
    """The PrefixIndex of these name keys."""
    by_prefix: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_head: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_tail: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) >= 2:
            by_tail[tuple(words[1:])].append(key)
        if len(words) >= 2 and all(len(word) >= PREFIX for word in words):
            by_prefix[tuple(word[:PREFIX] for word in words)].append(key)
            by_head[tuple(words[:-1])].append(key)
    return PrefixIndex(dict(by_prefix), dict(by_head), dict(by_tail))


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


def titled_in_full(said: str, index: PrefixIndex) -> list[str]:
    """The name keys an alias says short, when it is short for them ("Customer Service Rep", an alias of sales
    representatives of services, is short for Customer Service Representatives' own title); [] otherwise."""
    words = name_words(said)
    if len(words) < 2 or any(len(word) < PREFIX for word in words):
        return []
    keys = index.by_prefix.get(tuple(word[:PREFIX] for word in words), [])
    return [key for key in keys if key.split() != words and shortens(words, key.split())]


def in_full(
    best: dict[str, JobLink],
    said: list[str],
    index: Callable[[], PrefixIndex],
    names: dict[tuple[bool, str], list[Name]],
    jobs: dict[str, JobEntry],
) -> dict[str, JobLink]:
    """The links found (best, by source), an alias's page replaced by the page the alias says short: by its own title
    ("customer service reps": Customer Service Representatives, not the sales representatives who list "Customer
    Service Rep"), or by a longer alias whose first word, its setting, is said just before it (said: the question's
    name words; "run a hotel as the general manager": Lodging Managers, "Hotel General Manager"). The prefix index
    is built on first use, once per linker."""
    aliased = [link for link in best.values() if link.score < TITLE]
    short = [link for link in aliased if min(map(len, name_words(link.matched)), default=PREFIX + 2) <= PREFIX + 1]
    found = [
        (link, n)
        for link in short  # a name with a short word ("rep", "tech", "mgr")
        for key in titled_in_full(link.matched, index())
        for n in names.get((False, key), [])
        if n.weight == TITLE
    ]
    found += [
        (link, n)
        for link in aliased
        if len(name_words(link.matched)) >= 2
        for key in index().by_tail.get(tuple(name_words(link.matched)), [])
        if key.split()[0] in setting(said, name_words(link.matched))
        for n in names.get((False, key), [])
    ]
    found = [(link, n) for link, n in found if n.job != link.source]
    full = [
        JobLink(
            title=jobs[n.job].title, source=n.job, score=round(min(link.score + NUDGE, TITLE), 4), matched=link.matched
        )
        for link, n in found
    ]
    said_short = {link.source for link, _ in found}  # the same words (matched, as said) name one job: the fuller
    kept = {source: link for source, link in best.items() if source not in said_short}
    return kept | {link.source: link for link in full if link.score > getattr(kept.get(link.source), "score", 0.0)}


def setting(said: list[str], name: list[str]) -> list[str]:
    """The words said just before a name (SETTING_NEAR of them), where its setting may be ("run a hotel as the
    general manager"); [] when the name is not said."""
    at = next((i for i in range(len(said)) if said[i : i + len(name)] == name), None)
    return [] if at is None else said[max(at - SETTING_NEAR, 0) : at]


def in_field(
    said: str,
    field: tuple[list[str], list[str]],
    index: PrefixIndex,
    names: dict[tuple[bool, str], list[Name]],
    jobs: dict[str, JobEntry],
) -> str | None:
    """The title of the page with a longer name that says the name said ("captain") after a word of the person's
    own field (field: the name words of the unit they tell of, and of their job's title): "fire captain" for a
    firefighter; of several, the one whose title holds a word they told ("ground crew supervisor" of a landscaping
    crew, not of aircraft cargo; "anthropology professor", not "assistant professor", for a TA in an anthropology
    department); None otherwise."""
    told, title = field
    near = [word for word in [*told, *title] if len(word) >= MIN_FIELD]
    keys = index.by_tail.get(tuple(name_words(said)), [])
    firsts = [(key, key.split()[0]) for key in keys]
    kept = [key for key, first in firsts if len(first) >= MIN_FIELD and any(w.startswith(first) for w in near)]
    found = sorted({n.job for key in kept for n in names.get((False, key), [])})
    own = {word for word in told if len(word) >= MIN_FIELD} - set(name_words(said))
    found = found if len(found) == 1 else [job for job in found if own & set(name_words(jobs[job].title))]
    return jobs[found[0]].title if len(found) == 1 else None


def in_own_field(question: Question, origin: str, targets: list[str], index: Index) -> list[str]:
    """The jobs wanted, each said by a name shared or loose (not its title) and found again in the person's own
    field (in_field): their job's title, and the unit they tell of with it ("Firefighter, nine years in. … going
    for captain": the supervisors of firefighters; "…on a landscaping crew … a crew supervisor": of landscaping).
    A job wanted found only by the pages' words, with no name said, stays as it is."""
    own = fold(question.own_words or "")
    told = [part for part in SENTENCE.split(question.text) if own and own in fold(part)][:1]
    field = name_words(" ".join(UNIT.findall(" ".join(told)))), name_words(origin)
    spoken = {link.title: link.matched for link in question.links if link.score < TITLE}
    found = [(in_field(spoken[job], field, *index) if job in spoken else None) or job for job in targets]
    return [new if new != origin else job for new, job in zip(found, targets, strict=True)]


Index = tuple[PrefixIndex, dict[tuple[bool, str], list[Name]], dict[str, JobEntry]]  # the linker's names, by words
UNIT = re.compile(r"\b(\w+ (?:department|dept|team|lab|program|crew|unit|division|office|section))\b", re.IGNORECASE)


def spelled_links(
    mention: str, prefixes: PrefixIndex, names: Mapping[tuple[bool, str], list[Name]], jobs: Mapping[str, JobEntry]
) -> list[JobLink]:
    """The jobs whose name the slot says short ("psych professor"), when at most three jobs have it."""
    sources = {n.job: n for key in spelled_out(mention, prefixes) for n in names[(False, key)]}
    if not 0 < len(sources) <= MAX_SPELLED_JOBS:
        return []
    score = round(TITLE_PART / len(sources), 4)
    return [JobLink(title=jobs[s].title, source=s, score=score, matched=n.text) for s, n in sources.items()]
