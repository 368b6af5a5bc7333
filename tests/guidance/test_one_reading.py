"""A long English statement of oneself is read by the model as a whole, not sentence by sentence as well: the
sentences added 0.001 to match P@5 once the bank voted, for a third run of the model on a first request
(chatbot/retrieval/_suits.py). Real model, real index over the seed pages."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from chatbot import Chatbot, Conversation, Settings
from chatbot.embed import Progress

STATEMENT = (
    "I have organised neighbourhood clean-ups for years and I chair our residents' association. "
    "I like getting people who disagree to sit at one table. "
    "I'd rather run things than sit in an office filing papers. "
    "Which jobs would suit me?"
)


class Counting:
    """The real embedder, with every call's texts written down."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name = inner.name  # type: ignore[attr-defined]
        self.calls: list[list[str]] = []

    @property
    def dimension(self) -> int:
        return int(self.inner.dimension)  # type: ignore[attr-defined]

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        self.calls.append(list(texts))
        return self.inner.embed(texts, progress)  # type: ignore[attr-defined, no-any-return]

    def unknown_ratio(self, text: str) -> float:
        return float(self.inner.unknown_ratio(text))  # type: ignore[attr-defined]


def test_a_statement_is_read_whole(seeds_index: Settings, model_embedder) -> None:  # type: ignore[no-untyped-def]
    counting = Counting(model_embedder)
    bot = Chatbot(seeds_index, embedder=counting)
    bot.warm(wait=True)
    counting.calls.clear()
    answer = bot.ask(STATEMENT, Conversation())
    assert answer.matches, answer.answer  # read as a request for jobs that suit
    sentences = [part for part in STATEMENT.split(". ") if len(part) > 20]
    read = [text.casefold() for call in counting.calls for text in call]
    assert not [text for text in read if any(text.strip(". ") == s.casefold().strip(". ") for s in sentences)]
    assert all(len(call) == 1 for call in counting.calls)  # nothing read as a batch of the statement's parts
