"""A career-advice chatbot that answers from job pages, every claim with a numbered citation."""

from chatbot.config import Settings
from chatbot.errors import ChatbotError, PageError
from chatbot.models import Answer, Chunk, Citation, Hit, IndexReport, JobPage, Section

__all__ = [
    "Answer",
    "ChatbotError",
    "Chunk",
    "Citation",
    "Hit",
    "IndexReport",
    "JobPage",
    "PageError",
    "Section",
    "Settings",
]
