"""Jobs side by side: one row per topic, one cited cell per job, as a Comparison and a markdown table."""

from __future__ import annotations

from chatbot.answer._blocks import lead, one_line, span
from chatbot.answer._citations import Ledger
from chatbot.answer._phrases import heading_label, join_names, say
from chatbot.index import Library
from chatbot.models import Comparison, ComparisonRow, Intent, Lang, Section
from chatbot.text import squash_spaces

# Topics compared, top to bottom; each row takes the first heading of the topic that a job's page has.
ROW_TOPICS = [
    Intent.WORK,
    Intent.BECOME,
    Intent.QUALIFICATIONS,
    Intent.SKILLS,
    Intent.OUTLOOK,
    Intent.WORK_STYLE,
    Intent.PERSONALITY,
]
# A comparison on one topic also shows the topics that decide it: becoming one includes its qualifications. A topic
# several sections answer gets a row for each of its first ones: "which is more of a people job?" is told by the
# Interests as much as the Personality Traits, "which lets you work at your own pace?" by the Work Values; "do both
# use AutoCAD?" by the Technology Skills after the Required Skills (tuning compare turns that cited one section of
# the topic and missed the one the writer listed)
TOPIC_ROWS: dict[Intent, list[Intent]] = {
    Intent.BECOME: [Intent.BECOME, Intent.QUALIFICATIONS],
    Intent.PERSONALITY: [Intent.PERSONALITY] * 3,
    Intent.WORK_STYLE: [Intent.WORK_STYLE] * 2,
    Intent.SKILLS: [Intent.SKILLS] * 2,
}
# The work row reads Description before Summary: side by side, "what is the difference?" is answered by what each
# does, which the Description says and a jobtag Summary only names (18 of 18 such tuning turns list Description,
# 15 Summary).
ROW_KEYS = {Intent.WORK: ("description", "summary", "tasks", "work_activities")}
CELL_ITEMS = 5
CELL_CHARS = {"en": 200, "ja": 100}


def compare(
    library: Library,
    ledger: Ledger,
    jobs: list[str],
    lang: Lang,
    topic: Intent | None = None,
    headings: list[str] | None = None,
) -> tuple[Comparison, str]:
    """The comparison of these jobs and its markdown (intro line and table); every filled cell is cited.

    Args:
        topic: compare on this only ("which of the two needs more schooling?": BECOME), else on every topic.
        headings: sections the question's words point at ("schooling": Education), compared first as rows of
            their own.
    """
    # (not where the words point at one other part of the way in: "which takes longer to learn once you're hired?";
    # "which takes more training?" points at every kind of training and is still answered by schooling first)
    schooling = {library.headings.text(key) for key in ("education", "job_zone")}
    asked = headings or []
    other_part = len(asked) == 1 and not schooling & set(asked)
    verdict = preparation_verdict(library, ledger, jobs, lang) if topic is Intent.BECOME and not other_part else None
    used: set[tuple[str, str]] = set()  # (job, heading) already in a row: no section fills two rows
    rows = [row for heading in headings or [] if (row := heading_row(library, ledger, jobs, heading, used, lang))]
    topics = TOPIC_ROWS.get(topic, [topic]) if topic is not None else ROW_TOPICS
    rows += [row for topic in topics if (row := topic_row(library, ledger, jobs, topic, used, lang))]
    comparison = Comparison(jobs=jobs, rows=rows)
    intro = say("side_by_side", lang, jobs=join_names([f"**{job}**" for job in jobs], lang))
    intro = f"{verdict}\n\n{intro}" if verdict else intro
    return comparison, intro + "\n\n" + table(comparison, lang, library)


ZONE_WORDS = {"One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5}


def preparation_verdict(library: Library, ledger: Ledger, jobs: list[str], lang: Lang) -> str | None:
    """The answer to "which needs more schooling?" first, when every page states its Job Zone: the job with the
    highest zone, each zone line cited ("Pharmacists need more preparation: Job Zone Five ... [1], against Job Zone
    Three ... [2]"); None when a page states none (the table then speaks alone)."""
    heading = library.headings.text("job_zone")
    zones = []
    for job in jobs:
        line = (library.text(job, heading) or "").split("\n", 1)[0].strip()
        word = line.removeprefix("Job Zone ").split(":", 1)[0]
        n = ledger.cite(job, heading, library.source(job), line) if word in ZONE_WORDS else None
        if n is None:
            return None
        zones.append((ZONE_WORDS[word], job, f"{line} [{n}]"))
    ranked = sorted(zones, key=lambda zone: -zone[0])
    if ranked[0][0] == ranked[-1][0]:
        return say(
            "same_zone",
            lang,
            jobs=join_names([f"**{job}**" for _, job, _ in zones], lang),
            zones=join_names([line for _, _, line in zones], lang),
        )
    others = join_names([f"{line} ({job})" for _, job, line in ranked[1:]], lang)
    return say("more_zone", lang, job=f"**{ranked[0][1]}**", zone=ranked[0][2], others=others)


def topic_row(
    library: Library, ledger: Ledger, jobs: list[str], topic: Intent, used: set[tuple[str, str]], lang: Lang
) -> ComparisonRow | None:
    """A row for one topic, named after the heading most of the jobs have; None when no job's page covers it."""
    keys = ROW_KEYS.get(topic)
    order = library.headings.texts_of(keys) if keys else library.headings.for_intent(topic)
    chosen = [next((h for h in library.first(job, order, 99) if (job, h) not in used), None) for job in jobs]
    found = [heading for heading in chosen if heading]
    if not found:
        return None
    heading = max(found, key=found.count)
    cells = []
    for job, own in zip(jobs, chosen, strict=True):
        text = cell(library, ledger, job, own, lang) if own else None
        if own and text:
            used.add((job, own))
        prefix = f"*{heading_label(own, lang, library.headings)}:* " if own and own != heading and text else ""
        cells.append(prefix + text if text else say("absent", lang))
    return ComparisonRow(section=heading, cells=cells)


def heading_row(
    library: Library, ledger: Ledger, jobs: list[str], heading: str, used: set[tuple[str, str]], lang: Lang
) -> ComparisonRow | None:
    """A row for one section; None unless at least two of the jobs' pages have it."""
    if sum(library.has(job, heading) for job in jobs) < 2:
        return None
    cells = []
    for job in jobs:
        text = cell(library, ledger, job, heading, lang)
        if text:
            used.add((job, heading))
        cells.append(text or say("absent", lang))
    return ComparisonRow(section=heading, cells=cells)


def cell(library: Library, ledger: Ledger, job: str, heading: str, lang: Lang) -> str | None:
    """A short cited cell: steps joined by arrows, the first items, or the first sentence."""
    section = library.section(job, heading)
    if section is None:
        return None
    quote, text = cell_content(section, lang)
    n = ledger.cite(job, heading, library.source(job), quote) if quote else None
    return f"{text} [{n}]" if n is not None else None


def cell_content(section: Section, lang: Lang) -> tuple[str | None, str]:
    """The quote a cell rests on and the cell's text."""
    if section.steps:
        return span(section.text, section.steps), " → ".join(section.steps)
    names = [row.item for row in section.rows] or section.items
    if names:
        shown = names[:CELL_ITEMS]
        more = "…" if len(names) > len(shown) else ""
        return span(section.text, shown), (" / " if lang == "ja" else ", ").join(shown) + more
    quote = lead(section.text, CELL_CHARS[lang])
    return quote, one_line(quote)


def table(comparison: Comparison, lang: Lang, library: Library) -> str:
    """The comparison as a markdown table, sections as rows."""
    header = [say("section", lang), *comparison.jobs]
    lines = [row_line(header), row_line(["---"] * len(header))]
    lines += [row_line([heading_label(row.section, lang, library.headings), *row.cells]) for row in comparison.rows]
    return "\n".join(lines)


def row_line(cells: list[str]) -> str:
    """One markdown table line; pipes and line breaks inside cells are escaped."""
    return "| " + " | ".join(squash_spaces(c).replace("|", "\\|") for c in cells) + " |"
