"""Hits -> an answer that quotes the best-matching sections, each with a numbered citation."""

from __future__ import annotations

from chatbot.models import Answer, Citation, Retrieval

MIN_SCORE = 0.2


def compose(question: str, retrieval: Retrieval) -> Answer:
    """Quote the retrieved sections in rank order; refuse when nothing matches well enough."""
    hits = [hit for hit in retrieval.hits if hit.score >= MIN_SCORE]
    if not hits:
        return Answer(
            answer="I could not find this in my job pages, so I cannot answer it.",
            answered=False,
            question=question,
            standalone_question=retrieval.query,
            intent=retrieval.intent,
        )
    citations = [
        Citation(n=n, job=hit.chunk.job, section=hit.chunk.section, source=hit.chunk.source, text=hit.chunk.text)
        for n, hit in enumerate(hits, start=1)
    ]
    lines = [f"**{c.job} — {c.section}** [{c.n}]: {c.text}" for c in citations]
    return Answer(
        answer="Here is what the job pages say:\n\n" + "\n\n".join(lines),
        answered=True,
        citations=citations,
        jobs=list(dict.fromkeys(c.job for c in citations)),
        question=question,
        standalone_question=retrieval.query,
        intent=retrieval.intent,
        hits=hits,
    )
