"""Questions like those the sixteenth blind tuning set found misread (the same shapes, other words): what a job
values asked and then put another way ("…value in their work? like what makes it satisfying"), other names asked
before a sentence of context, a software company as a place and not a topic, "what does their work look like", the
faculty people come from (どんな学部出身), どういう役職 and どういう流れで仕事する, a trade called by its shop (…屋
さん), and a job interview refused (no page covers one)."""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import WORK_ONET, Example, check, check_refused
from tests.conftest import DIRECTOR

pytestmark = pytest.mark.slow

JOBTAG_WORK = ["Summary", "Description"]
EXAMPLES: list[Example] = [
    (
        [],
        "what do chemists tend to value in their work? like what makes it satisfying for them",
        ["Chemists"],
        ["Work Values"],
        False,
    ),
    (
        [],
        "what other names do payroll clerks go by? I'm searching job sites",
        ["Payroll and Timekeeping Clerks"],
        ["Aliases", "Reported Job Titles"],
        False,
    ),
    ([], "what do web developers do at software companies?", ["Web Developers"], WORK_ONET, False),
    ([], "surveyors - what does their work look like?", ["Surveyors"], WORK_ONET, False),
    ([], "宇宙開発技術者ってどんな学部出身の人が多い？", ["宇宙開発技術者"], ["Career Path", "Education"], False),
    ([], "官房長ってどういう役職なの？", [DIRECTOR], JOBTAG_WORK, False),
    ([], "測量士ってどういう流れで仕事するの？", ["測量士"], JOBTAG_WORK, False),
    ([], "ラーメン屋さんの仕事内容は？", ["ラーメン調理人"], JOBTAG_WORK, False),
]
REFUSED = [
    ([], "how do I ace the interview at a bank?"),
    (["what do web developers do?"], "what questions come up in Amazon's interview process?"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_example_is_answered_right(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(("before", "question"), REFUSED, ids=[q for _, q in REFUSED])
def test_what_no_page_covers_is_refused(corpus_bot: Chatbot, before: list[str], question: str) -> None:
    check_refused(corpus_bot, before, question)
