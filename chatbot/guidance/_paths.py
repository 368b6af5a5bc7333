"""Routes from one job to another over the pages' own links: a page's Related Jobs (O*NET, the seeds), taken both
ways (a page that lists a job as related relates the two), the steps of a career path (the seeds), the jobs a
career path's text names (jobtag, which has no related jobs), and, from pages that link nothing, the jobs whose
scored skills and interests are closest (for jobtag pages, also whose described work is closest by word vectors).
Every hop keeps the page lines that justify it.

Routes are the fewest hops first (networkx's shortest simple paths, Yen's algorithm): a hop the pages state
costs 1, one a career path's text names 1.25, a hop by closeness of profiles 1.5, so a stated link wins a tie; of
routes that cost the same, those with no job in between below the start's job zone or above the end's come first
(no casino manager sent through the attendants' job), then the one through jobs closest in profile to both ends.
Where nothing joins two pages, the move straight between them is shown as a long one (Graph.distant).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import islice

import networkx as nx
import numpy as np

from chatbot.guidance._mentions import career_mentions
from chatbot.guidance._profiles import JobProfile, Line, Profiles

STATED, MENTIONED, SIMILAR = 1.0, 1.25, 1.5  # the cost of a hop
NEIGHBOURS = 5  # closest profiles linked from a job whose page lists no related jobs
MIN_SIMILARITY = 0.8  # cosine of two profiles (skills, knowledge, interests) for a hop by closeness
# The share of the pages' described work in the closeness of two jobtag pages. First route acceptable, Japanese path
# cases of guidance_tune..tune15 (42): profiles alone 0.429, 0.3 0.429, 0.5 0.452, 0.7 0.500, 0.85 0.452, 1.0 0.405.
DESCRIBED = 0.7
MAX_HOPS = 4
# The move straight between two pages that list no related jobs and no hop joins, by closeness: it costs less than
# two hops by closeness (3.0) and more than two a career path's text names (2.5, 2.75). First route acceptable,
# Japanese path cases of guidance_tune..tune18 (57): 9 more right, 1 fewer (docs/benchmarks.md).
STRAIGHT, MIN_STRAIGHT = 2.9, 0.75
BRIDGE, MIN_BRIDGE = 3.0, 0.7  # a route through the profile closest to both ends (Graph.bridge): a last resort
MAX_TIED = 30  # routes read at the most to order those of equal cost


@dataclass
class Hop:
    """One step of a route and the page lines that state it (or the shared scores that make it close)."""

    source: str
    target: str
    via: str  # "related_jobs", "career_path", "career_mention", "similar_profile" or "distant_profile"
    lines: list[Line] = field(default_factory=list)
    similarity: float | None = None


@dataclass
class Route:
    """The jobs (or career steps) from where the person is to where they want to be, and each hop's reason."""

    jobs: list[str]
    hops: list[Hop]


class Graph:
    """Every job and the hops out of it (built once per index version, on first use)."""

    def __init__(self, profiles: Profiles, described: dict[str, np.ndarray] | None = None) -> None:
        """Args:
        described: pages' vectors of what their work is (Japanese pages, by word vectors): they count beside the
            scored profiles in the closeness of pages that link nothing (jobtag's)."""
        self.profiles = profiles
        self.described = described or {}
        self.vectors: dict[str, dict[str, float]] = {}  # title -> its profile vector, filled as jobs are read
        self.graph = nx.DiGraph()
        titles = set(profiles.library.jobs)
        for title in titles:
            job = profiles.get(title)
            for line in job.related:  # relatedness goes both ways; the hop cites the page that states it
                if line.quote in titles and line.quote != title:
                    self.link(Hop(title, line.quote, "related_jobs", [line]), STATED)
                    if not self.graph.has_edge(line.quote, title):
                        self.link(Hop(line.quote, title, "related_jobs", [line]), STATED)
        for lang in ("en", "ja"):
            self.link_mentions(profiles, profiles.titles(lang))
            self.link_similar([profiles.get(title) for title in profiles.titles(lang)])

    def link_mentions(self, profiles: Profiles, titles: list[str]) -> None:
        """Hops both ways between a page and each job its career path names (chatbot.guidance._mentions)."""
        for page, named, line in career_mentions(profiles, titles):
            self.link(Hop(page, named, "career_mention", [line]), MENTIONED)
            self.link(Hop(named, page, "career_mention", [line]), MENTIONED)

    def link(self, hop: Hop, weight: float) -> None:
        """Add a hop (a later stated hop replaces a hop by closeness; a stated hop is never replaced)."""
        known = self.graph.get_edge_data(hop.source, hop.target)
        if known is None or weight < known["weight"]:
            self.graph.add_edge(hop.source, hop.target, weight=weight, hop=hop)

    def link_similar(self, jobs: list[JobProfile]) -> None:
        """Hops by closeness from each scored job whose page lists no related job to its closest profiles."""
        scored = [job for job in jobs if job.skills]
        vectors = {job.title: self.vector(job.title) for job in scored}
        for job in scored:
            if job.related:
                continue
            near = sorted(((self.alike(job, o, vectors), o) for o in scored if o is not job),
                          key=lambda pair: -pair[0])[:NEIGHBOURS]  # fmt: skip
            for similarity, other in near:
                if similarity >= MIN_SIMILARITY:
                    lines, alike = shared_lines(job, other), round(similarity, 3)
                    self.link(Hop(job.title, other.title, "similar_profile", lines, alike), SIMILAR)
                    self.link(Hop(other.title, job.title, "similar_profile", lines, alike), SIMILAR)  # both ways

    def alike(self, job: JobProfile, other: JobProfile, vectors: dict[str, dict[str, float]]) -> float:
        """How alike two pages are: their scored profiles' cosine, and where both describe their work in vectors
        the cosine of those at DESCRIBED (a DTP operator's skills are a debugger's; the work is a web designer's)."""
        scored = cosine(vectors[job.title], vectors[other.title])
        mine, theirs = self.described.get(job.title), self.described.get(other.title)
        if mine is None or theirs is None:
            return scored
        return (1 - DESCRIBED) * scored + DESCRIBED * float(mine @ theirs)

    def routes(self, source: str, target: str, count: int = 3) -> list[Route]:
        """Up to count routes of at most MAX_HOPS hops, fewest and surest first ([] when none); of routes that cost
        the same, those with fewer detours first (jobs in between below the start's or above the end's job zone),
        then those through jobs whose profiles are closest to both ends (a dishwasher reaches chef through food
        preparation before a route through any other job one link away)."""
        found: list[tuple[float, int, float, Route]] = []
        if source in self.graph and target in self.graph:
            with suppress(nx.NetworkXNoPath):
                paths = self.cheapest(nx.shortest_simple_paths(self.graph, source, target, weight="weight"), count)
                ends = [self.vector(source), self.vector(target)]
                found = [
                    (self.cost(path), self.detours(path), -self.closeness(path[1:-1], ends), self.route(path))
                    for path in paths
                ]
        straight = self.straight(source, target)
        found += [(STRAIGHT, 0, -1.0, straight)] if straight is not None else []
        found += [(BRIDGE, 0, -1.0, bridged)] if not found and (bridged := self.bridge(source, target)) else []
        found += [(BRIDGE, 0, -1.0, distant)] if not found and (distant := self.distant(source, target)) else []
        return [route for *_, route in sorted(found, key=lambda item: item[:3])[:count]]

    def distant(self, source: str, target: str) -> Route | None:
        """The last resort where nothing joins two pages: the move straight between them, its hop citing the scores
        they share (else what each page says the work is) and how alike they are (測量士 → ドローンパイロット, 0.58)."""
        mine, theirs = self.profiles.get(source), self.profiles.get(target)
        similarity = round(self.alike(mine, theirs, {t: self.vector(t) for t in (source, target)}), 3)
        lines = shared_lines(mine, theirs) or [line for job in (mine, theirs) for line in job.identity[:1]]
        hop = Hop(source, target, "distant_profile", lines, similarity)
        return Route([source, target], [hop]) if source != target and similarity > 0 and len(lines) >= 2 else None

    def detours(self, path: list[str]) -> int:
        """How many jobs in between stand below where the route starts or above where it ends, by job zone (a casino
        manager reaches a resort's recreation manager through lodging managers, not through the attendants)."""
        low, high = (self.profiles.get(end).zone for end in (path[0], path[-1]))
        zones = [self.profiles.get(job).zone for job in path[1:-1]]
        return sum(
            zone is not None
            and ((low is not None and zone.score < low.score) or (high is not None and zone.score > high.score))
            for zone in zones
        )

    def bridge(self, source: str, target: str) -> Route | None:
        """Where neither page lists related jobs and no hop or straight move joins them, the route through the one
        job whose profile is closest to both (犬訓練士 to 調教師 through 厩舎スタッフ), when it is closer to each end
        than the ends are to each other and at least MIN_BRIDGE; else None."""
        mine, theirs = self.profiles.get(source), self.profiles.get(target)
        if mine.related or theirs.related or not (mine.skills and theirs.skills) or source == target:
            return None
        others = [self.profiles.get(title) for title in self.profiles.titles(mine.lang)]
        scored = [job for job in others if job.skills and not job.related and job.title not in (source, target)]
        vectors = {job.title: self.vector(job.title) for job in [mine, theirs, *scored]}
        direct = self.alike(mine, theirs, vectors)
        weakest = [(min(self.alike(mine, job, vectors), self.alike(job, theirs, vectors)), job) for job in scored]
        closeness, via = max(weakest, key=lambda pair: pair[0], default=(0.0, mine))
        if via is mine or closeness < max(MIN_BRIDGE, direct):
            return None
        hops = [
            Hop(a.title, b.title, "similar_profile", shared_lines(a, b), round(self.alike(a, b, vectors), 3))
            for a, b in ((mine, via), (via, theirs))
        ]
        return Route([source, via.title, target], hops)

    def route(self, path: list[str]) -> Route:
        """The route along a path of the graph, each hop with its reason."""
        return Route(path, [self.graph.edges[a, b]["hop"] for a, b in zip(path, path[1:], strict=False)])

    def straight(self, source: str, target: str) -> Route | None:
        """The move straight from one job to the other by the closeness of their profiles, when neither page lists
        related jobs (jobtag's), the graph has no hop between them and they are close (MIN_STRAIGHT); else None."""
        mine, theirs = self.profiles.get(source), self.profiles.get(target)
        if mine.related or theirs.related or not (mine.skills and theirs.skills) or source == target:
            return None
        if self.graph.has_edge(source, target):
            return None
        vectors = {title: self.vector(title) for title in (source, target)}
        similarity = self.alike(mine, theirs, vectors)
        if similarity < MIN_STRAIGHT:
            return None
        hop = Hop(source, target, "similar_profile", shared_lines(mine, theirs), round(similarity, 3))
        return Route([source, target], [hop])

    def cheapest(self, paths: Iterator[list[str]], count: int) -> list[list[str]]:
        """The paths of at most MAX_HOPS hops that cost no more than the count-th cheapest (Yen's algorithm yields
        them cheapest first), at most MAX_TIED."""
        found: list[list[str]] = []
        for path in islice(paths, MAX_TIED):
            if len(found) >= count and self.cost(path) > self.cost(found[count - 1]):
                break
            if len(path) - 1 <= MAX_HOPS:
                found.append(path)
        return found

    def cost(self, path: list[str]) -> float:
        return round(sum(self.graph.edges[a, b]["weight"] for a, b in zip(path, path[1:], strict=False)), 6)

    def vector(self, title: str) -> dict[str, float]:
        """A job's profile vector, worked out once (routes read the same jobs again and again)."""
        if title not in self.vectors:
            self.vectors[title] = vector(self.profiles.get(title))
        return self.vectors[title]

    def closeness(self, jobs: list[str], ends: list[dict[str, float]]) -> float:
        """How close the jobs in between are to both ends of a route, by profile (mean cosine; 1 with none
        between)."""
        if not jobs:
            return 1.0
        return sum(cosine(self.vector(job), end) for job in jobs for end in ends) / len(jobs)


def vector(job: JobProfile) -> dict[str, float]:
    """A job's scored skills and knowledge (1-5) and interests (0-1, scaled to 5) as one sparse vector (knowledge
    tells fields apart where skills are alike: a civil-works site manager and an insurance seller both listen and
    explain; only one knows building and construction)."""
    found = {f"skill:{name}": item.score for name, item in job.skills.items()}
    found.update({f"knowledge:{name}": item.score for name, item in job.knowledge.items()})
    found.update({f"interest:{code}": 5 * item.score for code, item in job.interests.items()})
    return found


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two sparse vectors."""
    dot = sum(value * b[key] for key, value in a.items() if key in b)
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def shared_lines(a: JobProfile, b: JobProfile) -> list[Line]:
    """The scores both pages give their two strongest shared skills: what makes the two jobs close."""
    shared = sorted(set(a.skills) & set(b.skills), key=lambda name: -(a.skills[name].score + b.skills[name].score))
    return [line for name in shared[:2] for line in (a.skills[name].line, b.skills[name].line)]
