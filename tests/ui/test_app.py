"""The Streamlit app under AppTest: chat, sources, follow-ups, new chat, export, reindex and upload."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.runtime.media_file_storage import MediaFileKind
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from chatbot import build_index
from chatbot.answer import Conversation
from chatbot.config import Settings
from chatbot.embed import register_embedder
from tests.conftest import DIRECTOR, ONET, ROOT, SEEDS, WARD_MAYOR, FakeEmbedder

APP = ROOT / "chatbot" / "ui" / "app.py"
LEGISLATORS = ONET / "onet_11-1031.00_legislators.txt"
WARD_QUESTION = "how do I become a ward mayor"
UNESCAPED_ACTIVE = re.compile(r"(?<!\\)[\[<]")  # a bracket that could still open a link, image or tag


def use_index(monkeypatch: pytest.MonkeyPatch, settings: Settings, fake: FakeEmbedder | None = None) -> None:
    """Point the app's Settings() at this index and seeds, with no LLM (and the fake model, if given), and forget
    any cached chatbot."""
    if fake is not None:
        register_embedder("fake", lambda: fake)
    monkeypatch.setenv("CHATBOT_SEEDS", json.dumps([str(path) for path in settings.seeds]))
    monkeypatch.setenv("CHATBOT_INDEX_DIR", str(settings.index_dir))
    monkeypatch.setenv("CHATBOT_MODEL", settings.model)
    for name in ("CHATBOT_LLM_BASE_URL", "CHATBOT_LLM_MODEL", "CHATBOT_MAX_FILE_BYTES"):
        monkeypatch.delenv(name, raising=False)
    st.cache_resource.clear()


def start(timeout: float = 60) -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=timeout).run()
    assert not app.exception, app.exception
    return app


def plain(label: str) -> str:
    """A Markdown-escaped label as people read it."""
    return re.sub(r"\\(.)", r"\1", label)


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def conversation(at: AppTest) -> Conversation:
    value = at.session_state["conversation"]
    assert isinstance(value, Conversation)
    return value


def sidebar_button(at: AppTest, label: str) -> Any:
    return next(button for button in at.sidebar.button if button.label == label)


def source_labels(at: AppTest) -> list[str]:
    return [plain(e.label) for e in at.expander if re.match(r"\\?\[\d+\\?\]", e.label)]


def messages(at: AppTest) -> list[str]:
    return [message.name for message in at.chat_message]


def test_ask_shows_answer_and_numbered_sources(at: AppTest) -> None:
    ask(at, WARD_QUESTION)
    assert messages(at) == ["user", "assistant"]
    answer = conversation(at).turns[-1]
    assert answer.answered and answer.citations
    assistant = at.chat_message[1]
    assert any(md.value.strip() for md in assistant.markdown)
    labels = source_labels(at)
    assert labels == [f"[{c.n}] {c.job} — {c.section}" for c in answer.citations]
    assert f"{WARD_MAYOR} — Career Path" in " ".join(labels)
    career = next(e for e in at.expander if plain(e.label).endswith(f"{WARD_MAYOR} — Career Path"))
    citation = next(c for c in answer.citations if c.job == WARD_MAYOR and c.section == "Career Path")
    assert [t.value for t in career.text] == [citation.text]  # the passage, shown as plain text
    assert plain(career.caption[0].value) == f"{WARD_MAYOR} · Career Path · {citation.source}"


def test_why_these_sources_shows_question_intent_and_scores(at: AppTest) -> None:
    ask(at, WARD_QUESTION)
    answer = conversation(at).turns[-1]
    why = next(e for e in at.expander if e.label == "Why these sources")
    summary = why.text[0].value
    assert f"Searched for: {answer.standalone_question or answer.question}" in summary
    assert f"Intent: {answer.intent or 'not recognised'}" in summary and WARD_MAYOR in summary
    why.toggle[0].set_value(True).run()  # scores and files are behind a toggle
    why = next(e for e in at.expander if e.label == "Why these sources")
    table = why.dataframe[0].value
    assert len(table) == len(answer.hits) > 0
    assert list(table.columns) == ["job", "section", "part", "score", "dense", "lexical", "file"]
    assert table["score"].tolist() == pytest.approx([hit.score for hit in answer.hits])


def test_career_path_diagram_for_the_job_in_focus(at: AppTest) -> None:
    ask(at, WARD_QUESTION)
    charts = at.get("graphviz_chart")
    assert len(charts) == 1
    dot = charts[0].proto.spec
    assert dot.startswith("digraph career") and "Deputy Ward Mayor" in dot and "City Mayor" in dot
    assert any(plain(e.label) == f"Career path: {WARD_MAYOR}" for e in at.expander)


def test_folded_career_diagram_is_drawn_once_opened(at: AppTest) -> None:
    """Under any answer but "how do I become", the diagram's box is closed and the chart not sent (the browser
    lays it out even in a closed box); opening the box draws it."""
    ask(at, "what skills does a ward mayor need?")
    assert any(plain(e.label) == f"Career path: {WARD_MAYOR}" for e in at.expander)
    assert not at.get("graphviz_chart")
    key = f"career-{at.session_state['conversation_id']}-0"
    at.session_state[key] = True  # what opening the box does (its state lives under its key)
    at.run()
    charts = at.get("graphviz_chart")
    assert len(charts) == 1 and "Deputy Ward Mayor" in charts[0].proto.spec


def test_follow_up_keeps_the_thread(at: AppTest) -> None:
    ask(at, WARD_QUESTION)
    ask(at, "what skills does that need?")
    assert messages(at) == ["user", "assistant", "user", "assistant"]
    assert [t.value for t in at.chat_message[2].text] == ["what skills does that need?"]
    turns = conversation(at).turns
    assert [t.question for t in turns] == [WARD_QUESTION, "what skills does that need?"]
    assert WARD_MAYOR in turns[1].jobs


def test_suggested_follow_up_is_a_button_that_asks(at: AppTest) -> None:
    ask(at, WARD_QUESTION)
    suggestions = conversation(at).turns[-1].suggestions
    assert suggestions
    buttons = [b for b in at.main.button if b.key and b.key.startswith("suggest-")]
    assert [plain(b.label) for b in buttons] == suggestions
    buttons[0].click().run()
    assert not at.exception
    turns = conversation(at).turns
    assert len(turns) == 2 and turns[1].question == suggestions[0]
    assert messages(at) == ["user", "assistant", "user", "assistant"]
    assert not [b for b in at.main.button if b.key and b.key.startswith("suggest-0-")]  # only the latest offers


def test_new_chat_clears_the_conversation(at: AppTest) -> None:
    assert sidebar_button(at, "New chat").disabled
    ask(at, WARD_QUESTION)
    sidebar_button(at, "New chat").click().run()
    assert not at.exception
    assert messages(at) == [] and conversation(at).turns == []
    assert at.sidebar.download_button[0].disabled


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, bytes]]:
    """Every file a download button offered, as (file name, bytes)."""
    offered: list[tuple[str | None, bytes]] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self: MemoryMediaFileStorage, data: Any, mimetype: str, kind: Any, filename: str | None = None) -> str:
        if kind == MediaFileKind.DOWNLOADABLE:
            offered.append((filename, data.encode() if isinstance(data, str) else data))
        return original(self, data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return offered


def test_export_offers_markdown_with_citations(at: AppTest, downloads: list[tuple[str | None, bytes]]) -> None:
    ask(at, WARD_QUESTION)
    ask(at, "what skills does that need?")
    button = at.sidebar.download_button[0]
    assert not button.disabled and button.label == "Export chat (Markdown)"
    name, data = downloads[-1]
    text = data.decode()
    assert name == "career-chat.md" and text.startswith("# Career advice chat")
    assert text.index("**You:** how do I become a ward mayor") < text.index("**You:** what skills does that need?")
    turns = conversation(at).turns
    assert text.count("**Sources**") == sum(1 for t in turns if t.citations)
    assert "Career Path (003\\_e64862f5ff4c7e01.txt)" in text  # only what Markdown would read is escaped
    assert "> General Administrative Staff → Section Chief Level" in text


def test_status_and_reindex_pick_up_a_new_page(at: AppTest, app_settings: Settings) -> None:
    status = " ".join(c.value for c in at.sidebar.caption)
    assert "2 pages" in status and "model fake" in status and "Up to date" in status
    shutil.copy(LEGISLATORS, app_settings.seeds[0])
    at.run()
    assert "1 new, 0 changed, 0 removed" in plain(at.sidebar.info[0].value)
    sidebar_button(at, "Reindex").click().run()
    assert not at.exception
    assert "added 1, changed 0, removed 0" in plain(at.sidebar.success[0].value)
    assert "3 pages" in " ".join(c.value for c in at.sidebar.caption) and not at.sidebar.info
    ask(at, "what do legislators do?")
    assert "Legislators" in conversation(at).turns[-1].jobs


def test_reindex_reports_skipped_files(at: AppTest, app_settings: Settings) -> None:
    (app_settings.seeds[0] / "broken.txt").write_bytes(b"\x00binary")
    sidebar_button(at, "Reindex").click().run()
    assert not at.exception
    assert "added 0, changed 0, removed 0" in plain(at.sidebar.warning[0].value)
    assert any(plain(c.value).startswith("skipped broken.txt: binary file") for c in at.sidebar.caption)


def test_upload_good_page_then_ask_about_it(at: AppTest, app_settings: Settings) -> None:
    data = LEGISLATORS.read_bytes()
    at.sidebar.file_uploader[0].set_value(("../Legislators.txt", data, "text/plain")).run()
    assert not at.exception and not at.sidebar.error
    assert "Legislators: " in plain(at.sidebar.caption[-1].value) and "saved as Legislators.txt" in plain(
        at.sidebar.caption[-1].value
    )
    sidebar_button(at, "Add and reindex").click().run()
    assert not at.exception
    assert (app_settings.seeds[0] / "Legislators.txt").read_bytes() == data
    assert "added 1" in plain(at.sidebar.success[0].value)
    assert at.sidebar.file_uploader[0].value is None  # a fresh upload box
    ask(at, "what do legislators do?")
    assert "Legislators" in conversation(at).turns[-1].jobs


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("broken.txt", b"\xff\xfe\x00\x01binary", "binary file"),
        ("latin1.txt", "Café\n\nSummary\n\nCrème brûlée.".encode("latin-1"), "not UTF-8"),
        ("notes.txt", b"Shopping list\n\neggs\nmilk\n", "no known section headings"),
        ("huge.txt", b"Big\n\nSummary\n\n" + b"x" * 5_000, "file too large"),
        ("copy.txt", (SEEDS / "003_e64862f5ff4c7e01.txt").read_bytes(), "already indexed from 003_"),
    ],
)
def test_upload_bad_page_is_refused(
    app_settings: Settings, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes, reason: str
) -> None:
    monkeypatch.setenv("CHATBOT_MAX_FILE_BYTES", "4000")
    at = start()
    at.sidebar.file_uploader[0].set_value((name, data, "text/plain")).run()
    assert not at.exception
    assert reason in plain(at.sidebar.error[0].value) and plain(at.sidebar.error[0].value).startswith(name)
    assert "Add and reindex" not in [b.label for b in at.sidebar.button]
    assert sorted(p.name for p in app_settings.seeds[0].iterdir()) == sorted(p.name for p in SEEDS.iterdir())


def test_upload_over_an_existing_file_needs_confirmation(at: AppTest, app_settings: Settings) -> None:
    target = app_settings.seeds[0] / "003_e64862f5ff4c7e01.txt"
    before = target.read_bytes()
    edited = before.replace(b"Ward Councilor", b"Ward Assembly Member")
    at.sidebar.file_uploader[0].set_value((target.name, edited, "text/plain")).run()
    assert "already in the seeds folder" in plain(at.sidebar.warning[0].value)
    assert sidebar_button(at, "Add and reindex").disabled
    at.sidebar.checkbox[0].check().run()
    assert target.read_bytes() == before  # nothing written before the click
    sidebar_button(at, "Add and reindex").click().run()
    assert not at.exception
    assert target.read_bytes() == edited
    assert "changed 1" in plain(at.sidebar.success[0].value)


def test_missing_index_can_be_built_from_the_app(
    tmp_path: Path, seeds: Path, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(seeds=[seeds], index_dir=tmp_path / "none", model="fake")
    use_index(monkeypatch, settings, fake)
    at = start()
    assert "No index in" in plain(at.error[0].value) and at.chat_input[0].disabled
    sidebar_button(at, "Build the index").click().run()
    assert not at.exception and not at.error and not at.chat_input[0].disabled
    assert "added 2" in plain(at.sidebar.success[0].value)
    ask(at, WARD_QUESTION)
    assert conversation(at).turns[-1].answered


def test_comparison_is_shown_side_by_side(at: AppTest) -> None:
    ask(at, f"compare {WARD_MAYOR} and {DIRECTOR}")
    answer = conversation(at).turns[-1]
    comparison = answer.comparison
    assert comparison is not None and len(comparison.jobs) == 2
    table = [line for line in answer.answer.split("\n") if line.startswith("|")]
    assistant = at.chat_message[1]
    shown = assistant.markdown[0].value
    assert shown.strip() and not any(line in shown for line in table)  # the columns replace the answer's table
    headers = [plain(c.markdown[0].value) for c in assistant.columns[:2]]
    assert headers == [f"**{job}**" for job in comparison.jobs]
    assert len(assistant.columns) == 2 * (1 + len(comparison.rows))


HOSTILE = """Pastry Chef

Summary

Bakes cakes <script>window.__xss = 1</script> and <img src=x onerror="window.__xss = 2"> tarts.

Description

A pastry chef bakes cakes; see [the guild](javascript:window.__xss=3) and ![logo](http://127.0.0.1:9/x.png).
Costs $5 or $6.

Career Path

Apprentice → Commis → Pastry Chef
"""


def test_page_text_cannot_become_markup(app_settings: Settings, fake: FakeEmbedder) -> None:
    (app_settings.seeds[0] / "pastry.txt").write_text(HOSTILE, encoding="utf-8")
    build_index(app_settings, embedder=fake)
    at = start()
    ask(at, "what does a pastry chef do?")
    answer = conversation(at).turns[-1]
    assert any(c.job == "Pastry Chef" for c in answer.citations)
    rendered = [md.value for md in at.markdown] + [e.label for e in at.expander] + [c.value for c in at.caption]
    assert all(not UNESCAPED_ACTIVE.search(text) for text in rendered)
    passages = [t.value for t in at.text]
    assert any("<script>window.__xss = 1</script>" in p or "[the guild](javascript:" in p for p in passages)


@pytest.mark.slow
def test_real_model_answers_in_the_app(seeds_index: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app as `make run` starts it: the real model loaded by the app itself, a real index."""
    use_index(monkeypatch, seeds_index)
    try:
        at = start(timeout=300)
        ask(at, WARD_QUESTION)
        assert f"{WARD_MAYOR} — Career Path" in " ".join(source_labels(at))
        assert len(at.get("graphviz_chart")) == 1
    finally:
        st.cache_resource.clear()


def test_why_these_sources_shows_the_corrected_question(at: AppTest) -> None:
    ask(at, "how do I become a ward mayorr")
    why = next(e for e in at.chat_message[1].expander if e.label == "Why these sources")
    shown = " ".join(text.value for text in why.text)
    assert "Read as (spelling corrected): how do I become a ward mayor" in shown
