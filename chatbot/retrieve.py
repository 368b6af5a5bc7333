"""Question -> ranked hits: dense and BM25 rankings fused by rank, then the named job and the intent decide.

Scoring in the full mode, for a chunk c of job j (all terms roughly 0..1):
    LINK * link of j + EVIDENCE * evidence of j + SECTION * intent preference of c's heading + LOCAL * fit of c in j
where link is j's link score (equal for every job named in a comparison), evidence is
how high j's two best identity chunks (what the job is: summary, description, tasks, names) rank when only those are
ranked, and fit is c's fused rank among j's chunks. Evidence looks at identity chunks only because the rest of a
question ("what personality suits...") matches the same section of every job alike.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np

from chatbot.config import Settings
from chatbot.embed import Embedder
from chatbot.errors import IndexCorruptError
from chatbot.intent import asking_terms, detect_intent, preferred_sections
from chatbot.lexical import LexicalIndex
from chatbot.linking import JobLink, JobLinker, job_mention
from chatbot.models import Hit, Intent, Retrieval
from chatbot.script import is_japanese
from chatbot.store import StoredIndex

RRF_K = 10  # reciprocal-rank constant: 1 / (RRF_K + rank)
POOL = 100  # chunks taken from each ranking before fusing
LINK, EVIDENCE, SECTION, LOCAL = 2.0, 1.0, 1.0, 0.1
CANDIDATE_JOBS = 5
IDENTITY_SECTIONS = ("Summary", "Description", "Tasks", "Aliases", "Reported Job Titles")
STRONG_LINK = 0.45  # a link this sure makes the question supported on its own (a one-word alias alone is not)
DENSE_SUPPORT, DENSE_SUPPORT_NO_INTENT = 0.35, 0.55  # best cosine needed without a link


class Mode(StrEnum):
    """What retrieval uses (the ablation rows of docs/benchmarks.md)."""

    DENSE = "dense"  # nearest neighbours over section embeddings: the baseline
    BM25 = "bm25"  # lexical only
    HYBRID = "hybrid"  # dense and BM25 fused by rank
    FULL = "full"  # hybrid, plus job linking and intent


class Retriever:
    """Searches one loaded index version."""

    def __init__(
        self,
        index: StoredIndex,
        embedder: Embedder,
        settings: Settings,
        mode: Mode = Mode.FULL,
        lexical: LexicalIndex | None = None,
        previous: JobLinker | None = None,
    ) -> None:
        """Args:
        mode: what to use (the default is the whole system).
        lexical: a BM25 index to use instead of the stored one (to compare tokenisers).
        previous: the job linker of the version this one replaces (its unchanged jobs' names are reused).
        """
        if (lexical or index.lexical) is None:
            raise IndexCorruptError(str(settings.index_dir), "no lexical data; run chatbot index")
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self.mode = mode
        self.lexical: LexicalIndex = lexical or index.lexical  # type: ignore[assignment]
        self.linker = JobLinker(index.jobs, previous)
        self.vectors = index.matrix()  # (n_chunks, dimension) view of the FAISS vectors
        self.embedded = np.array([chunk.embedded for chunk in index.chunks], dtype=bool)
        self.identity = np.array([chunk.section in IDENTITY_SECTIONS for chunk in index.chunks], dtype=bool)
        titles = {job.title: n for n, job in enumerate(index.jobs)}
        self.job_of = np.array([titles.get(chunk.job, -1) for chunk in index.chunks], dtype=np.int32)
        order = np.argsort(self.job_of, kind="stable")  # rows grouped by job, in row order within each job
        bounds = np.searchsorted(self.job_of[order], np.arange(len(index.jobs) + 1))
        self.job_rows = [order[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        self.titles = titles

    def retrieve(
        self, question: str, jobs: list[str] | None = None, intent: Intent | None = None, k: int | None = None
    ) -> Retrieval:
        """The k best sections for a question.

        Args:
            jobs: job titles to restrict the search to (a follow-up about jobs already in focus).
            intent: what is asked, when the caller already knows it (otherwise detected).
        """
        return self.search(question, jobs, intent, k, nearest=False)

    def nearest(self, question: str, intent: Intent | None = None, k: int | None = None) -> Retrieval:
        """Like retrieve, but with the closest jobs' sections as hits even when no job matches well enough
        (supported stays False): what a refusal names as the nearest jobs that are covered."""
        return self.search(question, None, intent, k, nearest=True)

    def search(
        self, question: str, jobs: list[str] | None, intent: Intent | None, k: int | None, nearest: bool
    ) -> Retrieval:
        """retrieve() and nearest(): rank, and keep the hits when supported (or nearest is asked for)."""
        k = k or self.settings.top_k
        full = self.mode == Mode.FULL
        intent = intent or (detect_intent(question) if full else None)
        allowed = self.rows_of(jobs)
        dense = self.dense_scores(question, allowed)
        lexical = self.lexical.scores(question) if self.mode != Mode.DENSE else None
        fused = fuse([s for s in (dense, lexical) if s is not None], allowed)
        if not full:
            return self.plain(question, fused, k)
        found = [] if jobs else self.linker.link(question, limit=5)
        links = strong_links(found)
        focus = [self.titles[title] for title in jobs or [] if title in self.titles]
        evidence = self.identity_evidence(question, dense, allowed)
        job_scores = self.job_scores(evidence, found, links if intent == Intent.COMPARE else [], focus)
        supported = bool(focus) if jobs else self.supported(question, intent, links, dense)
        preferred = preferred_sections(question, intent)
        hits = self.ranked(job_scores, preferred, dense, lexical, k) if supported or nearest else []
        titles = [link.title for link in links] or [hit.chunk.job for hit in hits[:1]]
        return Retrieval(query=question, intent=intent, jobs=titles, hits=hits, supported=supported)

    def rows_of(self, jobs: list[str] | None) -> np.ndarray | None:
        """Chunk rows of these jobs (None: every row)."""
        if not jobs:
            return None
        wanted = [self.titles[title] for title in jobs if title in self.titles]
        return np.concatenate([self.job_rows[n] for n in wanted]) if wanted else np.zeros(0, dtype=np.int64)

    def dense_scores(self, question: str, allowed: np.ndarray | None) -> np.ndarray | None:
        """Cosine of the question with every chunk, (n_chunks,); None in BM25 mode or when the model cannot read
        the question: any Japanese, or mostly unknown tokens. The English model's vector of Japanese text is noise
        (it knows single kanji, not words), so Japanese is left to BM25. The dense baseline always embeds."""
        if self.mode == Mode.BM25 or len(self.index.chunks) == 0:
            return None
        if self.mode != Mode.DENSE and (
            (is_japanese(question) and not self.settings.dense_japanese)
            or self.embedder.unknown_ratio(question) > self.settings.max_unknown_ratio
        ):
            return None
        vector = self.embedder.embed([question])[0]  # (dimension,)
        if allowed is None:
            return self.vectors @ vector
        scores = np.zeros(len(self.index.chunks), dtype=np.float32)
        scores[allowed] = self.vectors[allowed] @ vector
        return scores

    def plain(self, question: str, fused: np.ndarray, k: int) -> Retrieval:
        """The baseline modes: the k best fused chunks, whatever their job or section."""
        rows = top_rows(fused, k)
        hits = [Hit(chunk=self.index.chunks[row], score=float(fused[row])) for row in rows]
        return Retrieval(query=question, jobs=[hit.chunk.job for hit in hits[:1]], hits=hits)

    def identity_evidence(self, question: str, dense: np.ndarray | None, allowed: np.ndarray | None) -> np.ndarray:
        """Fused rank of the identity chunks only, by meaning and by the words that describe a job."""
        identity = self.identity if allowed is None else self.identity & np.isin(np.arange(len(self.identity)), allowed)
        naming = self.lexical.scores(question, ignore=asking_terms())
        return fuse([s for s in (dense, naming) if s is not None], np.flatnonzero(identity))

    def job_scores(
        self, evidence: np.ndarray, found: list[JobLink], compared: list[JobLink], focus: list[int]
    ) -> dict[int, float]:
        """Candidate jobs (those in focus, linked, or owning the best identity chunks) scored by link and evidence.

        Every link counts by how sure it is; the jobs compared count alike.
        """
        scores = {self.titles[link.title]: LINK * link.score for link in found}
        scores.update((self.titles[link.title], LINK * compared[0].score) for link in compared)
        scores.update((job, scores.get(job, 0.0)) for job in focus)
        for row in top_rows(evidence, 50):
            scores.setdefault(int(self.job_of[row]), 0.0)
        total = {job: scores[job] + EVIDENCE * self.job_evidence(job, evidence) for job in scores}
        return dict(sorted(total.items(), key=lambda pair: -pair[1])[:CANDIDATE_JOBS])

    def job_evidence(self, job: int, fused: np.ndarray) -> float:
        """How well the job's two best chunks rank (0..1; the mean of the two fused scores)."""
        best = np.sort(fused[self.job_rows[job]])[-2:]
        return float(best.sum() / 2) if len(best) else 0.0

    def ranked(
        self,
        job_scores: dict[int, float],
        preferred: list[str],
        dense: np.ndarray | None,
        lexical: np.ndarray | None,
        k: int,
    ) -> list[Hit]:
        """Chunks of the candidate jobs, by job score, preference for their heading and fit within the job."""
        scored: list[tuple[float, int]] = []
        for job, job_score in job_scores.items():
            rows = self.job_rows[job]
            fit = fuse([s[rows] for s in (dense, lexical) if s is not None], None)
            for position, row in enumerate(rows):
                section = self.index.chunks[row].section
                preference = 1 - 0.5 * preferred.index(section) / len(preferred) if section in preferred else 0.0
                scored.append((job_score + SECTION * preference + LOCAL * float(fit[position]), int(row)))
        scored.sort(key=lambda pair: -pair[0])
        return [
            Hit(
                chunk=self.index.chunks[row],
                score=round(score, 4),
                dense=None if dense is None else float(dense[row]),
                lexical=None if lexical is None else float(lexical[row]),
            )
            for score, row in scored[:k]
        ]

    def supported(self, question: str, intent: Intent | None, links: list[JobLink], dense: np.ndarray | None) -> bool:
        """Whether some indexed job matches: named, or (without a name) close enough in meaning.

        A question that names a job we do not have ("become an astronaut") is not supported, nor is one that asks
        nothing about work (no intent) unless it is very close to a page; Japanese has no dense evidence.
        """
        if links:
            return True
        mention = job_mention(question)
        if mention is not None:  # a job is named: known if the name is one of ours, even an ambiguous one
            return bool(self.linker.link(mention))
        best = float(dense[self.embedded].max()) if dense is not None and self.embedded.any() else 0.0
        if intent is None:
            return best >= DENSE_SUPPORT_NO_INTENT
        return best >= DENSE_SUPPORT or (dense is None and is_japanese(question))


def strong_links(links: list[JobLink]) -> list[JobLink]:
    """Links sure enough to act on: at least STRONG_LINK and half the best one."""
    if not links:
        return []
    floor = max(STRONG_LINK, links[0].score / 2)
    return [link for link in links if link.score >= floor]


def fuse(rankings: list[np.ndarray], allowed: np.ndarray | None) -> np.ndarray:
    """Reciprocal-rank fusion, normalised so rank 1 in every ranking gives 1.0; (n,) like each ranking.

    Only positive scores of allowed rows rank (a chunk stored with a zero vector has dense score 0: never ranks).
    """
    if not rankings:
        return np.zeros(0, dtype=np.float32)
    fused = np.zeros(len(rankings[0]), dtype=np.float32)
    for scores in rankings:
        usable = np.where(scores > 0, scores, 0).astype(np.float32)
        if allowed is not None:
            mask = np.zeros(len(usable), dtype=bool)
            mask[allowed] = True
            usable[~mask] = 0
        rows = top_rows(usable, POOL)
        fused[rows] += 1.0 / (RRF_K + 1 + np.arange(len(rows)))
    return fused * (RRF_K + 1) / len(rankings)


def top_rows(scores: np.ndarray, k: int) -> np.ndarray:
    """Rows of the k highest positive scores, best first."""
    k = min(k, int((scores > 0).sum()))
    if k == 0:
        return np.zeros(0, dtype=np.int64)
    rows = np.argpartition(-scores, k - 1)[:k]
    return rows[np.argsort(-scores[rows], kind="stable")]
