"""Issue 17, read like an adviser: the deciding sentence first, roles in prose (titles in citations), scores with
their scale, shares largest first without their long definitions, no borrowed example, a whole list behind "and N
more", bold that renders in Japanese. On the real indexes (seeds alone, and the 1,574 pages)."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from chatbot import Chatbot, Conversation
from tests.conftest import WARD_MAYOR


def test_flagship_answer_leads_with_the_deciding_sentence(seeds_bot: Chatbot) -> None:
    answer = seeds_bot.ask("how do I become a ward mayor", Conversation())
    assert answer.answered
    elected = answer.answer.find("directly elected by residents")
    path = answer.answer.find("General Administrative Staff")
    assert 0 <= elected < path  # the key fact before the promotion ladder
    cited = next(c for c in answer.citations if "directly elected" in c.text)
    assert cited.job == WARD_MAYOR and cited.section in ("Summary", "Description")


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("What skills do actuaries need?", ["Actuaries needs", "skills Actuaries"]),
        ("how do I become an actuary?", ["become Actuaries", "become **Actuaries**"]),
    ],
)
def test_prose_uses_the_role_not_the_plural_title(corpus_bot: Chatbot, question: str, wrong: list[str]) -> None:
    answer = corpus_bot.ask(question, Conversation())
    assert answer.answered and "an actuary" in answer.answer
    assert not any(w in answer.answer for w in wrong)
    assert all(c.job == "Actuaries" for c in answer.citations)  # the citation keeps the page title
    assert not any("does Actuaries" in s or "become Actuaries" in s for s in answer.suggestions)


def test_scores_carry_their_scale_and_shares_read_cleanly(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("how do I become an actuary?", Conversation())
    text = answer.answer
    assert re.search(r"Mathematics \d\.\d\d of 5", text)
    assert "For example, an accountant" not in text  # the job-zone text's example is about another job
    assert " - awarded for" not in text  # the category's definition stays in the citation
    shares = [float(s) for s in re.findall(r": (\d+(?:\.\d+)?)%", text)]
    assert len(shares) >= 2 and shares == sorted(shares, reverse=True)
    education = next(c for c in answer.citations if c.section == "Education")
    assert "awarded for" in education.text  # whole in the citation


def test_and_n_more_is_in_the_citation(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("What skills do actuaries need?", Conversation())
    more = re.search(r"and (\d+) more \[(\d+)\]", answer.answer)
    assert more, answer.answer
    citation = next(c for c in answer.citations if c.n == int(more.group(2)))
    assert len(citation.text.split(" / ")) >= 8 + int(more.group(1))


def test_japanese_bold_renders(seeds_bot: Chatbot) -> None:
    answer = seeds_bot.ask("区長になるにはどうすればいいですか？", Conversation())
    assert answer.answered and "**" in answer.answer
    html = MarkdownIt().render(answer.answer)
    assert "**" not in html and f"<strong>{WARD_MAYOR}</strong>" in html


def test_which_needs_more_schooling_is_answered_first(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    for question in ["How do I become a pharmacist?", "same question for electricians"]:
        corpus_bot.ask(question, conversation)
    answer = corpus_bot.ask("which of the two needs more schooling?", conversation)
    first = answer.answer.split("\n\n", 1)[0]
    assert first.startswith("Most preparation") and "**Pharmacists** (Job Zone Five" in first  # the verdict first
    zones = [c for c in answer.citations if c.section == "Job Zone"]
    assert {c.job for c in zones} == {"Pharmacists", "Electricians"}
