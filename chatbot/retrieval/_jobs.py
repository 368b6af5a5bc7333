"""The index's chunk rows grouped by job, and how much a job's page and names say of a question."""

from __future__ import annotations

import os
import threading
from collections.abc import Collection
from functools import cached_property

import numpy as np

from chatbot.index import Library, StoredIndex
from chatbot.text import is_japanese, name_words

# Weights of the share of the question's words on the job's page and in its names (a grid over 0, 0.25 and 0.5
# each on the development sets: 0.25 / 0.25 keeps them as they were and decides close calls by the words).
PAGE_WORDS, NAME_WORDS = 0.25, 0.25
ROWS_CACHE = 64
ROLE_WORDS = {"tech": ("technician", "technologist"), "technician": ("technician", "technologist")}


def akin(a: str, b: str) -> bool:
    """Words of one stem: "dentist" and "dental", "veterinarian" and "veterinary" (all but the last three letters of
    the shorter, and four at least, the same)."""
    return a == b or len(os.path.commonprefix([a, b])) >= max(4, min(len(a), len(b)) - 3)


class JobRows:
    """Which job each chunk row belongs to, and each job's rows (in row order)."""

    def __init__(self, index: StoredIndex, library: Library) -> None:
        self.library = library
        self.names = [job.title for job in index.jobs]
        self.titles = {title: n for n, title in enumerate(self.names)}
        self.job_of = np.array([self.titles.get(chunk.job, -1) for chunk in index.chunks], dtype=np.int32)
        order = np.argsort(self.job_of, kind="stable")  # rows grouped by job, in row order within each job
        bounds = np.searchsorted(self.job_of[order], np.arange(len(index.jobs) + 1))
        self.rows = [order[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        self.rows_cache: dict[tuple[str, ...], np.ndarray] = {}  # rows_of's answers, the oldest dropped first
        self.rows_lock = threading.Lock()
        # Each chunk's heading as a code: the headings of a whole job are weighed at once (Retriever.ranked).
        self.headings: dict[str, int] = {}
        self.heading_of = np.array(
            [self.headings.setdefault(chunk.section, len(self.headings)) for chunk in index.chunks], dtype=np.int32
        )

    def beside(self, job: str, role: str) -> str | None:
        """The job whose title is this job's worker (or its field) and the role: ("Physical Therapists", "assistant")
        -> Physical Therapist Assistants, ("Veterinarians", "tech") -> Veterinary Technologists and Technicians;
        None when no page has such a title."""
        if is_japanese(job):  # ("新聞記者", "配達") -> 新聞配達員: the title of the same field that says the role
            kin = [t for t in self.names if role in t and t != job and len(os.path.commonprefix([t, job])) >= 2]
            return min(kin, key=len) if kin else None
        head, roles = name_words(job.split(",")[0]), ROLE_WORDS.get(role, (role,))
        for title in self.names:
            words = name_words(title)
            if len(words) > len(head) and words[len(head)] in roles and all(map(akin, head, words)):
                return title
        for title in self.names:  # the role in place of the worker: Bioinformatics Scientists -> ... Technicians
            words = name_words(title)
            if len(words) == len(head) > 1 and words[-1] in roles and all(map(akin, head[:-1], words[:-1])):
                return title
        return None

    def most_used(self, asked: list[str], jobs: list[str]) -> str | None:
        """The one job whose page uses more of the asked terms than any other; None on a tie or when none does."""
        overlap = {job: sum(term in self.library.job_terms(job) for term in asked) for job in jobs}
        ranked = sorted(overlap.items(), key=lambda pair: -pair[1])
        if not ranked or not ranked[0][1] or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def under(self, headings: Collection[str]) -> np.ndarray:
        """Which rows are under one of these headings, (n_chunks,) bool."""
        marked = np.array([heading in headings for heading in self.headings], dtype=bool)
        return marked[self.heading_of] if len(marked) else np.zeros(0, dtype=bool)

    def preference(self, preferred: list[str]) -> np.ndarray:
        """Per heading code, how much a question prefers it: 1 for the first preferred, down to 0.5, else 0."""
        weights = np.zeros(len(self.headings), dtype=np.float64)
        for place, heading in reversed(list(enumerate(preferred))):  # a heading listed twice counts where first
            if heading in self.headings:
                weights[self.headings[heading]] = 1 - 0.5 * place / len(preferred)
        return weights

    def keep(self, lang: str | None, scores: np.ndarray) -> None:
        """Zero, in place, the rows of pages not written in this language (None: keep every row). An English
        question that names no job is answered from English pages ("ok. what jobs are similar" matched "OK" in
        Japanese pages' text); words placed on a page by meaning stay in their language ("コードを書いてます" is no
        English page). A Japanese question may still mean an English page (the seeds are Japanese jobs written in
        English, "区長になるには"): its search keeps every row. Zeroing after scoring every row, not scoring only the
        allowed rows: the IVF's search filtered to most rows raised p95 from 73 to 102 ms (measured, bench/ab.py)."""
        if lang is not None and len(scores):
            scores[self.other_language[lang]] = 0.0

    @cached_property
    def other_language(self) -> dict[str, np.ndarray]:
        """Per language, the rows of pages written in the other one."""
        japanese = np.array([is_japanese(title) for title in self.names] + [False])[self.job_of]  # -1: no job
        return {"en": np.flatnonzero(japanese), "ja": np.flatnonzero(~japanese & (self.job_of >= 0))}

    def rows_of(self, jobs: list[str]) -> np.ndarray | None:
        """Chunk rows of these jobs, ascending (None: every row)."""
        if not jobs:
            return None
        key = tuple(jobs)  # matching asks for a language's every job again and again (~6 ms each over 1,000 jobs)
        with self.rows_lock:  # sessions share the retriever
            if key in self.rows_cache:
                return self.rows_cache[key]
        wanted = [self.titles[title] for title in jobs if title in self.titles]
        rows = np.unique(np.concatenate([self.rows[n] for n in wanted])) if wanted else np.zeros(0, dtype=np.int64)
        rows.flags.writeable = False  # shared between callers
        with self.rows_lock:
            if len(self.rows_cache) >= ROWS_CACHE:
                self.rows_cache.pop(next(iter(self.rows_cache)))
            self.rows_cache[key] = rows
        return rows

    def evidence(self, job: int, fused: np.ndarray) -> float:
        """How well the job's two best chunks rank (0..1; the mean of the two fused scores)."""
        best = np.sort(fused[self.rows[job]])[-2:]
        return float(best.sum() / 2) if len(best) else 0.0

    def coverage(self, job: int, asked: list[str]) -> float:
        """How many of the question's words (search terms, less those that ask about a section) the job's page and
        the job's own names use, as shares: "who installs solar panels on roofs?" is about Solar Photovoltaic
        Installers (solar, install in its name) more than about Roofers, whose tasks say "roof" a hundred times."""
        if not asked or job < 0:
            return 0.0
        page, named = self.library.job_terms(self.names[job]), self.library.name_terms(self.names[job])
        return (PAGE_WORDS * sum(t in page for t in asked) + NAME_WORDS * sum(t in named for t in asked)) / len(asked)
