"""A resolved question and its retrieval -> the answer: cited sections, a comparison, or an honest refusal."""

from __future__ import annotations

from chatbot.answer import _refuse as refuse
from chatbot.answer._blocks import passage_line, section_block
from chatbot.answer._citations import Ledger, keep_citations, quote_in_section
from chatbot.answer._compare import compare
from chatbot.answer._dialogue import Conversation
from chatbot.answer._make import make_answer
from chatbot.answer._phrases import INTROS, say
from chatbot.answer._suggest import suggest
from chatbot.index import Library
from chatbot.models import Answer, Citation, Hit, Intent, Question, Retrieval
from chatbot.text import terms

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


def respond(question: Question, retrieval: Retrieval, library: Library, conversation: Conversation) -> Answer:
    """The grounded answer to a question; every quote is checked against its section before it is numbered."""
    examples = conversation.focus or list(library.jobs)[:2]
    if question.small_talk:
        return refuse.small_talk(question, examples)
    if question.intent is Intent.COMPARE:
        if len(question.jobs) < 2:
            return refuse.which_two(question, conversation.focus, list(library.jobs))
        return compared(question, library, conversation)
    if question.jobs:
        return about_jobs(question, retrieval, library, conversation)
    if retrieval.supported and retrieval.hits:
        return from_hits(question, retrieval, library)
    return refuse.not_found(question, retrieval.hits)


def answered(question: Question, text: str, ledger: Ledger, retrieval: Retrieval | None = None) -> Answer:
    """An answer resting on the ledger's citations."""
    return make_answer(question, text, answered=True, ledger=ledger, hits=retrieval.hits if retrieval else [])


def about_jobs(question: Question, retrieval: Retrieval, library: Library, conversation: Conversation) -> Answer:
    """What the jobs' pages say on the asked topic, job by job; a refusal when no page covers it."""
    ledger = Ledger(library.text)
    parts = [part for job in question.jobs if (part := job_part(question, job, retrieval, library, ledger))]
    lacking = [job for job in question.jobs if not any(c.job == job for c in ledger.citations)]
    nexts = next_questions(question, library, conversation, ledger.citations)
    if not parts:
        return refuse.missing(question, lacking, nexts)
    if lacking and question.intent:
        parts.append(refuse.missing(question, lacking, []).answer)
    return answered(question, "\n\n".join(parts), ledger, retrieval).model_copy(update={"suggestions": nexts})


def job_part(question: Question, job: str, retrieval: Retrieval, library: Library, ledger: Ledger) -> str | None:
    """One job's share of an answer: an intro line, then a cited block per planned section."""
    if question.intent is not None:
        plan = PLANS[question.intent]
        roles = library.headings
        headings = [h for topic, count in plan for h in library.first(job, roles.for_intent(topic), count)]
        if not library.first(job, roles.for_intent(plan[0][0])):
            return None
    else:
        asked = asked_terms(question.text, question.jobs)
        hit_sections = [hit.chunk.section for hit in retrieval.hits if hit.chunk.job == job and on_topic(asked, hit)]
        overview = library.first(job, library.headings.for_intent(Intent.WORK)) if question.named and not asked else []
        headings = list(dict.fromkeys([*overview, *hit_sections]))[: len(overview) + OVERVIEW_HITS]
    blocks = [
        b for heading in dict.fromkeys(headings) if (b := section_block(library, ledger, job, heading, question.lang))
    ]
    if not blocks:
        return None
    return "\n\n".join([INTROS[question.intent][question.lang].format(job=f"**{job}**"), *blocks])


def asked_terms(question: str, jobs: list[str]) -> set[str]:
    """The search terms of what a question asks, without generic words and the jobs' own names.

    ("does it pay well?", ["Ward Mayor"]) -> {"pay"}
    """
    named = {term for job in jobs for term in terms(job)}
    return set(terms(question)) - GENERIC_TERMS - named


def on_topic(asked: set[str], hit: Hit) -> bool:
    """True when the hit's passage shares a term with what is asked (always, when nothing in particular is)."""
    return not asked or bool(asked & set(terms(hit.chunk.text)))


def compared(question: Question, library: Library, conversation: Conversation) -> Answer:
    """The jobs side by side."""
    ledger = Ledger(library.text)
    comparison, text = compare(library, ledger, question.jobs, question.lang)
    if not ledger.citations:
        return refuse.missing(question, question.jobs, [])
    nexts = next_questions(question, library, conversation, ledger.citations)
    return answered(question, text, ledger).model_copy(update={"comparison": comparison, "suggestions": nexts})


def from_hits(question: Question, retrieval: Retrieval, library: Library) -> Answer:
    """A question about no job in particular: the best passages, each naming its job and section."""
    ledger = Ledger(library.text)
    best = {(hit.chunk.job, hit.chunk.section): hit.chunk for hit in reversed(retrieval.hits)}  # best hit wins
    chunks = sorted(best.values(), key=[hit.chunk for hit in retrieval.hits].index)
    blocks = [block for chunk in chunks if (block := passage_line(library, ledger, chunk, question.lang))]
    if not blocks:
        return refuse.not_found(question, retrieval.hits)
    return answered(question, "\n\n".join([say("passages", question.lang), *blocks]), ledger, retrieval)


def next_questions(
    question: Question, library: Library, conversation: Conversation, cited: list[Citation]
) -> list[str]:
    """Suggestions about the question's jobs and then the others in focus, skipping sections already cited."""
    discussed = {job: list(sections) for job, sections in conversation.discussed.items()}
    for citation in cited:
        discussed.setdefault(citation.job, []).append(citation.section)
    jobs = list(dict.fromkeys([*question.jobs, *conversation.focus]))
    return suggest(library, jobs, discussed, question.intent, question.lang)


def checked(answer: Answer, library: Library) -> Answer:
    """The answer with every citation whose quote is not in its section dropped, and markers renumbered."""

    def in_section(citation: Citation) -> bool:
        return quote_in_section(citation.text, library.text(citation.job, citation.section) or "")

    text, citations = keep_citations(answer.answer, answer.citations, in_section)
    return answer.model_copy(update={"answer": text, "citations": citations})
