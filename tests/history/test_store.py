"""The conversation file: round trips, listing, rename, delete with its feedback, malformed and unknown ids, a damaged
or locked file, eight writers at once, SIGKILL in the middle of writes; and whose it is: each owner sees only their
own conversations, shared copies are read-only, deleted bytes are gone from the file, ids and keys are random."""

from __future__ import annotations

import base64
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from chatbot import Conversation, HistoryError, Store, feedback_cases, feedback_summary, new_id, new_key
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


ME, THEM = "browser:" + "m" * 43, "browser:" + "t" * 43


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "history.sqlite3")


def test_a_conversation_comes_back_whole(store: Store) -> None:
    conversation_id = store.new_id()
    conversation = talk("how do I become a ward mayor", "what skills does that need?")
    store.save(conversation_id, conversation, "v1", ME)
    loaded = store.load(conversation_id, ME)
    assert loaded is not None and loaded == conversation  # turns, citations with quotes, focus: the dialogue state
    assert store.versions(conversation_id) == ["v1", "v1"]
    conversation.record(answer("and after that?"))
    store.save(conversation_id, conversation, "v2", ME)  # only the new turn is added
    assert store.versions(conversation_id) == ["v1", "v1", "v2"]


def test_list_rename_and_delete_with_feedback(store: Store) -> None:
    first, second = store.new_id(), store.new_id()
    store.save(first, talk("first question"), "v1", ME)
    time.sleep(0.01)
    store.save(second, talk("second question", "again"), "v1", ME)
    listed = store.conversations(ME)
    assert [c.id for c in listed] == [second, first] and listed[0].turns == 2 and listed[1].title == "first question"
    store.rename(first, "  Ward mayor plans  ", ME)
    assert {c.id: c.title for c in store.conversations(ME)}[first] == "Ward mayor plans"
    store.give_feedback(second, 1, "wrong_source", ME, citation=1, comment="not the path")
    assert len(store.feedback(ME)) == 1
    store.delete(second, ME)
    assert (
        store.load(second, ME) is None
        and store.feedback(ME) == []
        and [c.id for c in store.conversations(ME)] == [first]
    )
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM turns WHERE conversation = ?", (second,)).fetchone()[0] == 0


@pytest.mark.parametrize("bad", ["", "x", "../../etc/passwd", "'; DROP TABLE turns; --", "a" * 23, "é" * 22])
def test_malformed_or_unknown_ids_open_nothing(store: Store, bad: str) -> None:
    store.save(store.new_id(), talk("kept"), "v1", ME)
    assert store.load(bad, ME) is None
    store.save(bad, talk("never stored"), "v1", ME)
    assert [c.title for c in store.conversations(ME)] == ["kept"]
    assert store.load(store.new_id(), ME) is None  # well-formed but unknown


def test_feedback_becomes_eval_cases_and_a_summary(store: Store) -> None:
    conversation_id = store.new_id()
    store.save(conversation_id, talk("how do I become a ward mayor", "what skills does that need?"), "v1", ME)
    store.give_feedback(conversation_id, 2, "wrong_source", ME, citation=1, comment="skills, not the path")
    store.give_feedback(conversation_id, 1, "helpful", ME)
    with pytest.raises(ValueError):
        store.give_feedback(conversation_id, 1, "meh", ME)
    cases = feedback_cases(store.feedback(ME))
    assert len(cases) == 1
    turns = cases[0]["turns"]
    assert isinstance(turns, list) and [t["q"] for t in turns] == [
        "how do I become a ward mayor",
        "what skills does that need?",
    ]
    assert turns[-1]["marked_wrong"] == ["Ward Mayor", "Career Path"] and turns[-1]["reported"] == "wrong_source"
    summary = feedback_summary(store.feedback(ME))
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
            store.save(store.new_id(), talk("blocked"), "v1", ME)
        assert time.monotonic() - started < 30
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.save(store.new_id(), talk("after"), "v1", ME)  # usable again once the lock is gone
    assert [c.title for c in store.conversations(ME)] == ["after"]


def test_eight_writers_at_once_lose_nothing(store: Store) -> None:
    errors: list[BaseException] = []
    ids = [store.new_id() for _ in range(8)]

    def write(conversation_id: str) -> None:
        try:
            conversation = Conversation()
            for n in range(10):
                conversation.record(answer(f"{conversation_id} question {n}"))
                store.save(conversation_id, conversation, "v1", ME)
        except BaseException as exc:  # noqa: BLE001 - any error fails the test
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    for conversation_id in ids:
        loaded = store.load(conversation_id, ME)
        assert loaded is not None and len(loaded.turns) == 10 and len(store.versions(conversation_id)) == 10


WRITER = """
import sys
from pathlib import Path
from chatbot import Conversation, Store
from tests.history.test_store import ME, answer
store = Store(Path(sys.argv[1]))
n = 0
while True:
    conversation = Conversation()
    cid = store.new_id()
    for turn in range(5):
        conversation.record(answer(f"question {n} {turn}"))
        store.save(cid, conversation, "v1", ME)
    n += 1
"""


def test_kill_9_during_writes_leaves_a_readable_file(store: Store) -> None:
    root = Path(__file__).resolve().parents[2]
    for _ in range(3):
        before = len(store.conversations(ME, limit=10_000))
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store.path)], cwd=root, env=dict(os.environ))
        deadline = time.monotonic() + 60  # the writer imports the package first
        while len(store.conversations(ME, limit=10_000)) <= before + 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        writer.send_signal(signal.SIGKILL)  # in the middle of its writes
        writer.wait(timeout=30)
        for item in store.conversations(ME, limit=10_000):  # every stored conversation loads, its turns in one piece
            loaded = store.load(item.id, ME)
            assert loaded is not None and len(loaded.turns) == item.turns == len(store.versions(item.id))
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.conversations(ME, limit=10_000)  # the writer got some turns in


def test_each_owner_sees_and_changes_only_their_own(store: Store) -> None:
    mine, theirs = store.new_id(), store.new_id()
    store.save(mine, talk("my question"), "v1", ME)
    store.save(theirs, talk("their question"), "v1", THEM)
    assert [c.id for c in store.conversations(ME)] == [mine] and [c.id for c in store.conversations(THEM)] == [theirs]
    assert store.open(theirs, ME) is None and store.load(theirs, ME) is None  # someone else's link opens nothing
    assert not store.save(theirs, talk("their question", "my addition"), "v1", ME)  # nor can it be written to
    assert not store.rename(theirs, "mine now", ME) and not store.delete(theirs, ME)
    assert not store.give_feedback(theirs, 1, "wrong_source", ME, citation=1)
    loaded = store.load(theirs, THEM)
    assert loaded is not None and [t.question for t in loaded.turns] == ["their question"]
    assert store.conversations(THEM)[0].title == "their question" and store.feedback(THEM) == []


def test_a_shared_copy_is_read_only_and_revocable(store: Store) -> None:
    mine = store.new_id()
    conversation = talk("how do I become a ward mayor", "what skills does that need?")
    store.save(mine, conversation, "v1", ME)
    link = store.share(mine, ME)
    assert link is not None and link != mine and store.share(mine, THEM) is None
    opened = store.open(link, THEM)
    assert opened is not None and opened.read_only and opened.conversation == conversation
    assert store.load(link, THEM) is None and not store.save(link, talk("x", "y", "z"), "v1", THEM)  # read, not write
    assert not store.give_feedback(link, 1, "helpful", THEM)
    conversation.record(answer("and after that?"))
    store.save(mine, conversation, "v1", ME)
    again = store.open(link, THEM)
    assert again is not None and len(again.conversation.turns) == 2  # later turns stay private
    own = store.copy_to(link, THEM)  # continued as the viewer's own chat
    assert own is not None and store.load(own, THEM) is not None and [c.id for c in store.conversations(THEM)] == [own]
    assert {c.id: c.shared for c in store.conversations(ME)} == {mine: False, link: True}
    assert store.delete(link, ME) and store.open(link, THEM) is None  # deleting the copy revokes the link
    assert store.load(mine, ME) is not None


def test_deleting_removes_the_words_from_the_file(store: Store) -> None:
    secret = "my boss must never read that I want to leave"
    conversation_id = store.new_id()
    store.save(conversation_id, talk(secret, "and then?"), "v1", ME)
    store.give_feedback(conversation_id, 1, "not_helpful", ME, comment="private comment xyzzy")
    store.save(store.new_id(), talk("another chat stays"), "v1", ME)
    assert any(secret.encode() in p.read_bytes() for p in store.path.parent.glob("history.sqlite3*"))
    assert store.delete(conversation_id, ME)
    for path in store.path.parent.glob("history.sqlite3*"):  # the file, its WAL and shared memory
        data = path.read_bytes()
        assert secret.encode() not in data and b"xyzzy" not in data, path.name
    with sqlite3.connect(store.path) as db:
        counts = [
            db.execute(f"SELECT COUNT(*) FROM {t} WHERE conversation = ?", (conversation_id,)).fetchone()[0]
            for t in ("turns", "feedback")
        ]
    assert counts == [0, 0] and store.open(conversation_id, ME) is None
    assert [c.title for c in store.conversations(ME)] == ["another chat stays"]


def test_feedback_of_one_owner_leaves_out_every_other(store: Store) -> None:
    mine, theirs = store.new_id(), store.new_id()
    store.save(mine, talk("my question"), "v1", ME)
    store.save(theirs, talk("their private question"), "v1", THEM)
    store.give_feedback(mine, 1, "wrong_source", ME, citation=1)
    store.give_feedback(theirs, 1, "wrong_source", THEM, citation=1, comment="their comment")
    exported = str(feedback_cases(store.feedback(ME)))
    assert "my question" in exported and "their" not in exported
    assert len(store.feedback(None)) == 2  # the deployer's evaluation export, asked for explicitly


def test_the_file_keeps_no_owner_key(store: Store) -> None:
    key = new_key()
    store.save(store.new_id(), talk("q"), "v1", f"browser:{key}")
    store.checkpoint()
    assert all(key.encode() not in p.read_bytes() for p in store.path.parent.glob("history.sqlite3*"))


@pytest.mark.parametrize("draw", [new_id, new_key])
def test_ids_and_keys_are_random_and_long(draw: object) -> None:
    assert callable(draw)
    drawn = [draw() for _ in range(100_000)]
    assert len(set(drawn)) == len(drawn)  # no collision over 100,000 draws
    decoded = [len(base64.urlsafe_b64decode(d + "=" * (-len(d) % 4))) * 8 for d in drawn[:100]]
    assert min(decoded) >= 128  # 128 random bits or more
    ordered = sorted(drawn[:1000])
    assert ordered != drawn[:1000] and sorted(drawn[:1000], reverse=True) != drawn[:1000]  # not sequential
    as_numbers = [int.from_bytes(base64.urlsafe_b64decode(d + "=" * (-len(d) % 4))) for d in drawn[:1000]]
    steps = {b - a for a, b in zip(as_numbers, as_numbers[1:], strict=False)}
    assert len(steps) > 990  # no fixed step between consecutive draws (a counter or a clock would have one)
    bits = "".join(f"{n:0128b}"[-128:] for n in as_numbers)
    assert 0.47 < bits.count("1") / len(bits) < 0.53  # the bits look like coin flips


def test_a_file_from_before_owners_gains_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE conversations (id TEXT PRIMARY KEY, title TEXT NOT NULL, created REAL NOT NULL, "
            "updated REAL NOT NULL, state TEXT NOT NULL);"
            "INSERT INTO conversations VALUES ('" + "o" * 22 + "', 'old', 0, 0, '{}');"
        )
    store = Store(path)
    assert store.conversations(ME) == [] and store.open("o" * 22, ME) is None  # belongs to nobody
    conversation_id = store.new_id()
    store.save(conversation_id, talk("new"), "v1", ME)
    assert [c.title for c in store.conversations(ME)] == ["new"]
