"""The answers several guidance tests share (each asked once, in a fresh conversation) from the session's chatbot
over the full 1,574-page index (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from chatbot import Answer, Chatbot, Conversation


@pytest.fixture(scope="session")
def titles(corpus_bot: Chatbot) -> dict[str, str]:
    """Every indexed job's title -> its page file."""
    return corpus_bot.titles()


@pytest.fixture(scope="session")
def ask(corpus_bot: Chatbot) -> Callable[[str], Answer]:
    """Ask once in a fresh conversation; the same question later gets the same answer object (do not change it)."""
    answers: dict[str, Answer] = {}

    def asked(question: str) -> Answer:
        if question not in answers:
            answers[question] = corpus_bot.ask(question, Conversation())
        return answers[question]

    return asked
