"""Conversations that survive a reload: the id in the URL (?c=...), the stored turns, the sidebar list (open, rename,
share, delete) and feedback. Every call names the owner (chatbot.ui._owner): a browser sees and changes only its
own conversations, and someone else's only as a shared read-only copy. Without a usable conversation file the page
says so once and works as before."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from chatbot import Answer, Chatbot, ChatbotError, Conversation, Store
from chatbot.ui._markdown import escape_markdown

PARAM = "c"
LISTED = 8  # conversations listed before "Show all"
GONE = "This conversation no longer exists, or the link is wrong. Here is a new chat."
READ_ONLY = "A shared copy of a conversation: you can read it, not add to it."
WHOLE = "The whole answer"
VERDICT_LABELS = {"helpful": "Helpful", "wrong_source": "Wrong source", "not_what_i_asked": "Not what I asked"}
T = TypeVar("T")


def attempt(call: Callable[[], T]) -> T | None:
    """A history call; a failure (damaged or locked file) is shown and the page goes on without it."""
    try:
        return call()
    except ChatbotError as exc:
        st.warning(escape_markdown(str(exc)))
        return None


def current(bot: Chatbot | None, who: str) -> Conversation:
    """The conversation of this page: the one the URL names if this owner may see it (restored from the file after a
    reload or in a second tab), else the session's. A link that names nothing this owner may open (malformed, made
    up, deleted, someone else's private chat) says so plainly and opens a new chat: from outside, the four look the
    same."""
    store = bot.history if bot else None
    here, wanted = st.session_state.get("conversation_id"), st.query_params.get(PARAM)
    if wanted and wanted == st.session_state.get("left"):  # the browser's URL still names the chat "New chat" left
        st.query_params.pop(PARAM, None)  # (it had not heard yet): a question typed at once goes to the new chat
        wanted = None
    if store is not None and wanted and wanted != here:
        opened = attempt(lambda: store.open(wanted, who))
        if opened is not None:
            st.session_state.conversation, st.session_state.conversation_id = opened.conversation, wanted
            st.session_state.read_only = opened.read_only
        else:
            st.session_state.notice = GONE
            start_new(store)
    if store is not None and "conversation_id" not in st.session_state:
        start_new(store)
    return st.session_state.setdefault("conversation", Conversation())


def start_new(store: Store | None) -> None:
    """A fresh chat. Its id reaches the URL only once its first turn is stored, so the link of an empty chat never
    turns into one that says "no longer exists"."""
    st.session_state.left = st.session_state.get("conversation_id")
    st.session_state.conversation = Conversation()
    st.session_state.read_only = False
    st.session_state.pop("pending", None)
    st.session_state.conversation_id = store.new_id() if store else None
    st.query_params.pop(PARAM, None)


def read_only() -> bool:
    return bool(st.session_state.get("read_only"))


def save(bot: Chatbot | None, conversation: Conversation, who: str) -> None:
    """Store the conversation's new turns, then put its id in the URL (a failure is shown, the chat goes on)."""
    store, conversation_id = (bot.history if bot else None), st.session_state.get("conversation_id")
    if store is None or not conversation_id or read_only():
        return
    if attempt(lambda: store.save(conversation_id, conversation, bot.index_version if bot else None, who)):
        st.query_params[PARAM] = conversation_id


def open_conversation(conversation_id: str) -> None:
    """Button callback: show a stored conversation (the URL follows, so a reload keeps it)."""
    st.session_state.pop("left", None)  # asked for by name: even the chat just left
    st.query_params[PARAM] = conversation_id


def delete_conversation(store: Store, conversation_id: str, who: str) -> None:
    """Button callback: delete a conversation; deleting the one on screen opens a new chat."""
    if attempt(lambda: store.delete(conversation_id, who)) and conversation_id == st.session_state.get(
        "conversation_id"
    ):
        start_new(store)


def continue_copy(store: Store, who: str) -> None:
    """Button callback: go on with a shared conversation as one's own (a private copy; the shared one is unchanged)."""
    copy = attempt(lambda: store.copy_to(st.session_state.get("conversation_id", ""), who))
    if copy:
        st.query_params[PARAM] = copy


def share(store: Store, who: str) -> None:
    """Button callback: make a read-only copy of this conversation and keep its link to show."""
    copy = attempt(lambda: store.share(st.session_state.get("conversation_id", ""), who))
    if copy:
        link = f"{(st.context.url or '').split('?')[0]}?{PARAM}={copy}"
        st.session_state.shared_link = (st.session_state.get("conversation_id"), link)


def give(store: Store, who: str, turn: int, verdict: str, citation: int | None = None, comment: str = "") -> None:
    """Feedback on a stored turn (1-based) or one of its citations."""
    conversation_id = st.session_state.get("conversation_id")
    if conversation_id and attempt(lambda: store.give_feedback(conversation_id, turn, verdict, who, citation, comment)):
        st.toast("Thank you: noted.")


def feedback(store: Store | None, who: str, answer: Answer, turn: int) -> None:
    """Under an answer: thumbs up or down, and "Tell us more", which opens (on demand: an earlier answer costs no
    form until asked) a short form for a verdict on the answer or one of its sources with an optional comment.
    Nothing for a shared read-only copy."""
    if store is None or read_only():
        return
    key = f"thumbs-{st.session_state.get('conversation_id')}-{turn}"
    choice = st.feedback("thumbs", key=key)
    if choice is not None and st.session_state.get(f"{key}-given") != choice:
        st.session_state[f"{key}-given"] = choice
        give(store, who, turn + 1, "helpful" if choice == 1 else "not_helpful")
    if st.session_state.get("telling") != key:
        st.button("Tell us more", key=f"{key}-more", on_click=st.session_state.__setitem__, args=("telling", key))
        return
    with st.form(f"form-{key}", clear_on_submit=True):
        about = [WHOLE] + [escape_markdown(f"[{c.n}] {c.job} — {c.section}") for c in answer.citations]
        st.selectbox("About", range(len(about)), format_func=lambda i: about[i], key=f"{key}-about")
        st.radio(
            "Verdict", list(VERDICT_LABELS), format_func=VERDICT_LABELS.__getitem__, horizontal=True, key=f"{key}-v"
        )
        st.text_area("Comment (optional)", max_chars=2000, key=f"{key}-comment")
        st.form_submit_button("Send", on_click=send, args=(store, who, answer, turn, key))


def send(store: Store, who: str, answer: Answer, turn: int, key: str) -> None:
    """Form callback: store the verdict and close the form (before the page is drawn again)."""
    which, state = st.session_state.get(f"{key}-about", 0), st.session_state
    citation = answer.citations[which - 1].n if which else None
    give(store, who, turn + 1, state.get(f"{key}-v", "helpful"), citation, state.get(f"{key}-comment", ""))
    state.pop("telling", None)


def past_conversations(bot: Chatbot | None, who: str) -> None:
    """The sidebar list of this owner's conversations: open, delete, and rename or share the one on screen."""
    store = bot.history if bot else None
    if bot is not None and store is None:
        st.caption(escape_markdown(bot.history_problem or "Conversation history is off."))
        return
    if store is None:
        return
    st.subheader("Your conversations")
    listed = attempt(lambda: store.conversations(who)) or []
    if len(listed) > LISTED and not st.toggle(f"Show all {len(listed)}", key="all-conversations"):
        listed = listed[:LISTED]  # two buttons each, redrawn on every turn
    if not listed:
        st.caption("None yet: they are kept in this browser's list, not shown to anyone else.")
    here = st.session_state.get("conversation_id")
    for item in listed:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.updated))
        label = escape_markdown(f"{'🔗 shared: ' if item.shared else ''}{item.title} · {when}")
        left, right = st.columns([5, 1])
        left.button(label, key=f"open-{item.id}", on_click=open_conversation, args=(item.id,), disabled=item.id == here)
        right.button(
            "✕",
            key=f"delete-{item.id}",
            help="Delete (a shared copy: its link stops working)",
            on_click=delete_conversation,
            args=(store, item.id, who),
        )
    mine = next((item for item in listed if item.id == here and not item.shared), None)
    if mine is not None:
        manage(store, who, mine.id)


def manage(store: Store, who: str, conversation_id: str) -> None:
    """Rename and share the conversation on screen."""
    title = st.text_input("Rename this conversation", key=f"rename-{conversation_id}")
    if st.button("Rename", key="rename-go", disabled=not title.strip()):
        attempt(lambda: store.rename(conversation_id, title, who))
        st.rerun()
    st.button("Share a read-only copy", key="share-go", on_click=share, args=(store, who))
    shared = st.session_state.get("shared_link")
    if shared and shared[0] == conversation_id:
        link = shared[1]
        st.caption("Anyone with this link can read the copy (not your later turns). Delete the copy to revoke it.")
        st.code(link, language=None)
