"""What each job's page says in numbers: interests (RIASEC), scored skills and knowledge, job zone, education,
related jobs, career-path steps and qualifications, each kept with the page line it was read from.

O*NET pages score interests 1-7 and skills 1-5 ("Critical Thinking (4.12)"); jobtag pages score both 1-5
("社会的 (4.08)"); the seeds score nothing (their aptitudes and skills are words, not numbers). Reading the pages
again here, rather than storing numbers in the index, keeps one source of truth: a quote shown as a reason is a
line of the page the number came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from chatbot.index import Library
from chatbot.text import is_japanese, term_set

RIASEC = "RIASEC"
INTEREST_NAMES = {
    "Realistic": "R", "Investigative": "I", "Artistic": "A", "Social": "S", "Enterprising": "E", "Conventional": "C",
    "現実的": "R", "研究的": "I", "芸術的": "A", "社会的": "S", "企業的": "E", "慣習的": "C",
}  # fmt: skip
SCORED = re.compile(r"([^/\n]+?)\s*\((\d+(?:\.\d+)?)\)")  # "Critical Thinking (4.12)"
SHARE = re.compile(r"([^/\n•]+?):?\s+(\d+(?:\.\d+)?)%")  # "Master's Degree: 81.1%", "大卒 43.1%"
ZONE = re.compile(r"Job Zone (One|Two|Three|Four|Five)\b[^\n]*")
ZONES = {"One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5}
# Education categories by how much schooling they mean, as a job zone (1-5) would: O*NET's and jobtag's.
SCHOOLING = [
    (re.compile(r"^Less than a High School|^高卒未満"), 1),
    (re.compile(r"^High School|^高卒"), 2),
    (re.compile(r"^Post-Secondary Certificate|^Some College|^Associate|^専門学校卒|^短大卒|^高専卒"), 3),
    (re.compile(r"^Bachelor|^大卒"), 4),
    (
        re.compile(
            r"^Post-Baccalaureate|^Master|^Post-Master|^First Professional|^Doctoral|^Post-Doctoral|^修士|^博士"
        ),
        5,
    ),
]
# The same categories in their full order (O*NET's 12 education levels; jobtag's), to tell which needs more.
RANKS = [
    ("Less than a High School", 1), ("High School", 2), ("Post-Secondary Certificate", 3), ("Some College", 4),
    ("Associate", 5), ("Bachelor", 6), ("Post-Baccalaureate", 7), ("Master", 8), ("Post-Master", 9),
    ("First Professional", 10), ("Doctoral", 11), ("Post-Doctoral", 12),
    ("高卒未満", 1), ("高卒", 2), ("専門学校卒", 3), ("短大卒", 5), ("高専卒", 5), ("大卒", 6), ("修士", 8),
    ("博士", 11),
]  # fmt: skip
INTEREST_SCALES = {"en": 7.0, "ja": 5.0}  # O*NET occupational interest scores run 1-7, jobtag's 1-5


@dataclass(frozen=True)
class Line:
    """A claim's source: the job, the section heading and the exact text on the page."""

    job: str
    section: str
    quote: str


@dataclass
class Scored:
    """One scored item of a section ("Critical Thinking", 4.12) and the page text that gives it."""

    name: str
    score: float
    line: Line


@dataclass
class JobProfile:
    """The numbers of one job's page (empty where the page has none)."""

    title: str
    lang: str
    interests: dict[str, Scored] = field(default_factory=dict)  # "R".."C" -> score scaled to 0..1
    skills: dict[str, Scored] = field(default_factory=dict)
    knowledge: dict[str, Scored] = field(default_factory=dict)
    zone: Scored | None = None  # the job zone (1-5), or the schooling most of its workers have, as a zone
    education: list[Scored] = field(default_factory=list)  # categories and their shares, as the page lists them
    related: list[Line] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    path: Line | None = None  # the career path line the steps come from
    qualifications: list[Line] = field(default_factory=list)
    identity: list[Line] = field(default_factory=list)  # description sentences and tasks: what the work is
    tasks: list[Line] = field(default_factory=list)  # the tasks alone, most important first (as pages list them)
    entry: list[Line] = field(default_factory=list)  # how people get in: the career path's first sentences, or
    # the education and training lines of the job zone

    @property
    def scored(self) -> bool:
        """Whether the page scores interests (O*NET, jobtag) rather than describing them in words (the seeds)."""
        return bool(self.interests)

    def most_schooling(self) -> Scored | None:
        """The education category most of the job's workers have ("わからない", don't know, is no schooling)."""
        known = [item for item in self.education if schooling_rank(item) > 0]
        return max(known, key=lambda item: item.score, default=None)


def profile(library: Library, title: str) -> JobProfile:
    """Read one job's profile from its page."""
    text = lambda key: library.text(title, library.headings.text(key)) or ""  # noqa: E731
    heading = library.headings.text
    lang = "ja" if is_japanese(title) else "en"
    job = JobProfile(title=title, lang=lang)
    job.interests = interests(title, heading("interests"), text("interests"), lang)
    job.skills = {s.name: s for s in scored(title, heading("required_skills"), text("required_skills"))}
    job.knowledge = {s.name: s for s in scored(title, heading("knowledge"), text("knowledge"))}
    job.education = shares(title, heading("education"), text("education"))
    job.zone = zone(title, heading("job_zone"), text("job_zone")) or schooling_zone(job.most_schooling())
    job.related = [Line(title, heading("related_jobs"), item) for item in items(text("related_jobs"))]
    job.qualifications = [
        Line(title, heading("related_qualifications"), q) for q in items(text("related_qualifications"))
    ]
    section = library.section(title, heading("career_path"))
    if section is not None and section.steps:
        job.steps = section.steps
        job.path = Line(title, section.heading, next(ln for ln in section.text.splitlines() if "→" in ln).strip())
    job.identity = identity_lines(library, title)
    job.tasks = [line for line in job.identity if line.section == library.headings.text("tasks")]
    job.entry = entry_lines(library, title)
    return job


def interests(title: str, heading: str, text: str, lang: str) -> dict[str, Scored]:
    """The six interest scores, scaled to 0..1: "Scores (1-7): Social (5.81) / ..." or "社会的 (4.08) / ..."."""
    top = INTEREST_SCALES[lang]
    found = {}
    for m in SCORED.finditer(text):  # the first item follows "Scores (1-7):" on the same line: it counts too
        name = m.group(1).strip(" /").removeprefix("Scores (1-7):").strip()
        code = INTEREST_NAMES.get(name)
        if code:
            quote = f"{name} ({m.group(2)})"
            found[code] = Scored(code, max(0.0, (float(m.group(2)) - 1) / (top - 1)), Line(title, heading, quote))
    return found


def scored(title: str, heading: str, text: str) -> list[Scored]:
    """The "Name (score)" items of a section, each with its exact text as the quote."""
    return [
        Scored(m.group(1).strip(" /"), float(m.group(2)), Line(title, heading, m.group(0).strip(" /")))
        for m in SCORED.finditer(text)
        if not m.group(1).strip().startswith("Scores")
    ]


def shares(title: str, heading: str, text: str) -> list[Scored]:
    """The "Category: 12.3%" items of an education section."""
    return [
        Scored(m.group(1).strip(" /•"), float(m.group(2)), Line(title, heading, m.group(0).strip(" /•")))
        for m in SHARE.finditer(text)
    ]


def zone(title: str, heading: str, text: str) -> Scored | None:
    """The job zone line: "Job Zone Four: Considerable Preparation Needed" -> 4."""
    found = ZONE.search(text)
    return Scored(found.group(0), ZONES[found.group(1)], Line(title, heading, found.group(0))) if found else None


def schooling_rank(category: Scored | None) -> int:
    """Where an education category stands in the full order (0: unknown, "わからない")."""
    if category is None:
        return 0
    return next((rank for prefix, rank in RANKS if category.name.startswith(prefix)), 0)


def schooling_zone(category: Scored | None) -> Scored | None:
    """The job zone an education category stands for ("大卒" -> 4), for pages without a job zone (jobtag)."""
    if category is None:
        return None
    level = next((zone for pattern, zone in SCHOOLING if pattern.search(category.name)), None)
    return Scored(category.name, level, category.line) if level else None


def items(text: str) -> list[str]:
    """The bullet items of a section ("  • Emergency Medicine Physicians")."""
    return [line.strip().lstrip("•").strip() for line in text.splitlines() if line.strip().startswith("•")]


def entry_lines(library: Library, title: str) -> list[Line]:
    """How people get into the job, as its page says: the first sentences of a career path written as prose
    (jobtag), else the "Education:" and "Job Training:" lines of its job zone (O*NET)."""
    path = library.headings.text("career_path")
    text = library.text(title, path) or ""
    if "→" not in text and text.strip():
        return [Line(title, path, s.strip()) for s in re.split(r"(?<=[。.])\s*", text) if s.strip()][:2]
    zone_heading = library.headings.text("job_zone")
    lines = (library.text(title, zone_heading) or "").splitlines()
    return [Line(title, zone_heading, ln.strip()) for ln in lines if ln.startswith(("Education:", "Job Training:"))]


def identity_lines(library: Library, title: str) -> list[Line]:
    """What the work is, line by line: the description's sentences, then the tasks."""
    lines = []
    for key in ("summary", "description", "tasks"):
        heading = library.headings.text(key)
        text = library.text(title, heading) or ""
        parts = items(text) if key == "tasks" else [s for s in re.split(r"(?<=[.。])\s*", text) if s.strip()]
        lines += [Line(title, heading, part.strip()) for part in parts if len(part.strip()) > 8]
    return lines


class Profiles:
    """Every job's profile, read from the pages on first use and kept for this index version."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._profiles: dict[str, JobProfile] = {}

    def get(self, title: str) -> JobProfile:
        """One job's profile (read once)."""
        if title not in self._profiles:
            self._profiles[title] = profile(self.library, title)
        return self._profiles[title]

    def titles(self, lang: str) -> list[str]:
        """The jobs whose pages are in this language (English: O*NET and the seeds; Japanese: jobtag)."""
        return [title for title in self.library.jobs if (is_japanese(title) == (lang == "ja"))]

    def warm(self) -> None:
        """Read every profile now (what the first matching request would otherwise wait for)."""
        for title in self.library.jobs:
            self.get(title)
        _ = self.linked

    def read_lines(self) -> None:
        """The words of every job's work lines, by which a suggestion picks the lines it quotes: 34,000 lines, 2.8 s,
        read at the warm-up; a first request for Japanese jobs had waited some 45 ms for its five jobs' lines to be
        read by MeCab. (Read in the background instead, they slowed the first questions after the warm-up: question
        p95 28 -> 70 ms in bench/ab.py.)"""
        for title in self.library.jobs:
            for line in self.get(title).identity:
                term_set(line.quote)

    @cached_property
    def linked(self) -> dict[str, frozenset[str]]:
        """Each job's related jobs, both ways: a page that lists a job relates the two (O*NET, the seeds)."""
        found: dict[str, set[str]] = {}
        for title in self.library.jobs:
            for line in self.get(title).related:
                found.setdefault(title, set()).add(line.quote)
                found.setdefault(line.quote, set()).add(title)
        return {title: frozenset(jobs) for title, jobs in found.items()}
