"""Job linking: find the jobs a question names, by title, alias, kana reading or a part of a title."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel

from chatbot.lexical import STOPWORDS, normalise
from chatbot.models import JobEntry
from chatbot.script import JAPANESE_CHARS, is_japanese

# How much a kind of name says that the job is meant (before sharing it with other jobs).
TITLE, ALIAS, TITLE_PART, QUALIFIER = 1.0, 0.8, 0.7, 0.5  # a kana reading weighs as the title it reads
# A job titled in another language than the question: "CEO" asked in English means Chief Executives before
# 会社経営者 (a kana reading is not discounted: it is the Japanese of the page's own title).
OTHER_LANGUAGE = 0.5
LOOSE = 0.25  # a one-word alias outside the slot where the question names its job ("water heaters" is no "Heater")
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
PARENTHESES = re.compile(r"\s*[(（]([^)）]*)[)）]")
LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
JAPANESE_SPLIT = re.compile(r"[、/／]")
LIST_STOP = re.compile(r"^(except|all other|including|other)\b", re.IGNORECASE)
KANA_ONLY = re.compile(r"^[\u3040-\u30ff]+$")
WORD = re.compile(rf"[^\W_{JAPANESE_CHARS}]+(?:-[^\W_{JAPANESE_CHARS}]+)*")  # "vice-minister" is one word
# A one-word name right after these is a verb, not a job: "to guide planes", "someone who cooks".
VERB_CONTEXT = frozenset(["to", "i", "you", "we", "they", "who", "can", "will", "would", "should", "must", "could"])
# Words of questions that may also be one-word job names ("Future", "DO" for Doctor of Osteopathy): never a link alone.
# fmt: off
QUESTION_WORDS = STOPWORDS | frozenset(
    [
        "job", "work", "working", "worker", "career", "skill", "training", "education", "experience", "future",
        "outlook", "personality", "interest", "value", "task", "hour", "license", "qualification", "related", "similar",
        "become", "good", "best", "better", "need", "like", "want", "day", "pay", "salary", "money", "people", "person",
        "help", "support", "student", "school", "degree", "technology", "software", "tool", "style", "path", "entry",
        "level", "other", "new", "us", "am"
    ]
)
# fmt: on
JAPANESE_STOP = frozenset(["仕事", "職業", "資格", "スキル", "将来", "必要", "会社", "職員", "社員", "経験"])
MAX_WORDS, MAX_CHARS = 8, 30
# "become a X", "what does a X do", "does a X need", "Xになるには", "Xの仕事内容": where a question names its job.
MENTIONS = [
    re.compile(
        r"\b(?:become|becoming|be|work as|working as|job as|career as)\s+(?:an?|the)\s+(?P<job>[a-z][a-z'\- ]*?)"
        r"\s*(?:$|[?.!,;]|\s(?:in|at|for|with|and|or|if|when|who|that|without|from|like)\b)"
    ),
    re.compile(r"\bwhat (?:does|do) (?:an?|the)\s+(?P<job>[a-z][a-z'\- ]*?)\s+do\b"),
    re.compile(
        r"\b(?:does|do|did|would|should|can|could|will) (?:an?|the)\s+(?P<job>[a-z][a-z'\- ]*?)\s+"
        r"(?:need|have|use|earn|make|go|get|work|study|learn|require|spend)\b"
    ),
    re.compile(  # a name at the start of a sentence, with no particle in it ("占い師", not "木造住宅を建てる仕事")
        r"(?:^|[\s、。？！?!])(?P<job>[^\s、。？！?!をがでとはへもやの]{2,12}?)"
        r"(?:に(?:なる|なりたい|就く|就きたい)|の(?:仕事|資格|働き方|なり方))"
    ),
]
GENERIC_MENTIONS = frozenset(["仕事", "職業", "職", "専門職", "人", "person", "job", "career", "professional"])
MAX_MENTION_WORDS = 4


class JobLink(BaseModel):
    """A job a question names: its title, source file, how sure the link is (0..1) and the name that matched."""

    title: str
    source: str
    score: float
    matched: str


class Name(NamedTuple):
    """One way of naming a job (a tuple: the linker holds some 60,000 of them)."""

    job: str  # the job's source file (unique in an index)
    weight: float
    text: str  # as written on the page
    loose: bool = False  # a one-word alias that is not an acronym: also a common word ("Heater", "Guide")
    acronym: bool = False  # "CEO"; in lower case it may be a word ("SAD", "CAT")
    reading: bool = False  # the kana reading: Japanese for the page's own title, whatever its language


@dataclass
class Match:
    """A name found in the question, at token positions [start, end) of one script."""

    start: int
    end: int
    japanese: bool
    key: str
    names: list[Name]


def title_names(title: str) -> list[tuple[str, float]]:
    """Names in a title: itself, without its qualifier, the qualifier, and the parts of a list title.

    "Ward Mayor (Tokyo Special Wards)" -> Ward Mayor (Tokyo Special Wards), Ward Mayor, Tokyo Special Wards;
    "Plumbers, Pipefitters, and Steamfitters" -> the title, Plumbers, Pipefitters, Steamfitters;
    "洋菓子製造、パティシエ" -> the title, 洋菓子製造, パティシエ.
    """
    names = [(title, TITLE)]
    bare = PARENTHESES.sub("", title).strip()
    if bare != title:
        names.append((bare, TITLE))
        names += [(inner.strip(), QUALIFIER) for inner in PARENTHESES.findall(title) if inner.strip()]
    if is_japanese(bare):
        parts = JAPANESE_SPLIT.split(bare)
        return names + [(part.strip(), TITLE_PART) for part in parts if len(parts) > 1 and part.strip()]
    parts = LIST_SPLIT.split(bare)
    kept = [part.strip() for part in parts if part.strip() and not LIST_STOP.match(part.strip())]
    if len(parts) > 1 and "--" not in bare:  # "Helpers--Pipelayers, Plumbers, ..." are helpers, not plumbers
        names += [(part, TITLE_PART) for part in kept if part.endswith("s")]
    return names


def alias_names(alias: str, weight: float) -> list[tuple[str, float]]:
    """An alias and its parts: "CEO (Chief Executive Officer)" -> the alias, CEO, Chief Executive Officer."""
    bare = PARENTHESES.sub("", alias).strip()
    if bare == alias:
        return [(alias, weight)]
    return [(alias, weight), (bare, weight), *((inner.strip(), weight) for inner in PARENTHESES.findall(alias))]


def reading_names(reading: str) -> list[tuple[str, float]]:
    """A kana reading without spaces, also without its brackets: "くちょう(とうきょうと の とくべつく)" -> くちょう."""
    return [(name.replace(" ", ""), weight) for name, weight in title_names(reading.replace("　", " "))]


def job_names(job: JobEntry) -> list[tuple[str, float, bool]]:
    """Every name of a job: (name, weight of its kind, whether it is the kana reading)."""
    names = [(text, weight, False) for text, weight in title_names(job.title)]
    names += [(text, weight, True) for text, weight in reading_names(job.reading or "") if text]
    names += [(text, weight, False) for alias in job.aliases for text, weight in alias_names(alias, ALIAS)]
    return names


@lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """A word without its plural ending: "secretaries" -> "secretary", "coaches" -> "coach", "nurses" -> "nurse"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def name_words(text: str) -> list[str]:
    """Lower-case words in singular, the unit of English name matching: "Chief Executives" -> [chief, executive].

    A hyphenated word stays whole ("vice-minister" does not contain the name "Minister").
    """
    return [singular(word) for word in WORD.findall(normalise(text))]


def name_key(name: str) -> tuple[bool, str] | None:
    """(japanese, key) under which a name is looked up; None for names too short or too common to link."""
    if is_japanese(name):
        key = re.sub(r"\s+", "", normalise(name))
        too_short = len(key) < (3 if KANA_ONLY.match(key) else 2)
        return None if too_short or key in JAPANESE_STOP or len(key) > MAX_CHARS else (True, key)
    tokens = name_words(name)
    if (
        not tokens
        or len(tokens) > MAX_WORDS
        or (len(tokens) == 1 and (tokens[0] in QUESTION_WORDS or len(tokens[0]) < 2))
    ):
        return None
    return False, " ".join(tokens)


@lru_cache(maxsize=1 << 14)
def keyed_names(
    title: str, reading: str | None, aliases: tuple[str, ...]
) -> list[tuple[tuple[bool, str], float, str, bool, bool, bool]]:
    """Every lookup key of a job's names: (key, weight, name, loose, acronym, is reading).

    Cached, so rebuilding the linker after a reindex only works out the names of new or changed pages.
    """
    job = JobEntry(title=title, source="", reading=reading, aliases=list(aliases))
    out = []
    for text, weight, reading_name in job_names(job):
        for variant in dict.fromkeys([text, text.replace("-", " ")]):  # "Director-General" as "director general"
            key = name_key(variant)
            if key is not None:
                acronym = ACRONYM.match(text) is not None
                loose = weight == ALIAS and " " not in key[1] and not key[0] and not acronym
                out.append((key, weight, text, loose, acronym, reading_name))
    return out


class JobLinker:
    """Finds job names in text. Built from the index's job table."""

    def __init__(self, jobs: list[JobEntry], previous: JobLinker | None = None) -> None:
        """Args:
        previous: the linker of an earlier version of the index; only the names of jobs that changed are redone.
        """
        self.jobs = {job.source: job for job in jobs}
        self.japanese = {job.source: is_japanese(job.title) for job in jobs}
        if previous is None:
            self.names: dict[tuple[bool, str], list[Name]] = defaultdict(list)
            fresh = jobs
        else:
            stale = {source for source, job in previous.jobs.items() if self.jobs.get(source) != job}
            self.names = defaultdict(list, previous.names)  # lists are shared until a job of theirs changes
            for source in stale:
                self.remove(previous.jobs[source])
            fresh = [job for job in jobs if previous.jobs.get(job.source) != job]
        own: set[tuple[bool, str]] = set()  # keys whose list this linker made (an earlier one may share the rest)
        for job in fresh:
            for key, weight, text, loose, acronym, reading in keyed_names(job.title, job.reading, tuple(job.aliases)):
                name = Name(job.source, weight, text, loose, acronym, reading)
                if key not in own:
                    self.names[key] = [*self.names.get(key, ())]
                    own.add(key)
                self.names[key].append(name)

    def remove(self, job: JobEntry) -> None:
        """Drop a job's names (copying each list it touches, which an earlier linker may share)."""
        for key, *_ in keyed_names(job.title, job.reading, tuple(job.aliases)):
            kept = [name for name in self.names.get(key, ()) if name.job != job.source]
            if kept:
                self.names[key] = kept
            else:
                self.names.pop(key, None)

    def link(self, text: str, limit: int = 3) -> list[JobLink]:
        """Jobs named in text, best first; [] when no job is named.

        A longer name wins over the shorter names inside it ("Helpers--Electricians" over "Electricians");
        a name several jobs share counts for each of them in proportion (score = weight / number of jobs);
        jobs titled in the question's language come first; a one-word alias (or an acronym written in lower case)
        counts a quarter unless it fills the slot where the question names its job ("become a plumber", not
        "installs water heaters"; "what does a ceo do", not "I feel sad").
        """
        best: dict[str, JobLink] = {}
        japanese = is_japanese(text)
        mention = job_mention(text)
        slot = f" {' '.join(name_words(mention))} " if mention else ""
        for match in self.matches(text):
            outside = f" {match.key} " not in slot
            names = [Name(n.job, n.weight * self.discount(n, japanese, outside, text), n.text) for n in match.names]
            for name, score in shared_scores(names):
                job = self.jobs[name.job]
                if name.job not in best or score > best[name.job].score:
                    best[name.job] = JobLink(
                        title=job.title, source=job.source, score=round(score, 4), matched=name.text
                    )
        return sorted(best.values(), key=lambda link: (-link.score, link.title))[:limit]

    def discount(self, name: Name, japanese: bool, outside: bool, text: str) -> float:
        """How much less a name counts here: in another language's page, or a loose name outside the slot."""
        other_language = self.japanese[name.job] != japanese and not name.reading
        loose = name.loose or (name.acronym and name.text not in text)
        return (OTHER_LANGUAGE if other_language else 1.0) * (LOOSE if loose and outside else 1.0)

    def matches(self, text: str) -> list[Match]:
        """Names found in text, longest first, none overlapping a longer one."""
        tokens = name_words(text)
        found = [
            Match(i, j, False, " ".join(tokens[i:j]), self.names[(False, " ".join(tokens[i:j]))])
            for i in range(len(tokens))
            for j in range(i + 1, min(len(tokens), i + MAX_WORDS) + 1)
            if (False, " ".join(tokens[i:j])) in self.names and not (j == i + 1 and i and tokens[i - 1] in VERB_CONTEXT)
        ]
        chars = re.sub(r"\s+", "", normalise(text)) if is_japanese(text) else ""
        found += [
            Match(i, j, True, chars[i:j], self.names[(True, chars[i:j])])
            for i in range(len(chars))
            for j in range(i + 2, min(len(chars), i + MAX_CHARS) + 1)
            if (True, chars[i:j]) in self.names
        ]
        kept: list[Match] = []
        for match in sorted(found, key=lambda m: (m.start - m.end, m.start)):
            if not any(k.japanese == match.japanese and k.start < match.end and match.start < k.end for k in kept):
                kept.append(match)
        return kept


def job_mention(text: str) -> str | None:
    """The words in the slot where a question names its job, if it has one.

    "How do I become an astronaut?" -> "astronaut"; "宇宙飛行士になるには" -> "宇宙飛行士";
    "How can I work with animals?" -> None (no slot: a description, not a name).
    """
    question = normalise(text).strip()
    for pattern in MENTIONS:
        found = pattern.search(question)
        if found:
            job = found.group("job").strip()
            short = len(job.split()) <= MAX_MENTION_WORDS
            return job if short and job not in GENERIC_MENTIONS else None
    return None


def shared_scores(names: list[Name]) -> list[tuple[Name, float]]:
    """Each job's best name under one key, scored by its weight over the jobs that name it at least as strongly."""
    best: dict[str, Name] = {}
    for name in names:
        if name.job not in best or name.weight > best[name.job].weight:
            best[name.job] = name
    weights = [name.weight for name in best.values()]
    return [(name, name.weight / sum(1 for w in weights if w >= name.weight)) for name in best.values()]
