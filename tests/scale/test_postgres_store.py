"""The conversation store on a real PostgreSQL: the behaviours tests/history checks on SQLite (run again here with a
PostgreSQL `store`), plus what only a shared database has: two servers' stores on one database, two servers setting
it up at once, rows gone on delete, and a wrong URL or a stopped server as a clear error without the password."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from chatbot import HistoryError, Store, new_key
from chatbot.history import _db
from tests.history import test_store as on_sqlite
from tests.history.test_store import ME, THEM, answer, talk
from tests.scale.conftest import Server
from tests.ui.test_browser import free_port

# Collected here too, where `store` is the fixture below: the same behaviours on PostgreSQL.
test_a_conversation_comes_back_whole = on_sqlite.test_a_conversation_comes_back_whole
test_malformed_or_unknown_ids_open_nothing = on_sqlite.test_malformed_or_unknown_ids_open_nothing
test_feedback_becomes_eval_cases_and_a_summary = on_sqlite.test_feedback_becomes_eval_cases_and_a_summary
test_eight_writers_at_once_lose_nothing = on_sqlite.test_eight_writers_at_once_lose_nothing
test_each_owner_sees_and_changes_only_their_own = on_sqlite.test_each_owner_sees_and_changes_only_their_own
test_a_shared_copy_is_read_only_and_revocable = on_sqlite.test_a_shared_copy_is_read_only_and_revocable
test_feedback_of_one_owner_leaves_out_every_other = on_sqlite.test_feedback_of_one_owner_leaves_out_every_other

PASSWORD = "hunter2-never-shown"


@pytest.fixture
def store(postgres_url: str) -> Store:
    return Store(postgres_url)


def rows(url: str, table: str, conversation_id: str) -> int:
    column = "id" if table == "conversations" else "conversation"
    with psycopg.connect(url) as db:
        found = db.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = %s", (conversation_id,)).fetchone()
    return int(found[0]) if found else 0


def test_two_servers_stores_share_one_conversation(postgres_url: str) -> None:
    first, second = Store(postgres_url), Store(postgres_url)  # as two app servers hold them
    conversation_id = first.new_id()
    conversation = talk("how do I become a ward mayor", "what skills does that need?")
    first.save(conversation_id, conversation, "v1", ME)
    carried_on = second.load(conversation_id, ME)
    assert carried_on == conversation and second.open(conversation_id, THEM) is None
    carried_on.record(answer("and after that?"))
    assert second.save(conversation_id, carried_on, "v2", ME)
    back = first.load(conversation_id, ME)
    assert back is not None and [t.question for t in back.turns][-1] == "and after that?"
    assert first.versions(conversation_id) == ["v1", "v1", "v2"]
    assert [c.turns for c in first.conversations(ME)] == [3] and second.conversations(THEM) == []


def test_servers_starting_at_once_set_the_tables_up_once(postgres_url: str) -> None:
    errors: list[BaseException] = []

    def start() -> None:
        try:
            Store(postgres_url)
        except BaseException as exc:  # noqa: BLE001 - any error fails the test
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors


def test_delete_removes_the_turns_and_feedback_rows(store: Store, postgres_url: str) -> None:
    doomed, kept = store.new_id(), store.new_id()
    store.save(doomed, talk("my boss must never read this", "and then?"), "v1", ME)
    store.give_feedback(doomed, 1, "wrong_source", ME, citation=1, comment="private comment")
    store.give_feedback(doomed, 2, "helpful", ME)
    store.save(kept, talk("another chat stays"), "v1", ME)
    assert [rows(postgres_url, t, doomed) for t in ("conversations", "turns", "feedback")] == [1, 2, 2]
    assert not store.delete(doomed, THEM) and store.delete(doomed, ME)
    assert [rows(postgres_url, t, doomed) for t in ("conversations", "turns", "feedback")] == [0, 0, 0]
    assert store.open(doomed, ME) is None and store.feedback(ME) == []
    assert [c.id for c in store.conversations(ME)] == [kept] and rows(postgres_url, "turns", kept) == 1


def test_the_database_keeps_no_owner_key(store: Store, postgres_url: str) -> None:
    key = new_key()
    store.save(store.new_id(), talk("q"), "v1", f"browser:{key}")
    with psycopg.connect(postgres_url) as db:
        owners = [owner for (owner,) in db.execute("SELECT owner FROM conversations")]
    assert len(owners) == 1 and key not in owners[0]


def with_password(url: str) -> str:
    return url.replace("postgresql://postgres@", f"postgresql://postgres:{PASSWORD}@")


@pytest.mark.parametrize(
    ("wrong", "said"),
    [
        pytest.param("postgresql://postgres:{password}@127.0.0.1:{closed}/postgres", "Connection refused", id="closed"),
        pytest.param("postgresql://postgres:{password}@127.0.0.1:{port}/nothing", "does not exist", id="no-database"),
        pytest.param("postgresql://postgres:{password}@127.0.0.1:not-a-port/postgres", "not-a-port", id="bad-port"),
        pytest.param("postgresql://postgres:{password}%zz@127.0.0.1:{port}/postgres", "percent", id="libpq-quotes-it"),
        pytest.param("postgresql://no-such-host.invalid/postgres?password={password}", ".invalid", id="unknown-host"),
        pytest.param("postgresql://postgres:{password}@[::1/postgres", "database cannot be used", id="unreadable"),
        pytest.param("postgresql+psycopg://postgres:{password}@127.0.0.1/x", "not postgresql+psycopg://", id="scheme"),
    ],
)
def test_a_wrong_url_is_a_clear_error_without_the_password(postgres: Server, wrong: str, said: str) -> None:
    url = wrong.format(password=PASSWORD, closed=free_port(), port=postgres.port)
    with pytest.raises(HistoryError, match="Conversation history is off: ") as raised:
        Store(url)
    message = str(raised.value)
    assert said in message and "hunter2" not in message and "\n" not in message, message


def test_a_lock_held_elsewhere_is_a_clear_error_not_a_hang(
    store: Store, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_db, "BUSY_MS", 500)
    with psycopg.connect(postgres_url) as holder:  # a stuck transaction, a migration
        holder.execute("LOCK TABLE conversations IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        with pytest.raises(HistoryError, match="lock timeout"):
            store.save(store.new_id(), talk("blocked"), "v1", ME)
        assert time.monotonic() - started < 5
    store.save(store.new_id(), talk("after"), "v1", ME)  # usable again once the lock is gone
    assert [c.title for c in store.conversations(ME)] == ["after"]


def test_a_stopped_server_is_a_clear_error_and_history_comes_back(postgres: Server, postgres_url: str) -> None:
    store = Store(with_password(postgres_url))  # trust authentication: the password is ignored, but must not show
    conversation_id = store.new_id()
    store.save(conversation_id, talk("before the outage"), "v1", ME)
    postgres.stop()
    try:
        for call in (
            lambda: store.save(store.new_id(), talk("during"), "v1", ME),
            lambda: store.open(conversation_id, ME),
            lambda: store.conversations(ME),
            lambda: Store(with_password(postgres_url)),
        ):
            with pytest.raises(HistoryError, match="history is off") as raised:
                call()
            assert PASSWORD not in str(raised.value)
    finally:
        postgres.start()
    assert [c.title for c in store.conversations(ME)] == ["before the outage"]  # each call connects afresh
