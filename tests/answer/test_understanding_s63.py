"""Understanding examples of the sixty-third session, on the full corpus index.

A gap asked toward a job no words placed ("i want to get a job writing tickets at the sportsbook in the casino
downtown", from guidance_tune94) goes to the page the whole question fits best, other than the person's own: before,
no job was wanted and no table was shown. Only when the person tells their own job in their words: "ツアコンダクターに
なるには…資角とかいる？" (tune40_dialogue), whose one job the rules take for the person's, stays the way into it.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import check_gap

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "origin", "target"),
    [
        (
            "hey so i'm a cashier at a grocery store right now and i want to get a job writing tickets at the "
            "sportsbook in the casino downtown. what do i need to get better at?",  # guidance_tune94
            "Cashiers",
            "Gambling and Sports Book Writers and Runners",
        ),
        (
            "I'm a working actor but I want to get behind the camera and direct/produce. What skills and schooling "
            "am I missing?",  # guidance_tune43
            "Actors",
            "Producers and Directors",
        ),
    ],
)
def test_a_gap_to_the_page_the_question_fits(corpus_bot: Chatbot, question: str, origin: str, target: str) -> None:
    check_gap(corpus_bot, question, origin, target)


def test_no_job_of_their_own_told_gets_no_other(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("ツアコンダクターになるにはどうすればいいですか？資角とかいる？", Conversation())
    assert answer.gap is None and answer.citations, answer.answer[:300]
    assert {citation.job for citation in answer.citations[:3]} == {"ツアーコンダクター"}, answer.answer[:300]
