"""The guidance over one index version: job profiles and the route graph, read from its pages on first use."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import numpy as np

from chatbot.embed import japanese_vectors
from chatbot.guidance._gap import Gap, gap
from chatbot.guidance._match import Suggestion, suggest
from chatbot.guidance._paths import Graph, Route
from chatbot.guidance._profiles import Profiles
from chatbot.guidance._steps import step_route
from chatbot.guidance._suited import Precedents
from chatbot.guidance._worded import Worded
from chatbot.models import Lang
from chatbot.retrieval import Retriever, cache_key, cached_array
from chatbot.text import is_japanese, terms


def described(profiles: Profiles, cache: Path | None) -> dict[str, np.ndarray]:
    """Each Japanese page's vector of what its work is (its identity lines read as one text by word vectors; none
    when the vectors are not installed), kept in the cache folder by the texts (2.4 s to read all 556)."""
    vectors = japanese_vectors()
    if vectors is None:
        return {}
    jobs = [profiles.get(title) for title in profiles.titles("ja")]
    texts = [" ".join(line.quote for line in job.identity) for job in jobs]
    path = cache / f"japanese-pages-{cache_key(vectors.name, texts)}.npy" if cache else None
    matrix = cached_array(path, lambda: vectors.embed_many(texts))
    return {job.title: row for job, row in zip(jobs, matrix, strict=True)}


class Adviser:
    """Answers guidance requests from one retriever's pages; shared between threads like the retriever."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        self.profiles = Profiles(retriever.library)
        retriever.near, retriever.related = self.near, self.related

    def near(self, job: str, others: list[str]) -> dict[str, float]:
        """How close each of the others is to a job, as a move from it (0..2; chatbot.retrieval places the job a
        person wants by it): 1 where a page lists the other as related, else their profiles' closeness (_paths); plus
        the share of the other's title words that the job's page uses (a carpenter's page says 建築 throughout and
        never 土木: the 施工管理 a carpenter wants is 建築施工管理技術者)."""
        library = self.profiles.library
        if job not in library.jobs:
            return {}
        related, page, mine = self.related(job), library.job_terms(job), self.profiles.get(job)
        known = [other for other in others if other in library.jobs]
        vectors = {title: self.graph.vector(title) for title in [job, *known]}
        close = {o: 1.0 if o in related else self.graph.alike(mine, self.profiles.get(o), vectors) for o in known}
        return {other: close[other] + share(terms(other), page) for other in known}

    @cached_property
    def graph(self) -> Graph:
        """The hops between jobs (~1 s to build over the full corpus; built on first use or by warm)."""
        return Graph(self.profiles, described(self.profiles, self.retriever.cache))

    def suggest(
        self,
        text: str,
        interests: dict[str, float],
        limit: int | None,
        explicit: bool = False,
        count: int = 5,
        lang: Lang | None = None,
        own: str | None = None,
    ) -> list[Suggestion]:
        """The jobs that suit a person (see chatbot.guidance.suggest); own: the job they do now."""
        asked = (self.related, own, self.precedents.votes, self.worded.closeness)
        return suggest(text, interests, limit, self.retriever, self.profiles, count, explicit, lang, *asked)

    @cached_property
    def precedents(self) -> Precedents:
        """What suited people who described themselves alike (read on first use or by warm)."""
        return Precedents(self.retriever.suitability, self.retriever.cache, set(self.profiles.library.jobs))

    @cached_property
    def worded(self) -> Worded:
        """The words of the people each job suited, from the same bank (built on first use or by warm)."""
        return Worded((item.lang, item.words, item.jobs) for item in self.precedents.bank)

    def related(self, title: str) -> frozenset[str]:
        """The jobs related to one: its pages' Related Jobs both ways; for a Japanese page, which lists none, the
        jobs one hop away in the job graph."""
        if is_japanese(title):
            return frozenset(self.graph.graph.successors(title)) if title in self.graph.graph else frozenset()
        return self.profiles.linked.get(title, frozenset())

    def gap(self, source: str, target: str) -> Gap:
        """What carries over from source to target and what is missing."""
        return gap(self.profiles.get(source), self.profiles.get(target))

    def routes(self, source: str, target: str, count: int = 3) -> list[Route]:
        """Routes from source to target: along a career path when both are its steps, else over the job graph."""
        along = step_route(source, target, self.profiles)
        return [along] if along is not None else self.graph.routes(source, target, count)

    def warm(self) -> None:
        """Read every profile, the words of the jobs' work lines, and build the graph now."""
        self.profiles.warm()
        self.profiles.read_lines()  # not in the background: the first questions after the warm-up waited on it
        _ = self.graph
        self.precedents.warm()
        _ = self.worded


def share(words: list[str], page: frozenset[str]) -> float:
    """The share of the words that the page uses."""
    return sum(word in page for word in words) / len(words) if words else 0.0
