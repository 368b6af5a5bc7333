"""The conversation file: round trips, listing, rename, delete with its feedback, malformed and unknown ids, a damaged
or locked file, eight writers at once, and SIGKILL in the middle of writes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from chatbot import Conversation, HistoryError, Store, feedback_cases, feedback_summary
from chatbot.models import Answer, Citation, Intent


def answer(question: str, n: int = 1) -> Answer:
    citation = Citation(n=n, job="Ward Mayor", section="Career Path", source="003.txt", text=f"quote for {question}")
    return Answer(
        answer=f"answer to {question} [{n}]",
        answered=True,
        citations=[citation],
        jobs=["Ward Mayor"],
        question=question,
        intent=Intent.BECOME,
    )


def talk(*questions: str) -> Conversation:
    conversation = Conversation()
    for question in questions:
        conversation.record(answer(question))
    return conversation


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "history.sqlite3")


def test_a_conversation_comes_back_whole(store: Store) -> None:
    conversation_id = store.new_id()
    conversation = talk("how do I become a ward mayor", "what skills does that need?")
    store.save(conversation_id, conversation, "v1")
    loaded = store.load(conversation_id)
    assert loaded is not None and loaded == conversation  # turns, citations with quotes, focus: the dialogue state
    assert store.versions(conversation_id) == ["v1", "v1"]
    conversation.record(answer("and after that?"))
    store.save(conversation_id, conversation, "v2")  # only the new turn is added
    assert store.versions(conversation_id) == ["v1", "v1", "v2"]


def test_list_rename_and_delete_with_feedback(store: Store) -> None:
    first, second = store.new_id(), store.new_id()
    store.save(first, talk("first question"), "v1")
    time.sleep(0.01)
    store.save(second, talk("second question", "again"), "v1")
    listed = store.conversations()
    assert [c.id for c in listed] == [second, first] and listed[0].turns == 2 and listed[1].title == "first question"
    store.rename(first, "  Ward mayor plans  ")
    assert {c.id: c.title for c in store.conversations()}[first] == "Ward mayor plans"
    store.give_feedback(second, 1, "wrong_source", citation=1, comment="not the path")
    assert len(store.feedback()) == 1
    store.delete(second)
    assert store.load(second) is None and store.feedback() == [] and [c.id for c in store.conversations()] == [first]
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM turns WHERE conversation = ?", (second,)).fetchone()[0] == 0


@pytest.mark.parametrize("bad", ["", "x", "../../etc/passwd", "'; DROP TABLE turns; --", "a" * 23, "é" * 22])
def test_malformed_or_unknown_ids_open_nothing(store: Store, bad: str) -> None:
    store.save(store.new_id(), talk("kept"), "v1")
    assert store.load(bad) is None
    store.save(bad, talk("never stored"), "v1")
    assert [c.title for c in store.conversations()] == ["kept"]
    assert store.load(store.new_id()) is None  # well-formed but unknown


def test_feedback_becomes_eval_cases_and_a_summary(store: Store) -> None:
    conversation_id = store.new_id()
    store.save(conversation_id, talk("how do I become a ward mayor", "what skills does that need?"), "v1")
    store.give_feedback(conversation_id, 2, "wrong_source", citation=1, comment="skills, not the path")
    store.give_feedback(conversation_id, 1, "helpful")
    with pytest.raises(ValueError):
        store.give_feedback(conversation_id, 1, "meh")
    cases = feedback_cases(store.feedback())
    assert len(cases) == 1
    turns = cases[0]["turns"]
    assert isinstance(turns, list) and [t["q"] for t in turns] == [
        "how do I become a ward mayor",
        "what skills does that need?",
    ]
    assert turns[-1]["marked_wrong"] == ["Ward Mayor", "Career Path"] and turns[-1]["reported"] == "wrong_source"
    summary = feedback_summary(store.feedback())
    assert summary["verdict"] == {"wrong_source": 1, "helpful": 1} and summary["section"] == {"Career Path": 1}


def test_a_damaged_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(HistoryError, match="history is off"):
        Store(path)


def test_a_locked_file_is_a_clear_error_not_a_hang(store: Store) -> None:
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(HistoryError):
            store.save(store.new_id(), talk("blocked"), "v1")
        assert time.monotonic() - started < 30
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.save(store.new_id(), talk("after"), "v1")  # usable again once the lock is gone
    assert [c.title for c in store.conversations()] == ["after"]


def test_eight_writers_at_once_lose_nothing(store: Store) -> None:
    errors: list[BaseException] = []
    ids = [store.new_id() for _ in range(8)]

    def write(conversation_id: str) -> None:
        try:
            conversation = Conversation()
            for n in range(10):
                conversation.record(answer(f"{conversation_id} question {n}"))
                store.save(conversation_id, conversation, "v1")
        except BaseException as exc:  # noqa: BLE001 - any error fails the test
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    for conversation_id in ids:
        loaded = store.load(conversation_id)
        assert loaded is not None and len(loaded.turns) == 10 and len(store.versions(conversation_id)) == 10


WRITER = """
import sys
from pathlib import Path
from chatbot import Conversation, Store
from tests.history.test_store import answer
store = Store(Path(sys.argv[1]))
n = 0
while True:
    conversation = Conversation()
    cid = store.new_id()
    for turn in range(5):
        conversation.record(answer(f"question {n} {turn}"))
        store.save(cid, conversation, "v1")
    n += 1
"""


def test_kill_9_during_writes_leaves_a_readable_file(store: Store) -> None:
    root = Path(__file__).resolve().parents[2]
    for _ in range(3):
        before = len(store.conversations(limit=10_000))
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store.path)], cwd=root, env=dict(os.environ))
        deadline = time.monotonic() + 60  # the writer imports the package first
        while len(store.conversations(limit=10_000)) <= before + 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        writer.send_signal(signal.SIGKILL)  # in the middle of its writes
        writer.wait(timeout=30)
        for item in store.conversations(limit=10_000):  # every stored conversation loads, its turns in one piece
            loaded = store.load(item.id)
            assert loaded is not None and len(loaded.turns) == item.turns == len(store.versions(item.id))
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.conversations(limit=10_000)  # the writer got some turns in
