"""Conversations that outlast the page, under AppTest: the id in the URL brings a conversation back after a reload
(a new AppTest is a new browser session), the sidebar lists, renames and deletes, feedback is stored, and a citation
whose page changed since is marked as from an older version."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from chatbot import Store, history_file
from chatbot.config import Settings
from tests.ui.test_app import APP, ask, conversation, plain, sidebar_button


def reopened(conversation_id: str) -> AppTest:
    """The page loaded again in a new session with the conversation's URL."""
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.query_params["c"] = conversation_id
    return app.run()


def test_a_reload_brings_the_conversation_back(at: AppTest, app_settings: Settings) -> None:
    ask(at, "how do I become a ward mayor")
    ask(at, "what skills does that need?")
    conversation_id = at.session_state["conversation_id"]
    assert at.query_params["c"] == conversation_id
    before = conversation(at)
    again = reopened(conversation_id)
    assert not again.exception
    restored = conversation(again)
    assert [t.question for t in restored.turns] == [t.question for t in before.turns]
    assert restored.turns[-1].citations == before.turns[-1].citations  # quotes and all
    assert [m.name for m in again.chat_message] == ["user", "assistant", "user", "assistant"]
    ask(again, "and after that?")  # the dialogue state came back too: the follow-up keeps the thread
    assert "Ward Mayor" in " ".join(conversation(again).turns[-1].jobs)


def test_a_malformed_or_unknown_id_opens_a_new_chat(app_settings: Settings) -> None:
    for bad in ["nonsense", "'; DROP TABLE turns; --", "A" * 22]:
        app = reopened(bad)
        assert not app.exception and conversation(app).turns == []
        assert app.query_params["c"] != bad


def test_sidebar_lists_renames_and_deletes(at: AppTest, app_settings: Settings) -> None:
    ask(at, "how do I become a ward mayor")
    first = at.session_state["conversation_id"]
    sidebar_button(at, "New chat").click().run()
    ask(at, "what does a secretariat director-general do?")
    labels = [plain(b.label) for b in at.sidebar.button if (b.key or "").startswith("open-")]
    assert len(labels) == 2 and labels[0].startswith("what does a secretariat") and labels[1].startswith("how do I")
    next(b for b in at.sidebar.button if b.key == f"open-{first}").click().run()
    assert conversation(at).turns[0].question == "how do I become a ward mayor"
    at.sidebar.text_input(key=f"rename-{first}").set_value("Mayor plans").run()
    next(b for b in at.sidebar.button if b.key == "rename-go").click().run()
    assert any(plain(b.label).startswith("Mayor plans") for b in at.sidebar.button)
    next(b for b in at.sidebar.button if b.key == f"delete-{first}").click().run()
    store = Store(history_file(app_settings))
    assert store.load(first) is None and len(store.conversations()) == 1


def test_feedback_on_an_answer_and_a_citation_is_stored(at: AppTest, app_settings: Settings) -> None:
    ask(at, "how do I become a ward mayor")
    conversation_id = at.session_state["conversation_id"]
    wrong = next(b for b in at.button if (b.key or "").startswith(f"wrong-{conversation_id}-0-"))
    wrong.click().run()
    next(b for b in at.button if b.key == f"thumbs-{conversation_id}-0-off").click().run()
    store = Store(history_file(app_settings))
    feedback = store.feedback()
    assert [(f.turn, f.verdict) for f in feedback] == [(1, "wrong_source"), (1, "not_what_i_asked")]
    assert feedback[0].citation is not None and feedback[1].citation is None
    assert feedback[0].question == "how do I become a ward mayor"


def test_a_citation_from_an_older_page_is_marked(at: AppTest, app_settings: Settings) -> None:
    ask(at, "how do I become a ward mayor")
    conversation_id = at.session_state["conversation_id"]
    page = next(app_settings.seeds[0].glob("003*.txt"))
    page.write_text(page.read_text(encoding="utf-8").replace("General Administrative Staff", "Ward Clerk"), "utf-8")
    sidebar_button(at, "Reindex").click().run()
    again = reopened(conversation_id)
    captions = " ".join(c.value for c in again.caption)
    assert "From an older version of this page" in captions
    old = conversation(again).turns[0]
    assert any("General Administrative Staff" in c.text for c in old.citations)  # the quote as it was
