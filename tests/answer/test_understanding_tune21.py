"""Questions like those the twenty-first blind tuning set (and guidance_tune10) found misread: the same shapes in
other words.

A comparison that names what it compares ("how does the schooling compare between …") compares that; side by side,
the work row reads each page's Description ("仕事の中身は何が違うの"); a trade said as its rare gerund ("bartending")
names its workers; "the person standing/holding …" describes a job, it names none; "someone climbs the ladder" is
nobody's job, and a career ladder asks the way in; "different titles" asks for other names, not a comparison; the work
asked "step by step" is no route; "use the same stuff" keeps the topic for another job; "Like is it okay if …" after
a question only gives its example; "ok and the people who …" follows on; a job said as its work ("teaching middle
school"); a name two pages share alike goes to the one whose title says it; Japanese: the sentence that asks decides
over the one that tells ("…どんな知識が必要？…就職したいです"), 酪農 names its workers (酪農従事者),
a kanji mistyped between the same first and last (看獲師), a qualification asked of one thing is answered by its
sections, not by a sentence that names it, "どんな…人が向いてる" asks of the job in focus, and "…農家だとどうなりますか"
follows on."""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import BECOME_ONET, WORK_ONET, Example, check
from tests.conftest import DIRECTOR, WARD_MAYOR

pytestmark = pytest.mark.slow

SUITS_JA = ["Interests", "Work Values", "Abilities"]
EXAMPLES: list[Example] = [
    (
        [],
        "how does the schooling compare between dental hygienists and dental assistants?",
        ["Dental Hygienists", "Dental Assistants"],
        ["Job Zone", "Education"],
        True,
    ),
    (
        [],
        "歯科衛生士と歯科助手って仕事の中身は何が違うの？",
        ["歯科衛生士", "歯科助手"],
        ["Description", "Tasks"],
        True,
    ),
    ([], "what's involved in bartending day to day?", ["Bartenders"], WORK_ONET, False),
    ([], "How does someone climb the ladder to become a ward mayor?", [WARD_MAYOR], ["Career Path"], False),
    (
        [],
        "What's the usual career path for someone who ends up as an elementary school principal?",
        ["Education Administrators, Kindergarten through Secondary"],
        BECOME_ONET,
        False,
    ),
    (
        [],
        "Job listings keep showing me different titles for dental hygienist roles. What else do they get called?",
        ["Dental Hygienists"],
        ["Aliases", "Reported Job Titles"],
        False,
    ),
    ([], "I'm curious what a phlebotomist's work involves, step by step?", ["Phlebotomists"], WORK_ONET, False),
    (
        ["what software do graphic designers use?"],
        "do web developers use the same stuff?",
        ["Web Developers"],
        ["Technology Skills"],
        False,
    ),
    (
        [],
        "For a Secretariat Director-General, which weaknesses are fine? Like is it okay if I'm not a morning person?",
        [DIRECTOR],
        ["Aptitudes (Weaknesses Acceptable)"],
        False,
    ),
    (
        ["how long is the training for electricians?"],
        "ok and the people who repair elevators?",
        ["Elevator and Escalator Installers and Repairers"],
        ["On-the-Job Training", "On-Site or In-Plant Training", "Job Zone"],
        False,
    ),
    (
        [],
        "I'm thinking about teaching middle school. What would I do all day?",
        ["Middle School Teachers, Except Special and Career/Technical Education"],
        WORK_ONET,
        False,
    ),
    ([], "how do I become a private investigator?", ["Private Detectives and Investigators"], BECOME_ONET, False),
    (["what do chefs do?"], "and the line cooks, what do they do?", ["Cooks, Restaurant"], WORK_ONET, False),
    (
        [],
        "酪農の仕事ってどんな知識が必要？牛が好きで牧場に就職したいです",
        ["酪農従事者"],
        ["Knowledge", "Required Skills"],
        False,
    ),
    ([], "看獲師になるには？", ["看護師"], ["Career Path", "Education"], False),
    (
        [],
        "保育士の資格ってどうやって取るの？大学で取れる？",
        ["保育士"],
        ["Career Path", "Related Qualifications"],
        False,
    ),
    (["電気工事士になるには？"], "どんな考え方をする人が向いてるんだろう", ["電気工事士"], SUITS_JA, False),
    (
        ["脱サラして米作りをしたい。稲作農業者の仕事内容は？"],
        "花を育てる農家だとどうなりますか",
        ["花き栽培者"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_example_is_answered_right(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)
