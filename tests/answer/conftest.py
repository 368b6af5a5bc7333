"""Chatbots over the real indexes (the seeds alone; the 1,574 pages), one per test module."""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.config import Settings


@pytest.fixture(scope="module")
def corpus_bot(corpus_index: Settings) -> Chatbot:
    return Chatbot(corpus_index)


@pytest.fixture(scope="module")
def seeds_bot(seeds_index: Settings) -> Chatbot:
    return Chatbot(seeds_index)
