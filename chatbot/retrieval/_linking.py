"""Job linking: find the jobs a question names, by title, alias, kana reading or a part of a title."""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from types import EllipsisType

from chatbot.models import JobEntry, JobLink
from chatbot.retrieval._completion import completions, short_named
from chatbot.retrieval._doing import Titled, doer_index
from chatbot.retrieval._joined import FIELD_JA, FIRST_WORD, MAKING
from chatbot.retrieval._likeness import Keys, PageText, Texts, bracket_share, like_names, said_whole, told_apart
from chatbot.retrieval._matches import Match, alias_words, listed, name_matches, slot_span, titled, within
from chatbot.retrieval._mention import job_mention
from chatbot.retrieval._modifier import Endings, retyped_links
from chatbot.retrieval._names import (
    FIRST_PART,
    HEAD,
    QUALIFIER,
    TITLE_PART,
    Name,
    at_place,
    japanese_key,
    job_names,
    keyed_names,
    shared_scores,
    suffixed,
)
from chatbot.retrieval._shops import Shops
from chatbot.retrieval._shortened import PrefixIndex, in_full, prefix_index, spelled_links
from chatbot.text import is_japanese, kana_fold, name_words, reading

OTHER_LANGUAGE = 0.5  # a job titled in another language: "CEO" in English is Chief Executives before 会社経営者
MIN_LIKE_CHARS, MAX_LIKE_JOBS = 3, 3  # a slot read as the start, or a near spelling, of a name
WORKER_SUFFIXES = ("者", "家", "士", "師", "員", "工", "官", "手", "人", "職員", "従事者", "製造", "作業", "作業員")
LOOSE = 0.25  # a one-word alias outside the slot where the question names its job ("water heaters" is no "Heater")
# "an MA in English": a degree, not Medical Assistants
DEGREES = frozenset(["ba", "bs", "bsc", "ma", "ms", "msc", "mba", "phd", "mfa", "msw", "bsn", "msn", "mph", "jd", "md"])
SPELLED_BELOW = 0.5  # a slot no name links better may say a name short ("psych professor": _shortened)
FIELD_OVER = 0.45  # a link this strong names the job: no field is read beside it (a loose "工場" is not)


class JobLinker:
    """Finds job names in text. Built from the index's job table."""

    def __init__(self, jobs: list[JobEntry], previous: JobLinker | None = None, texts: Texts = tuple) -> None:
        """previous: the linker of an earlier version of the index; only the names of jobs that changed are redone.
        texts: the pages' texts (a word they spell so is no misspelt name)."""
        self.page_text = PageText(texts)
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
            for key, weight, text, loose, acronym, kana in keyed_names(job.title, job.reading, tuple(job.aliases)):
                name = Name(job.source, weight, text, loose, acronym, kana)
                if key not in own:
                    self.names[key] = [*self.names.get(key, ())]
                    own.add(key)
                self.names[key].append(name)

    @cached_property
    def readings(self) -> dict[str, list[tuple[str, float, str]]]:
        """Katakana reading -> (job source, weight, name) of every Japanese name and page reading (on first use)."""
        out: dict[str, list[tuple[str, float, str]]] = defaultdict(list)
        for job in self.jobs.values():
            for name, weight, is_reading in job_names(job):
                if is_reading:
                    out[kana_fold(name)].append((job.source, weight, name))
                elif is_japanese(name):
                    out[reading(name)].append((job.source, weight, name))
        return out

    def by_reading(self, text: str, prefix: bool = True) -> list[JobLink]:
        """Jobs whose name reads like the text, each by its strongest name so read (a title, not an alias's bracket):
        "区長" (クチョウ) -> Ward Mayor (くちょう); "美用師" -> 美容師."""
        key = reading(text)
        if len(key) < MIN_LIKE_CHARS:
            return []
        entries = self.readings.get(key, [])
        if not entries and prefix:  # "じゅうい": 獣医師 (ジュウイシ), the reading less its worker suffix
            entries = [e for said, group in self.readings.items() if suffixed(said, key) for e in group]
        found = {source: (weight, name) for source, weight, name in sorted(entries, key=lambda e: e[1])}
        if len(found) > MAX_LIKE_JOBS:
            return []
        return [
            JobLink(title=self.jobs[source].title, source=source, score=round(weight / len(found), 4), matched=text)
            for source, (weight, name) in found.items()
        ]

    def title_read(self, key: str) -> str | None:
        """The job title that best reads as this katakana or less its worker suffix; None: none or a tie (_romaji)."""
        links = sorted(self.by_reading(key), key=lambda link: -link.score)
        return links[0].title if links and (len(links) == 1 or links[0].score > links[1].score) else None

    def by_likeness(self, text: str, slot: bool = True, context: str = "", typed: bool = True) -> list[JobLink]:
        """Jobs with a Japanese name the text ends ("調律師": ピアノ調律師) or, for the question's job slot, begins
        ("ケアマネ": ケアマネジャー) or abbreviates ("社労士") or nearly spells ("ネイルリスト": one edit in five).
        Outside the slot a word that begins a name is usually its modifier ("ペット" of ペットショップ店員). In the
        slot, else, the question (CONTEXT) may complete it ("スーパーで…店長に": _completion). typed: False for a
        name made here, no one's misspelling."""
        key = japanese_key(text)
        key = MAKING.sub("製造", key) if slot else key  # "ワイン造りの仕事": ワイン製造 (not "靴づくりにハマってる")
        if len(key) < MIN_LIKE_CHARS:  # a field of two characters names its worker ("翻訳": 翻訳者)
            short = self.worker_of(key) if slot and len(key) == MIN_LIKE_CHARS - 1 else []
            return short or (self.completed(key, context) if slot and len(key) > 1 else [])
        liked = like_names(key, self.japanese_keys, slot, lambda: not typed or self.page_text.says(text))
        starting = told_apart(liked, key, context)  # "検察庁で…をする事務官": 検察事務官, not 税務事務官
        # a word ending a title's bracketed qualifier names no worker ("船のエンジン": not （ジェットエンジン）'s)
        sources = {n.job: n for f in starting for n in self.names[(True, f)] if n.weight != QUALIFIER or f == key}
        titled = [s for s in sources if japanese_key(self.jobs[s].title) == key]  # "児童相談所の相談員": a page's
        if len(titled) == 1:  # whole title, said split; sure, and before a page it is an alias of
            return [JobLink(title=self.jobs[titled[0]].title, source=titled[0], score=1.0, matched=text)]
        spelled = [s for s in sources if (t := japanese_key(self.jobs[s].title)) in starting and key not in t]  # typo
        begun = [s for s in sources if slot and japanese_key(self.jobs[s].title).startswith(FIRST_WORD.findall(key)[0])]
        one = next((one[0] for one in (spelled, begun) if len(one) == 1 and len(sources) > 1), None)
        if one:  # "スタイルスト": スタイリスト, not 美容師's alias; in the slot "ダンプ": ダンプカー運転手's title
            return [JobLink(title=self.jobs[one].title, source=one, score=TITLE_PART, matched=text)]
        if not 0 < len(sources) <= MAX_LIKE_JOBS:
            return self.completed(key, context) if slot else []
        return [
            JobLink(title=self.jobs[s].title, source=s, score=round(TITLE_PART / len(sources), 4), matched=text)
            for s in sources
        ]

    def completed(self, key: str, context: str) -> list[JobLink]:
        """The one job whose Japanese name is KEY and a word the question (CONTEXT) says elsewhere (completions)."""
        wholes = completions(key, japanese_key(context), self.japanese_keys.all, context)
        found = {name.job for whole in wholes for name in self.names[(True, whole)] if name.weight != QUALIFIER}
        source = found.pop() if len(found) == 1 else None
        return [JobLink(title=self.jobs[source].title, source=source, score=TITLE_PART, matched=key)] if source else []

    @cached_property
    def shops(self) -> Shops:
        """The Japanese pages by their titles' meaning, for a shop named as such (retrieval/_shops)."""
        return Shops({source: job.title for source, job in self.jobs.items() if self.japanese[source]})

    @cached_property
    def doers(self) -> dict[str, list[Titled]]:
        """The English titles by their worker words' first letters, for a job said as its work (retrieval/_doing)."""
        return doer_index((s, job.title) for s, job in self.jobs.items() if not self.japanese[s])

    @cached_property
    def japanese_names(self) -> list[str]:
        """The keys of every Japanese name (built on first use, then kept)."""
        return [name for japanese, name in self.names if japanese]

    @cached_property
    def japanese_keys(self) -> Keys:  # the keys of every Japanese name long enough to be liked to
        return Keys(name for name in self.japanese_names if len(name) >= MIN_LIKE_CHARS)

    def worker_of(self, field: str) -> list[JobLink]:
        """The job named by a field and a worker suffix ("翻訳" -> 翻訳者, "司書" is a name itself)."""
        sources = {name.job for suffix in WORKER_SUFFIXES for name in self.names.get((True, field + suffix), [])}
        sources = sources or {s for s, job in self.jobs.items() if job.title.startswith(f"{field}・")}  # 広報・PR担当
        score = TITLE_PART / max(len(sources), 1)
        links = [JobLink(title=self.jobs[s].title, source=s, score=round(score, 4), matched=field) for s in sources]
        return links if len(links) <= MAX_LIKE_JOBS else []

    def remove(self, job: JobEntry) -> None:
        """Drop a job's names (copying each list it touches, which an earlier linker may share)."""
        for key, *_ in keyed_names(job.title, job.reading, tuple(job.aliases)):
            if kept := [name for name in self.names.get(key, ()) if name.job != job.source]:
                self.names[key] = kept
            else:
                self.names.pop(key, None)

    def link(self, text: str, limit: int = 3, mention: str | None | EllipsisType = ...) -> list[JobLink]:
        """Jobs named in text, best first ([] when none); mention: the text's job slot (job_mention; None: none).

        A longer name wins over the shorter names inside it ("Helpers--Electricians" over "Electricians"); a name
        several jobs share counts for each in proportion (weight / number of jobs); jobs titled in the question's
        language come first; a one-word alias (or a lower-case acronym) counts a quarter unless it fills the slot
        where the question names its job ("become a plumber", not "installs water heaters"; "what does a ceo do")."""
        best: dict[str, JobLink] = {}
        japanese = is_japanese(text)
        mention = job_mention(text) if isinstance(mention, EllipsisType) else mention
        slot = f" {' '.join(name_words(mention))} " if mention else ""
        slot_named = 0.0  # the best score of a name inside the slot
        tokens = name_words(text)
        span, parts = slot_span(tokens, mention), defaultdict[str, set[str]](set)  # a list title's parts said
        keys: dict[str, str] = {}  # the key each job's best link was found under
        for match in name_matches(self.names, text):  # longest first, none overlapping a longer one
            for n in (n for n in match.names if n.weight in (TITLE_PART, FIRST_PART) and not match.japanese):
                parts[n.job].add(match.key)
            outside = f" {match.key} " not in slot or not within(match, span)
            place = not match.japanese and at_place(tokens, match.start)
            degree = match.end < len(tokens) and tokens[match.end] in ("in", "degree") and match.key in DEGREES
            names = [
                Name(
                    n.job,
                    n.weight
                    * self.discount(n, japanese, outside, text)
                    * (LOOSE if (place and n.weight == HEAD) or degree else 1),
                    n.text,
                )
                for n in match.names
            ]
            for name, score in shared_scores(self.titled(match, names, (tokens, text))):
                job = self.jobs[name.job]
                slot_named = slot_named if outside else max(slot_named, score, float(f" {match.key} " == slot))
                if name.job not in best or score > best[name.job].score:
                    best[name.job] = JobLink(
                        title=job.title, source=job.source, score=round(score, 4), matched=name.text
                    )
                    keys[name.job] = match.key
        best = listed(best, parts, keys)  # "weighers, measurers and checkers"
        best = best if japanese else in_full(best, tokens, lambda: self.prefixes, self.names, self.jobs)
        if mention and not japanese and slot_named < SPELLED_BELOW:  # "college lit professor": said short
            for link in spelled_links(mention, self.prefixes, self.names, self.jobs):
                if link.source not in best or link.score > best[link.source].score:
                    best[link.source] = link
        if japanese and all(link.score < FIELD_OVER for link in best.values()):
            best |= {link.source: link for field in FIELD_JA.findall(text) for link in self.worker_of(field)}
            said_short = short_named(japanese_key(text), self.japanese_keys.all, self.names, self.jobs)
            best |= {link.source: link for link in said_short}  # "太陽光発電のメンテ"
        if japanese:  # "方枠大工": 型枠大工, not 大工
            retyped_links(text, best, self.endings, self.names, self.jobs)
        return sorted(best.values(), key=lambda link: (-link.score, not said_whole(link), link.title))[:limit]

    @cached_property
    def endings(self) -> Endings:
        """The Japanese name keys by their endings (on first use)."""
        return Endings(self.japanese_names)

    def titled(self, match: Match, names: list[Name], said: tuple[list[str], str]) -> list[Name]:
        """Of the jobs that share a name, the ones its words and the words around it (said) tell (_matches.titled)."""
        titles = {name.job: name_words(self.jobs[name.job].title) for name in names}
        return titled(match, names, said, titles, self.japanese, lambda job: alias_words(tuple(self.jobs[job].aliases)))

    def discount(self, name: Name, japanese: bool, outside: bool, text: str) -> float:
        """How much less a name counts here: in another language's page, or a loose name outside the slot."""
        other_language = self.japanese[name.job] != japanese and not name.reading
        loose = name.loose or (name.acronym and name.text.split()[0] not in text)  # "CO Op": the "CO" as written
        share = bracket_share(name.text, self.jobs[name.job].title, text) if japanese else 1.0
        return (OTHER_LANGUAGE if other_language else 1.0) * (LOOSE if loose and outside else 1.0) * share

    @cached_property
    def prefixes(self) -> PrefixIndex:
        """English names under their words' first letters (built at warm-up: a slot no name fills needs it)."""
        return prefix_index(key for japanese, key in self.names if not japanese)
