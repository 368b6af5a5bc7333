"""The chatbot of this server process: loaded once and shared by every session. `chatbot serve` starts loading it
when the server starts (chatbot.ui.server), so the first visitor finds a working chat box."""

from __future__ import annotations

import streamlit as st

from chatbot import Chatbot, ChatbotError, Settings


@st.cache_resource(show_spinner="Loading the model and the index…")
def load_chatbot() -> Chatbot:
    """The model and index, loaded once per process and shared by every session (Chatbot is thread-safe).
    Streamlit's resource cache computes a value once: a page that asks while the server is still loading waits
    for that load instead of starting a second."""
    bot = Chatbot(Settings())
    bot.warm()  # in the background: the first questions need not wait for the caches
    return bot


def loaded() -> tuple[Chatbot | None, ChatbotError | None]:
    """The chatbot, or None with the reason it cannot answer yet (no index, a damaged one, another model's)."""
    try:
        bot = load_chatbot()
    except ChatbotError as exc:
        return None, exc
    bot.follow()  # a version another process made live comes in the background
    return bot, None
