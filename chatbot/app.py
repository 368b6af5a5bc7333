"""Streamlit shell over the pipeline: cited chat, sources, career-path picture, index status, reindex and upload.

Page text is never trusted: passages are shown with st.text, labels are Markdown-escaped, and answer Markdown
keeps emphasis but can make no link, image or HTML (chatbot.export). unsafe_allow_html is never used.
"""

from __future__ import annotations

import math

import streamlit as st

from chatbot.career import career_dot, career_path
from chatbot.config import Settings
from chatbot.dialogue import Conversation
from chatbot.errors import ChatbotError, IndexCorruptError, PageError
from chatbot.export import conversation_markdown, escape_markdown, inert_markdown, without_tables
from chatbot.models import Answer, Comparison, IndexReport, Intent
from chatbot.pipeline import Chatbot, build_index
from chatbot.status import IndexStatus, index_status
from chatbot.upload import check_upload, save_upload

PLACEHOLDER = "Ask about a job, e.g. how do I become a ward mayor?"


@st.cache_resource(show_spinner="Loading the model and the index…")
def load_chatbot() -> Chatbot:
    """The model and index, loaded once per process and shared by every session (Chatbot is thread-safe)."""
    return Chatbot(Settings())


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


def new_chat() -> None:
    """Button callback: forget the conversation."""
    st.session_state.conversation = Conversation()
    st.session_state.pop("pending", None)


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
    if answer.hits or answer.standalone_question:
        render_why(answer)
    if latest and bot and focus:
        render_career(bot, focus[0], expanded=answer.intent == Intent.BECOME)
    if latest:
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


def render_why(answer: Answer) -> None:
    """What retrieval made of the question and how each retrieved section scored."""
    with st.expander("Why these sources"):
        st.text(
            f"Searched for: {answer.standalone_question or answer.question}\n"
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
    path = career_path(bot.index, job)
    dot = career_dot(path) if path else None
    if dot:
        with st.expander(escape_markdown(f"Career path: {job}"), expanded=expanded):
            st.graphviz_chart(dot, width="stretch")


def reindex(bot: Chatbot | None, settings: Settings, full: bool = False) -> IndexReport:
    """Run the incremental reindex (or a full one) with a progress bar; answers come from the new index afterwards."""
    bar = st.progress(0.0, text="Checking the job pages…")
    total, done = [0], [0]

    def on_total(count: int) -> None:
        total[0] = count
        bar.progress(0.0, text=f"Embedding {count} sections…")

    def progress(count: int) -> None:
        done[0] += count
        bar.progress(min(1.0, done[0] / max(total[0], 1)), text=f"Embedded {done[0]} of {total[0]} sections")

    if bot is not None:
        report = bot.reindex(progress=progress, on_total=on_total)
    else:
        report = build_index(settings, full, progress=progress, on_total=on_total)
        load_chatbot.clear()
    bar.empty()
    return report


def run_reindex(bot: Chatbot | None, settings: Settings, full: bool = False) -> None:
    """Reindex and keep the report for the status panel; a failure is shown where it happened."""
    try:
        st.session_state.report = reindex(bot, settings, full)
    except ChatbotError as exc:
        st.error(escape_markdown(str(exc)))
        return
    st.rerun()  # the page again, from the new index: status, report, a fresh upload box


def render_report(report: IndexReport) -> None:
    """What the last reindex changed, and which files it skipped and why."""
    show = st.warning if report.problems else st.success
    show(escape_markdown(f"Reindexed: {report.summary()}"))
    for problem in report.problems:
        st.caption(escape_markdown(f"skipped {problem.file}: {problem.reason}"))


def render_status(status: IndexStatus) -> None:
    """Index size, model and age, and whether the seed files changed since."""
    if not status.built:
        st.warning(escape_markdown(status.problem or "No index yet."))
    else:
        built = (status.built_at or "?").replace("T", " ").replace("+00:00", " UTC")
        st.caption(
            escape_markdown(f"{status.pages} pages · {status.sections} sections · model {status.model} · built {built}")
        )
    if not status.model_matches:
        st.warning("The settings name another model: Reindex rebuilds the index with it.")
    if status.seeds.pending:
        st.info(escape_markdown(f"Job pages changed since the index was built ({status.seeds.summary()})."))
    elif status.built:
        st.caption("Up to date with the job pages.")


def upload_box(bot: Chatbot | None, settings: Settings) -> bool:
    """A .txt job page, validated, saved into the seeds folder under a safe name; True if it was saved."""
    key = f"upload-{st.session_state.setdefault('uploads', 0)}"
    limit_mb = math.ceil(settings.max_file_bytes / 2**20)
    file = st.file_uploader("Add a job page (.txt)", type=["txt"], key=key, max_upload_size=limit_mb)
    if file is None:
        return False
    data = file.getvalue()
    titles = {job.title: job.source for job in bot.index.jobs} if bot else {}
    try:
        upload = check_upload(file.name, data, settings, titles)
    except PageError as exc:
        st.error(escape_markdown(f"{file.name} cannot be added: {exc.reason}"))
        return False
    st.caption(escape_markdown(f"{upload.title}: {upload.sections} sections, to be saved as {upload.name}"))
    replace = False
    if upload.exists and not upload.identical:
        st.warning(escape_markdown(f"{upload.name} is already in the seeds folder with other text."))
        replace = st.checkbox("Replace it", key=f"replace-{key}")
    if not st.button("Add and reindex", disabled=upload.exists and not upload.identical and not replace):
        return False
    try:
        if not upload.identical:
            save_upload(upload, data, replace=replace)
    except ChatbotError as exc:
        st.error(escape_markdown(str(exc)))
        return False
    st.session_state.uploads += 1  # a fresh, empty upload box on the next run
    return True


def sidebar(bot: Chatbot | None, settings: Settings, conversation: Conversation, damaged: bool = False) -> None:
    """Chat actions, index status, reindex (a full rebuild of a damaged index) and upload."""
    with st.sidebar:
        st.button("New chat", on_click=new_chat, disabled=not conversation.turns)
        st.download_button(
            "Export chat (Markdown)",
            conversation_markdown(conversation),
            file_name="career-chat.md",
            mime="text/markdown",
            disabled=not conversation.turns,
            on_click="ignore",
        )
        st.subheader("Index")
        render_status(index_status(settings))
        if report := st.session_state.get("report"):
            render_report(report)
        clicked = st.button("Rebuild the index" if damaged else "Reindex" if bot else "Build the index")
        st.subheader("Add a job page")
        if upload_box(bot, settings) or clicked:
            run_reindex(bot, settings, full=damaged)


st.set_page_config(page_title="Career advice", page_icon="💼")
st.title("Career advice from job pages")
conversation: Conversation = st.session_state.setdefault("conversation", Conversation())
bot, failure = loaded()
if failure:
    st.error(escape_markdown(str(failure)))
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
sidebar(bot, bot.settings if bot else Settings(), conversation, isinstance(failure, IndexCorruptError))
