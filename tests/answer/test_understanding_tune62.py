"""Questions like those the sixty-second blind tuning set found misread: the same shapes in other words.

A way in said only in a sentence that tells ("My aunt says I could get hired as a roofer's helper straight out of
high school.") does not decide what the sentence that asks after it asks ("What kind of stuff would they have me
do?": the work). "go on, what else is on that list?" after a job's tasks is more of that list, not its related jobs.
A Japanese wish for work told first ("英語を活かせる接客の仕事を探してます。") is the background of a question asked of
a job it names after ("グランドスタッフって空港でどんな仕事を…？"): that job, not suggestions. The date of an exam or
its deadline ("国家試験って、次はいつ…？締め切りも…") is declined: no page gives one.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import DialogueAct
from tests.answer.test_understanding import Example, check, check_refused

pytestmark = pytest.mark.slow

WORK_EN = ["Description", "Tasks"]
EXAMPLES: list[Example] = [
    (
        [],
        "My aunt says I could get hired as a roofer's helper straight out of high school. What kind of stuff would"
        " they have me do?",
        ["Helpers--Roofers"],
        WORK_EN,
        False,
    ),
    (
        [],
        "My neighbor says I could get in as a carpenter's helper without any college. What sort of things would they"
        " have me handle?",
        ["Helpers--Carpenters"],
        WORK_EN,
        False,
    ),
    (
        ["What do helpers for roofers do on the job?"],
        "go on, what else is on that list?",
        ["Helpers--Roofers"],
        ["Tasks"],
        False,
    ),
    (
        [],
        "海外旅行が好きで、英語を活かせる接客の仕事を探してます。グランドスタッフって空港でどんな仕事をしてるんですか？",
        ["空港グランドスタッフ"],
        ["Summary", "Description"],
        False,
    ),
    (
        [],
        "英語を活かせる仕事を探してます。ホテルのフロントって夜勤もあるんですか？",
        ["フロント（ホテル・旅館）"],
        ["Work Style", "Employment Type"],
        False,
    ),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[example[1] for example in EXAMPLES])
def test_a_question_of_the_shapes_found(corpus_bot: Chatbot, example: Example) -> None:
    """Each example answered with its job and section among the first citations."""
    check(corpus_bot, example)


def test_more_of_a_list_continues_it(corpus_bot: Chatbot) -> None:
    """ "go on, what else is on that list?" continues the tasks shown, whatever topic its words resemble."""
    conversation = Conversation()
    corpus_bot.ask("What do helpers for roofers do on the job?", conversation)
    answer = corpus_bot.ask("go on, what else is on that list?", conversation)
    assert answer.act is DialogueAct.CONTINUATION, answer.act
    assert "Related Jobs" not in [citation.section for citation in answer.citations]


def test_a_named_job_asked_after_a_wish_gets_no_suggestions(corpus_bot: Chatbot) -> None:
    """The job named where the question asks is what it asks of: no list of suggestions for the wish told first."""
    answer = corpus_bot.ask(
        "旅行が好きで、語学を活かせる仕事を探しています。ツアコンって普段どんな仕事をしてるんですか？", Conversation()
    )
    assert answer.answered and not answer.matches, [match.job for match in answer.matches]
    assert answer.citations[0].job == "ツアーコンダクター"


@pytest.mark.parametrize(
    "question",
    [
        "薬剤師の国家試験って、次はいつあるの？締め切りも教えてほしいです",
        "When's the next licensing exam for electricians, and what's the registration deadline?",
    ],
)
def test_the_date_of_an_exam_is_declined(corpus_bot: Chatbot, question: str) -> None:
    """No page gives an exam's date or its deadline: declined, nothing cited."""
    check_refused(corpus_bot, [], question)
