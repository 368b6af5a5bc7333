"""The gap answer: a table of what carries over and what is missing from one job to another, every cell cited,
then the next steps the target's page supports."""

from __future__ import annotations

from collections.abc import Callable

from chatbot.answer._citations import Ledger
from chatbot.answer._make import make_answer
from chatbot.guidance import Gap, GapRow, Line, Scored
from chatbot.index import Library
from chatbot.models import Answer, CareerRoute, GapTable, Intent, Lang, Question, Reason
from chatbot.models import GapRow as GapCell

# What the last sentence asks for is shown (and cited) first: "…might move up to running a grounds crew. What skills
# matter most for that?" leads with the skills needed more, not with the schooling.
ASKED_FIRST: dict[Intent, tuple[str, ...]] = {
    Intent.SKILLS: ("more", "not_listed"),
    Intent.BECOME: ("schooling", "preparation"),
}
Then = Callable[[Ledger], tuple[list[str], list[CareerRoute]]]  # cited after the table: its text, its routes
MAX_CARRIED = 6  # rows of what carries over shown in the text (the table in Answer.gap has them all)
LABELS: dict[str, dict[Lang, str]] = {
    "schooling": {"en": "Schooling its workers have", "ja": "働く人の学歴"},
    "preparation": {"en": "Preparation", "ja": "準備の程度"},
    "qualification": {"en": "Qualification its page lists", "ja": "関連資格"},
    "work": {"en": "Work its page lists, not yours", "ja": "今の職業ページにない仕事"},
    "not_listed": {"en": "Not among your job's listed ten", "ja": "今の職業ページの上位10項目にない"},
    "more": {"en": "Needed clearly more", "ja": "より高く求められる"},
    "carries_over": {"en": "Carries over", "ja": "活かせる"},
}
TEXT: dict[str, dict[Lang, str]] = {
    "intro": {
        "en": "From **{source}** to **{target}**, by what the two pages list and score:",
        "ja": "**{source}**から**{target}**へ（2つの職業ページの記載と点数より）：",
    },
    "header": {"en": "| | {source} | {target} |", "ja": "| | {source} | {target} |"},
    "more_rows": {"en": "{count} more carry over: {items}.", "ja": "ほかに活かせる{count}項目：{items}。"},
    "steps": {"en": "Next steps the {target} page supports:", "ja": "{target}のページに書かれている次の一歩："},
    "unscored": {
        "en": "The {job} page scores no skills, so this lists what {target} needs without comparing.",
        "ja": "{job}のページには点数がないため、{target}に必要なものを比較せずに挙げています。",
    },
}


def gap_answer(question: Question, gap: Gap, library: Library, then: Then | None = None) -> Answer:
    """The gap table as text and as Answer.gap; then, what follows it cited in the same numbering (the routes there,
    chatbot.answer._routes.routed)."""
    lang = question.lang
    ledger = Ledger(library.text)
    shown = [row for row in gap.rows if row.kind != "carries_over"] + [r for r in gap.rows if r.kind == "carries_over"]
    if library.headings.text("related_qualifications") in question.hinted:  # "なるには何の資格がいる": those first
        shown = sorted(shown, key=lambda row: row.kind != "qualification")
    first = ASKED_FIRST.get(question.asked_last, ()) if question.asked_last else ()
    shown = sorted(shown, key=lambda row: row.kind not in first)
    rows = [cell(row, ledger, library) for row in shown]  # numbered in the order the table shows them
    steps = [Reason(kind="step", text=line.quote, cites=cite(ledger, library, [line])) for line in gap.steps]
    table = GapTable(source=gap.source, target=gap.target, rows=rows, next_steps=steps)
    parts = [TEXT["intro"][lang].format(source=gap.source, target=gap.target), markdown(table, lang)]
    if not gap.compared:
        parts.insert(1, TEXT["unscored"][lang].format(job=gap.source, target=gap.target))
    if steps:
        parts.append(TEXT["steps"][lang].format(target=gap.target))
        parts.append("\n".join(f"- {step.text} {marks(step.cites)}" for step in steps))
    more, routes = then(ledger) if then else ([], [])
    answer = make_answer(question, "\n\n".join([*parts, *more]), answered=bool(rows or steps), ledger=ledger)
    # the job wanted first, then the person's own: "その二つ…" compares both, "今の私みたいな…のほう" returns to it
    return answer.model_copy(update={"gap": table, "routes": routes, "about": [gap.target, gap.source]})


def cell(row: GapRow, ledger: Ledger, library: Library) -> GapCell:
    """One row with its page lines cited: the source's and the target's. An education category is named short
    ("Post-Secondary Certificate") and shown short in the person's cell ("…: 16%"); the cell of the job wanted
    quotes its page's line whole, what the category covers and the share, as the page says it."""
    have, need = said(row.have), (row.need.line.quote if row.need else None) or row.item
    item = short(row.item) if shares(row.need) or shares(row.have) else row.item
    return GapCell(kind=row.kind, item=item, have=have, need=need, cites=cite(ledger, library, row.lines))  # type: ignore[arg-type]


def said(item: Scored | None) -> str | None:
    """How the person's cell shows an item: its page text, an education category shortened to its name and share
    ("Post-Secondary Certificate: 22.5%"; the citation quotes the whole line)."""
    if item is None:
        return None
    return f"{short(item.name)}: {item.score:g}%" if shares(item) else item.line.quote


def shares(item: Scored | None) -> bool:
    """Whether an item is an education category with its share and a long name ("… - awarded for …: 22.5%")."""
    return item is not None and item.line.quote.endswith("%") and " - " in item.name


def short(name: str) -> str:
    """An education category's name without what it covers: "Post-Secondary Certificate - awarded for…"."""
    return name.split(" - ")[0]


def cite(ledger: Ledger, library: Library, lines: list[Line]) -> list[int]:
    """The citation numbers of page lines (one that fails its check is left out)."""
    numbers = [ledger.cite(line.job, line.section, library.source(line.job), line.quote) for line in lines]
    return [n for n in numbers if n is not None]


def markdown(table: GapTable, lang: Lang) -> str:
    """The table: missing rows first, then up to MAX_CARRIED rows that carry over."""
    missing = [row for row in table.rows if row.kind != "carries_over"]
    carried = [row for row in table.rows if row.kind == "carries_over"]
    lines = [TEXT["header"][lang].format(source=table.source, target=table.target), "| --- | --- | --- |"]
    lines += [line(row, lang, table.source) for row in [*missing, *carried[:MAX_CARRIED]]]
    more = carried[MAX_CARRIED:]  # named with their citations: no source is listed that the text does not use
    names = ", ".join(f"{row.item} {marks(row.cites)}" for row in more)
    return "\n".join(lines) + (f"\n\n{TEXT['more_rows'][lang].format(count=len(more), items=names)}" if more else "")


def line(row: GapCell, lang: Lang, source: str) -> str:
    """One table row; each cell carries the marker of its own page's line."""
    mark = {n: f"[{n}]" for n in row.cites}
    source_mark = mark[row.cites[0]] if row.have and row.cites else ""
    target_mark = mark[row.cites[-1]] if row.cites else ""
    have = f"{clean(row.have)} {source_mark}".strip() if row.have else "—"
    need = f"{clean(row.need or '')} {target_mark}".strip()
    return f"| {LABELS[row.kind][lang]}: {clean(row.item)} | {have} | {need} |"


def clean(text: str) -> str:
    """A cell's text without the characters that would break a markdown table row."""
    return text.replace("|", "/").replace("\n", " ")


def marks(numbers: list[int]) -> str:
    """ "[1] [2]" for the numbers."""
    return " ".join(f"[{n}]" for n in numbers)
