"""Streamlit shell over the pipeline: a chat page answering from the index."""

from __future__ import annotations

import streamlit as st

from chatbot.config import Settings
from chatbot.dialogue import Conversation
from chatbot.errors import ChatbotError
from chatbot.pipeline import Chatbot


@st.cache_resource
def chatbot() -> Chatbot:
    """The model and index, loaded once per process."""
    return Chatbot(Settings())


st.set_page_config(page_title="Career advice", page_icon="💼")
st.title("Career advice from job pages")
conversation: Conversation = st.session_state.setdefault("conversation", Conversation())
for turn in conversation.turns:
    st.chat_message("user").text(turn.question)
    st.chat_message("assistant").markdown(turn.answer)
if question := st.chat_input("Ask about a job, e.g. how do I become a ward mayor?"):
    st.chat_message("user").text(question)
    try:
        answer = chatbot().ask(question, conversation)
    except ChatbotError as exc:
        st.error(str(exc))
    else:
        st.chat_message("assistant").markdown(answer.answer)
