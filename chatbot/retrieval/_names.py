"""The names of a job: its title and the parts of it, its kana reading, its aliases, and the keys they are looked
up under (lower-case singular words for English, characters for Japanese)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from chatbot.models import JobEntry
from chatbot.retrieval._said import SAID
from chatbot.retrieval._spoken import THING_TITLES, bare_stem, spoken_variants
from chatbot.text import STOPWORDS, common_words, fold, is_japanese, kana_fold, name_words

# How much a kind of name says that the job is meant (before sharing it with other jobs).
TITLE, ALIAS, TITLE_PART, HEAD, QUALIFIER = 1.0, 0.8, 0.7, 0.6, 0.5  # a kana reading weighs as the title it reads
SAID_WEIGHT = 0.85  # a name people say (_said.py) over an alias two pages share: "police officers" are patrol officers
FIRST_PART = 0.85  # the first of several jobs a title lists, of two words or more
PLACE = 0.25  # the bracket of a Japanese alias, "（学校）": under NAMING_LINK, so it never names a job alone
ACRONYM, PARENTHESES = re.compile(r"^[A-Z]{2,6}$"), re.compile(r"\s*[(（]([^)）]*)[)）]")
ABBREVIATED = re.compile(r"^[A-Z]{2,6} [A-Z][a-z]{1,3}$")  # "CO Op": in lower case words ("a farm co-op")
LIST_WORD = re.compile(r"\s(and|or)\s")  # a title listing several jobs: "Plumbers, Pipefitters, and Steamfitters"
LIST_SPLIT, JAPANESE_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+"), re.compile(r"[、/／]")
OF_HEAD, WORKER_READING = re.compile(r"\s(of|for)\s"), re.compile("[シジカヤイ]|シ[ャュ]|イン|コウ|カン|[ニジ]ン|ジム")
LIST_STOP = re.compile(r"^(except|all other|including|other)\b", re.IGNORECASE)
AGENTS = re.compile(r"(er|or|ist|ian|ant|ent|ic|eer|ive|ar|on)s$")  # workers, not "Aquacultural Animals"
KANA_ONLY, EVERYDAY = re.compile(r"^[\u3040-\u30ff]+$"), frozenset(["co worker"])  # "co-workers" (not CO Worker)
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
# A shortened title after these is a place, not a job: "the person at a funeral home who..." (Funeral Home Managers)
PLACE_WORDS = frozenset(["at", "in", "inside", "near", "outside", "around", "from"])
# One-word parts of list titles naming a kind of worker, not a job ("Environmental Scientists and Specialists"): loose
# fmt: off
GENERIC_HEADS = frozenset([
    "specialist", "technician", "technologist", "worker", "assistant", "aide", "helper", "operator", "manager",
    "officer", "clerk", "analyst", "engineer", "scientist", "teacher", "inspector", "supervisor", "representative",
    "agent", "director", "associate", "coordinator", "administrator", "consultant", "designer", "installer",
    "repairer", "mechanic", "tender", "setter", "examiner", "investigator", "attendant"])
# fmt: on


class Name(NamedTuple):
    """One way of naming a job (a tuple: the linker holds some 60,000 of them)."""

    job: str  # the job's source file (unique in an index)
    weight: float
    text: str  # as written on the page
    loose: bool = False  # a one-word alias ("Heater", "Guide") or one of common words only ("Change Over")
    acronym: bool = False  # "CEO"; in lower case it may be a word ("SAD", "CAT")
    reading: bool = False  # the kana reading: Japanese for the page's own title, whatever its language


def title_names(title: str) -> list[tuple[str, float]]:
    """Names in a title: itself, without its qualifier, the qualifier, and the parts of a list title.

    "Ward Mayor (Tokyo Special Wards)" -> Ward Mayor (Tokyo Special Wards), Ward Mayor, Tokyo Special Wards;
    "Plumbers, Pipefitters, and Steamfitters" -> the title, Plumbers, Pipefitters, Steamfitters;
    "洋菓子製造、パティシエ" -> the title, 洋菓子製造, パティシエ.
    """
    names, bare = [(title, TITLE)], PARENTHESES.sub("", title).strip()
    if bare != title:
        names.append((bare, TITLE))
        names += [(inner.strip(), QUALIFIER) for inner in PARENTHESES.findall(title) if inner.strip()]
    if is_japanese(bare):
        parts = JAPANESE_SPLIT.split(bare)
        # a short part after the first finishes its phrase ("植物工場の設計、施工"): no name of its own; each of two
        part = FIRST_PART if "/" in bare else TITLE_PART  # names ("織布工/織機オペレーター") before another's alias
        return names + [
            (p.strip(), PLACE if n and len(p.strip()) <= 2 else part)
            for n, p in enumerate(parts)
            if len(parts) > 1 and p.strip()
        ]
    names += [(name, TITLE_PART) for name in field_names(bare)]
    if not LIST_WORD.search(bare):  # "Meter Readers, Utilities": a head and its qualifier, not a list
        head = bare.split(",")[0].strip()
        return names + ([(head, TITLE_PART)] if head != bare else [])
    parts = LIST_SPLIT.split(bare)
    kept = [part.strip() for part in parts if part.strip() and not LIST_STOP.match(part.strip())]
    # "Helpers--Pipelayers, Plumbers, ..." are helpers, not plumbers; "Supervisors of Police and Detectives" are
    # supervisors: the parts after a head "X of" are what X works on, not jobs (the detectives have a page of their own)
    if len(parts) > 1 and "--" not in bare and not OF_HEAD.search(kept[0]):
        names += [(part, TITLE_PART) for part in kept if part.endswith("s")]
        names += [(f"{part} {head}", TITLE_PART) for part, head in shared_heads(kept)]  # "Subway Operators"
        if len(kept[0].split()) > 1 and kept[0].endswith("s"):  # "Veterinary Assistants" leads its title: it
            names.append((kept[0], FIRST_PART))  # names the job before another job's alias "Veterinary Assistant"
    return names


def field_names(title: str) -> list[str]:
    """The names a title gives its workers in words people say: "Civil Engineering Technologists and Technicians" ->
    Civil Engineering Technicians (its second worker with the field); "Helpers--Installation, Maintenance, and
    Repair Workers" -> Helpers for Installation, Maintenance, and Repair Workers; "First-Line Supervisors of
    Personal Service Workers" -> Supervisors of Personal Service Workers ("move up to supervisor of…")."""
    if helped := re.fullmatch(r"(Helpers)--(.+)", title):
        return [f"{helped.group(1)} for {helped.group(2)}"]
    if led := re.fullmatch(r"First-Line (Supervisors of .+)", title):
        return [led.group(1)]
    paired = re.fullmatch(r"(.+?) (\w+s) and (\w+s)", title) if "Except" not in title else None
    both = paired is not None and all(AGENTS.search(word) for word in paired.groups()[1:])
    return [f"{paired.group(1)} {paired.group(3)}"] if paired and both else []


def shared_heads(parts: list[str]) -> list[tuple[str, str]]:
    """A one-word part sharing the next named job's noun: "Subway and Streetcar Operators" -> (Subway, Operators)."""
    two = [(n, p.split()[1]) for n, p in enumerate(parts) if len(p.split()) == 2 and AGENTS.search(p)]
    nouns = [next((noun for m, noun in two if m > n), None) for n in range(len(parts))]
    return [
        (part, noun) for part, noun in zip(parts, nouns, strict=True) if noun and " " not in part and part[-1] != "s"
    ]


def alias_names(alias: str, weight: float) -> list[tuple[str, float]]:
    """An alias and its parts: "CEO (Chief Executive Officer)" -> the alias, CEO, Chief Executive Officer.

    In Japanese the brackets hold where the job is done, not another name: "調理員（学校）" -> the alias, 調理員, and
    学校 below a name's strength (it leans towards the job, but a question about 学校 does not name a school cook);
    an acronym closing the alias is its other name, as in English ("臨床開発モニター（CRA）": CRA)."""
    if (bare := PARENTHESES.sub("", alias).strip()) == alias:
        return [(alias, weight)]
    if is_japanese(alias):
        inner = [part.strip() for part in PARENTHESES.findall(alias)]
        named = [(part, weight if ACRONYM.match(part) and alias.endswith(f"（{part}）") else PLACE) for part in inner]
        return [(alias, weight), (bare, weight), *named]
    inner = PARENTHESES.findall(alias) if alias.endswith(")") else []  # "(GED) Examiner" names no GED
    return [(alias, weight), (bare, weight), *((part.strip(), weight) for part in inner)]


def reading_names(reading: str) -> list[tuple[str, float]]:
    """A kana reading without spaces, also without its brackets: "くちょう(とうきょうと の とくべつく)" -> くちょう."""
    return [(name.replace(" ", ""), weight) for name, weight in title_names(reading.replace("　", " "))]


def job_names(job: JobEntry) -> list[tuple[str, float, bool]]:
    """Every name of a job: (name, weight of its kind, whether it is the kana reading)."""
    names = [(text, weight, False) for text, weight in title_names(job.title)]
    names += [(text, weight, True) for text, weight in reading_names(job.reading or "") if text]
    names += [(text, weight, False) for alias in job.aliases for text, weight in alias_names(alias, ALIAS)]
    return names


def japanese_key(text: str) -> str:
    """Japanese as names are compared: folded, kana as katakana, without spaces or long-vowel marks, so that
    "ケアマネージャー" finds "ケアマネジャー" and "ぱてぃしえ" finds "パティシエ"."""
    return re.sub(r"[\sー]+", "", kana_fold(fold(text)))


def name_key(name: str) -> tuple[bool, str] | None:
    """(japanese, key) under which a name is looked up; None for names too short or too common to link."""
    if is_japanese(name):
        key = japanese_key(name)
        too_short = len(key) < (3 if KANA_ONLY.match(key) else 2)
        return None if too_short or key in JAPANESE_STOP or len(key) > MAX_CHARS else (True, key)
    tokens = name_words(name)
    one = len(tokens) == 1 and (tokens[0] in QUESTION_WORDS or len(tokens[0]) < 2)
    common = not tokens or len(tokens) > MAX_WORDS or " ".join(tokens) in EVERYDAY or one
    return None if common else (False, " ".join(tokens))


@lru_cache(maxsize=1 << 14)
def keyed_names(
    title: str, reading: str | None, aliases: tuple[str, ...]
) -> list[tuple[tuple[bool, str], float, str, bool, bool, bool]]:
    """Every lookup key of a job's names: (key, weight, name, loose, acronym, is reading); cached, so rebuilding the
    linker after a reindex only works out the names of new or changed pages."""
    said, things, out = SAID.get(title, ()), thing_parts(title, aliases), []
    job = JobEntry(title=title, source="", reading=reading, aliases=[*aliases, *said])
    for text, named_weight, reading_name in job_names(job):
        weight = SAID_WEIGHT if text in said else named_weight
        # (how it may be said, weight, the name as the question says it): "Director-General" as "director general"
        variants = [(text, weight, text), (text.replace("-", " "), weight, text)]
        variants += [(f"{text}s", weight, text)] if ACRONYM.match(text) else []  # "PAs", "CNAs"
        stems: set[str] = set()
        # Titles only: an alias's field can be a common phrase ("job training" of Job Trainer), and working out the
        # variants of ~60,000 aliases added a second to every start (measured) for three turns of a tuning set.
        if weight in (TITLE, TITLE_PART) or (weight == FIRST_PART and is_japanese(text)):  # "…コンサルタント/…"
            spoken = spoken_variants(text)
            variants += [(variant, ALIAS, variant) for variant in spoken]
            stems = {variant for variant in spoken if bare_stem(variant)}  # "computer program(s)": a thing too
            if head := title_head(text):
                variants.append((head, HEAD, head))
        for variant, variant_weight, as_said in dict.fromkeys(variants):
            key = name_key(variant)
            if key is not None:
                acronym = ACRONYM.match(text) is not None or ABBREVIATED.match(text) is not None
                one_word = " " not in key[1] and not key[0] and not acronym
                # "Specialists" of a list title; "Securities" (thing_parts)
                generic = variant_weight == TITLE_PART and (key[1] in GENERIC_HEADS or key[1] in things)
                common = variant_weight == ALIAS and not key[0] and all(w in common_words() for w in key[1].split())
                # a said name of one word is loose ("vet") unless a worker's or post's ("lineman", "clerkship")
                said_loose = variant_weight == SAID_WEIGHT and re.search("(ist|ian|man|ship)$", key[1]) is None
                loose = (one_word and (variant_weight == ALIAS or said_loose or generic)) or common or as_said in stems
                loose = loose or key[1] in THING_TITLES  # "studying X-rays and models": things, not the models
                out.append((key, variant_weight, as_said, loose, acronym, reading_name))
    return out


def thing_parts(title: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """Keys of an English list title's one-word parts that name things, not workers (no agent ending, and no alias
    ends with it): "Securities", "Customs", "Gas"; not "Athletes" ("College Athlete"). See docs/benchmarks.md."""
    parts = [] if is_japanese(title) else [part for part, weight in title_names(title) if weight == TITLE_PART]
    keys = [name_key(part) for part in parts if " " not in part]
    heads = {key[1].split()[-1] for key in map(name_key, aliases) if key and not key[0]}
    return frozenset(k[1] for k in keys if k and not k[0] and not AGENTS.search(k[1] + "s") and k[1] not in heads)


def title_head(title: str) -> str | None:
    """A long English title less its last word, when two or more words are left: its short form ("tool and die")."""
    if is_japanese(title):
        return None
    words = name_words(title)[:-1]
    while words and words[-1] in STOPWORDS:
        words.pop()
    return " ".join(words) if len(words) >= 2 else None


def at_place(tokens: list[str], start: int) -> bool:
    """Whether the words before a name put it as a place: "at a", "in the", "near"."""
    before = [token for token in tokens[max(start - 2, 0) : start] if token not in ("a", "an", "the")]
    return bool(before) and before[-1] in PLACE_WORDS


def suffixed(reading: str, stem: str) -> bool:
    """Whether a reading is the stem and a worker suffix's (ジュウイシ of ジュウイ; not ノウカンシ of ノウカ)."""
    return reading.startswith(stem) and WORKER_READING.fullmatch(reading[len(stem) :]) is not None


def shared_scores(names: list[Name]) -> list[tuple[Name, float]]:
    """Each job's best name under one key, scored by its weight over the jobs that name it at least as strongly."""
    best: dict[str, Name] = {}
    for name in names:
        if name.job not in best or name.weight > best[name.job].weight:
            best[name.job] = name
    weights = [name.weight for name in best.values()]
    return [(name, name.weight / sum(1 for w in weights if w >= name.weight)) for name in best.values()]
