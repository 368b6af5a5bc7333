"""What the conversation store takes and gives: ids and owner keys (random tokens), an owner's digest, and the
records it returns."""

from __future__ import annotations

import hashlib
import re
import secrets

from pydantic import BaseModel

from chatbot.answer import Conversation
from chatbot.models import Answer

ID = re.compile(r"^[A-Za-z0-9_-]{22}$")  # secrets.token_urlsafe(16): 128 random bits
KEY = re.compile(r"^[A-Za-z0-9_-]{43}$")  # secrets.token_urlsafe(32): a browser's owner key, 256 random bits
VERDICTS = ("helpful", "not_helpful", "wrong_source", "not_what_i_asked")
TITLE_CHARS = 80
COMMENT_CHARS = 2000
LOCAL = "local"  # the owner of conversations held on the command line


class Summary(BaseModel):
    """One stored conversation, as the sidebar lists it."""

    id: str
    title: str
    updated: float
    turns: int
    shared: bool = False


class Opened(BaseModel):
    """A stored conversation as one owner may see it: their own, or someone's shared read-only copy."""

    conversation: Conversation
    title: str
    read_only: bool


class Feedback(BaseModel):
    """One piece of feedback with the turn it is about."""

    conversation: str
    turn: int
    citation: int | None
    verdict: str
    comment: str
    question: str
    earlier: list[str]
    answer: Answer


def new_id() -> str:
    """A conversation id: 128 random bits (never a counter or a time), URL-safe."""
    return secrets.token_urlsafe(16)


def new_key() -> str:
    """A browser's owner key: 256 random bits, URL- and cookie-safe."""
    return secrets.token_urlsafe(32)


def owner_digest(owner: str) -> str:
    """What the file keeps of an owner: a salted SHA-256, so the file never holds a browser's key or a user's name."""
    return hashlib.sha256(f"chatbot-history-owner\0{owner}".encode()).hexdigest()
