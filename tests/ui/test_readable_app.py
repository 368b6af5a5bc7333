"""Issue 17, the page: a first screen that says what the pages cover with example questions, comparison cells
labelled for a phone, diagrams that keep the page's order, "Why these sources" in words, a readable export."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from streamlit.testing.v1 import AppTest

from chatbot import CareerPath, Conversation
from chatbot.config import Settings
from chatbot.ui._diagram import career_dot
from chatbot.ui._markdown import conversation_markdown
from chatbot.ui._welcome import coverage
from tests.ui.test_app import ask, conversation, plain

PLACEHOLDER_LIMIT = 30  # characters a 390 px phone shows of the chat input


def test_first_screen_says_what_is_covered_and_offers_examples(at: AppTest) -> None:
    assert "2 job pages" in " ".join(c.value for c in at.caption)
    examples = [b for b in at.button if (b.key or "").startswith("example-")]
    assert len(examples) == 4
    examples[0].click().run()
    assert conversation(at).turns[0].question == plain(examples[0].label)
    assert not [b for b in at.button if (b.key or "").startswith("example-")]  # gone once the chat starts


def test_coverage_counts_sources_by_file() -> None:
    titles = {"A": "onet_1.txt", "B": "onet_2.txt", "C": "jobtag_1.txt", "D": "003_x.txt"}
    line = coverage(titles)
    assert (
        line.startswith("4 job pages") and "2 from O*NET" in line and "1 from jobtag" in line and "1 from other" in line
    )


def test_placeholder_fits_a_phone(at: AppTest) -> None:
    assert len(at.chat_input[0].placeholder) <= PLACEHOLDER_LIMIT


def test_comparison_cells_name_their_job(at: AppTest) -> None:
    ask(at, "compare the ward mayor and the secretariat director-general")
    answer = conversation(at).turns[-1]
    assert answer.comparison is not None
    cells = [md.value for md in at.chat_message[1].markdown]
    for job in answer.comparison.jobs:
        assert any(plain(cell).startswith(f"{job}:") or plain(cell).startswith(f"**{job}**:") for cell in cells)


def test_why_these_sources_in_words_scores_behind_a_toggle(at: AppTest) -> None:
    ask(at, "how do I become a ward mayor")
    why = next(e for e in at.expander if e.label == "Why these sources")
    text = " ".join(t.value for t in why.text)
    assert "the job you asked about" in text and re.search(r"\[1\] .+ — .+ \(.+\)", text)
    assert not why.dataframe  # scores and files only on request
    why.toggle[0].set_value(True).run()
    why = next(e for e in at.expander if e.label == "Why these sources")
    assert list(why.dataframe[0].value.columns) == ["job", "section", "part", "score", "dense", "lexical", "file"]


def test_career_diagram_keeps_the_pages_order() -> None:
    path = CareerPath(job="Urban Beekeeper", steps=["Apprentice", "Regional beekeeping association chair"], at=None)
    dot = career_dot(path)
    assert dot is not None
    assert "s1 -> job" not in dot and "-> job" not in dot  # the job is not put after the last step
    assert 'job [label="Urban Beekeeper"' in dot and "s0 -> s1" in dot
    assert "rankdir=TB" in dot  # narrow: readable on a phone


def test_export_reads_as_a_file(app_settings: Settings) -> None:
    from chatbot import Chatbot

    bot = Chatbot(app_settings)
    chat = Conversation()
    bot.ask("how do I become a ward mayor", chat)
    text = conversation_markdown(chat, when=datetime(2026, 11, 29, 12, 0, tzinfo=UTC))
    assert "Exported 2026-11-29 12:00 UTC." in text
    assert "**You:** how do I become a ward mayor" in text and "\n## how do I" not in text
    assert "\\:" not in text and "\\(" not in text and "\\." not in text  # plain text is not backslashed


def test_no_career_diagram_under_a_refusal(at: AppTest) -> None:
    ask(at, "how do I become a ward mayor")
    assert at.get("graphviz_chart")  # under the answer about the ward mayor
    ask(at, "what do astronauts earn?")
    assert not conversation(at).turns[-1].answered
    assert not at.get("graphviz_chart")  # not the earlier job's diagram under the refusal


def test_a_cited_list_opens_item_by_item(at: AppTest) -> None:
    ask(at, "what skills does a ward mayor need?")
    answer = conversation(at).turns[-1]
    skills = next(c for c in answer.citations if c.section == "Required Skills")
    box = next(e for e in at.expander if plain(e.label) == f"[{skills.n}] {skills.job} — {skills.section}")
    lines = box.text[0].value.split("\n")
    assert len(lines) == len(skills.text.split(" / ")) and all(line.startswith("• ") for line in lines)
