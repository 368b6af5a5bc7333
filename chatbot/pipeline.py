"""The one place that wires the stages: build or update the index, load it, answer questions."""

from __future__ import annotations

import threading
from collections.abc import Callable

from chatbot.config import Settings
from chatbot.dialogue import Conversation
from chatbot.embed import Embedder, Progress
from chatbot.errors import IndexMismatchError
from chatbot.indexer import refresh, update_index
from chatbot.library import Library
from chatbot.models import Answer, IndexReport
from chatbot.reply import reply
from chatbot.retrieve import Retriever
from chatbot.runtime import ModelEmbedder
from chatbot.store import StoredIndex, load_index


def ignore(text: str) -> None:
    """A listener for streamed text that nobody reads."""


def make_embedder(settings: Settings) -> Embedder:
    """The configured model (it loads on first use): ONNX Runtime when exportable, else sentence-transformers."""
    cache = settings.model_cache or settings.index_dir / "models"
    return ModelEmbedder(
        settings.model, cache, settings.batch_size, settings.threads, settings.onnx, settings.precision
    )


def build_index(
    settings: Settings,
    full: bool = False,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    embedder: Embedder | None = None,
) -> IndexReport:
    """Build or update the index; the model is loaded only if some text needs embedding."""
    return update_index(settings, lambda: embedder or make_embedder(settings), full, progress, on_total)


class Chatbot:
    """A loaded index plus the model, answering questions; safe to share between threads.

    A reindex swaps in the new retriever in one assignment, so every answer comes wholly from one version.
    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or make_embedder(settings)
        self._retriever = Retriever(self._load(), self.embedder, settings)
        self._reindex_lock = threading.Lock()
        self._library_cache: tuple[StoredIndex, Library] | None = None

    def _load(self) -> StoredIndex:
        return self._checked(load_index(self.settings.index_dir))

    def _checked(self, index: StoredIndex) -> StoredIndex:
        """The index, if it was built with the configured model."""
        if index.manifest.model != self.settings.model:
            raise IndexMismatchError(
                str(self.settings.index_dir), f"built with {index.manifest.model}, settings say {self.settings.model}"
            )
        if index.manifest.dimension != self.embedder.dimension:
            raise IndexMismatchError(
                str(self.settings.index_dir),
                f"vectors of {index.manifest.dimension} dimensions, the model makes {self.embedder.dimension}",
            )
        return index

    @property
    def index(self) -> StoredIndex:
        """The index version answers come from now."""
        return self._retriever.index

    def ask(
        self, question: str, conversation: Conversation | None = None, on_text: Callable[[str], None] | None = None
    ) -> Answer:
        """Answer one question; the conversation (if given) resolves follow-ups and records the turn.

        Args:
            on_text: receives the answer's text as it is produced: LLM tokens, or a grounded answer in one
                piece. The returned Answer is final: when the LLM fails midway, on_text gets a short note and
                then the grounded answer, and answer.answer holds the grounded answer alone.
        """
        retriever = self._retriever  # one version for the whole answer
        conversation = conversation if conversation is not None else Conversation()
        answer = reply(question, conversation, retriever, self._library(retriever), self.settings, on_text or ignore)
        conversation.record(answer)
        return answer

    def _library(self, retriever: Retriever) -> Library:
        """The section view of the retriever's index version, built once per version."""
        cached = self._library_cache
        if cached is None or cached[0] is not retriever.index:
            cached = self._library_cache = (retriever.index, Library(retriever.index))
        return cached[1]

    def reindex(
        self, full: bool = False, progress: Progress | None = None, on_total: Callable[[int], None] | None = None
    ) -> IndexReport:
        """Update the index on disk with the already loaded model, then answer from the new version.

        The version in memory stands in for the one on disk, so an update reads nothing it already has.
        """
        with self._reindex_lock:
            report, saved = refresh(self.settings, lambda: self.embedder, full, progress, on_total, self.index)
            if saved is not None:
                previous = self._retriever.linker  # unchanged jobs keep their names
                self._retriever = Retriever(self._checked(saved), self.embedder, self.settings, previous=previous)
            return report
