"""The chatbot of this server process: loaded once and shared by every session. `chatbot serve` starts loading it
when the server starts (chatbot.ui.server), so the first visitor finds a working chat box."""

from __future__ import annotations

import gc
import threading

import streamlit as st

from chatbot import Chatbot, ChatbotError, Settings


@st.cache_resource(show_spinner="Loading the model and the index…")
def load_chatbot() -> Chatbot:
    """The model and index, loaded once per process and shared by every session (Chatbot is thread-safe).
    Streamlit's resource cache computes a value once: a page that asks while the server is still loading waits
    for that load instead of starting a second."""
    bot = Chatbot(Settings())
    freeze()
    WARMING.append(threading.Thread(target=warm_then_freeze, args=(bot,), name="warm-chatbot", daemon=True))
    WARMING[-1].start()
    return bot


WARMING: list[threading.Thread] = []  # the warm-up started by load_chatbot


def wait_warm() -> None:
    """Until the warm-up is done (`chatbot serve` waits before it answers HTTP: a warm-up running beside the first
    visitor's page run holds the interpreter lock and made that visit 5.4 s instead of ~2 s, measured)."""
    for thread in list(WARMING):
        thread.join()


def freeze() -> None:
    """Move what is alive now (the index: ~600k objects on the full corpus, alive as long as the process) out of
    the garbage collector's sight. Streamlit runs a full collection after every script run, which walked them all:
    295 ms of every turn on the full index, 0 ms once frozen. Reference counting still frees a replaced version."""
    gc.collect()
    gc.freeze()


def warm_then_freeze(bot: Chatbot) -> None:
    """Build the caches the first questions would otherwise wait for (in the background), then freeze them too."""
    bot.warm(wait=True)
    freeze()


def loaded() -> tuple[Chatbot | None, ChatbotError | None]:
    """The chatbot, or None with the reason it cannot answer yet (no index, a damaged one, another model's)."""
    try:
        bot = load_chatbot()
    except ChatbotError as exc:
        return None, exc
    bot.follow()  # a version another process made live comes in the background
    return bot, None
