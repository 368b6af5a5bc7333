"""Conversation history: each owner's conversations, turns, answers and feedback, in an SQLite file or a shared
PostgreSQL database."""

from chatbot.history._db import HistoryError
from chatbot.history._export import feedback_cases, feedback_summary
from chatbot.history._kinds import KEY, LOCAL, VERDICTS, Feedback, Opened, Summary, new_id, new_key
from chatbot.history._opener import StoreOpener
from chatbot.history._store import Store

__all__ = [
    "KEY",
    "LOCAL",
    "VERDICTS",
    "Feedback",
    "HistoryError",
    "Opened",
    "Store",
    "StoreOpener",
    "Summary",
    "feedback_cases",
    "feedback_summary",
    "new_id",
    "new_key",
]
