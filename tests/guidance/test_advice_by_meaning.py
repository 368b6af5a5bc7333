"""Gap and route questions that no cue word marks, read by the learned model (chatbot/retrieval/_learned.py) and
placed by the sentences that tell where the person is and what they wish for (chatbot/retrieval/_told.py), on the
real 1,574-page index. The questions are written here in other words than the tuning sets' ones; questions that
only ask of one job stay look-ups."""

from __future__ import annotations

import pytest

from chatbot import Intent
from tests.guidance.test_corpus import Ask

ROUTES = [
    (
        "I've answered phones at a dental office for three years. How do I end up as the hygienist?",
        "Dental Hygienists",
    ),
]
GAPS = [
    (
        "Night-shift security guard at a hospital, four years now. I want to become a police officer. What am I "
        "missing compared to what I do?",
        "Police and Sheriff's Patrol Officers",
    ),
    (
        "倉庫で梱包のバイトしてます。いつかはフォークリフトに乗る側になりたいんだけど、今の自分に足りないのは何？",
        "フォークリフト運転作業員",
    ),
]
ROUTES += [
    (
        "I've been stocking shelves at a grocery store for two years. Someday I'd love to be the one who manages "
        "the whole store. Where would I start?",
        "General and Operations Managers",
    )
]
LOOK_UPS = [
    ("I'm looking at cybersecurity. What skills does an information security analyst need?", Intent.SKILLS),
    ("how do I become an electrician", Intent.BECOME),
    ("I'd like to drive buses for a living. How do I start?", Intent.BECOME),
]


@pytest.mark.parametrize(("question", "target"), ROUTES)
def test_a_route_asked_in_other_words(ask: Ask, question: str, target: str) -> None:
    answer = ask(question)
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:200]
    assert answer.routes[0].jobs[-1] == target


@pytest.mark.parametrize(("question", "target"), GAPS)
def test_a_gap_asked_in_other_words(ask: Ask, question: str, target: str) -> None:
    answer = ask(question)
    assert answer.intent is Intent.GAP and answer.gap is not None, answer.answer[:200]
    assert answer.gap.target == target


@pytest.mark.parametrize(("question", "intent"), LOOK_UPS)
def test_a_question_of_one_job_stays_a_look_up(ask: Ask, question: str, intent: Intent) -> None:
    assert ask(question).intent is intent


def test_a_portrait_that_asks_for_paths_gets_suggestions(ask: Ask) -> None:
    # "どんな道がありますか" reads as a route to the rules; no job of the person's is read and the learned model is
    # sure it is a person describing themselves: which jobs suit them, not how to become a pharmacist
    answer = ask(
        "病院の薬剤師10年目です。調剤ばかりの毎日に疲れてきたけど、薬には関わっていたい。人に説明するのは得意だし、"
        "データをまとめるのも好き。どんな道がありますか？"
    )
    assert answer.intent is Intent.MATCH and answer.matches, answer.answer[:200]
