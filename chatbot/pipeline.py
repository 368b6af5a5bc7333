"""The one place that wires the stages: build or update the index, load it, answer questions. Shells talk to this."""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Callable
from pathlib import Path

from chatbot.answer import (
    Conversation,
    DialogueCase,
    DialogueReport,
    GuidanceCase,
    GuidanceReport,
    career_path,
    evaluate_dialogues,
    evaluate_guidance,
    quote_in_section,
    reply,
    suggest_jobs,
)
from chatbot.config import Settings
from chatbot.embed import Embedder, Progress, make_embedder
from chatbot.errors import ChatbotError, IndexMismatchError
from chatbot.guidance import Adviser
from chatbot.history import Store, StoreOpener
from chatbot.index import StoredIndex, current_version, index_status, load_index, read_manifest, refresh, update_index
from chatbot.ingest import UploadedPage, check_upload, save_upload
from chatbot.models import Answer, CareerPath, Citation, IndexReport, IndexStatus, InterestReading, Lang
from chatbot.retrieval import Case, Mode, Report, Retriever, evaluate


def ignore(text: str) -> None:
    """A listener for streamed text that nobody reads."""


def build_index(
    settings: Settings,
    full: bool = False,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    embedder: Embedder | None = None,
) -> IndexReport:
    """Build or update the index; the model is loaded only if some text needs embedding."""
    return update_index(settings, lambda: embedder or make_embedder(settings), full, progress, on_total)


def status(settings: Settings) -> IndexStatus:
    """What the index holds and whether the seed folders changed since (no model, no vectors loaded)."""
    return index_status(settings)


def history_file(settings: Settings) -> Path:
    """Where conversations are kept: the setting, else chat-history.sqlite3 beside the index folder (a full rebuild
    of the index never touches it)."""
    return settings.history_file or settings.index_dir.resolve().parent / "chat-history.sqlite3"


def history_location(settings: Settings) -> Path | str:
    """Where conversations are kept: the PostgreSQL URL if one is set, else the SQLite file."""
    return settings.history_url or history_file(settings)


def with_index_model(settings: Settings) -> Settings:
    """The settings with the model the index was built with, so questions are embedded like its chunks."""
    return settings.model_copy(update={"model": read_manifest(settings.index_dir).model})


def warm(adviser: Adviser) -> None:
    """Build the retriever's caches, then the guidance's profiles and route graph; then freeze what is loaded."""
    adviser.retriever.warm()
    adviser.warm()
    # A version is 700,000 objects: a full collection scanned them within a question (docs/architecture.md, "Warm-up")
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class Chatbot:
    """A loaded index plus the model, answering questions; safe to share between threads.

    A reindex swaps in the new retriever in one assignment, so every answer comes wholly from one version.
    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or make_embedder(settings)
        self._adviser = Adviser(Retriever(self._checked(load_index(settings.index_dir)), self.embedder, settings))
        self._reindex_lock = threading.Lock()
        self._looked = 0.0  # when follow() last looked at the live version on disk
        self._history = StoreOpener(history_location(settings)) if settings.history else None

    @property
    def _retriever(self) -> Retriever:
        """The retriever of the version answers come from now (the adviser holds it: one assignment swaps both)."""
        return self._adviser.retriever

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
        """The index version answers come from now (data only; for tools and tests: shells use the methods)."""
        return self._retriever.index

    def warm(self, wait: bool = False) -> None:
        """Build in the background (or now, with wait) the caches the first questions would otherwise wait for."""
        adviser = self._adviser
        if wait:
            warm(adviser)
        else:
            threading.Thread(target=warm, args=(adviser,), name="warm-retriever", daemon=True).start()

    def titles(self) -> dict[str, str]:
        """Every indexed job's title -> the file its page came from."""
        return {job.title: job.source for job in self._retriever.index.jobs}

    def ask(
        self, question: str, conversation: Conversation | None = None, on_text: Callable[[str], None] | None = None
    ) -> Answer:
        """Answer one question; the conversation (if given) resolves follow-ups and records the turn.

        Args:
            on_text: receives the answer's text as it is produced: LLM tokens, or a grounded answer in one
                piece. The returned Answer is final: when the LLM fails midway, on_text gets a short note and
                then the grounded answer, and answer.answer holds the grounded answer alone.
        """
        adviser = self._adviser  # one version for the whole answer
        conversation = conversation if conversation is not None else Conversation()
        answer = reply(question, conversation, adviser, self.settings, on_text or ignore)
        conversation.record(answer)
        return answer

    def suggest_jobs(
        self,
        reading: InterestReading,
        text: str = "",
        lang: Lang = "en",
        conversation: Conversation | None = None,
    ) -> Answer:
        """The jobs that suit interests and schooling set by the person (the "Find jobs for me" panel), with what
        they wrote; recorded in the conversation, so "tell me more about the second one" follows on."""
        answer = suggest_jobs(reading.model_copy(update={"explicit": True}), text, lang, self._adviser)
        if conversation is not None:
            conversation.record(answer)
        return answer

    @property
    def history(self) -> Store | None:
        """The conversations (None: history is off in the settings, or the file or database cannot be used now,
        then history_problem says why and everything else works without it; it is tried again in a while)."""
        return self._history.store() if self._history else None

    @property
    def history_problem(self) -> str | None:
        return self._history.problem if self._history else None

    def is_current(self, citation: Citation) -> bool:
        """Whether a stored citation's quote is still in its section of the loaded index (False: the page changed or
        went since the answer was given; the stored quote is shown as it was)."""
        library = self._retriever.library
        return quote_in_section(citation.text, library.text(citation.job, citation.section) or "")

    @property
    def index_version(self) -> str:
        """The version of the loaded index (stored with each turn)."""
        return self._retriever.library.version

    def career_path(self, job: str) -> CareerPath | None:
        """The career path of an indexed job (steps, preparation, related jobs), or None for an unknown title."""
        return career_path(self._retriever.library, job)

    def status(self) -> IndexStatus:
        """The index status against the seed folders."""
        return status(self.settings)

    def check_upload(self, name: str, data: bytes) -> UploadedPage:
        """Validate an uploaded page as the indexer would read it (see chatbot.ingest.check_upload)."""
        return check_upload(name, data, self.settings, self.titles())

    def save_upload(self, upload: UploadedPage, data: bytes, replace: bool = False) -> Path:
        """Save a checked upload into the seeds folder (see chatbot.ingest.save_upload)."""
        return save_upload(upload, data, replace)

    def evaluate(self, cases: list[Case], mode: Mode = Mode.FULL) -> Report:
        """Retrieval scores of evaluation cases on the loaded index, in the given mode (an ablation)."""
        return evaluate(Retriever(self._retriever.index, self.embedder, self.settings, mode), cases)

    def evaluate_dialogues(self, cases: list[DialogueCase]) -> DialogueReport:
        """Whole answers over dialogues: each turn right (job and section cited) or rightly refused."""
        return evaluate_dialogues(cases, lambda question, conversation: self.ask(question, conversation))

    def evaluate_guidance(self, cases: list[GuidanceCase]) -> GuidanceReport:
        """Job suggestions (P@5), gap tables (fact recall) and routes (first route acceptable, hops cited)."""
        return evaluate_guidance(cases, lambda question: self.ask(question))

    def follow(self, every: float = 1.0) -> bool:
        """Catch up with a version another process made live (`chatbot index`, another server's reindex): load it in
        the background and swap it in, while questions go on from the one loaded. Looks at most once per `every`
        seconds (one small file read). True when a newer version is on its way in."""
        now = time.monotonic()
        if now - self._looked < every:
            return False
        self._looked = now
        live = current_version(self.settings.index_dir)
        if live is None or live.name == self.index_version or self._reindex_lock.locked():
            return False
        threading.Thread(target=self._swap_in, name="follow-index", daemon=True).start()
        return True

    def _swap_in(self) -> None:
        with self._reindex_lock:
            live, current = current_version(self.settings.index_dir), self._retriever
            if live is None or live.name == current.library.version:
                return
            with contextlib.suppress(ChatbotError):  # a version being pruned or damaged: try again next time
                index = self._checked(load_index(self.settings.index_dir))
                self._adviser = Adviser(Retriever(index, self.embedder, self.settings, previous=current))
                del current  # as in reindex
                self.warm()

    def reindex(
        self, full: bool = False, progress: Progress | None = None, on_total: Callable[[int], None] | None = None
    ) -> IndexReport:
        """Update the index on disk with the already loaded model, then answer from the new version.

        The version in memory stands in for the one on disk, so an update reads nothing it already has.
        """
        with self._reindex_lock:
            current = self._retriever
            report, saved = refresh(self.settings, lambda: self.embedder, full, progress, on_total, current.index)
            if saved is not None:
                retriever = Retriever(self._checked(saved), self.embedder, self.settings, previous=current)
                self._adviser = Adviser(retriever)
                del current  # the warm-up frees the version replaced: nothing here may still hold it
                self.warm()
            return report
