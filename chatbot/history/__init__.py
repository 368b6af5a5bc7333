"""Conversation history: an SQLite file that keeps each conversation's turns, answers and feedback."""

from chatbot.history._export import feedback_cases, feedback_summary
from chatbot.history._store import VERDICTS, Feedback, HistoryError, Store, Summary

__all__ = ["VERDICTS", "Feedback", "HistoryError", "Store", "Summary", "feedback_cases", "feedback_summary"]
