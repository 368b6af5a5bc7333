"""How well each job's work matches what a person said of themselves: the closeness of meaning of its pages' own
description of the work (summary, description, tasks) to the whole statement and to each of its sentences.

A person describing themselves ("I build furniture in my garage. I love the smell of sawdust. I'd go to trade
school.") says several things; one vector of the whole blurs them, and the rank fusion a question gets
(Retriever.relevance) keeps only ranks, so a job close on every point scores like one close on a single word.
Here a job's closeness is the mean cosine of its three closest identity chunks (one close line is luck, three are
a pattern), to the whole text and, averaged, to each sentence; the rank-fused relevance of the words is added
(WORDS). Measured on the match cases of tests/eval/guidance_tune*.jsonl (English, P@5): relevance alone 0.732, the
whole-text closeness alone 0.787, with the words 0.804, with the sentences 0.813. Japanese text is left to the
words: the English model cannot read it. English sentences are no longer read apart (sixty-second session): with the
bank's votes and words (chatbot.guidance) they added 0.001 to P@5 (bench/suited.py, 67 tuning sets: 0.7104 without,
0.7116 with, 0.7086 read from the whole text's token states) for a third run of the model, 17 ms of a long statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from chatbot.embed import JapaneseVectors
from chatbot.models import Chunk
from chatbot.retrieval._cache import cache_key, cached_array
from chatbot.retrieval._dense import DenseScorer, Subset
from chatbot.retrieval._hints import asking_terms
from chatbot.retrieval._jobs import JobRows
from chatbot.retrieval._wishes import PREFERENCE
from chatbot.text import is_japanese

BEST = 3  # identity chunks averaged per job (1: 0.766, 3: 0.804, 5: 0.766 with the words, English P@5)
# The weight of the rank-fused relevance of the words, scaled to its best. 0.3 was chosen on the first tuning set;
# swept again over all 58 guidance tuning sets (937 English match requests, session 55), English P@5: 0.2 0.5908,
# 0.3 0.5981, 0.45 0.6006, 0.6 0.6028, 0.8 0.6041, 1.0 0.6051 (32 sets better, 18 worse), 1.5 0.6034, 2.5 0.5977.
WORDS = 1.0
SENTENCE = re.compile(r"(?<=[.!?\n])\s+|[:;•]\s*|\s-\s")
# Japanese word vectors (chiVe) read more loosely than the model reads English: the words weigh as much as closeness.
# Match P@5, Japanese, guidance_tune..12+15 / tune13+14 / tune15 (fresh): words alone .620/.385/.440; with the vectors
# and the words at 0.3 .634/.446/.430, at 1 .643/.462/.430, at 2 .645/.469/.440, at 4 .642/.462/.450.
WORDS_JA = 2.0
# Words that say how the person feels about what they name, not what it is (好き, 夢, 得意): left out of their
# vector with the words of asking (仕事, 向く), which would bring pages that say them ("夢を与える仕事": 声優).
UNSAID_JA = frozenset(["好き", "大好き", "嫌い", "得意", "苦手", "夢", "興味", "平気", "自信", "憧れる", "楽しい"])
UNSAID_JA |= {"面白い", "昔", "頃", "子供", "小さい"}
ASKED_JA = re.compile(r"[？?]\s*$")
SENTENCE_JA = re.compile(r"(?<=[。！？!?])\s*")
WORD_CANDIDATES = 200  # jobs whose words are scored: beyond them a job's words add nothing
MIN_SENTENCE = 9  # characters: shorter pieces ("lol.", "Honestly,") say nothing of the work
MIN_SENTENCE_JA = 6  # characters of a Japanese sentence ("高卒。" says only the schooling)
# A sentence saying what the person likes or is good at ("The part I love is hanging the heavy stuff", "I'm the one
# who ends up fixing it") says more of the work that suits them than one saying where they are now ("I drive a
# forklift in a big distribution warehouse"): it counts PREFERRED times as much among the sentences. Match P@5,
# English, guidance_tune..tune12 / tune13+14 (new): 1x 0.663 / 0.488, 2x 0.666 / 0.500, 4x 0.668 / 0.518,
# 8x 0.669 / 0.524, 100x 0.663 / 0.524. (Its cues are English, whose sentences are no longer read apart.)
PREFERRED = 4.0
# (Japanese sentences of liking weighed so too, session 53: two match cases up, two down over the guidance tuning
# sets; not kept.)


def sentences(text: str) -> list[str]:
    """The text's sentences and list items, when there are at least two worth reading on their own. A question
    ("what suits me?") is the ask, not the person: left out (same P@5 on the tuning sets, fewer texts to embed)."""
    japanese = is_japanese(text)  # Japanese by its sentences (what it asks left out), each at least a few words
    pieces = (piece.strip(" \t-*•") for piece in (SENTENCE_JA if japanese else SENTENCE).split(text) if piece)
    found = [
        piece
        for piece in pieces
        if len(piece) >= (MIN_SENTENCE_JA if japanese else MIN_SENTENCE) and not ASKED_JA.search(piece)
    ]
    return found if len(found) > 1 else []


def weights(parts: list[str]) -> list[float]:
    """Each sentence's share of the sentences' weight (together 1): PREFERRED for one that says what the person
    likes or is good at, 1 for the others."""
    raw = [PREFERRED if PREFERENCE.search(part.casefold()) else 1.0 for part in parts]
    return [weight / sum(raw) for weight in raw]


def unasked(text: str) -> str:
    """A Japanese statement without its sentences that ask ("どんな仕事が向いてる？"): the person, not the ask."""
    return " ".join(piece for piece in SENTENCE_JA.split(text) if piece and not ASKED_JA.search(piece)) or text


@lru_cache(maxsize=1)
def unsaid() -> frozenset[str]:
    """The words left out of a Japanese statement's vector: UNSAID_JA and the words of asking."""
    return UNSAID_JA | asking_terms()


class JobCloseness:
    """Each job's identity rows as one padded matrix, so all jobs' closeness is a gather and a partial sort."""

    def __init__(self, rows: list[np.ndarray], identity: np.ndarray) -> None:
        mine = [job_rows[identity[job_rows]] for job_rows in rows]
        width = max((len(r) for r in mine), default=0)
        self.table = np.full((len(mine), max(width, BEST)), -1, dtype=np.int64)
        for job, job_rows in enumerate(mine):
            self.table[job, : len(job_rows)] = job_rows
        self.counts = np.array([len(r) for r in mine], dtype=np.int64)

    def of(self, scores: np.ndarray) -> np.ndarray:
        """Per job, the mean of its BEST highest scores among its identity rows (0 for a job with none)."""
        gathered = np.where(self.table >= 0, scores[np.maximum(self.table, 0)], 0.0)
        top = -np.partition(-gathered, BEST - 1, axis=1)[:, :BEST]
        return top.sum(axis=1) / np.clip(np.minimum(self.counts, BEST), 1, None)


class Suitability:
    """Ranks jobs for a person's statement over one index version (Retriever.suitability)."""

    def __init__(
        self,
        dense: DenseScorer,
        jobs: JobRows,
        identity: np.ndarray,
        relevance: Callable[..., dict[str, float]],
        chunks: Sequence[Chunk] | None = None,
        japanese: JapaneseVectors | None = None,
        cache: Path | None = None,
        known: dict[str, np.ndarray] | None = None,
        *,
        said: Callable[[str], np.ndarray],
    ) -> None:
        """Args:
        said: an English text's model vector, kept for the turn (the intent reader's: it has read the same text).
        chunks: the index's chunks (the Japanese rows' texts, read by word vectors); japanese: those vectors (None:
            Japanese is matched by its words alone); cache: a folder to keep the rows' vectors in; known: row
            vectors by text hash from the version this one replaces (an update re-reads only the changed rows)."""
        self.dense = dense
        self.jobs = jobs
        self.closeness = JobCloseness(jobs.rows, identity)
        self.identity = identity
        self.relevance = relevance
        self.japanese = japanese if chunks is not None else None
        self.chunks = chunks
        self.cache = cache
        self.known = known or {}
        self.said = said

    def rank(self, text: str, titles: list[str], n: int) -> dict[str, float]:
        """The n jobs among these titles whose work best matches the text, with their scores (best first)."""
        allowed = self.jobs.rows_of(titles)
        parts = sentences(text) if is_japanese(text) else []  # English: the whole statement (see above)
        found = self.cosines(text, parts, allowed)
        words = self.relevance(text, titles, max(n, WORD_CANDIDATES), found[0] if found else None)
        best_words = max(words.values(), default=0.0) or 1.0
        closeness = np.zeros(len(self.jobs.names), dtype=np.float64)
        for weight, scores in zip([1.0, *weights(parts)], found, strict=False):  # the whole text, then each sentence
            closeness += self.closeness.of(scores) * weight
        jobs = [self.jobs.titles[title] for title in titles if title in self.jobs.titles]
        total = {self.jobs.names[job]: float(closeness[job]) for job in jobs}
        share = WORDS_JA if is_japanese(text) and self.japanese is not None else WORDS
        for title, score in words.items():
            total[title] = total.get(title, 0.0) + share * score / best_words
        return dict(sorted(total.items(), key=lambda pair: -pair[1])[:n])

    def cosines(self, text: str, parts: list[str], allowed: np.ndarray | None) -> list[np.ndarray]:
        """The cosines of the whole text with the allowed rows, then of each of its sentences (parts, each embedded
        apart; none when the model cannot read the text)."""
        if is_japanese(text) and self.japanese is not None:  # the person, not the ask ("どんな仕事が向いてる？")
            return self.japanese_cosines([unasked(text), *parts], allowed)
        if not self.dense.readable(text):
            return []
        vectors = [self.statement(text), *(self.dense.embedder.embed(parts) if parts else [])]
        return self.identity_vectors.scores([vector for vector in vectors if vector is not None], allowed)

    @cached_property
    def identity_vectors(self) -> Subset:
        """The identity rows' model vectors, the only rows matching reads (built on first use or at warm-up)."""
        return Subset(self.dense, np.flatnonzero(self.identity))

    def statement(self, text: str) -> np.ndarray | None:
        """The vector of what a person says of themselves: the model's for English (kept for the turn), the word
        vectors' for Japanese, without what it asks; None where neither can read it."""
        if is_japanese(text):
            return self.japanese.embed(unasked(text), unsaid()) if self.japanese is not None else None
        if not self.dense.readable(text):
            return None
        return self.said(text)

    def statements(self, texts: list[str], japanese: bool) -> np.ndarray | None:
        """Many statements' vectors at once (None where the language has no vectors to read it with)."""
        if not japanese:
            return self.dense.embedder.embed(texts)
        return self.japanese.embed_many([unasked(t) for t in texts], unsaid()) if self.japanese is not None else None

    def reader(self, japanese: bool) -> str | None:
        """The name of what reads statements in one language (to key a cache by; None: nothing reads it)."""
        return (self.japanese.name if self.japanese is not None else None) if japanese else self.dense.embedder.name

    def japanese_cosines(self, texts: list[str], allowed: np.ndarray | None) -> list[np.ndarray]:
        """The cosines of each text's word vector with the Japanese identity rows' (0 elsewhere), spread so the best
        row scores 1 and the median row 0: word vectors of any two Japanese texts are close (0.6-0.85), so their raw
        cosines would add a near-constant to every job and leave the ranking to the words."""
        rows, matrix = self.japanese_rows
        inside = np.zeros(len(self.jobs.job_of), dtype=bool)
        inside[rows if allowed is None else allowed] = True
        keep = inside[rows]  # a mask: intersecting the sorted rows (np.intersect1d) took 10 ms a request
        found = []
        for vector in self.japanese.embed_many(texts, unsaid()) if self.japanese else []:
            raw = (matrix @ vector)[keep]
            scores = np.zeros(len(self.jobs.job_of), dtype=np.float64)
            if len(raw):
                middle, top = float(np.median(raw)), float(raw.max())
                scores[rows[keep]] = np.clip((raw - middle) / ((top - middle) or 1.0), 0.0, None)
            found.append(scores)
        return found

    def japanese_scores(self, text: str) -> np.ndarray | None:
        """The raw cosines of a Japanese text's word vector with the Japanese identity rows, (n_chunks,) (0
        elsewhere): a question's evidence by meaning where the model cannot read it (None without the vectors)."""
        if self.japanese is None:
            return None
        rows, matrix = self.japanese_rows
        scores = np.zeros(len(self.jobs.job_of), dtype=np.float32)
        scores[rows] = matrix @ self.japanese.embed(text)
        return scores

    @cached_property
    def japanese_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """The identity rows of Japanese pages (sorted) and their texts' word vectors, (n, 300): built on first use
        (or at warm-up): 4,948 rows of the 556 jobtag pages, some 3.5 s, then kept in the cache folder by hashes."""
        vectors, chunks = self.japanese, self.chunks
        if vectors is None or chunks is None:  # no vectors installed: Japanese is read by its words alone
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        japanese = np.array([is_japanese(name) for name in self.jobs.names], dtype=bool)
        rows = np.flatnonzero(self.identity & japanese[self.jobs.job_of])
        hashes = [chunks[int(row)].text_hash for row in rows]
        path = self.cache / f"japanese-rows-{cache_key(vectors.name, hashes)}.npy" if self.cache else None
        return rows, cached_array(path, lambda: self.read_rows(rows, hashes))

    def read_rows(self, rows: np.ndarray, hashes: list[str]) -> np.ndarray:
        """The rows' word vectors, those of texts the version before had read taken from it."""
        assert self.japanese is not None and self.chunks is not None
        fresh = [n for n, text_hash in enumerate(hashes) if text_hash not in self.known]
        read = dict(zip(fresh, self.japanese.embed_many([self.chunks[int(rows[n])].text for n in fresh]), strict=True))
        matrix = [read[n] if n in read else self.known[text_hash] for n, text_hash in enumerate(hashes)]
        self.known = {}  # copied into the new matrix: the version before's vectors can go
        return np.stack(matrix) if matrix else np.zeros((0, self.japanese.dimension), dtype=np.float32)

    def read_so_far(self) -> dict[str, np.ndarray]:
        """The row vectors read for this version (none if they were never needed), by text hash, for the next."""
        if "japanese_rows" not in self.__dict__ or self.chunks is None:
            return {}
        rows, matrix = self.japanese_rows
        return {self.chunks[int(row)].text_hash: vector for row, vector in zip(rows, matrix, strict=True)}
