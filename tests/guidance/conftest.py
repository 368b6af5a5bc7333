"""The chatbot over the full 1,574-page index (seeds + O*NET + jobtag), built once for the guidance tests, and the
answers several tests share (each asked once, in a fresh conversation)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from chatbot import Answer, Chatbot, Conversation, Settings


@pytest.fixture(scope="session")
def corpus_bot(corpus_index: Settings) -> Chatbot:
    return Chatbot(corpus_index)


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
