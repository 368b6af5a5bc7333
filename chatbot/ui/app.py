"""Streamlit shell over the pipeline: cited chat, sources, career-path picture, index status, reindex and upload.

Page text is never trusted: passages are shown with st.text, labels are Markdown-escaped, and answer Markdown
keeps emphasis but can make no link, image or HTML (chatbot.export). unsafe_allow_html is never used.
"""

from __future__ import annotations

import re
from collections import Counter

import streamlit as st

from chatbot import (
    Answer,
    Chatbot,
    ChatbotError,
    Citation,
    Comparison,
    Conversation,
    IndexCorruptError,
    Intent,
    Settings,
)
from chatbot.ui._diagram import career_dot, routes_dot
from chatbot.ui._finder import finder, show_reading
from chatbot.ui._history import current, give, save, thumbs
from chatbot.ui._markdown import escape_markdown, inert_markdown, without_tables
from chatbot.ui._sidebar import sidebar
from chatbot.ui._welcome import welcome

PLACEHOLDER = "Ask about a job…"  # short: a phone shows about 30 characters of it
ASK_ABOUT = {"en": "Tell me about {job}", "ja": "{job}について教えて"}


@st.cache_resource(show_spinner="Loading the model and the index…")
def load_chatbot() -> Chatbot:
    """The model and index, loaded once per process and shared by every session (Chatbot is thread-safe)."""
    bot = Chatbot(Settings())
    bot.warm()  # in the background: the first questions need not wait for the caches
    return bot


def loaded() -> tuple[Chatbot | None, ChatbotError | None]:
    """The chatbot, or None with the reason it cannot answer yet (no index, a damaged one, another model's)."""
    try:
        return load_chatbot(), None
    except ChatbotError as exc:
        return None, exc


def ask(bot: Chatbot, question: str, conversation: Conversation) -> Answer:
    """Ask the chatbot, streaming its text into the page as it comes (an LLM streams; grounded text is one piece)."""
    placeholder = st.empty()
    pieces: list[str] = []

    def on_text(piece: str) -> None:
        pieces.append(piece)
        placeholder.markdown(inert_markdown("".join(pieces)) + " ▌")

    with st.spinner("Looking through the job pages…"):
        answer = bot.ask(question, conversation, on_text=on_text)
    placeholder.empty()  # the final answer is rendered in full, with its sources
    return answer


def choose(question: str) -> None:
    """Button callback: ask this question on the next run."""
    st.session_state.pending = question


def render_answer(answer: Answer, turn: int, latest: bool, bot: Chatbot | None, focus: list[str]) -> None:
    """An answer with its comparison, numbered sources, the "why" panel and, for the latest, what comes next."""
    if answer.comparison:  # drawn as columns instead of the answer's Markdown table
        st.markdown(inert_markdown(without_tables(answer.answer)))
        render_comparison(answer.comparison)
    else:
        st.markdown(inert_markdown(answer.answer))
    store = bot.history if bot else None
    for citation in answer.citations:
        with st.expander(escape_markdown(f"[{citation.n}] {citation.job} — {citation.section}")):
            st.caption(escape_markdown(f"{citation.job} · {citation.section} · {citation.source}"))
            if bot and not bot.is_current(citation):  # never re-pointed at the page's new text
                st.caption("From an older version of this page: the quote as it was when answered.")
            st.text(listed(citation.text))
            if store is not None:
                key = f"wrong-{st.session_state.get('conversation_id')}-{turn}-{citation.n}"
                st.button("Wrong source", key=key, on_click=give, args=(store, turn + 1, "wrong_source", citation.n))
    thumbs(store, turn)
    if answer.routes:
        render_routes(answer)
    if answer.hits or answer.standalone_question:
        render_why(answer)
    if latest and bot and focus and answer.answered and focus[0] in (answer.about or answer.jobs):
        render_career(bot, focus[0], expanded=answer.intent == Intent.BECOME)  # not under a refusal or another job
    if latest:
        for i, match in enumerate(answer.matches):  # ask about any suggested job in the chat
            ask_about = ASK_ABOUT["en" if match.job.isascii() else "ja"].format(job=match.job)
            label = escape_markdown(f"Ask about {match.job}")
            st.button(label, key=f"match-{turn}-{i}", on_click=choose, args=(ask_about,))
        for i, suggestion in enumerate(answer.suggestions):
            st.button(escape_markdown(suggestion), key=f"suggest-{turn}-{i}", on_click=choose, args=(suggestion,))


def listed(quote: str) -> str:
    """A quoted list one item per line with a bullet ("A (4.0) / B (3.5)" or "• A • B"); other text as it is."""
    items = [item.strip() for item in re.split(r" / |\s*•\s*", quote) if item.strip()]
    return "\n".join(f"• {item}" for item in items) if len(items) > 2 else quote


def render_comparison(comparison: Comparison) -> None:
    """Jobs side by side: one column per job, one row per section."""
    for column, job in zip(st.columns(len(comparison.jobs)), comparison.jobs, strict=True):
        column.markdown(f"**{escape_markdown(job)}**")
    for row in comparison.rows:
        st.caption(escape_markdown(row.section))
        for column, job, cell in zip(st.columns(len(comparison.jobs)), comparison.jobs, row.cells, strict=False):
            column.markdown(
                f"**{escape_markdown(job)}**: " + inert_markdown(cell)
            )  # labelled: columns stack on a phone


def render_routes(answer: Answer) -> None:
    """The routes of a path answer as a diagram: solid arrows for links the pages state, dashed for close scores."""
    dot = routes_dot(answer.routes)
    if dot:
        with st.expander("Route diagram", expanded=True):
            st.graphviz_chart(dot, width="stretch")


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


def render_career(bot: Chatbot, job: str, expanded: bool) -> None:
    """The career path of the job in focus as a diagram, when its page has something to draw."""
    path = bot.career_path(job)
    dot = career_dot(path) if path else None
    if dot:
        with st.expander(escape_markdown(f"Career path: {job}"), expanded=expanded):
            st.graphviz_chart(dot, width="stretch")


st.set_page_config(page_title="Career advice", page_icon="💼")
st.title("Career advice from job pages")
bot, failure = loaded()
conversation: Conversation = current(bot)  # the URL's conversation, restored after a reload
if failure:
    st.error(escape_markdown(str(failure)))
show_reading(conversation.turns[-1] if conversation.turns else None)
request = finder() if bot else None
if request and bot:  # the panel's suggestions become a turn of the chat, so follow-ups work on them
    bot.suggest_jobs(request.reading, request.text, request.lang, conversation)  # type: ignore[arg-type]
    save(bot, conversation)
question = st.chat_input(PLACEHOLDER, disabled=bot is None) or st.session_state.pop("pending", None)
turns = len(conversation.turns)
if bot and not turns and not question:
    welcome(bot, choose)
for turn, past in enumerate(conversation.turns):
    st.chat_message("user").text(past.question)
    with st.chat_message("assistant"):
        render_answer(past, turn, not question and turn == turns - 1, bot, conversation.focus)
if question and bot:
    st.chat_message("user").text(question)
    with st.chat_message("assistant"):
        try:
            answer = ask(bot, question, conversation)
        except ChatbotError as exc:
            st.error(escape_markdown(str(exc)))
        else:
            save(bot, conversation)
            render_answer(answer, turns, True, bot, conversation.focus)
settings = bot.settings if bot else Settings()
sidebar(bot, settings, conversation, isinstance(failure, IndexCorruptError), load_chatbot.clear)
