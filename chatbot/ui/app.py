"""Streamlit shell over the pipeline: cited chat, sources, career-path picture, index status, reindex and upload.

Page text is never trusted: passages are shown with st.text, labels are Markdown-escaped, and answer Markdown
keeps emphasis but can make no link, image or HTML (chatbot.export). unsafe_allow_html is never used.
"""

from __future__ import annotations

import streamlit as st

from chatbot import (
    Answer,
    Chatbot,
    ChatbotError,
    Comparison,
    Conversation,
    IndexCorruptError,
    Intent,
    Settings,
)
from chatbot.ui._diagram import career_dot, routes_dot
from chatbot.ui._finder import finder, show_reading
from chatbot.ui._markdown import escape_markdown, inert_markdown, without_tables
from chatbot.ui._sidebar import sidebar

PLACEHOLDER = "Ask about a job, e.g. how do I become a ward mayor?"
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
    for citation in answer.citations:
        with st.expander(escape_markdown(f"[{citation.n}] {citation.job} — {citation.section}")):
            st.caption(escape_markdown(f"{citation.job} · {citation.section} · {citation.source}"))
            st.text(citation.text)
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


def render_comparison(comparison: Comparison) -> None:
    """Jobs side by side: one column per job, one row per section."""
    for column, job in zip(st.columns(len(comparison.jobs)), comparison.jobs, strict=True):
        column.markdown(f"**{escape_markdown(job)}**")
    for row in comparison.rows:
        st.caption(escape_markdown(row.section))
        for column, cell in zip(st.columns(len(comparison.jobs)), row.cells, strict=False):
            column.markdown(inert_markdown(cell))


def render_routes(answer: Answer) -> None:
    """The routes of a path answer as a diagram: solid arrows for links the pages state, dashed for close scores."""
    dot = routes_dot(answer.routes)
    if dot:
        with st.expander("Route diagram", expanded=True):
            st.graphviz_chart(dot, width="stretch")


def render_why(answer: Answer) -> None:
    """What retrieval made of the question and how each retrieved section scored."""
    with st.expander("Why these sources"):
        read_as = f"Read as (spelling corrected): {answer.read_as}\n" if answer.read_as else ""
        st.text(
            f"{read_as}Searched for: {answer.standalone_question or answer.question}\n"
            f"Intent: {answer.intent or 'not recognised'}\n"
            f"Jobs: {', '.join(answer.jobs) or 'none recognised'}"
        )
        rows = [
            {"job": h.chunk.job, "section": h.chunk.section, "score": h.score, "dense": h.dense, "lexical": h.lexical}
            for h in answer.hits
        ]
        if rows:
            st.dataframe(rows, hide_index=True)


def render_career(bot: Chatbot, job: str, expanded: bool) -> None:
    """The career path of the job in focus as a diagram, when its page has something to draw."""
    path = bot.career_path(job)
    dot = career_dot(path) if path else None
    if dot:
        with st.expander(escape_markdown(f"Career path: {job}"), expanded=expanded):
            st.graphviz_chart(dot, width="stretch")


st.set_page_config(page_title="Career advice", page_icon="💼")
st.title("Career advice from job pages")
conversation: Conversation = st.session_state.setdefault("conversation", Conversation())
bot, failure = loaded()
if failure:
    st.error(escape_markdown(str(failure)))
show_reading(conversation.turns[-1] if conversation.turns else None)
request = finder() if bot else None
if request and bot:  # the panel's suggestions become a turn of the chat, so follow-ups work on them
    bot.suggest_jobs(request.reading, request.text, request.lang, conversation)  # type: ignore[arg-type]
question = st.chat_input(PLACEHOLDER, disabled=bot is None) or st.session_state.pop("pending", None)
turns = len(conversation.turns)
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
            render_answer(answer, turns, True, bot, conversation.focus)
settings = bot.settings if bot else Settings()
sidebar(bot, settings, conversation, isinstance(failure, IndexCorruptError), load_chatbot.clear)
