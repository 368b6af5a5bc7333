"""Conversations that survive a reload: the id in the URL (?c=...), the stored turns, the sidebar list (open, rename,
delete) and feedback. Without a usable conversation file the page says so once and works as before."""

from __future__ import annotations

import time

import streamlit as st

from chatbot import Chatbot, ChatbotError, Conversation, Store
from chatbot.ui._markdown import escape_markdown

PARAM = "c"


def current(bot: Chatbot | None) -> Conversation:
    """The conversation of this page: the one the URL names (restored from the file after a reload or in a second
    tab), else the session's; a malformed or unknown id opens a new chat under a new id."""
    store = bot.history if bot else None
    here, wanted = st.session_state.get("conversation_id"), st.query_params.get(PARAM)
    if store is not None and (wanted != here or here is None):
        stored = load(store, wanted) if wanted else None
        if stored is not None:
            st.session_state.conversation, st.session_state.conversation_id = stored, wanted
        elif here is None or wanted:  # a first visit, or a URL naming no stored conversation: a new chat
            st.session_state.conversation, st.session_state.conversation_id = Conversation(), store.new_id()
        st.query_params[PARAM] = st.session_state.conversation_id
    return st.session_state.setdefault("conversation", Conversation())


def load(store: Store, conversation_id: str) -> Conversation | None:
    try:
        return store.load(conversation_id)
    except ChatbotError as exc:
        st.warning(escape_markdown(str(exc)))
        return None


def save(bot: Chatbot | None, conversation: Conversation) -> None:
    """Store the conversation's new turns (a failure is shown, the chat goes on)."""
    store, conversation_id = (bot.history if bot else None), st.session_state.get("conversation_id")
    if store is None or not conversation_id:
        return
    try:
        store.save(conversation_id, conversation, bot.index_version if bot else None)
    except ChatbotError as exc:
        st.warning(escape_markdown(str(exc)))


def open_conversation(conversation_id: str) -> None:
    """Button callback: show a stored conversation (the URL follows, so a reload keeps it)."""
    st.query_params[PARAM] = conversation_id


def new_conversation(store: Store | None) -> None:
    """Button callback: a fresh chat under a new id."""
    st.session_state.conversation = Conversation()
    st.session_state.pop("pending", None)
    if store is not None:
        st.session_state.conversation_id = store.new_id()
        st.query_params[PARAM] = st.session_state.conversation_id


def give(store: Store, turn: int, verdict: str, citation: int | None = None) -> None:
    """Button callback: feedback on a stored turn (1-based) or one of its citations."""
    conversation_id = st.session_state.get("conversation_id")
    if conversation_id:
        try:
            store.give_feedback(conversation_id, turn, verdict, citation)
            st.toast("Thank you: noted.")
        except ChatbotError as exc:
            st.warning(escape_markdown(str(exc)))


def thumbs(store: Store | None, turn: int) -> None:
    """Thumbs up or down under an answer."""
    if store is None:
        return
    key = f"thumbs-{st.session_state.get('conversation_id')}-{turn}"
    st.button("Not what I asked", key=f"{key}-off", on_click=give, args=(store, turn + 1, "not_what_i_asked"))
    choice = st.feedback("thumbs", key=key)
    if choice is not None and st.session_state.get(f"{key}-given") != choice:
        st.session_state[f"{key}-given"] = choice
        give(store, turn + 1, "helpful" if choice == 1 else "not_helpful")


def past_conversations(bot: Chatbot | None) -> None:
    """The sidebar list: open, rename (the current one) and delete stored conversations."""
    store = bot.history if bot else None
    if bot is not None and store is None:
        st.caption(escape_markdown(bot.history_problem or "Conversation history is off."))
        return
    if store is None:
        return
    st.subheader("Conversations")
    try:
        listed = store.conversations()
    except ChatbotError as exc:
        st.warning(escape_markdown(str(exc)))
        return
    here = st.session_state.get("conversation_id")
    for item in listed:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.updated))
        label = escape_markdown(f"{item.title} · {when}")
        left, right = st.columns([5, 1])
        left.button(label, key=f"open-{item.id}", on_click=open_conversation, args=(item.id,), disabled=item.id == here)
        right.button(
            "✕", key=f"delete-{item.id}", help="Delete this conversation", on_click=store.delete, args=(item.id,)
        )
    if here and any(item.id == here for item in listed):
        title = st.text_input("Rename this conversation", key=f"rename-{here}")
        if st.button("Rename", key="rename-go", disabled=not title.strip()):
            store.rename(here, title)
            st.rerun()
