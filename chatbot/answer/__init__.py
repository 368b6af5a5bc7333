"""Answering: the conversation, grounded cited answers, comparisons, refusals, suggestions, optional LLM."""

from chatbot.answer._advise import suggest_jobs
from chatbot.answer._career import career_path
from chatbot.answer._citations import Ledger, citation_problems, keep_citations, marker_numbers, quote_in_section
from chatbot.answer._dialogue import Conversation
from chatbot.answer._evaluate import (
    DialogueCase,
    DialogueReport,
    evaluate_dialogues,
    format_dialogue_report,
    is_dialogue_set,
    load_dialogues,
)
from chatbot.answer._guidance_eval import (
    GuidanceCase,
    GuidanceReport,
    evaluate_guidance,
    format_guidance_report,
    is_guidance_set,
    load_guidance,
)
from chatbot.answer._phrases import heading_label, join_names, question_for
from chatbot.answer._turn import reply

__all__ = [
    "suggest_jobs",
    "Conversation",
    "GuidanceCase",
    "GuidanceReport",
    "evaluate_guidance",
    "format_guidance_report",
    "is_guidance_set",
    "load_guidance",
    "DialogueCase",
    "DialogueReport",
    "evaluate_dialogues",
    "format_dialogue_report",
    "is_dialogue_set",
    "load_dialogues",
    "Ledger",
    "career_path",
    "citation_problems",
    "heading_label",
    "join_names",
    "keep_citations",
    "marker_numbers",
    "question_for",
    "quote_in_section",
    "reply",
]
