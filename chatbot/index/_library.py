"""The index seen as job pages: each job's sections rebuilt from its chunks, with their lists and steps."""

from __future__ import annotations

import re
from functools import cached_property

import numpy as np

from chatbot.headings import Headings
from chatbot.index._store import StoredIndex
from chatbot.ingest import build_section
from chatbot.models import Chunk, JobEntry, Section, UnpagedMention
from chatbot.text import terms


class Library:
    """Sections of every indexed job, looked up by job title and heading.

    A section's text is its chunks' texts joined by line breaks; each chunk is an exact substring of the
    section on the page, so a quote taken from a chunk is a quote from the page.
    """

    def __init__(self, index: StoredIndex, vocabulary: Headings) -> None:
        self.version = index.version
        self.headings = vocabulary  # the configuration's heading vocabulary, for the roles of sections
        self.jobs: dict[str, JobEntry] = {job.title: job for job in index.jobs}
        self._parts: dict[tuple[str, str], list[Chunk]] = {}
        self._rows: dict[str, list[int]] = {}  # job -> its chunk rows in page order
        for row, chunk in enumerate(index.chunks):
            self._parts.setdefault((chunk.job, chunk.section), []).append(chunk)
            self._rows.setdefault(chunk.job, []).append(row)
        self._counts, self._chunks = index.counts, index.chunks
        self._sections: dict[tuple[str, str], Section] = {}
        self._terms: dict[str, frozenset[str]] = {}
        self._names: dict[str, frozenset[str]] = {}

    def text(self, job: str, heading: str) -> str | None:
        """The section's text, or None when the job's page has no such (indexed) section."""
        parts = self._parts.get((job, heading))
        return "\n".join(chunk.text for chunk in parts) if parts else None

    def says(self, job: str, words: str) -> bool:
        """Whether the job's page says these words anywhere (its title or any chunk, case aside)."""
        folded = words.casefold()
        return folded in job.casefold() or any(folded in self._chunks[row].text.casefold() for row in self._rows[job])

    def parts(self, job: str, heading: str) -> list[Chunk]:
        """The section's chunks in page order ([] when the page has no such section)."""
        return list(self._parts.get((job, heading), []))

    def section(self, job: str, heading: str) -> Section | None:
        """The section with its structure (items, steps, table rows), or None."""
        key = (job, heading)
        if key not in self._sections:
            text = self.text(job, heading)
            if text is None:
                return None
            self._sections[key] = build_section(heading, text)
        return self._sections[key]

    def job_terms(self, job: str) -> frozenset[str]:
        """The search terms of everything the job's page says (cached per job): from the index's term counts, or
        by tokenising its chunks where the index has none."""
        found = self._terms.get(job)
        if found is None:
            rows = self._rows.get(job, [])
            counts = self._counts
            if counts is None:
                found = frozenset(terms("\n".join([job, *(self._chunks[row].text for row in rows)])))
            else:
                spans = (counts.terms[counts.offsets[row] : counts.offsets[row + 1]] for row in rows)
                ids = np.unique(np.concatenate([np.zeros(0, np.int32), *spans]))
                found = frozenset(counts.vocabulary[i] for i in ids)
            self._terms[job] = found
        return found

    def name_terms(self, job: str) -> frozenset[str]:
        """The search terms of the job's title and aliases (cached per job)."""
        found = self._names.get(job)
        if found is None:
            entry = self.jobs[job]
            found = self._names[job] = frozenset(terms("\n".join([entry.title, *entry.aliases])))
        return found

    def has(self, job: str, heading: str) -> bool:
        """True when the job's page has this section with text in the index."""
        return (job, heading) in self._parts

    def source(self, job: str) -> str:
        """The file the job's page came from."""
        return self.jobs[job].source

    def first(self, job: str, headings: list[str], count: int = 1) -> list[str]:
        """The first count of these headings that the job's page has, in the given order."""
        return [heading for heading in headings if self.has(job, heading)][:count]

    @cached_property
    def unpaged(self) -> dict[str, list[str]]:
        """Related-job names that have no page of their own (lower-cased) -> the jobs that list them.

        Ward Mayor lists "City Mayor" as related; with no City Mayor page: {"city mayor": ["Ward Mayor ..."]}.
        """
        paged = {name.casefold() for job in self.jobs.values() for name in [job.title, *job.aliases]}
        names: dict[str, list[str]] = {}
        for job in self.jobs.values():
            for name in job.related_jobs:
                if name.casefold() not in paged:
                    names.setdefault(name.casefold(), []).append(job.title)
        return names

    @cached_property
    def unpaged_pattern(self) -> re.Pattern[str] | None:
        """One regex for every unpaged name, longest first (so "city mayor" wins over "mayor")."""
        names = sorted(self.unpaged, key=len, reverse=True)
        return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)", re.IGNORECASE) if names else None

    def unpaged_in(self, text: str) -> list[UnpagedMention]:
        """Unpaged related jobs named in the text, longest first.

        "and a city mayor?" -> [UnpagedMention("City Mayor", "city mayor", ["Ward Mayor (Tokyo Special Wards)"])]
        """
        if self.unpaged_pattern is None:
            return []
        found: list[UnpagedMention] = []
        for match in self.unpaged_pattern.finditer(text):
            name = match.group(0).casefold()
            listing = self.unpaged.get(name)
            if listing is None:  # matched under a case rule casefold() does not share
                continue
            listed = next(r for r in self.jobs[listing[0]].related_jobs if r.casefold() == name)
            found.append(UnpagedMention(name=listed, matched=match.group(0), listed_by=listing))
        return sorted(found, key=lambda item: -len(item.matched))
