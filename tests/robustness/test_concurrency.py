"""Concurrent use: 8 sessions ask one shared Chatbot while it reindexes; every answer comes from one index version.

The reindex changes the Ward Mayor page (every section's text upper-cased) and adds a Legislators page. So an
answer quoting the Ward Mayor page shows which version it read, and Legislators exists only in the new one. Each
answer must fit one version wholly (every quote in that version's section, every job in its job table), must be
the version its turn recorded (chatbot.pipeline.reply wrapped, to note the library and retriever it was given),
and within a session the versions only move forward.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from chatbot import Chatbot, build_index
from chatbot.answer import Conversation
from chatbot.config import Settings
from chatbot.embed import Embedder, Progress
from chatbot.index import Library
from chatbot.ingest import parse_page, render_page
from chatbot.models import Answer
from tests.conftest import DIRECTOR, ONET, WARD_MAYOR, FakeEmbedder

SESSIONS = 8
WARD_FILE = "003_e64862f5ff4c7e01.txt"
LEGISLATORS = ONET / "onet_11-1031.00_legislators.txt"
KEEP_CASE = {"Aliases", "Related Jobs", "Classification"}  # names retrieval links by: left as they were
QUESTIONS = [
    "how do I become a ward mayor",
    "what skills does that need?",
    "what do legislators do?",
    f"compare {WARD_MAYOR} and {DIRECTOR}",
    "区長になるには？",
    "what is the future outlook for a ward mayor?",
    "hello",
]


class SlowFake(FakeEmbedder):
    """The fake embedder, but embedding a batch (a reindex) takes half a second: sessions ask meanwhile."""

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        if len(texts) > 1:
            time.sleep(0.5)
        return super().embed(texts, progress)


@dataclass
class Turn:
    session: int
    question: str
    answer: Answer
    version: str  # the index version the turn was given
    finished: float


def revise(seeds: Path, settings: Settings) -> None:
    """The new version of the seeds: Ward Mayor's section texts upper-cased, and a Legislators page."""
    page = parse_page((seeds / WARD_FILE).read_text(encoding="utf-8"), WARD_FILE, settings.vocabulary.texts)
    sections = [s if s.heading in KEEP_CASE else s.model_copy(update={"text": s.text.upper()}) for s in page.sections]
    (seeds / WARD_FILE).write_text(render_page(page.model_copy(update={"sections": sections})), encoding="utf-8")
    shutil.copy(LEGISLATORS, seeds)


def fits(answer: Answer, library: Library) -> bool:
    """Every quote is in its section of this version, and every job named is in this version."""

    def found(quote: str, section: str | None) -> bool:
        return section is not None and " ".join(quote.split()) in " ".join(section.split())

    return all(found(c.text, library.text(c.job, c.section)) for c in answer.citations) and all(
        job in library.jobs for job in answer.jobs
    )


def hammer(bot: Chatbot, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Turn], float, float]:
    """SESSIONS threads ask in turn while the main thread reindexes; the turns, and when the reindex ran."""
    import chatbot.pipeline

    given: dict[int, str] = {}
    real_reply = chatbot.pipeline.reply

    def recording(question: str, conversation: Conversation, adviser, settings, on_text) -> Answer:  # type: ignore[no-untyped-def]
        answer = real_reply(question, conversation, adviser, settings, on_text)
        retriever = adviser.retriever  # the version this answer was given, read the way reply reads it
        library = retriever.library
        given[id(answer)] = library.version if library.version == retriever.index.version else "torn"
        return answer

    monkeypatch.setattr(chatbot.pipeline, "reply", recording)
    turns: list[Turn] = []
    errors: list[BaseException] = []
    reindexed = threading.Event()
    running = threading.Barrier(SESSIONS + 1)

    def session(n: int) -> None:
        conversation = Conversation()
        try:
            asked = after = 0
            while after < len(QUESTIONS):  # until every question was asked once more after the reindex
                after += reindexed.is_set()
                question = QUESTIONS[(n + asked) % len(QUESTIONS)]
                answer = bot.ask(question, conversation)
                turns.append(Turn(n, question, answer, given[id(answer)], time.monotonic()))
                asked += 1
                if asked == 1:
                    running.wait()
        except BaseException as exc:  # noqa: BLE001 (any error in a session fails the test)
            errors.append(exc)
            running.abort()  # the others, and the main thread, stop waiting for this session

    threads = [threading.Thread(target=session, args=(n,)) for n in range(SESSIONS)]
    for thread in threads:
        thread.start()
    # Every session has answered once. No time limit of its own: a first answer warms the caches, and 8 threads
    # doing that on a loaded 2-core machine took over 60 s once in CI; pytest-timeout bounds the whole test.
    try:
        running.wait()
    except threading.BrokenBarrierError:
        raise AssertionError(errors) from None  # a session failed before all had answered
    revise(seeds, bot.settings)
    started = time.monotonic()
    report = bot.reindex()
    ended = time.monotonic()
    reindexed.set()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors
    assert report.added == [LEGISLATORS.name] and report.changed == [WARD_FILE]
    return turns, started, ended


def check(turns: list[Turn], old: Library, new: Library, started: float, ended: float) -> None:
    versions = {old.version: old, new.version: new}
    assert turns and all(t.version in versions for t in turns), {t.version for t in turns}  # never "torn"
    for turn in turns:
        assert fits(turn.answer, versions[turn.version]), (turn.question, turn.version, turn.answer.answer[:200])
    for n in range(SESSIONS):  # a session never goes back to the old version
        seen = [t.version for t in sorted(turns, key=lambda t: t.finished) if t.session == n]
        assert seen == sorted(seen, key=[old.version, new.version].index), n
    during = [t for t in turns if started < t.finished < ended]
    assert during, "no answer was given while the reindex ran"
    legislators = [t for t in turns if t.question == "what do legislators do?" and "Legislators" in t.answer.jobs]
    assert legislators and all(t.version == new.version for t in legislators)
    upper = [t for t in turns if any(c.job == WARD_MAYOR and c.text.isupper() for c in t.answer.citations)]
    assert upper and all(t.version == new.version for t in upper)
    assert any(t.version == old.version and t.answer.answered for t in turns)


def run(settings: Settings, seeds: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch) -> list[Turn]:
    build_index(settings, embedder=embedder)
    bot = Chatbot(settings, embedder)
    old = Library(bot.index, bot.settings.vocabulary)
    turns, started, ended = hammer(bot, seeds, monkeypatch)
    check(turns, old, Library(bot.index, bot.settings.vocabulary), started, ended)
    return turns


def test_sessions_ask_while_the_index_changes(settings: Settings, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    turns = run(settings, seeds, SlowFake(), monkeypatch)
    assert len(turns) >= SESSIONS * (1 + len(QUESTIONS))


@pytest.mark.slow
def test_sessions_ask_while_the_index_changes_real_model(
    tmp_path: Path, seeds: Path, model_embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same with the real model (ONNX Runtime, as the app runs it): 8 threads embedding questions while the
    reindex embeds pages."""
    run(Settings(seeds=[seeds], index_dir=tmp_path / "index"), seeds, model_embedder, monkeypatch)
