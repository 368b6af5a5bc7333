"""Questions like those the thirty-fifth blind tuning set, the blind refusal set tune36_refuse and guidance_tune22
found misread: the same shapes in other words.

Answered: doctors by the part of the body they treat ("the heart doctors"), "special ed"; a job named in full after
a role word ("the technician route instead, like a civil engineering tech"); "X here, thinking about switching to
Y" asks of Y; "what job titles…" asks for names; "who does the … before the dentist comes in" describes a job; pay
asked whether or how, answered by what the page tells of it; a Japanese question that says "を出" somewhere (every
Japanese name was dropped). Declined: things to produce (a cover letter, a lesson plan, a translation, code, model
answers), the person's own legal, health, insurance and residence affairs, forecasts by year, contests, opinions,
what a tradesperson charges, which school is best, shares to buy.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.answer import Conversation
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, check_small_talk, mixed_cases

pytestmark = pytest.mark.slow

ZONE = ["Job Zone", "Education", "On-the-Job Training", "On-Site or In-Plant Training", "Related Work Experience"]
WORK = ["Description", "Tasks"]
WORK_JA = ["Summary", "Description", "Tasks"]
EXAMPLES: list[Example] = [
    (
        ["what does a cardiologist do all day?", "and neurologists?"],
        "back to the heart doctors for a second, what software do they use?",
        ["Cardiologists"],
        ["Technology Skills"],
        False,
    ),
    ([], "how long does it take to become a skin doctor?", ["Dermatologists"], ZONE, False),
    (
        [],
        "what does a middle school special ed teacher actually do all day?",
        ["Special Education Teachers, Middle School"],
        WORK,
        False,
    ),
    (
        ["what does a civil engineer do?", "how much school is that?"],
        "and if she went the technician route instead, like a civil engineering tech?",
        ["Civil Engineering Technologists and Technicians"],
        ZONE,
        False,
    ),
    (
        ["paramedic here, thinking about switching to nursing. what do registered nurses do all day?"],
        "what job titles do people in that field go by? I want to search the job boards",
        ["Registered Nurses"],
        ["Aliases", "Reported Job Titles"],
        False,
    ),
    (
        [],
        "who does the teeth cleaning and x-rays before the dentist comes in? what does that job involve",
        ["Dental Hygienists"],
        WORK,
        False,
    ),
    ([], "看護師ってやっぱり給料高いの？", ["看護師"], ["Work Style"], False),
    ([], "食品メーカーの営業って、ボーナスは成績で変わるの？", ["食品営業（食品メーカー）"], ["Work Style"], False),
    ([], "経理で働いてます。異動希望を出そうと思ってます。人事事務ってどんな仕事？", ["人事事務"], WORK_JA, False),
]

REFUSED: list[Refused] = [
    ([], "write me a cover letter for a forklift operator job. I've got 3 years in a warehouse"),
    ([], "can you make me a 10 week lesson plan for an intro welding class"),
    ([], "translate this into spanish for my students please: every welder starts as an apprentice"),
    ([], "is it even legal for my manager to make me work 8 days in a row as a cashier?"),
    ([], "as someone who wants to be an economist, who do you think will win the next election?"),
    ([], "will electricians still be needed in 2040 or will robots do it all?"),
    ([], "how much would a plumber charge to fix a leaking pipe under my sink?"),
    ([], "I have asthma. is it safe for me personally to work as a painter?"),
    (["what do electricians do?"], "random question but will my insurance cover my physical therapy?"),
    ([], "持病の腰痛があるんですが、介護の仕事を続けても大丈夫でしょうか"),
    ([], "美容師の練習として、お客さんへのお礼のメールを書いてください"),
    ([], "保育園の面接でよく聞かれる質問の模範回答を作ってください"),
    ([], "調理師の専門学校って、どこの学校が一番おすすめですか？"),
    ([], "介護ロボットの会社の株を買おうか迷ってるんだけど、これから伸びると思う？"),
    ([], "店長が休憩をくれないんです。これって違法じゃないの？"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    "remark", ["yeah that's what I figured, thanks", "makes sense, thank you", "なるほどね、ありがとう"]
)
def test_a_remark_that_ends_in_thanks_is_small_talk(corpus_bot: Chatbot, remark: str) -> None:
    check_small_talk(corpus_bot, remark)


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (  # running a crew is supervising it
            "I've been a janitor at the same school for nine years. My boss is leaving and says I should apply to "
            "run the cleaning crew. What would I be missing?",
            "Janitors and Cleaners, Except Maids and Housekeeping Cleaners",
            "First-Line Supervisors of Housekeeping and Janitorial Workers",
        ),
        (  # the wanted job is not the person's own longer title (検察事務官 holds 検察 and 官)
            "検察事務官として5年働いています。いずれ検察官になりたいんですが、今の自分に足りないのは何ですか？",
            "検察事務官",
            "検察官",
        ),
        (  # "異動希望を出そう" says を出: the names were dropped as if a school were left
            "総務で一般事務をしています。経理に異動希望を出そうか考え中です。経理事務になるには何が足りないですか？",
            "一般事務",
            "経理事務",
        ),
    ],
)
def test_the_gap_is_between_the_jobs_said(corpus_bot: Chatbot, request_text: str, origin: str, target: str) -> None:
    check_gap(corpus_bot, request_text, origin, target)


@pytest.mark.parametrize(
    "request_text",
    [  # what is asked lies outside the pages, though the person also tells of themselves
        "write me a cover letter for a welder position. I have two years of shop experience and I'm good with my hands",
        "ベトナムから技能実習で来ています。今のビザのままで介護の仕事に転職できますか？",
    ],
)
def test_what_is_asked_outside_the_pages_gets_no_advice(corpus_bot: Chatbot, request_text: str) -> None:
    answer = corpus_bot.ask(request_text, Conversation())
    assert not answer.answered and not answer.matches and answer.gap is None and not answer.routes, answer.answer
