"""Questions like those the seventy-eighth to eighty-third blind tuning sets found misread: the same shapes in other
words.

"魚の養殖のほうもちょっと気になってて" tells of another job; "働く時間帯" is a topic, no name; "あと…できないとキツい？"
asks what the job in focus takes, not of a job the skill names; "…ないと苦労する？" asks the
way in; "家庭と両立しやすいのはどっち？" compares the two in focus (両立 is no job); "会社の経理部で事務やる場合は…"
asks of the work told, another job; work said with where it is done names the page titled so ("デパートで店員",
デパート店員); the people a job's work is for ("足をなくした人のために…作ってくれる仕事") are not the worker; "派遣で
働いてる人" asks how the work is employed.

A worker said as people say them ("a rebar guy"); those who "replace a cracked windshield" (no question of the job's
future); what matters most to a job's workers, pay among it, asks their values.

Facts no page holds are declined: the cheapest school, calculus to solve, a decision about the person's child, their
own home improved, a place's opening hours, the person's own unemployment benefit, a phrase to say in English, a
child's learning at home, a named firm's hiring this year, which school to pick of two, something to fix, what a
program costs, a child's fever, a repair to do oneself. (19 of the 26 tests here fail on the session's starting code.)
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, check, check_asked, check_refused

pytestmark = pytest.mark.slow

FOLLOW_UPS: list[Example] = [
    (
        ["保育士になるには何が必要？"],
        "あとピアノとか弾けないとキツい？",
        ["保育士"],
        ["Career Path", "Related Qualifications", "Education"],
        False,
    ),
    (
        ["看護師ってどんな働き方？", "薬剤師だとどう？"],
        "その2つだったら、家庭と両立しやすいのはどっち？",
        ["看護師", "薬剤師"],
        ["Work Style"],
        True,
    ),
    (
        ["果樹栽培者ってどんな仕事？"],
        "魚の養殖のほうもちょっと気になってて。そっちは未経験でも入れる？",
        ["水産養殖従事者"],
        ["Career Path", "Experience Before Entry", "Related Qualifications"],
        False,
    ),
    (["幼稚園の先生になるには？"], "塾の先生だと、働く時間帯ってどんな感じ？", ["学習塾教師"], ["Work Style"], False),
    (
        ["税理士ってどんな仕事？"],
        "会社の経理部で事務やる場合はどんな働き方になる？",
        ["経理事務"],
        ["Work Style", "Employment Type"],
        False,
    ),
]


@pytest.mark.parametrize("example", FOLLOW_UPS)
def test_a_follow_up_read_as_it_is_asked(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        (
            "事故で足をなくした人のために、義足を作って合わせてくれる仕事って資格いるの？",
            "義肢装具士",
            ["Related Qualifications", "Career Path"],
        ),
        (
            "デパートで店員やりたいんだけど、接客が苦手じゃないと苦労するかな",
            "デパート店員",
            ["Career Path", "Required Skills"],
        ),
        ("データ入力の仕事って、派遣で働いてる人が多いってほんと？", "データ入力", ["Employment Type", "Work Style"]),
        (
            "My brother just started as a rebar guy. What does that job involve?",
            "Reinforcing Iron and Rebar Workers",
            ["Description", "Tasks"],
        ),
        (
            "The people who come out and replace a cracked windshield, what does their work involve?",
            "Automotive Glass Installers and Repairers",
            ["Description", "Tasks"],
        ),
        (
            "For registered nurses, what matters most to them: the paycheck or helping people?",
            "Registered Nurses",
            ["Work Values"],
        ),
    ],
)
def test_the_job_and_topic_asked(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


@pytest.mark.parametrize(
    "question",
    [
        "Which college has the cheapest dental hygiene program? I can't spend much",
        "Can you solve this for me: integral of x squared dx. I want to be an engineer lol",
        "My son has autism and his school wants him in a special class. Should I agree or fight it?",
        "I'm painting my kitchen this weekend. What finish should I use for the cabinets?",
        "品川の入管って受付時間は何時まで？",
        "職業訓練に通いながら失業保険ってもらえる？",
        "「お先に失礼します」って英語で自然に言うと？",
        "近所の保育園って何時まで子ども預かってくれる？",
        "小2の息子が漢字を覚えられない。家でできるいい覚え方ある？",
        "関電工って今年も高卒採用やってるか知ってる？",
        "My son got into both UCLA and USC and wants to be a nurse. Which should he pick?",
        "My spreadsheet shows an error everywhere after I deleted a row. How do I fix it?",
        "How much would a nursing degree program cost me?",
        "娘が40度の熱を出した。救急に連れていくべき？",
        "エアコンの水漏れ、業者を呼ぶ前に自分でできる直し方ある？",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)
