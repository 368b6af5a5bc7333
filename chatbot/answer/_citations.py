"""Citation checking as small pure functions: markers [n], quotes found in their sections, renumbering."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from chatbot.models import Citation
from chatbot.text import squash_spaces

# "[1]", "[1, 3]" or "[1,3]"; a marker holds one or more passage numbers.
MARKER = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
PARTIAL_MARKER = re.compile(r"\[[\d,\s]{0,16}")  # what a marker looks like before its "]" arrives

SectionKey = tuple[str, str]  # (job title, section heading)


def quote_in_section(quote: str, section_text: str) -> bool:
    """True when the quote (ignoring whitespace differences) occurs in the section text; empty quotes never do."""
    needle = squash_spaces(quote)
    return bool(needle) and needle in squashed(section_text)


@lru_cache(maxsize=64)
def squashed(section_text: str) -> str:
    """squash_spaces of a section, kept: an answer checks several quotes against the same long sections (at 1M
    chunks ~2 ms each time)."""
    return squash_spaces(section_text)


def marker_numbers(text: str) -> list[int]:
    """Every citation number in the text, in order: "a [2] b [1, 3]" -> [2, 1, 3]."""
    return [int(n) for match in MARKER.finditer(text) for n in match.group(1).split(",")]


def out_of_range(text: str, count: int) -> list[int]:
    """Citation numbers in the text that point at no citation (below 1 or above count)."""
    return [n for n in marker_numbers(text) if not 1 <= n <= count]


def rewrite_markers(text: str, mapping: Mapping[int, int]) -> str:
    """Renumber markers by mapping; numbers not in it are dropped, and so is a marker left empty.

    "a [3] b [1, 9]." with {3: 1, 1: 2} -> "a [1] b [2]."
    """

    def replace(match: re.Match[str]) -> str:
        kept = [mapping[n] for n in (int(n) for n in match.group(1).split(",")) if n in mapping]
        return "[" + ", ".join(str(n) for n in dict.fromkeys(kept)) + "]" if kept else ""

    return tidy_spaces(MARKER.sub(replace, text))


def tidy_spaces(text: str) -> str:
    """Spaces left before punctuation by a dropped marker removed: "done ." -> "done."."""
    return re.sub(r"[ \t]+([.,;:!?。、])", r"\1", re.sub(r"[ \t]{2,}", " ", text))


def citation_problems(text: str, citations: list[Citation], sections: Mapping[SectionKey, str]) -> list[str]:
    """Why an answer's citations cannot be trusted; [] when every check passes.

    Checks: citations are numbered 1..n in order, every marker points at one, and every quote occurs in
    the section it names.
    """
    problems = [f"citation {c.n} is numbered out of order" for i, c in enumerate(citations, 1) if c.n != i]
    problems += [f"marker [{n}] points at no citation" for n in out_of_range(text, len(citations))]
    for citation in citations:
        section = sections.get((citation.job, citation.section))
        if section is None:
            problems.append(f"citation {citation.n}: {citation.job} has no section {citation.section!r}")
        elif not quote_in_section(citation.text, section):
            problems.append(f"citation {citation.n}: the quote is not in {citation.job} — {citation.section}")
    return problems


def keep_citations(
    text: str, citations: list[Citation], keep: Callable[[Citation], bool]
) -> tuple[str, list[Citation]]:
    """Drop citations that fail keep and markers that point nowhere, renumbering the rest 1..n in order."""
    mapping: dict[int, int] = {}
    kept: list[Citation] = []
    for citation in citations:
        if keep(citation):
            kept.append(citation.model_copy(update={"n": len(kept) + 1}))
            mapping[citation.n] = len(kept)
    return rewrite_markers(text, mapping), kept


class Ledger:
    """Numbers passages as an answer cites them; a quote not found in its section is never numbered."""

    def __init__(self, section_text: Callable[[str, str], str | None]) -> None:
        self.section_text = section_text  # (job, heading) -> the section's text, or None
        self.citations: list[Citation] = []

    def cite(self, job: str, section: str, source: str, quote: str) -> int | None:
        """The number of this passage (the same number for the same passage), or None if the quote fails."""
        text = self.section_text(job, section)
        if text is None or not quote_in_section(quote, text):
            return None
        for citation in self.citations:
            if (citation.job, citation.section, citation.text) == (job, section, quote):
                return citation.n
        n = len(self.citations) + 1
        self.citations.append(Citation(n=n, job=job, section=section, source=source, text=quote))
        return n


class MarkerStream:
    """Passes streamed text on while renumbering its markers by first use; markers pointing nowhere are dropped.

    With 3 passages, feeding "a [3", "] b [7] c [3, 1]" gives "a [1]", " b  c [1, 2]"; mapping {3: 1, 1: 2}.
    """

    def __init__(self, count: int) -> None:
        self.count = count  # passages 1..count exist
        self.mapping: dict[int, int] = {}  # passage number -> citation number, in order of first use
        self.pending = ""  # held back: it may be the start of a marker

    def feed(self, piece: str) -> str:
        """The text that can be shown now."""
        self.pending += piece
        shown: list[str] = []
        while (at := self.pending.find("[")) >= 0:
            shown.append(self.pending[:at])
            self.pending = self.pending[at:]
            match = MARKER.match(self.pending)
            if match:
                shown.append(self.convert(match))
                self.pending = self.pending[match.end() :]
            elif PARTIAL_MARKER.fullmatch(self.pending):
                return "".join(shown)
            else:
                shown.append("[")
                self.pending = self.pending[1:]
        shown.append(self.pending)
        self.pending = ""
        return "".join(shown)

    def flush(self) -> str:
        """Whatever was held back, at the end of the stream."""
        rest, self.pending = self.pending, ""
        return rest

    def convert(self, match: re.Match[str]) -> str:
        numbers = [int(n) for n in match.group(1).split(",") if 1 <= int(n) <= self.count]
        for n in numbers:
            self.mapping.setdefault(n, len(self.mapping) + 1)
        kept = dict.fromkeys(self.mapping[n] for n in numbers)
        return "[" + ", ".join(str(n) for n in kept) + "]" if kept else ""
