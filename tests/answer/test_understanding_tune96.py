"""Questions like those the ninety-sixth to ninety-ninth blind tuning sets (written in the fifty-fifth session)
found misread: the same shapes in other words.

A job said as its work or its part: "teach nursing at a college", "teaching GED classes", "広報の仕事", "ダンプに
乗り換えたい", "太陽光発電の設計"; a description's own subject ("one of those researchers who … how farmers can…")
and a licence it names ("放射線の資格とか") are no job asked. "Is that what X do?", "どんな人をサポートする仕事",
"入ったあとは" and "…なり方ってどんな感じ" ask what they say. "さっきのデータの方に戻って" goes back to the data job
answered alone, and "those instructors" after "teach nursing at a college" are that job's.

Facts no page holds are declined: what a thing sells for, a report of one's own health, a child diagnosed, who holds
a post now, a parent's pride, the adviser's own view, a workplace's reputation, when a plant opens, a shop near the
person, the day a visitor comes, a health rumour, a bill cut, openings near the person.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, check, check_asked, check_refused

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        (  # the farmers are whom the work is for: "how farmers can…" inside the description
            "what schooling do you need to be one of those scientists who test soil samples and show how farmers can"
            " keep their fields from eroding?",
            "Soil and Plant Scientists",
            ["Education", "Job Zone"],
        ),
        (
            "I'm thinking I could teach history at a university someday. What degree would I need?",
            "History Teachers, Postsecondary",
            ["Education", "Job Zone"],
        ),
        (
            "what personality do you need for teaching GED classes to grown-ups?",
            "Adult Basic Education, Adult Secondary Education, and English as a Second Language Instructors",
            ["Personality Traits", "Interests"],
        ),
        ("広報の仕事って、どんなスキルが必要？", "広報・PR担当", ["Required Skills", "Knowledge"]),
        (
            "いまタクシーに乗ってるけど、ダンプに乗り換えるには何の免許がいる？",
            "ダンプカー運転手",
            ["Related Qualifications", "Career Path"],
        ),
        ("太陽光発電の施工の仕事ってどんなことするの？", "太陽光発電の設計・施工", ["Summary", "Description", "Tasks"]),
        # a licence named beside the work described is no job asked
        (
            "CTスキャンの装置を組み立てる仕事って、放射線の資格とか持ってないとダメ？",
            "医療用画像機器組立",
            ["Related Qualifications", "Career Path"],
        ),
        # a licence said as needed first, and a relative's own job, are no job asked
        ("保健師ってどうやってなるの？看護師の資格が先に必要って聞いたけど", "保健師", ["Career Path"]),
        (
            "My brother's a paramedic and he's thinking about becoming a firefighter. What training does that take?",
            "Firefighters",
            ["On-the-Job Training", "On-Site or In-Plant Training", "Job Zone", "Education"],
        ),
        # a job named, then likened to a description in a second question: the named one
        ("海上保安官ってどんな仕事？船で見回りしてる人のこと？", "海上保安官", ["Summary", "Description", "Tasks"]),
    ],
)
def test_a_job_said_as_its_work_or_part(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        (
            "Do paramedics ever drive the ambulance themselves, or is that a separate job?",
            "Paramedics",
            ["Tasks", "Description"],
        ),
        (
            "Who checks that elevators are safe to ride? Is that what elevator installers do?",
            "Elevator and Escalator Installers and Repairers",
            ["Tasks", "Description"],
        ),
        (
            "I'm not asking about pay, just curious: are loan officers the ones who decide whether you get the loan?",
            "Loan Officers",
            ["Tasks", "Description"],
        ),
        ("作業療法士って、どんな人を手助けする仕事なの？", "作業療法士（OT）", ["Summary", "Description", "Tasks"]),
        ("アロマセラピストだと、なり方ってどんな感じ？", "アロマセラピスト", ["Career Path"]),
    ],
)
def test_what_the_question_asks_of_the_job(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


def test_after_joining_asks_the_career_path(corpus_bot: Chatbot) -> None:
    example: Example = (
        ["車掌になりたいんだけど、資格っている？"],
        "で、入ったあとはどうなるの？",
        ["鉄道車掌"],
        ["Career Path"],
        False,
    )
    check(corpus_bot, example)


def test_those_instructors_are_the_college_teachers_just_said(corpus_bot: Chatbot) -> None:
    example: Example = (
        ["What does a registered nurse do?"],
        "Or I could teach nursing at a university. What skills do those instructors need?",
        ["Nursing Instructors and Teachers, Postsecondary"],
        ["Required Skills", "Knowledge", "Technology Skills"],
        False,
    )
    check(corpus_bot, example)


def test_going_back_by_a_word_two_jobs_share_means_the_one_answered_alone(corpus_bot: Chatbot) -> None:
    """Both data jobs were compared; only the engineer was then asked of alone."""
    example: Example = (
        ["データエンジニアとデータサイエンティストの違いは？", "リモートで働ける？", "翻訳者だとどう？家でできる？"],
        "さっきのデータの方の話に戻るけど、資格はいる？",
        ["データエンジニア"],
        ["Related Qualifications", "Career Path"],
        False,
    )
    check(corpus_bot, example)


@pytest.mark.parametrize(
    "question",
    [
        "What does a used espresso machine go for these days?",
        "My blood work results came back odd. Can you tell me what they mean for me?",
        "My daughter won't stop fidgeting in class. Does she have ADHD?",
        "Who is the head chef at the Ritz in London right now?",
        "Which one would my mom be happier with, nursing or teaching?",
        "AIって医者の仕事を奪うと思う？あなた自身の考えを教えて",
        "旭山動物園って、飼育員の職場として評判いい？",
        "地元の原発っていつ再稼働するの？発電所の運転の仕事に興味があって",
        "駅前で美味しいケーキ屋さん知ってる？パティシエになりたくて",
        "うちの学校のスクールカウンセラーって何曜日に来てるの？",
        "Can working near power lines give you cancer?",
        "電気工事士の仕事に興味あるけど、家の電気代を節約するコツってある？",
        "近所で保育士の求人出してるとこ知ってる？",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)
