"""One turn of a conversation: resolve the question, retrieve, answer from the pages or an LLM, check, stream."""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot import refuse
from chatbot.answer import checked, respond
from chatbot.config import Settings
from chatbot.dialogue import Conversation, Turn, is_small_talk
from chatbot.intent import detect_intent
from chatbot.language import language_of, say
from chatbot.library import Library
from chatbot.linking import JobLink, job_mention, name_words
from chatbot.llm import llm_answer
from chatbot.models import Answer, Citation, Retrieval
from chatbot.retrieve import Retriever, strong_links

MAX_PASSAGES = 8
TOO_LONG = {
    "en": "That question is too long ({chars} characters; the limit is {limit}). Please ask it more briefly.",
    "ja": "質問が長すぎます（{chars}文字、上限は{limit}文字）。短くして質問してください。",
}
EMPTY = "There is no question in your message (only spaces or control characters)."
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # C0 and C1 controls, tab and line breaks included
HALF_CHARACTER = re.compile(r"[\ud800-\udfff]")  # a lone surrogate: an undecodable byte of argv or stdin


def clean_question(question: str) -> str:
    """The question as one line of printable text: controls become spaces, undecodable bytes U+FFFD.

    " how do I\\x00become a\\n mayor\\x1b[1m " -> "how do I become a mayor [1m"
    """
    return " ".join(HALF_CHARACTER.sub("\ufffd", CONTROL.sub(" ", question)).split())


def reply(
    question: str,
    conversation: Conversation,
    retriever: Retriever,
    library: Library,
    settings: Settings,
    on_text: Callable[[str], None],
) -> Answer:
    """The answer to one question in a conversation (the caller records it)."""
    question = clean_question(question)
    lang = language_of(question)
    if not question:
        hint = refuse.small_talk(Turn(question=question, lang=lang), conversation.focus or list(library.jobs)[:2])
        return deliver(hint.model_copy(update={"answer": f"{EMPTY} {hint.answer}"}), on_text)
    if len(question) > settings.max_question_chars:
        text = TOO_LONG[lang].format(chars=len(question), limit=settings.max_question_chars)
        return deliver(refuse.refusal(Turn(question=question[:200], lang=lang), text), on_text)
    mentions = library.unpaged_in(question)
    links = [
        link
        for link in retriever.linker.link(question, limit=5)
        if not any(link.matched.casefold() in words.casefold() for _, words, _ in mentions)
    ]
    named = [link.title for link in distinct(question, strong_links(links))]
    names_other = not named and (bool(links) or job_mention(question) is not None)
    turn = conversation.resolve(question, lang, detect_intent(question), named, names_other)
    if mentions and not named:
        name, _, listing = mentions[0]
        asked = turn.model_copy(update={"standalone": question})  # nothing is searched: the page does not exist
        return deliver(refuse.unpaged(asked, name, listing, library), on_text)
    retrieval = Retrieval(query=turn.standalone) if is_small_talk(question) else search(retriever, turn)
    answer = checked(respond(turn, retrieval, library, conversation), library)
    if settings.llm_base_url and settings.llm_model and answer.answered and answer.comparison is None:
        return with_llm(turn, answer, retrieval, library, settings, on_text)
    return deliver(answer, on_text)


def search(retriever: Retriever, turn: Turn) -> Retrieval:
    """Retrieval for the standalone question; when unsupported, its hits are the nearest jobs' (to name them)."""
    if turn.jobs:
        retrieval = retriever.retrieve(turn.standalone, jobs=turn.jobs, intent=turn.intent)
        if retrieval.supported:
            return retrieval
    return retriever.nearest(turn.standalone, intent=turn.intent)


def distinct(question: str, links: list[JobLink]) -> list[JobLink]:
    """Links to different words of the question, in the order the question names them.

    A weaker link matching the same words as a better one is dropped ("Lineman" names two jobs: keep one).
    """
    kept: list[JobLink] = []
    for link in links:
        words = link.matched.casefold()
        if not any(words in k.matched.casefold() or k.matched.casefold() in words for k in kept):
            kept.append(link)
    return sorted(kept, key=lambda link: mention_at(question, link.matched))


def mention_at(question: str, name: str) -> int:
    """Where the question names a job: the word position of the name (or its first word); late when not found."""
    words, name_tokens = name_words(question), name_words(name)
    if not name_tokens:  # a Japanese name: find its characters
        at = question.find(name)
        return at if at >= 0 else len(question)
    size = len(name_tokens)
    spans = (i for i in range(len(words)) if words[i : i + size] == name_tokens)
    return next(spans, next((i for i, word in enumerate(words) if word == name_tokens[0]), len(words)))


def deliver(answer: Answer, on_text: Callable[[str], None]) -> Answer:
    """Hand a finished answer's text to the listener in one piece."""
    on_text(answer.answer)
    return answer


def with_llm(
    turn: Turn,
    grounded: Answer,
    retrieval: Retrieval,
    library: Library,
    settings: Settings,
    on_text: Callable[[str], None],
) -> Answer:
    """The LLM's answer over the grounded answer's sections and the hits; the grounded answer if it fails."""
    streamed: list[str] = []

    def relay(piece: str) -> None:
        streamed.append(piece)
        on_text(piece)

    result = llm_answer(settings, turn.standalone, passages(grounded, retrieval, library), turn.lang, relay)
    if result is None:
        if streamed:
            on_text(say("llm_failed", turn.lang))
        return deliver(grounded, on_text)
    text, citations = result
    answer = grounded.model_copy(
        update={"answer": text, "citations": citations, "jobs": list(dict.fromkeys(c.job for c in citations))}
    )
    return checked(answer, library)


def passages(grounded: Answer, retrieval: Retrieval, library: Library) -> list[Citation]:
    """Numbered passages for the LLM: whole chunks of the sections the grounded answer cites, then the hits."""
    chunks = [chunk for c in grounded.citations for chunk in library.parts(c.job, c.section)]
    chunks += [hit.chunk for hit in retrieval.hits]
    unique = list({chunk.id: chunk for chunk in chunks}.values())[:MAX_PASSAGES]
    return [
        Citation(n=n, job=chunk.job, section=chunk.section, source=chunk.source, text=chunk.text)
        for n, chunk in enumerate(unique, 1)
    ]
