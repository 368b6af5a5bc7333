"""An answer's numbered sources. The latest answer's: a box per source (its quote as plain text and "Wrong source"),
or, when it cites many (a job list, a comparison), a box per job; an earlier answer's: one box.

Every element is sent and redrawn at every run of the page, and the browser's redraw is what a turn waits for: a box
per source is four elements, so a job list of 5 jobs citing 29 lines was 145 elements. Grouped per job it is 10.
"""

from __future__ import annotations

import re

import streamlit as st

from chatbot import Answer, Chatbot, Citation, Store
from chatbot.ui._history import give
from chatbot.ui._markdown import escape_markdown
from chatbot.ui._why import why_lines

OLDER = "From an older version of this page: the quote as it was when answered."
MANY = 8  # more sources than this are shown a box per job; "Tell us more" still marks any one of them wrong


def render_citations(answer: Answer, bot: Chatbot | None, store: Store | None, who: str, turn: int) -> None:
    """The latest answer's sources: a box each, or a box per job when there are more than MANY."""
    if len(answer.citations) > MANY:
        render_by_job(answer, bot)
        return
    for citation in answer.citations:
        with st.expander(escape_markdown(f"[{citation.n}] {citation.job} — {citation.section}")):
            st.caption(escape_markdown(f"{citation.job} · {citation.section} · {citation.source}"))
            if bot and not bot.is_current(citation):  # never re-pointed at the page's new text
                st.caption(OLDER)
            st.text(listed(citation.text))
            if store is not None:
                key = f"wrong-{st.session_state.get('conversation_id')}-{turn}-{citation.n}"
                st.button(
                    "Wrong source", key=key, on_click=give, args=(store, who, turn + 1, "wrong_source", citation.n)
                )


def render_by_job(answer: Answer, bot: Chatbot | None) -> None:
    """A box per job, its sources in one plain text: "[1] Tasks · 003.txt", then the quote."""
    jobs: dict[str, list[Citation]] = {}
    for citation in answer.citations:
        jobs.setdefault(citation.job, []).append(citation)
    for job, citations in jobs.items():
        numbers = " ".join(f"[{citation.n}]" for citation in citations)
        with st.expander(escape_markdown(f"Sources on {job}: {numbers}")):
            quotes = [f"[{c.n}] {c.section} · {c.source}{older(c, bot)}\n{listed(c.text)}" for c in citations]
            st.text("\n\n".join(quotes))


def render_sources(answer: Answer, bot: Chatbot | None) -> None:
    """An earlier answer's sources in one box of plain text (one element, not two per source: each element is
    redrawn at every turn): each with its job, section, file and quote, then why it was chosen."""
    if not answer.citations:
        return
    sources = [f"[{c.n}] {c.job} — {c.section} · {c.source}{older(c, bot)}\n{listed(c.text)}" for c in answer.citations]
    with st.expander(f"Sources ({len(answer.citations)})"):
        st.text("\n\n".join(sources) + "\n\n" + "\n".join(why_lines(answer)))


def older(citation: Citation, bot: Chatbot | None) -> str:
    """The OLDER note (after " · ") when the quote is from an older version of its page, else ""."""
    return f" · {OLDER}" if bot is not None and not bot.is_current(citation) else ""


def listed(quote: str) -> str:
    """A quoted list one item per line with a bullet ("A (4.0) / B (3.5)" or "• A • B"); other text as it is."""
    items = [item.strip() for item in re.split(r" / |\s*•\s*", quote) if item.strip()]
    return "\n".join(f"• {item}" for item in items) if len(items) > 2 else quote
