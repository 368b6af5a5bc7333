"""Why these sources, for people: what the question was read as, then each source with why it was chosen."""

from __future__ import annotations

import re
from collections import Counter

import streamlit as st

from chatbot import Answer, Citation


def render_why(answer: Answer) -> None:
    """Why these sources, for people: what the question was read as, then each source with why it was chosen (the
    job named, the topic asked, the words it shares); the scores and files behind a toggle."""
    with st.expander("Why these sources"):
        read_as = f"Read as (spelling corrected): {answer.read_as}\n" if answer.read_as else ""
        st.text(
            f"{read_as}Searched for: {answer.standalone_question or answer.question}\n"
            f"Intent: {answer.intent or 'not recognised'}\n"
            f"Jobs: {', '.join(answer.jobs) or 'none recognised'}"
        )
        st.text("\n".join(why_lines(answer)))
        rows = [
            {
                "job": h.chunk.job,
                "section": h.chunk.section,
                "part": h.chunk.part + 1,
                "score": h.score,
                "dense": h.dense,
                "lexical": h.lexical,
                "file": h.chunk.source,
            }
            for h in answer.hits
        ]
        if rows and st.toggle("Show scores and files", key=f"scores-{id(answer)}"):
            st.dataframe(rows, hide_index=True)


def why_lines(answer: Answer) -> list[str]:
    """One line per source: "[1] Ward Mayor — Career Path (the job you asked about; answers what you asked:
    become)"; parts of one long section are told apart ("part 2")."""
    asked = set(WORD.findall(answer.question.casefold()))
    totals = Counter((c.job, c.section) for c in answer.citations)
    seen: Counter[tuple[str, str]] = Counter()
    lines = []
    for citation in answer.citations:
        key = (citation.job, citation.section)
        seen[key] += 1
        part = f" (part {seen[key]})" if totals[key] > 1 else ""
        lines.append(f"[{citation.n}] {citation.job} — {citation.section}{part} ({reasons(answer, citation, asked)})")
    return lines


def reasons(answer: Answer, citation: Citation, asked: set[str]) -> str:
    """Why a source was chosen, in words."""
    why = ["the job you asked about"] if citation.job in answer.about else []
    if answer.intent is not None:
        why.append(f"answers what you asked: {answer.intent.value.replace('_', ' ')}")
    shared = sorted((asked & set(WORD.findall(citation.text.casefold()))) - COMMON)[:4]
    if shared:
        why.append("shares the words " + ", ".join(shared))
    return "; ".join(why) or "retrieved for your question"


WORD = re.compile(r"[a-z]{4,}|[\u3040-\u30ff\u4e00-\u9fff]{2,}")
COMMON = frozenset(
    [
        "what",
        "with",
        "that",
        "this",
        "does",
        "have",
        "from",
        "they",
        "their",
        "about",
        "which",
        "would",
        "could",
        "should",
        "need",
    ]
)
