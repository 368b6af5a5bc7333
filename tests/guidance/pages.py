"""The job pages read straight from their files, independently of the index: a citation's quote is checked
against the text the page file really has under that heading, not against what the index stored."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from chatbot import Citation
from tests.conftest import HEADINGS, JOBTAG, ONET, SEEDS

FOLDERS = (SEEDS, ONET, JOBTAG)
KNOWN = frozenset(HEADINGS)
ZONE = re.compile(r"^Job Zone (One|Two|Three|Four|Five)\b", re.MULTILINE)
ZONES = {"One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5}


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces (quotes may span a wrapped line)."""
    return " ".join(text.split())


@cache
def page_file(source: str) -> Path:
    """The file a citation's source names, in the seeds or the corpora."""
    return next(folder / source for folder in FOLDERS if (folder / source).is_file())


@cache
def read_page(source: str) -> tuple[str, dict[str, tuple[str, ...]]]:
    """A page's title line and the text under each heading (a heading may occur more than once)."""
    lines = page_file(source).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip())
    sections: dict[str, list[list[str]]] = {}
    current: list[str] | None = None
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.strip() in KNOWN and not lines[i - 1].strip():
            current = []
            sections.setdefault(line.strip(), []).append(current)
        elif current is not None:
            current.append(line)
    texts = {heading: tuple("\n".join(part) for part in parts) for heading, parts in sections.items()}
    return lines[start].strip(), texts


def on_page(citation: Citation) -> bool:
    """Whether the citation's quote is in its job's page file, under the heading it names."""
    title, sections = read_page(citation.source)
    quote = squash(citation.text)
    return title == citation.job and bool(quote) and any(quote in squash(t) for t in sections.get(citation.section, ()))


def section_text(source: str, heading: str) -> str:
    """All the text a page has under one heading ("" when it has none)."""
    return "\n".join(read_page(source)[1].get(heading, ()))


def job_zone(source: str) -> int | None:
    """The job zone a page states (O*NET pages), None when it states none."""
    found = ZONE.search(section_text(source, "Job Zone"))
    return ZONES[found.group(1)] if found else None


def career_steps(source: str) -> list[str]:
    """The steps of a page's career path line ("A → B → C")."""
    line = next(ln for ln in section_text(source, "Career Path").splitlines() if "→" in ln)
    return [step.strip() for step in line.split("→")]
