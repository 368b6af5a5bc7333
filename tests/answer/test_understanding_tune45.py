"""Questions like those the forty-fifth blind tuning set (and guidance_tune29) found misread: the same shapes in other
words.

Answered: a three-kanji name typed with a kanji of the same sound ("鉄金工": 鉄筋工, though 鉄骨工 shares its shape);
a loanword's common short form in the job slot ("エステ": エステティシャン); "具体的に何をする" after an interest said
asks what the work is, not which jobs suit; "話を戻すけど" goes back to the job whose page says the words, though
another job's title holds one of them (保守); how people are employed, asked after "ちなみに", is of the job talked of;
a transfer between schools, sitting down on the job and starting work "入ってすぐ" point at work style and training;
a relative's job said before the job they want ("兄が消防士で、救急救命士になりたい") is not the one asked about, nor
the person's own job before work someone suggested or they describe ("I've worked as an electrician… Someone
mentioned inspecting new buildings…", "Is there a job where you…"), nor a catch-all page a description names in
passing ("…connecting them to doctors and social services"); "unrelated but", "different idea entirely" open a new
question; going back to "the trade instructor idea" is to the teacher talked of, not to a catch-all page of
instructors. Declined: the person's own pay after a change of job, and their own tax return. Advice: a gap asked as
"Where am I short?", or as "…に興味が出てきました。必要なものを教えてください" after "…を担当しています", or
with the job wanted as the shop to stand in ("…そばを出す店に立ちたい"); a route from a job said as "X at a Y, i
do…"; a Japanese portrait that ends on the work wanted ("…提案する側に回りたいです") asks which jobs suit.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation, Intent
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, check_route, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    ([], "鉄金工の仕事って危ないですか？", ["鉄筋工"], ["Tasks", "Work Style"], False),  # テツキン: 鉄筋, not 鉄骨
    (
        [],
        "エステの仕事って、独立して自分のお店を持つ人は多いですか？",
        ["エステティシャン"],
        ["Employment Type", "Career Path"],
        False,
    ),
    (  # an interest said, then what the work is
        [],
        "ドローンの仕事に興味があります。機械いじりは得意です。具体的に何をするんですか？",
        ["ドローンパイロット"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
    (  # back to the job whose page says the words; 保守 is also in another job's title
        ["太陽光発電のメンテナンスってどんなことをするの？", "中学校の先生って異動は多いの？"],
        "話を戻すけど、パネルの保守に資格っている？",
        ["太陽光発電のメンテナンス"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
    (  # how its people are employed, not a new job described
        ["インテリアコーディネーターってどんな仕事？"],
        "ちなみにパートとかで働いてる人っている？",
        ["インテリアコーディネーター"],
        ["Employment Type", "Work Style"],
        False,
    ),
    ([], "学校事務って、ほかの学校への異動はあるんですか？", ["学校事務"], ["Work Style"], False),
    (  # sitting down on the job: how the work is done
        [],
        "立ち仕事が苦手なんですが、データ入力と一般事務ならどっちが向いてる？",
        ["データ入力", "一般事務"],
        ["Work Style"],
        True,
    ),
    (
        [],
        "交通誘導の警備員って入ってすぐ一人で現場に立つの？",
        ["雑踏・交通誘導警備員"],
        ["Training After Entry", "Career Path"],
        False,
    ),
    (  # the brother's job now, then the one he wants
        [],
        "兄が消防士で、救急救命士になりたいと言っています。どうすればなれますか？",
        ["救急救命士"],
        ["Career Path", "Education", "Related Qualifications"],
        False,
    ),
    (
        [],
        "I've worked as an electrician for 15 years. Someone mentioned inspecting new buildings for the city. What "
        "does that job involve?",
        ["Construction and Building Inspectors"],
        ["Description", "Tasks"],
        False,
    ),
    (
        [],
        "I'm an accountant with 10 years at a firm. Is there a job where you teach accounting to college students? "
        "What does it involve?",
        ["Business Teachers, Postsecondary"],
        ["Description", "Tasks"],
        False,
    ),
    (
        ["what does a pharmacist do?"],
        "unrelated but my wife teaches kindergarten and always complains about the software. what programs do those "
        "teachers use?",
        ["Kindergarten Teachers, Except Special Education"],
        ["Technology Skills"],
        False,
    ),
    (
        ["what is a phlebotomist?", "do they need a degree for it?"],
        "Ok different idea entirely. My mom was a court reporter. What does that work look like now?",
        ["Court Reporters and Simultaneous Captioners"],
        ["Description", "Tasks"],
        False,
    ),
    (  # a catch-all page named in passing in a description ("social services") is not the one described
        [],
        "Who's the person that goes out into neighborhoods helping residents eat better and connecting them to "
        "doctors and social services? What personality does that take?",
        ["Community Health Workers"],
        ["Personality Traits"],
        False,
    ),
    (  # "instructor" alone names a catch-all page: back to the teacher talked of
        [
            "I've been a plumber for 20 years. A friend suggested teaching the trade at a vocational school. What does "
            "that job involve?",
            "what do special ed teachers in middle school do?",
        ],
        "ok back to the trade instructor idea - what personality fits it?",
        ["Career/Technical Education Teachers, Postsecondary", "Career/Technical Education Teachers, Secondary School"],
        ["Personality Traits"],
        False,
    ),
]
REFUSED: list[Refused] = [
    (["看護師って夜勤ある？"], "転職したら僕の年収って上がりますかね？"),
    ([], "来年から個人で仕事を受けるんだけど、確定申告って自分でやらなきゃだめ？"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (
            "I wait tables at a steakhouse. I'd like to become a restaurant manager someday. Where am I short?",
            None,
            "Food Service Managers",
        ),
        (
            "市役所で窓口業務を担当しています。住民の相談にのるうちに、社会福祉士に興味が出てきました。必要なものを教えてください。",
            None,
            "福祉ソーシャルワーカー",
        ),
        (
            "ファミレスのキッチンで皿洗いのバイトをしてます。いつか自分で打ったそばを出す店に立ちたいんだけど、何が必要？",
            None,
            "そば・うどん調理人",
        ),
    ],
)
def test_the_gap_runs_to_the_job_meant(corpus_bot: Chatbot, request_text: str, origin: str | None, target: str) -> None:
    check_gap(corpus_bot, request_text, origin, target)


def test_the_route_starts_from_the_job_said_before_what_they_do(corpus_bot: Chatbot) -> None:
    check_route(
        corpus_bot,
        "surgical tech at a hospital, i set up the instruments and pass them during operations. long term i want to be "
        "a registered nurse. what jobs could i pass through on the way?",
        "Surgical Technologists",
        "Registered Nurses",
    )


def test_a_portrait_ending_on_the_work_wanted_asks_which_jobs_suit(corpus_bot: Chatbot) -> None:
    portrait = (
        "工場で10年ほど設備の保全をやってきました。最近は、新しいラインをどう組むか考える段階が一番面白いと感じています。"
        "自分で手を動かして直すより、設備を設計して提案する側に回りたいです。"
    )
    answer = corpus_bot.ask(portrait, Conversation())
    assert answer.intent is Intent.MATCH and len(answer.matches) == 5, answer.answer[:200]
