"""Export: a conversation as Markdown with numbered citations; page text stays inert."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from chatbot.answer import Conversation
from chatbot.models import Answer, Citation
from chatbot.ui._markdown import (
    answer_markdown,
    conversation_markdown,
    escape_markdown,
    inert_markdown,
    quote,
    without_tables,
)
from tests.conftest import WARD_MAYOR

CAREER = "General Administrative Staff → Section Chief Level → Ward Mayor"


def ward_mayor_answer() -> Answer:
    return Answer(
        answer=f"Start as **general administrative staff** [1], then rise to {WARD_MAYOR} [1][2].",
        answered=True,
        citations=[
            Citation(n=1, job=WARD_MAYOR, section="Career Path", source="003.txt", text=CAREER),
            Citation(n=2, job=WARD_MAYOR, section="Summary", source="003.txt", text="Heads the ward.\nElected."),
        ],
        jobs=[WARD_MAYOR],
        question="how do I become a ward mayor",
    )


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("[x](javascript:alert(1))", r"\[x\]\(javascript\:alert\(1\)\)"),
        ("<script>alert(1)</script>", r"\<script\>alert\(1\)\</script\>"),
        ("**bold** _it_ `code`", r"\*\*bold\*\* \_it\_ \`code\`"),
        ("$5 and $6", r"\$5 and \$6"),
        ("# heading", r"\# heading"),
        ("plain words", "plain words"),
        ("www.x.org", "www\u2060\\.x\\.org"),
    ],
)
def test_escape_markdown(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped


@pytest.mark.parametrize(
    ("text", "inert"),
    [
        ("**Mayor** [1]", r"**Mayor** \[1\]"),
        ("[x](javascript:alert(1))", r"\[x\](javascript:alert(1))"),
        ("![img](http://x/y.png)", "!\\[img\\](http\u2060://x/y.png)"),
        ("<img src=x onerror=alert(1)>", r"\<img src=x onerror=alert(1)>"),
        ("<javascript:alert(1)>", r"\<javascript:alert(1)>"),
        ("costs $5 to $6", r"costs \$5 to \$6"),
        ("a \\ b", r"a \\ b"),
        ("see https://x.org/a or HTTP://y", "see https\u2060://x.org/a or HTTP\u2060://y"),
        ("www.z.com, a@b.org", "www\u2060.z.com, a\u2060@b.org"),
        ("awww.no, @handle, httpsx", "awww.no, @handle, httpsx"),
    ],
)
def test_inert_markdown_keeps_emphasis_but_no_links(text: str, inert: str) -> None:
    assert inert_markdown(text) == inert


def test_without_tables_keeps_the_prose() -> None:
    text = "Here they are side by side:\n\n| | A | B |\n|---|---|---|\n| Pay | x [1] | y [2] |\n\nMore."
    assert without_tables(text) == "Here they are side by side:\n\n\nMore."
    assert without_tables("no table | here") == "no table | here"


def test_quote_prefixes_every_line() -> None:
    assert quote("one\n\n[two](x)") == "> one\n>\n> \\[two\\](x)"  # the brackets escaped: no link, no clutter


def test_answer_markdown_numbers_citations_with_passages() -> None:
    text = answer_markdown(ward_mayor_answer())
    assert text.startswith("### 1.\n\n**You:** how do I become a ward mayor\n\n**Adviser:**\n\nStart as **general")
    assert "\\[1\\] Ward Mayor (Tokyo Special Wards) — Career Path (003.txt)" in text  # plain text, not backslashed
    assert "> General Administrative Staff → Section Chief Level → Ward Mayor" in text
    assert "> Heads the ward.\n> Elected." in text
    assert text.index("\\[1\\] Ward") < text.index("\\[2\\] Ward")


def test_conversation_markdown_has_every_turn_in_order() -> None:
    conversation = Conversation()
    conversation.record(ward_mayor_answer())
    conversation.record(Answer(answer="I could not find this.", answered=False, question="and a pilot?"))
    text = conversation_markdown(conversation)
    assert text.startswith("# Career advice chat\n\nExported ")
    assert re.search(r"Exported \d{4}-\d\d-\d\d \d\d:\d\d UTC\.", text)
    you = text.index("**You:** how do I become")
    assert you < text.index("**You:** and a pilot?") < text.index("I could not find this.")
    assert text.count("**Sources**") == 1 and text.endswith("\n")


def test_page_text_in_export_makes_no_link() -> None:
    answer = Answer(
        answer="See [here](javascript:alert(1)) <script>x()</script>",
        answered=True,
        citations=[Citation(n=1, job="J", section="Summary", source="j.txt", text="[a](javascript:b) <b>c</b>")],
        question="q",
    )
    text = answer_markdown(answer)
    assert not re.search(r"(?<!\\)[\[<]", text)  # every bracket that could open a link or a tag is escaped
    assert "See \\[here\\](javascript:alert(1)) \\<script>" in text
    assert "\\[a\\](javascript:b)" in text and "<a " not in MarkdownIt().render(text)
