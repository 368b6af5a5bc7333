"""Streamlit shell over the pipeline: cited chat, sources, career-path picture, index status, reindex and upload.

Page text is never trusted: passages are shown with st.text, labels are Markdown-escaped, and answer Markdown
keeps emphasis but can make no link, image or HTML (chatbot.export). unsafe_allow_html is never used.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

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
from chatbot.ui._finder import finder_panel, finder_request, show_reading
from chatbot.ui._history import READ_ONLY, continue_copy, current, feedback, read_only, save
from chatbot.ui._loading import load_chatbot, loaded
from chatbot.ui._markdown import answer_markdown, escape_markdown, inert_markdown, without_tables
from chatbot.ui._owner import keep_key, owner
from chatbot.ui._sidebar import sidebar
from chatbot.ui._sources import OLDER, render_citations, render_sources
from chatbot.ui._welcome import welcome
from chatbot.ui._why import render_why

PLACEHOLDER = "Ask about a job…"  # short: a phone shows about 30 characters of it
ASK_ABOUT = {"en": "Tell me about {job}", "ja": "{job}について教えて"}
RECENT = 4  # turns drawn as chat messages; older ones are folded into one box


def ask(bot: Chatbot, question: str, conversation: Conversation, slot: DeltaGenerator) -> Answer:
    """Ask the chatbot, streaming its text into SLOT (an LLM streams; grounded text is one piece). The spinner and
    the text share SLOT, where the answer's own text then goes: the next run draws it at the same place."""
    with slot.container():
        placeholder = st.empty()
        pieces: list[str] = []

        def on_text(piece: str) -> None:
            pieces.append(piece)
            placeholder.markdown(inert_markdown("".join(pieces)) + " ▌")

        with st.spinner("Looking through the job pages…"):
            return bot.ask(question, conversation, on_text=on_text)


def choose(question: str) -> None:
    """Button callback: ask this question on the next run."""
    st.session_state.pending = question


def render_answer(
    answer: Answer, turn: int, latest: bool, bot: Chatbot | None, focus: list[str], who: str, slot: DeltaGenerator
) -> None:
    """An answer with its comparison, numbered sources and feedback. The latest in full (a box per source, or per job
    when it cites many; the "why" panel, diagrams, what comes next); earlier ones light, because every turn redraws
    them all: their sources in one box, no diagrams, feedback on demand. Its text goes into SLOT, the message's first
    place."""
    if answer.comparison:  # drawn as columns instead of the answer's Markdown table
        slot.markdown(inert_markdown(without_tables(answer.answer)))
        render_comparison(answer.comparison)
    else:
        slot.markdown(inert_markdown(answer.answer))
    store = None if read_only() or bot is None else bot.history
    if not latest:
        render_sources(answer, bot)
        feedback(store, who, answer, turn)
        return
    render_citations(answer, bot, store, who, turn)
    feedback(store, who, answer, turn)
    if answer.routes:
        render_routes(answer)
    if answer.hits or answer.standalone_question:
        render_why(answer)
    if bot and focus and answer.answered and focus[0] in (answer.about or answer.jobs):
        render_career(bot, focus[0], answer.intent == Intent.BECOME, turn)  # not under a refusal or another job
    if not read_only():  # a shared read-only copy takes no new questions
        render_next(answer, turn)


def render_next(answer: Answer, turn: int) -> None:
    """What to ask next: a button per suggested job and per suggested question."""
    for i, match in enumerate(answer.matches):  # ask about any suggested job in the chat
        ask_about = ASK_ABOUT["en" if match.job.isascii() else "ja"].format(job=match.job)
        st.button(
            escape_markdown(f"Ask about {match.job}"), key=f"match-{turn}-{i}", on_click=choose, args=(ask_about,)
        )
    for i, suggestion in enumerate(answer.suggestions):
        st.button(escape_markdown(suggestion), key=f"suggest-{turn}-{i}", on_click=choose, args=(suggestion,))


def fold_older(turns: list[Answer], bot: Chatbot | None, asking: bool) -> int:
    """Fold all but the last RECENT turns into one block of Markdown (with their sources), drawn only when asked for,
    so a turn costs the same at the twentieth question as at the second: every rerun redraws each turn the page
    shows, and the browser's redraw, not the answer, is what a long conversation makes slow. Returns the first turn
    still shown as a chat message."""
    first = max(0, len(turns) - RECENT + asking)  # a question asked now is one of the RECENT
    if first and st.toggle(f"Show the {first} earlier questions and answers", key="show-earlier"):
        st.markdown("\n\n".join(folded(answer, n, bot) for n, answer in enumerate(turns[:first], 1)))
    return first


def folded(answer: Answer, n: int, bot: Chatbot | None) -> str:
    older = bot is not None and any(not bot.is_current(citation) for citation in answer.citations)
    return answer_markdown(answer, n) + (f"\n\n*{OLDER}*" if older else "")


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


def render_career(bot: Chatbot, job: str, expanded: bool, turn: int) -> None:
    """The career path of the job in focus as a diagram, when its page has something to draw. Folded (under any
    answer but "how do I become"), the diagram is drawn only once opened: the browser lays out a Graphviz chart even
    in a closed box (docs/benchmarks.md)."""
    path = bot.career_path(job)
    dot = career_dot(path) if path else None
    if dot:
        key = f"career-{st.session_state.get('conversation_id')}-{turn}"
        box = st.expander(escape_markdown(f"Career path: {job}"), expanded=expanded, key=key, on_change="rerun")
        if box.open:
            with box:
                st.graphviz_chart(dot, width="stretch")


st.set_page_config(page_title="Career advice", page_icon="💼")
st.title("Career advice from job pages")
bot, failure = loaded()
who = owner()  # the signed-in user, else this browser's key: whose conversations the page shows
conversation: Conversation = current(bot, who)  # the URL's conversation, restored after a reload
keep_key()
if failure:
    st.error(escape_markdown(str(failure)))
if notice := st.session_state.pop("notice", None):
    st.info(notice)
if read_only() and bot and bot.history:
    st.info(READ_ONLY)
    st.button("Continue it as my own chat", on_click=continue_copy, args=(bot.history, who))
finder_place = st.container()  # drawn last, once this run's answer is known: its reading is on the sliders at once
request = finder_request()
if request and bot:  # the panel's suggestions become a turn of the chat, so follow-ups work on them
    bot.suggest_jobs(request.reading, request.text, request.lang, conversation)  # type: ignore[arg-type]
    save(bot, conversation, who)
writable = bot is not None and not read_only()
pending = st.session_state.pop("pending", None) if writable else None
question = st.chat_input(PLACEHOLDER, disabled=not writable) or pending
turns = len(conversation.turns)
if bot and not turns and not question:
    welcome(bot, choose)
with st.container():  # the fold keeps one place whether shown or not, so the turns below keep theirs
    first = fold_older(conversation.turns, bot, bool(question and bot))
for turn, past in enumerate(conversation.turns):  # turn i is always the i-th box: see docs/benchmarks.md
    with st.container():
        if turn >= first:
            st.chat_message("user").text(past.question)
            with st.chat_message("assistant"):
                latest = not question and turn == turns - 1
                render_answer(past, turn, latest, bot, conversation.focus, who, st.empty())
if question and bot:
    with st.container():
        st.chat_message("user").text(question)
        with st.chat_message("assistant"):
            slot = st.empty()
            try:
                answer = ask(bot, question, conversation, slot)
            except ChatbotError as exc:
                slot.error(escape_markdown(str(exc)))
            else:
                save(bot, conversation, who)
                render_answer(answer, turns, True, bot, conversation.focus, who, slot)
if bot and not read_only():
    with finder_place:
        show_reading(conversation.turns[-1] if conversation.turns else None)
        finder_panel()
settings = bot.settings if bot else Settings()
sidebar(bot, settings, conversation, who, isinstance(failure, IndexCorruptError), load_chatbot.clear)
