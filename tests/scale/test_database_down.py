"""The chatbot and the page with a PostgreSQL history that cannot be reached: answers go on without history, the
page says why once (without the URL's password), and a server started before its database takes history up once
the database answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import streamlit as st

from chatbot import Chatbot, Settings, build_index
from chatbot.history import StoreOpener
from tests.conftest import FakeEmbedder
from tests.history.test_store import ME, talk
from tests.scale.conftest import Server
from tests.scale.test_postgres_store import PASSWORD, with_password
from tests.ui.test_app import ask, plain, start, use_index
from tests.ui.test_browser import free_port


@pytest.fixture
def indexed(settings: Settings, fake: FakeEmbedder) -> Settings:
    build_index(settings, embedder=fake)
    return settings


def test_answers_go_on_while_the_database_is_down_and_history_comes_back(
    indexed: Settings, fake: FakeEmbedder, postgres: Server, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(StoreOpener, "RETRY", 0.0)  # try again at every call, not every 30 s
    bot = Chatbot(indexed.model_copy(update={"history_url": with_password(postgres_url)}), embedder=fake)
    postgres.stop()
    try:
        assert bot.history is None and bot.history_problem and "history is off" in bot.history_problem
        assert PASSWORD not in bot.history_problem
        assert bot.ask("how do I become a ward mayor").answered  # everything else works without history
    finally:
        postgres.start()
    store = bot.history
    assert store is not None and bot.history_problem is None
    conversation_id = store.new_id()
    assert store.save(conversation_id, talk("after the outage"), bot.index_version, ME)


@pytest.fixture
def page_without_history(indexed: Settings, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app on the fake index, its history URL a PostgreSQL server that is not there."""
    use_index(monkeypatch, indexed, fake)
    monkeypatch.setenv("CHATBOT_HISTORY_URL", f"postgresql://chat:{PASSWORD}@127.0.0.1:{free_port()}/chat")
    yield
    st.cache_resource.clear()


def test_the_page_answers_and_says_why_history_is_off(page_without_history: None) -> None:
    at = ask(start(), "how do I become a ward mayor")
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    said = plain(" ".join(c.value for c in at.sidebar.caption))
    assert "history is off: the PostgreSQL database at 127.0.0.1:" in said and PASSWORD not in said
    assert "c" not in at.query_params  # no link to a conversation that was never stored
