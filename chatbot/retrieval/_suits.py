"""How well each job's work matches what a person said of themselves: the closeness of meaning of its pages' own
description of the work (summary, description, tasks) to the whole statement and to each of its sentences.

A person describing themselves ("I build furniture in my garage. I love the smell of sawdust. I'd go to trade
school.") says several things; one vector of the whole blurs them, and the rank fusion a question gets
(Retriever.relevance) keeps only ranks, so a job close on every point scores like one close on a single word.
Here a job's closeness is the mean cosine of its three closest identity chunks (one close line is luck, three are
a pattern), to the whole text and, averaged, to each sentence; the rank-fused relevance of the words is added at
0.3. Measured on the match cases of tests/eval/guidance_tune*.jsonl (English, P@5): relevance alone 0.732, the
whole-text closeness alone 0.787, with the words 0.804, with the sentences 0.813. Japanese text is left to the
words: the English model cannot read it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from chatbot.retrieval._advice import PREFERENCE
from chatbot.retrieval._dense import DenseScorer
from chatbot.retrieval._jobs import JobRows

BEST = 3  # identity chunks averaged per job (1: 0.766, 3: 0.804, 5: 0.766 with the words, English P@5)
WORDS = 0.3  # the weight of the rank-fused relevance of the words, scaled to its best
SENTENCE = re.compile(r"(?<=[.!?\n])\s+|[:;•]\s*|\s-\s")
WORD_CANDIDATES = 200  # jobs whose words are scored: beyond them a job's words add nothing
MIN_SENTENCE = 9  # characters: shorter pieces ("lol.", "Honestly,") say nothing of the work
# A sentence saying what the person likes or is good at ("The part I love is hanging the heavy stuff", "I'm the one
# who ends up fixing it") says more of the work that suits them than one saying where they are now ("I drive a
# forklift in a big distribution warehouse"): it counts PREFERRED times as much among the sentences. Match P@5,
# English, guidance_tune..tune12 / tune13+14 (new): 1x 0.663 / 0.488, 2x 0.666 / 0.500, 4x 0.668 / 0.518,
# 8x 0.669 / 0.524, 100x 0.663 / 0.524.
PREFERRED = 4.0


def sentences(text: str) -> list[str]:
    """The text's sentences and list items, when there are at least two worth reading on their own. A question
    ("what suits me?") is the ask, not the person: left out (same P@5 on the tuning sets, fewer texts to embed)."""
    pieces = (piece.strip(" \t-*•") for piece in SENTENCE.split(text) if piece)
    found = [piece for piece in pieces if len(piece) >= MIN_SENTENCE and not piece.endswith("?")]
    return found if len(found) > 1 else []


def weights(parts: list[str]) -> list[float]:
    """Each sentence's share of the sentences' weight (together 1): PREFERRED for one that says what the person
    likes or is good at, 1 for the others."""
    raw = [PREFERRED if PREFERENCE.search(part.casefold()) else 1.0 for part in parts]
    return [weight / sum(raw) for weight in raw]


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
    ) -> None:
        self.dense = dense
        self.jobs = jobs
        self.closeness = JobCloseness(jobs.rows, identity)
        self.relevance = relevance

    def rank(self, text: str, titles: list[str], n: int) -> dict[str, float]:
        """The n jobs among these titles whose work best matches the text, with their scores (best first)."""
        allowed = self.jobs.rows_of(titles)
        parts = sentences(text)
        found = self.cosines(text, parts, allowed)
        words = self.relevance(text, titles, max(n, WORD_CANDIDATES), found[0] if found else None)
        best_words = max(words.values(), default=0.0) or 1.0
        closeness = np.zeros(len(self.jobs.names), dtype=np.float64)
        for weight, scores in zip([1.0, *weights(parts)], found, strict=False):  # the whole text, then each sentence
            closeness += self.closeness.of(scores) * weight
        jobs = [self.jobs.titles[title] for title in titles if title in self.jobs.titles]
        total = {self.jobs.names[job]: float(closeness[job]) for job in jobs}
        for title, score in words.items():
            total[title] = total.get(title, 0.0) + WORDS * score / best_words
        return dict(sorted(total.items(), key=lambda pair: -pair[1])[:n])

    def cosines(self, text: str, parts: list[str], allowed: np.ndarray | None) -> list[np.ndarray]:
        """The cosines of the whole text with the allowed rows, then of each of its sentences (parts; none when the
        model cannot read the text). The sentences are embedded apart from the whole text, not padded to its
        length."""
        if not self.dense.readable(text):
            return []
        vectors = [self.dense.query(text), *(self.dense.embedder.embed(parts) if parts else [])]
        return [scores for vector in vectors if (scores := self.dense.scores(vector, allowed)) is not None]
