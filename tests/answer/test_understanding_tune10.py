"""Questions like those a tenth blind tuning set found misread (the same shapes, other words): a Japanese follow-up
typed without its question mark ("看護師は", "歯科技工士も"), what is asked of a job read as its name (消防士の勤務),
the same question for another job keeping the headings its words pointed at (Work Values), a name people say
("police officers"), a job described by what it does in Japanese, thanks said at length."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import DialogueAct
from tests.answer.test_understanding import WORK_ONET, Example, check
from tests.conftest import WARD_MAYOR

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (["薬剤師の勤務時間は？"], "看護師は", ["看護師"], ["Work Style"], False),
    (["歯科衛生士に必要な知識は？"], "歯科技工士も", ["歯科技工士"], ["Knowledge"], False),
    ([], "獣医師の仕事の中身を知りたい", ["獣医師"], ["Summary", "Description", "Tasks"], False),
    ([], "大工の勤務ってどんな感じ", ["大工"], ["Work Style"], False),
    ([], "東京の区長ってどういう仕事？", [WARD_MAYOR], ["Summary", "Description"], False),
    (
        ["what do electricians value most in a job?"],
        "same for plumbers",
        ["Plumbers, Pipefitters, and Steamfitters"],
        ["Work Values"],
        False,
    ),
    (
        ["which skills matter most for a firefighter?"],
        "police officers, same question",
        ["Police and Sheriff's Patrol Officers"],
        ["Required Skills"],
        False,
    ),
    (["what does a ward mayor do?"], "how does someone end up in that job", [WARD_MAYOR], ["Career Path"], False),
    ([], "I'd like to learn about the pharmacist job", ["Pharmacists"], WORK_ONET, False),
    ([], "天気を予想して番組で解説するような人の仕事", ["気象予報士"], ["Summary", "Description"], False),
    ([], "遺体を棺に納める仕事", ["納棺師"], ["Summary", "Description"], False),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_example_is_answered_right(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


def test_thanks_said_at_length_is_small_talk(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    corpus_bot.ask("what does a plumber do?", conversation)
    answer = corpus_bot.ask("great, that was really useful", conversation)
    assert answer.act is DialogueAct.SMALL_TALK and not answer.answered
