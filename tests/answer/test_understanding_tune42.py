"""Questions like those the forty-second blind tuning set found misread: the same shapes in other words.

Answered: what someone else thinks of a job, told before the question ("…says it's the coolest job in the city. How
do people get trained…"), is no opinion asked; a short ask after a story ("…my fallback plan is being a payroll clerk
at my dad's firm. whats that job like") asks of the work, not of related jobs; 雇用 asks of the employment, not the
way in that 目指してる tells of; 職種名 asks for the other names a job goes by; 学歴 is the schooling asked, no
experience of the person's (as 介護歴 is); 原発 is the pages' 原子力 発電所. Declined: the choice between the two
jobs talked of left to the adviser ("honestly which one should I choose?"); with a measure said ("…if I want to work
alone more?") it is a comparison, by the work values, as "…good if you like to work alone?" asks them. Advice (from
guidance_tune25, still missed): a job told as "Working at a … right now, …" with no "I" is where a gap starts.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import (
    BECOME_ONET,
    WORK_ONET,
    Example,
    Refused,
    check_case,
    check_gap,
    mixed_cases,
)

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (  # an opinion told, then a question of the pages
        [],
        "My uncle fixes elevators and says it's the coolest job in the city. How do people get trained to become "
        "elevator installers?",
        ["Elevator and Escalator Installers and Repairers"],
        BECOME_ONET,
        False,
    ),
    (  # a short ask after a story: the work, not the related jobs
        [],
        "long week lol. my fallback plan is being a payroll clerk at my dad's firm. whats that job like",
        ["Payroll and Timekeeping Clerks"],
        WORK_ONET,
        False,
    ),
    (  # working alone is what the work values weigh (Independence)
        [],
        "is being a truck driver good if you like to work alone?",
        ["Heavy and Tractor-Trailer Truck Drivers", "Light Truck Drivers"],
        ["Work Values"],
        False,
    ),
    (  # 雇用 asked; 目指してる only tells
        [],
        "姉が保育士を目指してるんだけど、雇用って安定してるの？",
        ["保育士"],
        ["Employment Type", "Work Style"],
        False,
    ),
    (  # 学歴 is no "学" experience of the person's (as 介護歴 is care experience): the way into the job wanted
        [],
        "いつかデータサイエンティストになりたいんですけど、どんな学歴の人が多いですか",
        ["データサイエンティスト"],
        ["Education", "Career Path"],
        False,
    ),
    (  # 原発: the nuclear plant's engineers (everyday words for the pages' own)
        [],
        "原発で働く技術者って休みはちゃんと取れるの？",
        ["原子力技術者"],
        ["Work Style", "Employment Type"],
        False,
    ),
    (  # the names a job is listed under
        [],
        "転職サイトで保育士の求人を探すとき、ほかの職種名で載ってることってある？",
        ["保育士"],
        ["Aliases"],
        False,
    ),
]
REFUSED: list[Refused] = [
    ([], "which is the coolest job, pilots or electricians?"),
    (["what do actuaries do?", "and statisticians?"], "honestly which one should I choose? my family has opinions"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_a_choice_with_a_measure_said_is_a_comparison(corpus_bot: Chatbot) -> None:
    """ "which one should I pick if…" compares the two jobs talked of, both cited."""
    conversation = Conversation()
    for earlier in ("what do actuaries do?", "and statisticians?"):
        assert corpus_bot.ask(earlier, conversation).answered
    answer = corpus_bot.ask("ok, which one should I pick if I want to work alone more?", conversation)
    assert answer.answered
    valued = {c.job for c in answer.citations if c.section == "Work Values"}  # working alone: independence
    assert {"Actuaries", "Statisticians"} <= valued, [(c.job, c.section) for c in answer.citations]


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (
            "Working in a hotel kitchen at the moment, mostly prepping vegetables. I'd like to become a pastry chef "
            "one day. What would I need?",
            "Food Preparation Workers",
            "Chefs and Head Cooks",
        ),
    ],
)
def test_a_job_told_without_i_starts_the_gap(corpus_bot: Chatbot, request_text: str, origin: str, target: str) -> None:
    check_gap(corpus_bot, request_text, origin, target)
