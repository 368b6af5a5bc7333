"""Conversations that outlast the page, under AppTest: the id in the URL brings a conversation back after a reload
(a new AppTest is a new browser session; its owner key stands for the browser's cookie), the sidebar lists, renames,
shares and deletes, feedback is stored, a citation whose page changed since is marked as from an older version, and
another browser sees none of it."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from chatbot import Store, history_file
from chatbot.config import Settings
from chatbot.ui import _owner as owner_module
from chatbot.ui._history import GONE, READ_ONLY
from tests.ui.test_app import APP, ask, conversation, plain, sidebar_button


def reopened(conversation_id: str, key: str | None) -> AppTest:
    """The page loaded again in a new session with the conversation's URL, from the browser whose owner key is given
    (None: another browser, with no key yet)."""
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.query_params["c"] = conversation_id
    if key:
        app.session_state["owner_key"] = key
    return app.run()


def owner(at: AppTest) -> str:
    return "browser:" + at.session_state["owner_key"]


def infos(at: AppTest) -> str:
    return " ".join(i.value for i in at.info)


def test_a_reload_brings_the_conversation_back(at: AppTest, app_settings: Settings) -> None:
    ask(at, "how do I become a ward mayor")
    ask(at, "what skills does that need?")
    conversation_id = at.session_state["conversation_id"]
    assert at.query_params["c"] == conversation_id
    before = conversation(at)
    again = reopened(conversation_id, at.session_state["owner_key"])
    assert not again.exception
    restored = conversation(again)
    assert [t.question for t in restored.turns] == [t.question for t in before.turns]
    assert restored.turns[-1].citations == before.turns[-1].citations  # quotes and all
    assert [m.name for m in again.chat_message] == ["user", "assistant", "user", "assistant"]
    ask(again, "and after that?")  # the dialogue state came back too: the follow-up keeps the thread
    assert "Ward Mayor" in " ".join(conversation(again).turns[-1].jobs)


def test_a_malformed_or_unknown_id_opens_a_new_chat(app_settings: Settings) -> None:
    for bad in ["nonsense", "'; DROP TABLE turns; --", "A" * 22]:
        app = reopened(bad, None)
        assert not app.exception and conversation(app).turns == [] and GONE in infos(app)
        assert app.query_params.get("c") != bad


def test_a_question_right_after_new_chat_goes_to_the_new_chat(at: AppTest, app_settings: Settings) -> None:
    # the browser may send its next question before it heard that "New chat" took the old id out of its URL
    ask(at, "how do I become a ward mayor")
    left = at.session_state["conversation_id"]
    sidebar_button(at, "New chat").click().run()
    at.query_params["c"] = left  # the URL as the browser still has it
    ask(at, "what does a secretariat director-general do?")
    assert [t.question for t in conversation(at).turns] == ["what does a secretariat director-general do?"]
    assert at.session_state["conversation_id"] != left and at.query_params["c"] != left
    store = Store(history_file(app_settings))
    assert [t.question for t in store.load(left, owner(at)).turns] == ["how do I become a ward mayor"]  # unchanged


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
    assert store.load(first, owner(at)) is None and len(store.conversations(owner(at))) == 1
    gone = reopened(first, at.session_state["owner_key"])  # the deleted conversation's link
    assert GONE in infos(gone) and conversation(gone).turns == []


def test_feedback_on_an_answer_and_a_citation_is_stored(at: AppTest, app_settings: Settings) -> None:
    ask(at, "how do I become a ward mayor")
    conversation_id = at.session_state["conversation_id"]
    wrong = next(b for b in at.button if (b.key or "").startswith(f"wrong-{conversation_id}-0-"))
    wrong.click().run()
    form = f"thumbs-{conversation_id}-0"
    assert not at.get("selectbox") or all(b.key != f"{form}-about" for b in at.selectbox)  # no form until asked
    next(b for b in at.button if b.key == f"{form}-more").click().run()
    at.selectbox(key=f"{form}-about").set_value(1)  # the first source
    at.radio(key=f"{form}-v").set_value("helpful")
    at.text_area(key=f"{form}-comment").set_value("exactly the route I needed")
    next(b for b in at.button if b.label == "Send").click().run()
    next(b for b in at.button if b.key == f"{form}-more").click().run()  # the form closed after sending
    at.radio(key=f"{form}-v").set_value("not_what_i_asked")
    next(b for b in at.button if b.label == "Send").click().run()
    store = Store(history_file(app_settings))
    feedback = store.feedback(owner(at))
    assert [(f.turn, f.verdict) for f in feedback] == [(1, "wrong_source"), (1, "helpful"), (1, "not_what_i_asked")]
    assert feedback[0].citation is not None and feedback[1].citation == 1 and feedback[2].citation is None
    assert feedback[1].comment == "exactly the route I needed" and feedback[2].comment == ""
    assert feedback[0].question == "how do I become a ward mayor"


def test_a_citation_from_an_older_page_is_marked(at: AppTest, app_settings: Settings) -> None:
    ask(at, "how do I become a ward mayor")
    conversation_id = at.session_state["conversation_id"]
    page = next(app_settings.seeds[0].glob("003*.txt"))
    page.write_text(page.read_text(encoding="utf-8").replace("General Administrative Staff", "Ward Clerk"), "utf-8")
    sidebar_button(at, "Reindex").click().run()
    again = reopened(conversation_id, at.session_state["owner_key"])
    captions = " ".join(c.value for c in again.caption)
    assert "From an older version of this page" in captions
    old = conversation(again).turns[0]
    assert any("General Administrative Staff" in c.text for c in old.citations)  # the quote as it was


def test_another_browser_sees_nothing_and_reads_only_a_shared_copy(at: AppTest, app_settings: Settings) -> None:
    ask(at, "how do I become a ward mayor")
    mine = at.session_state["conversation_id"]
    other = reopened(mine, None)  # another browser with the private link
    assert GONE in infos(other) and conversation(other).turns == []
    assert not [b for b in other.sidebar.button if (b.key or "").startswith("open-")]  # its list is empty
    next(b for b in at.sidebar.button if b.key == "share-go").click().run()
    link = at.sidebar.code[0].value
    shared = link.split("?c=")[1]
    assert shared != mine
    viewer = reopened(shared, None)
    assert READ_ONLY in infos(viewer) and conversation(viewer).turns[0].question == "how do I become a ward mayor"
    assert viewer.chat_input[0].disabled and not [b for b in viewer.button if b.label in ("Send", "Wrong source")]
    next(b for b in viewer.button if b.label == "Continue it as my own chat").click().run()
    assert not viewer.chat_input[0].disabled and viewer.query_params["c"] not in (mine, shared)
    ask(viewer, "what skills does that need?")
    store = Store(history_file(app_settings))
    mine_again = store.load(mine, owner(at))
    assert mine_again is not None and len(mine_again.turns) == 1  # the owner's conversation did not change


def test_sign_in_keys_the_list_by_user_across_browsers(app_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the deployer configured an identity provider, a signed-in user's conversations follow them to another
    browser (another key); without sign-in configured the button is not there."""
    plain_page = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not [b for b in plain_page.sidebar.button if b.label == "Log in"]
    configured = AppTest.from_file(str(APP), default_timeout=60)
    configured.secrets["auth"] = {"redirect_uri": "http://localhost/oauth2callback", "cookie_secret": "s"}
    assert any(b.label == "Log in" for b in configured.run().sidebar.button)
    monkeypatch.setattr(owner_module, "signed_in_user", lambda: "alice-subject")
    first = AppTest.from_file(str(APP), default_timeout=60)
    first.session_state["owner_key"] = "k" * 43
    ask(first.run(), "how do I become a ward mayor")
    elsewhere = AppTest.from_file(str(APP), default_timeout=60)
    elsewhere.session_state["owner_key"] = "e" * 43  # another browser
    elsewhere.run()
    labels = [plain(b.label) for b in elsewhere.sidebar.button if (b.key or "").startswith("open-")]
    assert len(labels) == 1 and labels[0].startswith("how do I become a ward mayor")
    store = Store(history_file(app_settings))
    assert len(store.conversations("user:alice-subject")) == 1 and store.conversations("browser:" + "k" * 43) == []


def test_older_turns_fold_into_one_block_drawn_on_demand(at: AppTest) -> None:
    """A long conversation draws its last four turns as chat messages; the older ones, with their sources, only
    when asked for (every turn the page shows is redrawn at each question)."""
    questions = ["how do I become a ward mayor", "what skills does that need?", "and after that?"]
    questions += ["what does a secretariat director-general do?", "what skills does that need?", "and the outlook?"]
    for question in questions:
        ask(at, question)
    assert len(at.chat_message) == 8  # four turns
    assert [m.children[0].value for m in at.chat_message if m.name == "user"] == questions[2:]  # type: ignore[attr-defined]
    markdown = " ".join(m.value for m in at.markdown)
    assert "how do I become a ward mayor" not in markdown
    at.toggle(key="show-earlier").set_value(True).run()
    markdown = " ".join(m.value for m in at.markdown)
    assert "**You:** how do I become a ward mayor" in markdown and "**Sources**" in markdown
    assert len(at.chat_message) == 8
