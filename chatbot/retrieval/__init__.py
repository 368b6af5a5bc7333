"""Retrieval: a question analysed once (Question), then ranked hits from BM25, dense vectors, job links and intent."""

from chatbot.retrieval._another import CLOSE
from chatbot.retrieval._bm25 import LexicalIndex
from chatbot.retrieval._cache import cache_key, cached_array
from chatbot.retrieval._evaluate import Case, Report, evaluate, format_misses, format_report, load_cases
from chatbot.retrieval._fusion import fuse, top_rows
from chatbot.retrieval._hints import preferred_sections
from chatbot.retrieval._intent import detect_intent
from chatbot.retrieval._linking import JobLinker
from chatbot.retrieval._mention import job_mention
from chatbot.retrieval._mode import Mode
from chatbot.retrieval._question import NAMING_LINK, strong_links, understand
from chatbot.retrieval._retriever import Retriever
from chatbot.retrieval._roles import OTHER_ROLE, ROLES
from chatbot.retrieval._scope import is_small_talk, says_pay

__all__ = [
    "CLOSE",
    "Case",
    "JobLinker",
    "LexicalIndex",
    "Mode",
    "NAMING_LINK",
    "OTHER_ROLE",
    "ROLES",
    "Report",
    "Retriever",
    "cache_key",
    "cached_array",
    "detect_intent",
    "evaluate",
    "format_misses",
    "format_report",
    "fuse",
    "is_small_talk",
    "job_mention",
    "load_cases",
    "preferred_sections",
    "says_pay",
    "strong_links",
    "top_rows",
    "understand",
]
