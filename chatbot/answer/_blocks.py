"""Sections -> readable answer blocks: steps as a numbered list, items as a sentence, prose as a quote, all cited."""

from __future__ import annotations

import re

from chatbot.answer._citations import Ledger
from chatbot.answer._phrases import heading_label, say
from chatbot.index import Library
from chatbot.models import AptitudeRow, Chunk, Lang, Section
from chatbot.text import squash_spaces

MAX_ITEMS = 8
MAX_ROWS = 6
LONG_ITEM = 60  # items longer than this read better as a bulleted list than as one sentence
PROSE_CHARS = {"en": 320, "ja": 180}
AFTER_JAPANESE_STOP = re.compile(r"(?<=[。、！？」』）])\s+")
CITE = "\x00cite\x00"  # where a block's citation marker goes once the quote is numbered
# A sentence ends after . ! ? followed by a space, or right after 。！？.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|(?<=[。！？])")


def one_line(text: str) -> str:
    """Prose on one line: whitespace collapsed, and none left after Japanese punctuation ("。\n　次" -> "。次"); a
    line that ends without punctuation gets a full stop before the next ("... Preparation Needed\nExperience:" ->
    "... Preparation Needed. Experience:"), so two fields do not run together."""
    return AFTER_JAPANESE_STOP.sub("", squash_spaces(UNENDED_LINE.sub(". ", text.strip())))


UNENDED_LINE = re.compile(r"(?<=[A-Za-z0-9)])[ \t]*\n+(?=\s*[A-Z])")


def span(text: str, pieces: list[str]) -> str | None:
    """The stretch of text from the first piece to the end of the last, finding them in order; None if one is missing.

    span("A / B / C", ["A", "B"]) -> "A / B"
    """
    start = end = -1
    for piece in pieces:
        at = text.find(piece, max(end, 0))
        if at < 0:
            return None
        start = at if start < 0 else start
        end = at + len(piece)
    return text[start:end] if start >= 0 else None


def lead(text: str, budget: int) -> str:
    """The first sentences of a text within a character budget, but at least one: the quote for prose.

    lead("One. Two. Three.", 9) -> "One. Two."
    """
    text = text.strip()
    ends = [m.start() for m in SENTENCE_END.finditer(text)] + [len(text)]
    cut = ends[0]
    for end in ends[1:]:
        if end > budget:
            break
        cut = end
    return text[:cut].strip()


def section_block(
    library: Library, ledger: Ledger, job: str, heading: str, lang: Lang, shown: list[str] | None = None
) -> str | None:
    """One section of one job as cited markdown; None when the page lacks it or a quote fails the check.

    Args:
        shown: the quotes of this section earlier answers showed, oldest first: a follow-up ("and then?", "tell me
            more") continues after them, while the section has more to say.
    """
    section = library.section(job, heading)
    if section is None:
        return None
    section = rest_of(section, shown) if shown else section
    quote, block = render(section, heading_label(heading, lang, library.headings), lang)
    n = ledger.cite(job, heading, library.source(job), quote) if quote else None
    return block.replace(CITE, f"[{n}]") if n is not None else None


def has_more(library: Library, job: str, heading: str, shown: list[str] | None) -> bool:
    """Whether a section has something earlier answers did not show (it was not shown, or only in part)."""
    section = library.section(job, heading)
    return section is not None and (not shown or rest_of(section, shown) is not section)


def more_of(library: Library, job: str, headings: list[str], quotes: dict[tuple[str, str], list[str]]) -> list[str]:
    """Those of the job's headings whose sections have something earlier answers (quotes) did not show."""
    return [h for h in dict.fromkeys(headings) if has_more(library, job, h, quotes.get((job, h)))]


def more_listed(library: Library, job: str, headings: list[str], quotes: dict[tuple[str, str], list[str]]) -> list[str]:
    """Those of the job's headings whose sections are lists earlier answers (quotes) showed only in part ("what else
    do they do?" after the first tasks: more tasks; prose is shown whole, or continued only when nothing else is)."""
    listed = [h for h in headings if (section := library.section(job, h)) and section.items and not section.steps]
    return [h for h in more_of(library, job, listed, quotes) if (job, h) in quotes]


def rest_of(section: Section, shown: list[str]) -> Section:
    """The part of a section after what was shown (the whole section when nothing is left after it).

    Prose continues after the last shown sentences; a list continues after every item shown so far (the first
    MAX_ITEMS of what was left, each time it was shown).
    """
    if section.items and not section.steps:
        left = list(section.items)
        for quote in shown:  # a list's quote is all of what was left ("and 6 more" opens in the source): of it, the
            chosen = chosen_items(left)  # items the block showed; a passage's quote is the items it showed
            seen = [item for item in (chosen if all(i in quote for i in chosen) else left) if item in quote]
            left = [item for item in left if item not in seen]
        return section.model_copy(update={"items": left}) if left and len(left) < len(section.items) else section
    last = shown[-1].strip()
    at = section.text.find(last)
    rest = section.text[at + len(last) :] if at >= 0 else ""
    if section.steps or section.rows or not rest.strip():
        return section
    return section.model_copy(update={"text": rest.strip()})


def render(section: Section, label: str, lang: Lang) -> tuple[str | None, str]:
    """The quote a section's block rests on, and the block with CITE where its marker goes."""
    if section.steps:
        return span(section.text, section.steps), steps_block(section.steps, label, lang)
    if section.rows:
        rows = section.rows[:MAX_ROWS]
        pieces = [piece for row in rows for piece in (row.item, row.description)]
        return span(section.text, pieces), rows_block(rows, label, lang)
    if section.items:
        items = chosen_items(section.items)
        shown = [readable(item, section.heading) for item in ordered(items)]
        # The citation quotes the whole list, so "and 2 more" can be opened in its source box
        return span(section.text, section.items), items_block(shown, len(section.items) - len(items), label, lang)
    quote = lead(before_example(section.text), PROSE_CHARS[lang])
    return quote, say("prose", lang, label=label, quote=one_line(quote), cite=CITE)


SHARE = re.compile(r"^(?P<name>.+?):\s*(?P<share>\d+(?:\.\d+)?)%$")
SCORE = re.compile(r"^(?P<name>.+?) \((?P<score>\d+(?:\.\d+)?)\)$")
DEFINITION = re.compile(r"\s+(?:-|–)\s+.*$|\s+\((?:for example|or other)[^)]*\)")
# Score scales by heading: O*NET (and jobtag) rate skills, knowledge, abilities and activities 1-5, interests and
# work values 1-7 (its pages say so on the Interests line); the scale is said with each score.
# Only where the scale is known: O*NET rates skills, knowledge, abilities and work activities 1-5 and interests and
# work values 1-7. Other scored lists, and jobtag's (its Japanese names tell it), keep their bare numbers.
SCALES = {"Interests": 7, "Work Values": 7, "Required Skills": 5, "Knowledge": 5, "Abilities": 5}
SCALES |= {"Work Activities": 5}
EXAMPLE = re.compile(r"\s*For example, [^.]*\.|\s*Examples include [^.]*\.")


def chosen_items(items: list[str]) -> list[str]:
    """The items to show, in page order: the first MAX_ITEMS, or for shares ("Bachelor's Degree: 78.6%") the
    largest MAX_ITEMS."""
    if not all(SHARE.match(item) for item in items):
        return items[:MAX_ITEMS]
    largest = sorted(items, key=lambda item: -share(item))[:MAX_ITEMS]
    return [item for item in items if item in largest]


def ordered(items: list[str]) -> list[str]:
    """Shares largest first; anything else as the page lists it."""
    return sorted(items, key=lambda item: -share(item)) if all(SHARE.match(item) for item in items) else items


def share(item: str) -> float:
    found = SHARE.match(item)
    return float(found.group("share")) if found else 0.0


def readable(item: str, heading: str) -> str:
    """An item as people read it: a share's long category definition cut ("Post-Secondary Certificate - awarded
    for ...: 22.5%" -> "Post-Secondary Certificate: 22.5%"; whole in the citation), a score with its scale
    ("Mathematics (4.25)" -> "Mathematics 4.25 of 5")."""
    if found := SHARE.match(item):
        return f"{DEFINITION.sub('', found.group('name')).rstrip('.: ')}: {found.group('share')}%"
    if found := SCORE.match(item):
        name, score = found.group("name"), found.group("score")
        if not name.isascii():  # jobtag states no scale on its pages (knowledge runs below 1): the bare number
            return item
        return f"{name} {score} of {SCALES[heading]}" if heading in SCALES else item
    return item


def before_example(text: str) -> str:
    """Prose without the generic example a Job Zone text gives ("For example, an accountant must complete four
    years of college ..."): it is about another job, not the one asked. The quote stops before it."""
    found = EXAMPLE.search(text)
    return text[: found.start()].rstrip() if found and found.start() > 0 else text


def steps_block(steps: list[str], label: str, lang: Lang) -> str:
    """A career path as a numbered list under a cited lead sentence."""
    lines = [f"{i}. {step}" for i, step in enumerate(steps, 1)]
    return say("steps", lang, label=label, cite=CITE) + "\n" + "\n".join(lines)


def rows_block(rows: list[AptitudeRow], label: str, lang: Lang) -> str:
    """Aptitude rows as a bulleted list: item in bold, then why."""
    lines = [f"- **{row.item}**: {row.description}" for row in rows]
    return say("rows", lang, label=label, cite=CITE) + "\n" + "\n".join(lines)


def items_block(items: list[str], more: int, label: str, lang: Lang) -> str:
    """Short items as one cited sentence; long ones (tasks) as a bulleted list."""
    extra = say("more", lang, count=more) if more else ""
    if any(len(item) > LONG_ITEM for item in items):
        lines = [f"- {item}" for item in items] + ([f"- …{extra.strip()}"] if extra else [])
        return say("rows", lang, label=label, cite=CITE) + "\n" + "\n".join(lines)
    joined = (" / " if lang == "ja" else ", ").join(items)
    return say("items", lang, label=label, items=joined, more=extra, cite=CITE)


def passage_line(library: Library, ledger: Ledger, chunk: Chunk, lang: Lang) -> str | None:
    """A retrieved chunk as one cited line naming its job and section (for questions about no job in particular)."""
    quote = lead(chunk.text, PROSE_CHARS[lang])
    n = ledger.cite(chunk.job, chunk.section, chunk.source, quote)
    if n is None:
        return None
    label = f"**{chunk.job}** — {heading_label(chunk.section, lang, library.headings)}"
    return say("prose", lang, label=label, quote=one_line(quote), cite=f"[{n}]")
