"""Question -> ranked hits: dense and BM25 rankings fused by rank, then the named job and the intent decide.

Scoring in the full mode, for a chunk c of job j (all terms roughly 0..1):
    score of j + SECTION * intent preference of c's heading + LOCAL * fit of c in j
where j's score (chatbot.retrieval._candidates) weighs its link score (equal for every job named in a comparison), how
high its two best identity chunks (summary, description, tasks, names) rank among those alone and how many of the
question's words its page uses; fit is c's fused rank among j's chunks. Only identity chunks count as evidence: the
rest of a question ("what personality suits...") matches every job alike.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from chatbot.config import Settings
from chatbot.embed import Embedder, japanese_vectors
from chatbot.errors import IndexCorruptError
from chatbot.index import Library, StoredIndex
from chatbot.models import Hit, Intent, Question, Retrieval
from chatbot.retrieval._bm25 import LexicalIndex
from chatbot.retrieval._candidates import COVERAGE, EVIDENCE, candidate_scores
from chatbot.retrieval._dense import DenseScorer
from chatbot.retrieval._described import described_links
from chatbot.retrieval._employers import with_employer
from chatbot.retrieval._english import load_word_list
from chatbot.retrieval._fusion import fuse, top_rows
from chatbot.retrieval._gate import is_supported
from chatbot.retrieval._hints import asking_terms, preferred_sections
from chatbot.retrieval._jobs import JobRows
from chatbot.retrieval._linking import JobLinker
from chatbot.retrieval._meaning import Meaning
from chatbot.retrieval._mode import Mode
from chatbot.retrieval._outweighed import outweighed, weakly_named
from chatbot.retrieval._place import Near, Related, placed
from chatbot.retrieval._question import strong_links, understand
from chatbot.retrieval._rescoped import rescoped
from chatbot.retrieval._romaji import from_romaji
from chatbot.retrieval._ruled_out import without_ruled_out
from chatbot.retrieval._spelling import Speller
from chatbot.retrieval._suits import Suitability
from chatbot.retrieval._unmatched import with_unmatched
from chatbot.retrieval._work_told import work_told
from chatbot.text import as_titled, is_japanese, stemmer, with_page_words

SECTION, LOCAL = 1.0, 0.1  # LINK, EVIDENCE, COVERAGE: chatbot.retrieval._candidates


class Retriever:
    """Searches one loaded index version."""

    def __init__(
        self,
        index: StoredIndex,
        embedder: Embedder,
        settings: Settings,
        mode: Mode = Mode.FULL,
        lexical: LexicalIndex | None = None,
        previous: Retriever | None = None,
    ) -> None:
        """Args:
        mode: what to use (the default is the whole system).
        lexical: a BM25 index to use instead of one built from the stored term counts (to compare tokenisers).
        previous: the retriever of the version this one replaces (its unchanged names and Japanese rows reused).
        """
        if lexical is None and index.counts is None:
            raise IndexCorruptError(str(settings.index_dir), "no lexical data; run chatbot index")
        self.index, self.embedder, self.settings, self.mode = index, embedder, settings, mode
        self.library = Library(index, settings.vocabulary)
        self.lexical = lexical or LexicalIndex(index.counts)  # type: ignore[arg-type]
        texts = lambda: (chunk.text for chunk in index.chunks)  # noqa: E731  (read on the linker's first need)
        self.linker: JobLinker = JobLinker(index.jobs, previous.linker if previous else None, texts)
        self.cache = settings.model_cache or settings.index_dir / "models"  # vectors kept beside the model export
        self.meaning: Meaning = previous.meaning if previous else Meaning(embedder, self.cache)  # examples: the same
        self.known = previous.suitability.read_so_far() if previous and "suitability" in previous.__dict__ else {}
        self.dense = DenseScorer(index, embedder, settings)
        self.jobs = JobRows(index, self.library)
        self.identity = self.jobs.under(settings.vocabulary.identity)
        self.identity_rows = np.flatnonzero(self.identity)
        self.near: Near | None = None  # how close jobs are to one (set by chatbot.guidance's adviser: profiles)
        self.related: Related | None = None  # the jobs related to one (set by the adviser too)

    def understand(self, text: str, raw: str | None = None) -> Question:
        """The analysis of a question against this index's jobs (chatbot.retrieval.understand), its typos corrected
        and a job it rules out left out first. text: one clean line (clean_question); raw: as typed, if it differs."""
        if self.mode != Mode.FULL:
            return understand(text, self.linker, self.library, None, raw=raw)
        japanese = is_japanese(text)  # romaji ("kangoshi no shigoto") read as Japanese before any typo is fixed
        read = as_titled(text) if japanese else from_romaji(text, self.linker.title_read)  # 醤油: しょうゆ製造's word
        corrected = read or self.speller.correct(text)
        corrected = without_ruled_out(corrected, self.linker.link)  # "…prescribe meds, not a therapist"
        question = understand(corrected, self.linker, self.library, self.meaning, raw or text, self.relevance)
        question = placed(question, self.relevance, self.linker, self.near, self.related)  # "I'm a line cook": a cook
        question = rescoped(question)  # "天気予報の人になりたい": the name placed, no weather asked
        question = with_unmatched(question, self.relevance)  # "compare actuaries and astronauts": no astronaut page
        question = with_employer(question, text, self.lexical.lookup.__contains__)  # "…at Chevron's refinery?"
        if (weak := weakly_named(question)) is not None:  # "…lawn mowers…": a weak name its words outweigh
            bare = question.model_copy(update={"links": [], "named": []})
            question = outweighed(question, weak, self.search(bare, 0, nearest=True).candidates)
        return question.model_copy(update={"typed": text}) if corrected != text else question

    def warm(self) -> None:
        """Build now what the first questions would wait for: the linker's names, speller, examples, matching rows."""
        _ = self.linker.readings, self.linker.japanese_keys, self.linker.doers, self.linker.page_text.joined
        _ = self.speller.neighbours, self.suitability.japanese_rows, self.linker.endings  # 25 ms, 8 ms
        _ = self.suitability.identity_vectors  # 20 ms: 17 MB copied
        _ = self.linker.prefixes, self.speller.triples  # 0.5 s, 0.26 s: a first English question had waited for them
        _ = self.linker.page_text.loanwords, self.library.unpaged_pattern, self.speller.pairs  # 65, 70, 37 ms
        self.meaning.warm()
        load_word_list()
        _ = [(self.library.name_terms(title), self.library.job_terms(title)) for title in self.jobs.names]

    def recall(self, question: Question, jobs: list[str]) -> str | None:
        """The one of these jobs whose page uses most of the question's words ("the diving one": Commercial Divers)."""
        asked = [t for t in self.lexical.query_terms(question.text) if t not in asking_terms()]
        return self.jobs.most_used(asked, jobs)

    def relevance(self, text: str, jobs: list[str], n: int, dense: np.ndarray | None = None) -> dict[str, float]:
        """How well each of these jobs' pages (summary, description, tasks) match a free text, for the n best ("I
        love growing vegetables outdoors": farmers and gardeners first): rank-fused like a question's evidence, plus
        the share of its words the page uses. dense: the text's cosines with the jobs' rows when already computed."""
        allowed = self.jobs.rows_of(jobs)
        query_terms = self.lexical.query_terms(text if jobs else with_page_words(text, 2))
        dense = self.dense.scores(self.dense_query(text), allowed) if dense is None else dense
        evidence = self.identity_evidence(query_terms, dense, allowed)
        self.jobs.keep(None if jobs else "ja" if is_japanese(text) else "en", evidence)  # words placed: same language
        asked = [term for term in query_terms if term not in asking_terms()]
        found = dict.fromkeys(int(self.jobs.job_of[row]) for row in top_rows(evidence, 4 * n))
        rows = self.jobs
        scores = {
            rows.names[j]: EVIDENCE * rows.evidence(j, evidence) + COVERAGE * rows.coverage(j, asked) for j in found
        }
        return dict(sorted(scores.items(), key=lambda pair: -pair[1])[:n])

    @cached_property
    def suitability(self) -> Suitability:
        """Ranks jobs for what a person says of themselves (chatbot.guidance's matching; built on first use)."""
        japanese, self.known = (self.index.chunks, japanese_vectors(), self.cache, self.known), {}  # handed over
        return Suitability(self.dense, self.jobs, self.identity, self.relevance, *japanese, said=self.meaning.query)

    @cached_property
    def speller(self) -> Speller:
        """English typo correction against the words of the job names (built on first use)."""
        names = [key for japanese, key in self.linker.names if not japanese]
        return Speller(names, lambda word: stemmer().stemWord(word) in self.lexical.lookup)

    def retrieve(self, question: Question, k: int | None = None) -> Retrieval:
        """The k best sections for a question: its standalone text searched, restricted to question.jobs if any."""
        return self.search(question, k, nearest=False)

    def nearest(self, question: Question, k: int | None = None) -> Retrieval:
        """Like retrieve over every job, with the closest jobs' sections as hits even when no job matches well
        enough (supported stays False): what a refusal names as the nearest jobs that are covered."""
        return self.search(question.model_copy(update={"jobs": []}), k, nearest=True)

    def search(self, question: Question, k: int | None, nearest: bool) -> Retrieval:
        """retrieve() and nearest(): rank, and keep the hits when supported (or nearest is asked for)."""
        k = self.settings.top_k if k is None else k  # 0: the candidate jobs only (chatbot.retrieval._outweighed)
        text, full, jobs = question.standalone or question.text, self.mode == Mode.FULL, question.jobs
        text = question.told if question.told and not jobs else text  # "I'm a carpenter. Who…": not the carpenter's
        intent = question.intent if full else None
        allowed = self.jobs.rows_of(jobs)
        query, cosines = self.dense_query(text), self.dense.scores if k else self.suitability.identity_vectors.one
        dense = cosines(query, allowed)  # the candidate jobs only: their identity rows' cosines, a third of the rows
        said = with_page_words(text, 2) if full and not jobs and is_japanese(text) else text  # "ゴキブリ": 害虫
        query_terms = self.lexical.query_terms(said) if self.mode != Mode.DENSE else []
        lexical = self.lexical.term_scores(query_terms) if self.mode != Mode.DENSE and k else None
        if not full:
            return self.plain(text, fuse([s for s in (dense, lexical) if s is not None], allowed), k)
        found = [] if jobs else described_links(question)
        links = strong_links(found)
        focus = [self.jobs.titles[title] for title in jobs if title in self.jobs.titles]
        # Japanese, which the model cannot read, is ranked by word vectors (chatbot.embed) beside its words; its job by
        # the work it tells, not by what it asks of it ("…を管理する仕事…、休みって？": 休み is every job's)
        told = work_told(text) if not jobs and dense is None and is_japanese(text) else None
        query_terms = self.lexical.query_terms(with_page_words(told, 2)) if told else query_terms
        meaning = self.suitability.japanese_scores(told or text) if dense is None and is_japanese(text) else dense
        evidence = self.identity_evidence(query_terms, meaning, allowed)
        self.jobs.keep("en" if question.lang == "en" and not jobs else None, evidence)  # English pages only
        asked = [term for term in query_terms if term not in asking_terms()]
        compared = links if intent == Intent.COMPARE else []
        job_scores = candidate_scores(self.jobs, evidence, found, compared, focus, asked)
        candidates = [(self.index.jobs[job].title, round(score, 4)) for job, score in job_scores.items()]
        if not k:
            return Retrieval(query=text, intent=intent, candidates=candidates)
        best = None if dense is None else self.dense.best(dense)
        leader = self.index.jobs[next(iter(job_scores))].title if job_scores else None
        supported = bool(focus) if jobs else is_supported(question, intent, links, best, self.settings, leader)
        preferred = preferred_sections(question.hinted, intent, self.settings.vocabulary)
        dense = self.dense.completed(query, dense, [self.jobs.rows[job] for job in job_scores], allowed)
        hits = self.ranked(job_scores, preferred, dense, lexical, k) if supported or nearest else []
        titles = [link.title for link in links] or [hit.chunk.job for hit in hits[:1]]
        return Retrieval(query=text, intent=intent, jobs=titles, hits=hits, supported=supported, candidates=candidates)

    def dense_query(self, question: str) -> np.ndarray | None:
        """The question's vector, (dimension,); None in BM25 mode or when the model cannot read the question. The
        dense baseline always embeds."""
        if self.mode == Mode.BM25 or len(self.index.chunks) == 0:
            return None
        if self.mode != Mode.DENSE and not self.dense.readable(question):
            return None
        return self.dense.query(question)

    def plain(self, question: str, fused: np.ndarray, k: int) -> Retrieval:
        """The baseline modes: the k best fused chunks, whatever their job or section."""
        hits = [Hit(chunk=self.index.chunks[row], score=float(fused[row])) for row in top_rows(fused, k)]
        return Retrieval(query=question, jobs=[hit.chunk.job for hit in hits[:1]], hits=hits)

    def identity_evidence(
        self, query_terms: list[str], dense: np.ndarray | None, allowed: np.ndarray | None
    ) -> np.ndarray:
        """Fused rank of the identity chunks only, by meaning and by the words that describe a job."""
        identity = self.identity_rows if allowed is None else allowed[self.identity[allowed]]
        naming = self.lexical.term_scores(query_terms, ignore=asking_terms())
        rankings = [s for s in (dense, naming) if s is not None]
        fused = fuse(rankings, identity)
        if len(fused) and not fused.any():  # words only other sections use ("米作り" in a career path): those count
            fused = fuse(rankings, allowed)
        return fused

    def ranked(
        self,
        job_scores: dict[int, float],
        preferred: list[str],
        dense: np.ndarray | None,
        lexical: np.ndarray | None,
        k: int,
    ) -> list[Hit]:
        """Chunks of the candidate jobs, by job score, preference for their heading and fit within the job."""
        preference = self.jobs.preference(preferred)
        totals, rows_seen = [], []
        for job, job_score in job_scores.items():
            rows = self.jobs.rows[job]
            fit = fuse([s[rows] for s in (dense, lexical) if s is not None], None)
            totals.append(job_score + SECTION * preference[self.jobs.heading_of[rows]] + LOCAL * fit.astype(np.float64))
            rows_seen.append(rows)
        if not totals:
            return []
        total, every = np.concatenate(totals), np.concatenate(rows_seen)
        best = np.argsort(-total, kind="stable")[:k]  # ties keep job order, then row order
        return [
            Hit(
                chunk=self.index.chunks[int(every[n])],
                score=round(float(total[n]), 4),
                dense=None if dense is None else float(dense[every[n]]),
                lexical=None if lexical is None else float(lexical[every[n]]),
            )
            for n in best
        ]
