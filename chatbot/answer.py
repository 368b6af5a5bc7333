"""A resolved turn and its retrieval -> the answer: cited sections, a comparison, or an honest refusal."""

from __future__ import annotations

from chatbot import refuse
from chatbot.citations import Ledger, keep_citations, quote_in_section
from chatbot.compare import compare
from chatbot.compose import passage_block, section_block
from chatbot.dialogue import Conversation, Turn, is_small_talk
from chatbot.intent import INTENT_SECTIONS
from chatbot.language import INTROS, say
from chatbot.lexical import terms
from chatbot.library import Library
from chatbot.models import Answer, Citation, Hit, Intent, Retrieval
from chatbot.suggest import suggest

# Which topics answer an intent, and how many sections of each: becoming a ward mayor means the career
# path, then qualifications and skills. The first topic is the one asked; without it there is no answer.
PLANS: dict[Intent, list[tuple[Intent, int]]] = {
    Intent.BECOME: [(Intent.BECOME, 2), (Intent.QUALIFICATIONS, 1), (Intent.SKILLS, 1)],
    Intent.WORK: [(Intent.WORK, 2)],
    Intent.SKILLS: [(Intent.SKILLS, 2)],
    Intent.QUALIFICATIONS: [(Intent.QUALIFICATIONS, 2)],
    Intent.OUTLOOK: [(Intent.OUTLOOK, 1)],
    Intent.PERSONALITY: [(Intent.PERSONALITY, 2)],
    Intent.WORK_STYLE: [(Intent.WORK_STYLE, 2)],
    Intent.RELATED: [(Intent.RELATED, 1)],
}
OVERVIEW_HITS = 2  # retrieved sections added to a job's summary when the question asks nothing specific
# Words that say nothing about what is asked: "tell me more about it" asks for no word in particular.
GENERIC_TERMS = frozenset(
    terms(
        "tell more know say page please thing anything something else good well much like really also job work career "
        "it its they them their this that these those one"
    )
)


def respond(turn: Turn, retrieval: Retrieval, library: Library, conversation: Conversation) -> Answer:
    """The grounded answer to a turn; every quote is checked against its section before it is numbered."""
    examples = conversation.focus or list(library.jobs)[:2]
    if is_small_talk(turn.question):
        return refuse.small_talk(turn, examples)
    if turn.intent is Intent.COMPARE:
        if len(turn.jobs) < 2:
            return refuse.which_two(turn, conversation.focus, list(library.jobs))
        return compared(turn, library, conversation)
    if turn.jobs:
        return about_jobs(turn, retrieval, library, conversation)
    if retrieval.supported and retrieval.hits:
        return from_hits(turn, retrieval, library)
    return refuse.not_found(turn, retrieval.hits)


def answered(turn: Turn, text: str, ledger: Ledger, retrieval: Retrieval | None = None) -> Answer:
    """An answer resting on the ledger's citations."""
    return Answer(
        answer=text,
        answered=True,
        citations=ledger.citations,
        jobs=list(dict.fromkeys(c.job for c in ledger.citations)),
        question=turn.question,
        standalone_question=turn.standalone,
        intent=turn.intent,
        hits=retrieval.hits if retrieval else [],
    )


def about_jobs(turn: Turn, retrieval: Retrieval, library: Library, conversation: Conversation) -> Answer:
    """What the jobs' pages say on the asked topic, job by job; a refusal when no page covers it."""
    ledger = Ledger(library.text)
    parts = [part for job in turn.jobs if (part := job_part(turn, job, retrieval, library, ledger))]
    lacking = [job for job in turn.jobs if not any(c.job == job for c in ledger.citations)]
    nexts = next_questions(turn, library, conversation, ledger.citations)
    if not parts:
        return refuse.missing(turn, lacking, nexts)
    if lacking and turn.intent:
        parts.append(refuse.missing(turn, lacking, []).answer)
    return answered(turn, "\n\n".join(parts), ledger, retrieval).model_copy(update={"suggestions": nexts})


def job_part(turn: Turn, job: str, retrieval: Retrieval, library: Library, ledger: Ledger) -> str | None:
    """One job's share of an answer: an intro line, then a cited block per planned section."""
    if turn.intent is not None:
        plan = PLANS[turn.intent]
        headings = [h for topic, count in plan for h in library.first(job, INTENT_SECTIONS[topic], count)]
        if not library.first(job, INTENT_SECTIONS[plan[0][0]]):
            return None
    else:
        asked = asked_terms(turn.question, turn.jobs)
        hit_sections = [hit.chunk.section for hit in retrieval.hits if hit.chunk.job == job and on_topic(asked, hit)]
        overview = library.first(job, INTENT_SECTIONS[Intent.WORK]) if turn.named and not asked else []
        headings = list(dict.fromkeys([*overview, *hit_sections]))[: len(overview) + OVERVIEW_HITS]
    blocks = [
        b for heading in dict.fromkeys(headings) if (b := section_block(library, ledger, job, heading, turn.lang))
    ]
    if not blocks:
        return None
    return "\n\n".join([INTROS[turn.intent][turn.lang].format(job=f"**{job}**"), *blocks])


def asked_terms(question: str, jobs: list[str]) -> set[str]:
    """The search terms of what a question asks, without generic words and the jobs' own names.

    ("does it pay well?", ["Ward Mayor"]) -> {"pay"}
    """
    named = {term for job in jobs for term in terms(job)}
    return set(terms(question)) - GENERIC_TERMS - named


def on_topic(asked: set[str], hit: Hit) -> bool:
    """True when the hit's passage shares a term with what is asked (always, when nothing in particular is)."""
    return not asked or bool(asked & set(terms(hit.chunk.text)))


def compared(turn: Turn, library: Library, conversation: Conversation) -> Answer:
    """The jobs side by side."""
    ledger = Ledger(library.text)
    comparison, text = compare(library, ledger, turn.jobs, turn.lang)
    if not ledger.citations:
        return refuse.missing(turn, turn.jobs, [])
    answer = answered(turn, text, ledger)
    return answer.model_copy(
        update={"comparison": comparison, "suggestions": next_questions(turn, library, conversation, ledger.citations)}
    )


def from_hits(turn: Turn, retrieval: Retrieval, library: Library) -> Answer:
    """A question about no job in particular: the best passages, each naming its job and section."""
    ledger = Ledger(library.text)
    best = {(hit.chunk.job, hit.chunk.section): hit.chunk for hit in reversed(retrieval.hits)}  # best hit wins
    chunks = sorted(best.values(), key=[hit.chunk for hit in retrieval.hits].index)
    blocks = [block for chunk in chunks if (block := passage_block(library, ledger, chunk, turn.lang))]
    if not blocks:
        return refuse.not_found(turn, retrieval.hits)
    return answered(turn, "\n\n".join([say("passages", turn.lang), *blocks]), ledger, retrieval)


def next_questions(turn: Turn, library: Library, conversation: Conversation, cited: list[Citation]) -> list[str]:
    """Suggestions about the turn's jobs and then the others in focus, skipping sections already cited."""
    discussed = {job: list(sections) for job, sections in conversation.discussed.items()}
    for citation in cited:
        discussed.setdefault(citation.job, []).append(citation.section)
    jobs = list(dict.fromkeys([*turn.jobs, *conversation.focus]))
    return suggest(library, jobs, discussed, turn.intent, turn.lang)


def checked(answer: Answer, library: Library) -> Answer:
    """The answer with every citation whose quote is not in its section dropped, and markers renumbered."""

    def in_section(citation: Citation) -> bool:
        return quote_in_section(citation.text, library.text(citation.job, citation.section) or "")

    text, citations = keep_citations(answer.answer, answer.citations, in_section)
    return answer.model_copy(update={"answer": text, "citations": citations})
