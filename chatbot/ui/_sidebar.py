"""The sidebar: chat actions (new chat, export), index status, reindex with its report, and adding a job page.

`forget` (given by the page) drops the cached chatbot, after an index was built where none could be loaded.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

import streamlit as st

from chatbot import (
    Chatbot,
    ChatbotError,
    Conversation,
    IndexReport,
    IndexStatus,
    PageError,
    Settings,
    build_index,
    check_upload,
    save_upload,
    status,
)
from chatbot.ui._history import past_conversations, start_new
from chatbot.ui._markdown import conversation_markdown, escape_markdown
from chatbot.ui._owner import account


def reindex(bot: Chatbot | None, settings: Settings, full: bool, forget: Callable[[], None]) -> IndexReport:
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
        forget()
    bar.empty()
    return report


def run_reindex(bot: Chatbot | None, settings: Settings, full: bool, forget: Callable[[], None]) -> None:
    """Reindex and keep the report for the status panel; a failure is shown where it happened."""
    try:
        st.session_state.report = reindex(bot, settings, full, forget)
    except ChatbotError as exc:
        st.error(escape_markdown(str(exc)))
        return
    forget_status()
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
    try:
        upload = bot.check_upload(file.name, data) if bot else check_upload(file.name, data, settings)
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


@st.fragment
def upload_panel(bot: Chatbot | None, settings: Settings) -> None:
    """The upload box as a fragment: choosing and checking a file reruns it alone; "Add and reindex" hands over to
    a full run, which reindexes and redraws the page from the new index."""
    if upload_box(bot, settings):
        st.session_state.reindex_now = True
        st.rerun(scope="app")


def seed_status(settings: Settings) -> IndexStatus:
    """The index and seed status. On the full corpus it stats or hashes 1,574 files (60-150 ms), which every rerun
    of the page would pay; so it is looked up again at once only when a seed folder's listing changed (a page added,
    removed or saved by rename); for a page edited in place, a status over STALE_S old is looked up again in the
    background, off the run (the run it would have held up was a chat turn, every few turns). A reindex clears it."""
    listings = tuple(folder.stat().st_mtime_ns if folder.is_dir() else 0 for folder in settings.seeds)
    key = (settings.model_dump_json(), listings)
    with LOCK:
        known = STATUS.get(key)
    if known is None:
        return look_up(key, settings)
    if time.monotonic() - known[0] > STALE_S and key not in REFRESHING:
        REFRESHING.add(key)
        threading.Thread(target=look_up, args=(key, settings), name="seed-status", daemon=True).start()
    return known[1]


def look_up(key: tuple[str, tuple[int, ...]], settings: Settings) -> IndexStatus:
    """The status now, kept unless a reindex came in the meantime (then it may describe the index before it)."""
    generation = GENERATION[0]
    looked = status(settings)
    with LOCK:
        REFRESHING.discard(key)
        if generation == GENERATION[0]:
            STATUS.clear()  # only the newest listing matters
            STATUS[key] = (time.monotonic(), looked)
    return looked


def forget_status() -> None:
    with LOCK:
        STATUS.clear()
        GENERATION[0] += 1


STALE_S = 30.0  # every 5 s, the lookup in the background took the CPU and the interpreter from 2-3 of 20 quick turns
LOCK = threading.Lock()
STATUS: dict[tuple[str, tuple[int, ...]], tuple[float, IndexStatus]] = {}  # (settings, listings) -> (when, status)
REFRESHING: set[tuple[str, tuple[int, ...]]] = set()
GENERATION = [0]  # reindexes so far


def sidebar(
    bot: Chatbot | None,
    settings: Settings,
    conversation: Conversation,
    who: str,
    damaged: bool,
    forget: Callable[[], None],
) -> None:
    """Chat actions, index status, reindex (a full rebuild of a damaged index) and upload."""
    with st.sidebar:
        st.button("New chat", on_click=start_new, args=(bot.history if bot else None,), disabled=not conversation.turns)
        st.download_button(
            "Export chat (Markdown)",
            conversation_markdown(conversation),
            file_name="career-chat.md",
            mime="text/markdown",
            disabled=not conversation.turns,
            on_click="ignore",
        )
        account()
        past_conversations(bot, who)
        st.subheader("Index")
        render_status(seed_status(settings))
        if report := st.session_state.get("report"):
            render_report(report)
        clicked = st.button("Rebuild the index" if damaged else "Reindex" if bot else "Build the index")
        st.subheader("Add a job page")
        upload_panel(bot, settings)
        if st.session_state.pop("reindex_now", False) or clicked:
            run_reindex(bot, settings, damaged, forget)
