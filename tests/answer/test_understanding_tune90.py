"""Questions like those the ninetieth and ninety-first blind tuning sets and guidance_tune55 found misread: the same
shapes in other words.

A remark after the question ("that's my big priority") leaves the topic to the question; software made for one
platform is said by it ("パッケージソフト開発"); work told of "somebody somewhere" is the job asked, not the worker
named beside it; a title of two names ("織布工/織機オペレーター") is named by either before another page's alias;
"jobs close enough to X" asks for its related jobs. An advice question's own job at a daycare is the childcare
workers' (not their administrators'), "what would I have to add…" asks for a gap, and "a technician at a wind farm"
is placed with its workplace, "aim for" no job wanted.

Facts no page holds are declined: pay at one employer, symptoms judged, a firm's drug testing, a purchase, a local
timetable, a plant's visits, a firm's interview questions, the cheapest school, a food's harm, a hairstyle, two
fabrics weighed.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import Intent
from tests.answer.test_understanding import Example, check, check_asked, check_refused

pytestmark = pytest.mark.slow

FOLLOW_UPS: list[Example] = [
    (
        ["What do glass blowers do?"],
        "is that the kind of job where you get a lot of autonomy? that's my big priority",
        ["Glass Blowers, Molders, Benders, and Finishers"],
        ["Work Values"],
        False,
    ),
    (
        ["Webサービス開発のシステムエンジニアって残業多い？"],
        "パッケージソフト開発のほうはどう？",
        ["ソフトウェア開発（パッケージソフト）"],
        ["Work Style", "Employment Type"],
        False,
    ),
]


@pytest.mark.parametrize("example", FOLLOW_UPS)
def test_a_follow_up_read_as_it_is_asked(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


def test_work_somebody_does_is_the_job_asked(corpus_bot: Chatbot) -> None:
    """ "…the dentist fits the crown, but somebody somewhere makes the crowns…": the lab's job, not the dentist's."""
    check_asked(
        corpus_bot,
        "when I get my teeth fixed the dentist fits the crown, but somebody somewhere makes the crowns and bridges in a"
        " lab. what schooling would I need to do that?",
        "Dental Laboratory Technicians",
        ["Education", "Job Zone"],
    )


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        ("織機オペレーターの仕事って夜勤はある？", "織布工/織機オペレーター", ["Work Style"]),
        ("what jobs are close enough to machinists that I could switch into?", "Machinists", ["Related Jobs"]),
    ],
)
def test_a_job_and_topic_said_plainly(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


def test_a_gap_from_a_daycare_starts_at_its_workers(corpus_bot: Chatbot) -> None:
    """ "I've worked at a daycare…": the childcare workers' page, not their administrators'; "what would I have to
    add…to make that jump?" asks what is missing, not for a route."""
    answer = corpus_bot.ask(
        "I've worked at a daycare for three years, but I want to teach first grade at a public school. What would I"
        " have to add in terms of schooling and skills to make that jump?",
        Conversation(),
    )
    assert answer.intent == Intent.GAP, (answer.intent, answer.answer[:200])
    assert answer.gap is not None and answer.gap.source == "Childcare Workers", answer.answer[:200]


def test_a_route_to_a_worker_at_a_workplace(corpus_bot: Chatbot) -> None:
    """ "…work as a technician at a wind farm. What kind of job should I aim for in between?": the wind farm's
    technicians ("aim for" names no job)."""
    answer = corpus_bot.ask(
        "I operate the boilers at a paper mill. I'd like to eventually work as a technician at a wind farm. What kind"
        " of job should I aim for in between?",
        Conversation(),
    )
    assert answer.intent == Intent.PATH and answer.routes, answer.answer[:200]
    assert answer.routes[0].jobs[-1] == "Wind Turbine Service Technicians", answer.routes[0].jobs


@pytest.mark.parametrize(
    "question",
    [
        "Would I make more as a pharmacist at CVS or at a hospital?",
        "My hands go numb after long shifts on the jackhammer. Is this something serious?",
        "Does Amazon drug test their warehouse workers?",
        "iPad or a Surface for taking notes in nursing school, which is the better buy?",
        "what time does the city bus usually come to Elm Street?",
        "京都で見学を受け入れてる酒蔵ってある？",
        "トヨタの期間工の面接って何を聞かれますか？",
        "大阪で一番安いネイルスクールってどこ？",
        "カップ麺って毎日食べたら体に悪い？",
        "丸顔なんだけど、どんな髪型が似合うと思う？",
        "ウールとコットンって、冬はどっちが暖かい？",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)
