"""A career-advice chatbot that answers from job pages, every claim with a numbered citation.

The public API, and all the shells (chatbot.ui) use: Chatbot answers and reindexes, build_index builds or updates
an index without loading one, status reads an index's state, check_upload/save_upload add a page; plus the
settings, the types passed between stages and the errors.
"""

from chatbot import _ast_threads, _blas_threads
from chatbot.answer import (
    Conversation,
    format_dialogue_report,
    format_guidance_report,
    is_dialogue_set,
    is_guidance_set,
    load_dialogues,
    load_guidance,
)
from chatbot.config import Settings
from chatbot.embed import Embedder, register_embedder
from chatbot.errors import ChatbotError, IndexCorruptError, PageError
from chatbot.history import (
    KEY,
    LOCAL,
    VERDICTS,
    HistoryError,
    Opened,
    Store,
    Summary,
    feedback_cases,
    feedback_summary,
    new_id,
    new_key,
)
from chatbot.ingest import UploadedPage, check_upload, save_upload
from chatbot.models import (
    RIASEC_CODES,
    Answer,
    CareerPath,
    CareerRoute,
    Chunk,
    Citation,
    Comparison,
    Hit,
    IndexReport,
    IndexStatus,
    Intent,
    InterestReading,
    JobMatch,
    JobPage,
    Question,
    Section,
)
from chatbot.pipeline import Chatbot, build_index, history_file, history_location, status, with_index_model
from chatbot.retrieval import Mode, format_misses, format_report, load_cases

_ast_threads.install()  # before any thread of ours parses (see chatbot/_ast_threads.py)
_blas_threads.install()  # see chatbot/_blas_threads.py

__all__ = [
    "KEY",
    "LOCAL",
    "VERDICTS",
    "HistoryError",
    "Opened",
    "new_id",
    "new_key",
    "Store",
    "Summary",
    "feedback_cases",
    "feedback_summary",
    "Answer",
    "CareerPath",
    "CareerRoute",
    "JobMatch",
    "RIASEC_CODES",
    "Chatbot",
    "ChatbotError",
    "Chunk",
    "Citation",
    "Comparison",
    "Conversation",
    "Embedder",
    "Hit",
    "IndexCorruptError",
    "IndexReport",
    "IndexStatus",
    "Intent",
    "InterestReading",
    "JobPage",
    "Mode",
    "PageError",
    "Question",
    "Section",
    "Settings",
    "UploadedPage",
    "build_index",
    "history_file",
    "history_location",
    "check_upload",
    "format_dialogue_report",
    "format_guidance_report",
    "format_misses",
    "format_report",
    "is_dialogue_set",
    "is_guidance_set",
    "load_cases",
    "load_dialogues",
    "load_guidance",
    "register_embedder",
    "save_upload",
    "status",
    "with_index_model",
]
