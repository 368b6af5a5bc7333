"""Names a text says, by the linker's keys (word n-grams, worker fields, Japanese runs): longest first, no overlaps."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from chatbot.models import JobLink
from chatbot.retrieval._fields import field_names
from chatbot.retrieval._names import KANA_ONLY, MAX_CHARS, MAX_WORDS, TITLE, Name, japanese_key
from chatbot.retrieval._siblings import general_kind
from chatbot.retrieval._title_words import begun_in, most_shared
from chatbot.text import BREAK, STOPWORDS, is_japanese, name_breaks, name_words

Names = dict[tuple[bool, str], list[Name]]  # (Japanese?, key) -> the names under it
MODALS = frozenset(["can", "will", "would", "should", "must", "could"])
VERB_CONTEXT = frozenset(["to", "i", "you", "we", "they", "who"]) | MODALS  # then a verb: "to guide", "who cooks"
CAPITALS = re.compile(r"\b(?:OR|IT|US|AS|AM|ON|IN|AT|TO|NO|SO|GO|DO|IS|BE|ME|WE|IF|UP|AN|OF|BY|MY|HIS|HER)\b")
SHORT_KANA = 3  # a name of three kana only where written in katakana: ナレーター (ナレタ) is not in "なれたりする"
KATAKANA_RUN = re.compile(r"[\u30a0-\u30ff]+")
MAKING = frozenset(["build", "builds", "building", "carve", "carves", "carving"])
DOERS = frozenset(["one", "ones", "person", "people", "someone", "somebody", "guy", "guys", "folks", "those"])


@dataclass
class Match:
    """A name found in the question, at token positions [start, end) of one script."""

    start: int
    end: int
    japanese: bool
    key: str
    names: list[Name]


def name_matches(names: Names, text: str) -> list[Match]:
    """Names found in text, longest first, none overlapping a longer one."""
    tokens = name_words(text)
    capitals = set(CAPITALS.findall(text))
    fields = [Match(i, j, False, key, found_names) for i, j, key, found_names in field_names(names, tokens)]
    words = word_matches(names, tokens, name_breaks(text))
    found = fields + [match for match in (said_in_capitals(m, capitals) for m in words) if match is not None]
    if "-" in text:  # "nurse-midwife" also as "nurse midwife" (Nurse Midwives); the whole word wins when named
        joined = text.replace("-", " ")
        found += [m for m in word_matches(names, name_words(joined), name_breaks(joined)) if " " in m.key]
    chars = japanese_key(text) if is_japanese(text) else ""
    katakana = "|".join(japanese_key(run) for run in KATAKANA_RUN.findall(text)) if chars else ""
    found += [
        Match(i, j, True, chars[i:j], names[(True, chars[i:j])])
        for i in range(len(chars))
        for j in range(i + 2, min(len(chars), i + MAX_CHARS) + 1)
        if (True, chars[i:j]) in names and as_written(chars[i:j], katakana)
    ]
    kept: list[Match] = []
    for match in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if not any(k.japanese == match.japanese and k.start < match.end and match.start < k.end for k in kept):
            kept.append(match)
    return kept


def as_written(key: str, katakana: str) -> bool:
    """Whether a Japanese name's key may be matched here (katakana: the keys of the question's katakana runs)."""
    return len(key) > SHORT_KANA or key in katakana or not KANA_ONLY.match(key)


def word_matches(names: Names, tokens: list[str], breaks: frozenset[int] = frozenset()) -> list[Match]:
    """English names among the word n-grams (a one-word name right after a verb like "become" is not); across
    punctuation only the names written with it ("Weighers, Measurers…", not "school, nurses" as School Nurse)."""
    found = []
    for i in range(len(tokens)):
        for j in range(i + 1, min(len(tokens), i + MAX_WORDS) + 1):
            key = " ".join(tokens[i:j])
            if (False, key) not in names or (j == i + 1 and i and (verb_after(tokens, i) or made(tokens, i))):
                continue
            said = names[(False, key)]
            if any(i < k < j for k in breaks):  # a list title's own words: "weigher measurer checker and sampler"
                said = [name for name in said if BREAK.search(name.text) or " and " in name.text]
            if said:
                found.append(Match(i, j, False, key, said))
    return found


def said_in_capitals(match: Match, capitals: set[str]) -> Match | None:
    """The match less the names with a capitals word the question writes in lower case ("nurses or…": no OR Nurse;
    capitals: those it writes); none for an acronym's plural several jobs share ("RTs": respiratory or radiation)."""
    if len({n.job for n in match.names}) > 1 and all(n.acronym and n.text.casefold() != match.key for n in match.names):
        return None
    kept = [n for n in match.names if all(w in capitals for w in n.text.split() if CAPITALS.fullmatch(w))]
    if len(kept) == len(match.names):
        return match
    return Match(match.start, match.end, match.japanese, match.key, kept) if kept else None


def verb_after(tokens: list[str], i: int) -> bool:
    """Whether the word at i is a verb by its place: after "to", "who", "would"... ("someone who cooks"); a word in
    -ing after a modal is a field, not a verb ("would surveying give me that"; but "from roofing to managing")."""
    participle = tokens[i].endswith("ing") and tokens[i - 1] in DOERS  # "the one running a restaurant"
    if tokens[i - 1] == "to" and "from" in tokens[max(i - MAX_WORDS - 2, 0) : i - 1]:
        return False  # "from film and video editor to producer/director": where one goes, a job
    paired = i >= 3 and tokens[i - 1] in ("and", "or") and tokens[i - 3] in VERB_CONTEXT - {"to"}  # "i weigh and log"
    plain = tokens[i - 1] in VERB_CONTEXT and not (tokens[i].endswith("ing") and tokens[i - 1] in MODALS)
    return participle or paired or plain


def made(tokens: list[str], i: int) -> bool:
    """Whether the one word at i is what is made, by the verb of making before it: "building wood models" makes
    models, it names no Models (who pose for artists)."""
    before = tokens[max(i - 2, 0) : i]  # "make captain" reaches a rank: a "make" counts with a material between
    return any(word in MAKING for word in before) or (len(before) == 2 and before[0] in ("make", "makes", "making"))


def slot_span(tokens: list[str], mention: str | None) -> tuple[int, int] | None:
    """The token positions [start, end) of the slot's words where the question says them last; None when they are
    not found as English words (a Japanese slot, or none)."""
    words = name_words(mention or "")
    starts = (
        [i for i in range(len(tokens) - len(words), -1, -1) if tokens[i : i + len(words)] == words] if words else []
    )
    return (starts[0], starts[0] + len(words)) if starts else None


def within(match: Match, span: tuple[int, int] | None) -> bool:
    """Whether a match lies inside the slot where the question says it: "vet" of "vet school" is not in the slot of
    "what do vet techs do"; a Japanese match, or a slot not found by its words, is judged by its text alone."""
    return match.japanese or span is None or span[0] <= match.start and match.end <= span[1]


def listed(best: dict[str, JobLink], parts: dict[str, set[str]], keys: dict[str, str]) -> dict[str, JobLink]:
    """The links, a list title whose parts the text lists ("weighers, measurers and checkers": PARTS has several
    keys for it) named as by its whole title, and the jobs found only under one of those parts (KEYS: the key of
    each job's best link) dropped: the list names Weighers, Measurers, Checkers..., not the inspectors who weigh."""
    whole = {source for source, said in parts.items() if len(said) > 1 and source in best}
    said = {key for source in whole for key in parts[source]}
    return {
        source: link.model_copy(update={"score": TITLE}) if source in whole else link
        for source, link in best.items()
        if source in whole or keys.get(source) not in said
    }


# The words before a name several jobs share that may tell them apart (titled): "extruding and forming machine
# operators". A tie they leave, for a name of two words or more, is broken by the words of the name's sentence less
# those every kind of title has ("grinding and polishing machine operator jobs in a metal shop": the page for metal).
# Not the whole question ("I'm a funeral director … | I want to manage the whole funeral home" read Funeral Home
# Managers; "other" of "…through other jobs" read Engine and Other Machine Assemblers), nor for one word ("testers" of
# Software Quality Assurance… hid "pen testers").
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
GENERIC = frozenset(["other", "all", "except", "worker", "and", "related", "specialist"])
NEAR = 2


def titled(
    match: Match,
    names: list[Name],
    said: tuple[list[str], str],
    titles: dict[str, list[str]],
    japanese: dict[str, bool],
    aliases: Callable[[str], frozenset[str]] = lambda job: frozenset(),
) -> list[Name]:
    """Of the jobs that share a name, those whose title shares a word with it ("park ranger": Park Naturalists) or
    its initials ("OT"), and of those the ones whose title shares most words with it and the NEAR words before; a
    tie those leave among English pages, broken by the words of its sentence when one title shares most, then, for
    a name of two words or more that many pages share, by the words of their aliases (by_aliases).

    said: the text's name words and the text; aliases: a job's alias words."""
    if match.japanese or len(names) < 2:
        return names
    tokens, text = said
    words = set(match.key.split()) - STOPWORDS
    # a title word may hold the name's word ("sales associate" at a clothing store: Retail Salespersons)
    own = [n for n in names if begun_in(words, titles[n.job]) or "".join(w[0] for w in titles[n.job]) == match.key]
    near = set(tokens[max(match.start - NEAR, 0) : match.end]) - STOPWORDS  # the name and the words it follows
    kept = most_shared(own or names, near, titles, japanese)
    kept = general_kind(at_level(kept, tokens[max(match.start - 2, 0) : match.end + 3], titles), titles, set(tokens))
    english = {n.job for n in kept if not japanese[n.job]}
    if len(english) > 1 and " " in match.key:  # not of one word ("testers"): a name said short may be meant
        around = sentence_words(text, match.start) - STOPWORDS - GENERIC
        whole = most_shared([n for n in kept if n.job in english], around, titles, japanese)
        kept = whole if len({n.job for n in whole}) == 1 else kept
    if len({n.job for n in kept if not japanese[n.job]}) > ALIASED and " " in match.key:
        around = sentence_words(text, match.start) - set(match.key.split()) - STOPWORDS - GENERIC
        kept = by_aliases(kept, {word for word in around if len(word) >= MIN_SAID}, aliases)
    headed = [n for n in kept if titles[n.job] == match.key.split()[-1:]]  # "drywall tapers": Tapers, a whole title
    return headed if " " in match.key and 0 < len({n.job for n in headed}) < len({n.job for n in kept}) else kept


# A name more than ALIASED pages share ("college professor": 33 postsecondary teachers) with the field said beside
# it ("college professors who teach geology, meteorology or oceanography"): the page whose other names say that
# field ("Geology Professor", "Oceanography Professor") is the one meant.
ALIASED = 3
MIN_BEGUN = 4  # letters: a word said short for a longer one ("psych" of psychology)
MIN_SAID = 3  # letters: a word said whole ("mems", as name_words leaves MEMS) that may tell the job


def begun(word: str, words: frozenset[str]) -> bool:
    """Whether the word begins one of the words (said short: "psych professor" for a Psychology Professor)."""
    return len(word) >= MIN_BEGUN and any(other.startswith(word) for other in words)


@lru_cache(maxsize=4096)
def alias_words(aliases: tuple[str, ...]) -> frozenset[str]:
    """The words of a job's other names (read once per job, when a shared name needs them)."""
    return frozenset(word for alias in aliases for word in name_words(alias))


def by_aliases(names: list[Name], around: set[str], aliases: Callable[[str], frozenset[str]]) -> list[Name]:
    """The names whose job's aliases share the most words around the name, when one job alone does (else all):
    words every such job's aliases have ("teacher") tell none apart."""
    words = {n.job: aliases(n.job) for n in names}
    common = frozenset.intersection(*words.values()) if words else frozenset()
    found = {job: {w for w in around - common if w in said or begun(w, said)} for job, said in words.items()}
    # a word one job's aliases alone have tells it ("MEMS design engineers": MEMS Engineer, Microsystems Engineers)
    own = {job for job, said in found.items() if any(sum(w in other for other in found.values()) == 1 for w in said)}
    if len(own) == 1:
        return [n for n in names if n.job in own]
    shared = {job: len(said) for job, said in found.items()}
    best = max(shared.values(), default=0)
    top = {job for job, count in shared.items() if count == best}
    return [n for n in names if n.job in top] if best and len(top) == 1 else names


# A school said beside a name several levels' pages share: "a TA at a university" is Teaching Assistants, Postsecondary.
LEVELS = {"university": "postsecondary", "universities": "postsecondary", "college": "postsecondary"}


def at_level(names: list[Name], around: list[str], titles: dict[str, list[str]]) -> list[Name]:
    """Of the names several jobs share, those whose title says the school level said beside the name."""
    levels = {LEVELS[word] for word in around if word in LEVELS}
    kept = [n for n in names if levels & set(titles[n.job])]
    return kept if levels and kept and len({n.job for n in names}) > 1 else names


def sentence_words(text: str, at: int) -> set[str]:
    """The name words of the sentence holding the text's name word at position AT."""
    seen = 0
    for sentence in SENTENCE_END.split(text):
        words = name_words(sentence)
        if seen <= at < seen + len(words):
            return set(words)
        seen += len(words)
    return set()
