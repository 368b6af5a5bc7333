"""Issue 17, trust: no silent wrong answers. A comparison with a job that has no page says so and compares nothing
in its place; a question pointing back with nothing before it asks which job; suggestions stay on the current
topic. On the real 1,574-page index."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation, Intent


def test_comparison_with_a_job_without_a_page_says_so(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("compare actuaries and astronauts", Conversation())
    assert not answer.answered and answer.comparison is None
    assert "no page for astronauts" in answer.answer
    assert "Aerospace Engineers" in answer.answer or "Air Crew Officers" in answer.answer  # the closest covered
    assert answer.suggestions and all("actuaries" in s.casefold() for s in answer.suggestions)


def test_comparison_never_substitutes_an_earlier_job(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    assert corpus_bot.ask("what do bakers do?", conversation).answered
    answer = corpus_bot.ask("compare astronauts and actuaries", conversation)
    assert answer.comparison is None and "Bakers" not in answer.answer
    assert "no page for astronauts" in answer.answer


def test_comparison_of_two_covered_jobs_still_compares(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("compare nurses and electricians", Conversation())
    assert answer.comparison is not None
    assert set(answer.comparison.jobs) == {"Registered Nurses", "Electricians"}


def test_japanese_comparison_with_a_job_without_a_page(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("看護師と宇宙飛行士を比べて", Conversation())
    assert not answer.answered and "宇宙飛行士の職業ページはない" in answer.answer


@pytest.mark.parametrize("question", ["what skills does that need?", "is it stressful?", "how do I become one?"])
def test_a_follow_up_with_nothing_to_follow_asks_which_job(corpus_bot: Chatbot, question: str) -> None:
    answer = corpus_bot.ask(question, Conversation())
    assert not answer.answered and not answer.citations
    assert answer.answer.startswith("Which job do you mean?")
    assert answer.suggestions


def test_a_described_job_is_not_asked_about(corpus_bot: Chatbot) -> None:
    question = "the workers who climb poles and fix the power lines after a storm, what does that job involve?"
    assert corpus_bot.ask(question, Conversation()).answered


def test_suggestions_stay_on_the_current_topic(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    for question in ["what do data scientists do?", "how do I become a ward mayor?", "what do bakers do?"]:
        corpus_bot.ask(question, conversation)
    answer = corpus_bot.ask("what skills do bakers need?", conversation)
    assert answer.suggestions
    assert not any("Data Scientists" in s or "Ward Mayor" in s for s in answer.suggestions)
    assert answer.intent is Intent.SKILLS
