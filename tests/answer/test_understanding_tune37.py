"""Questions like those the thirty-seventh blind tuning set and guidance_tune23 found misread: the same shapes in
other words.

Answered: "detectives" (a part of "First-Line Supervisors of Police and Detectives" that names no supervisor); "is it
longer for X?" asks the last question again of X; "what about a maintenance guy for…" describes another job; a TA "at
a college"; "how does that compare with what X does day to day" (no comparand "day"); "any more programs on that
list?" (not the earlier job titled "…, Government Programs"); Japanese topic words in the name's place (勤務先,
最終学歴, 採用試験); "陸のほうに戻るけど" returns by one kanji of the title; "キャップのあとは？" moves along the
career path of the job in focus; "…で働きたいです。Xになるには" wishes, it tells no job of one's own; the own job
of a gap stays in the talk ("今の私みたいな…のほう"); a kanji typo read by its sound. Declined: places or schools
ranked or set against each other, paperwork to fill in for the person, their own legal case.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.answer import Conversation
from tests.answer.test_understanding import (
    Example,
    Refused,
    check_case,
    check_gap,
    check_route,
    check_small_talk,
    mixed_cases,
)

pytestmark = pytest.mark.slow

ZONE = ["Job Zone", "Education", "On-the-Job Training", "On-Site or In-Plant Training", "Related Work Experience"]
WORK = ["Description", "Tasks"]
WORK_JA = ["Summary", "Description", "Tasks"]
EXAMPLES: list[Example] = [
    (
        ["how long is the on-the-job training for patrol officers?"],
        "is it longer for detectives?",
        ["Detectives and Criminal Investigators"],
        ["On-the-Job Training", "On-Site or In-Plant Training"],
        False,
    ),
    (
        ["what skills do industrial machinery mechanics need?"],
        "ok. what about a general maintenance guy for an office building, which skills does that one need?",
        ["Maintenance and Repair Workers, General"],
        ["Required Skills"],
        False,
    ),
    ([], "what does a TA at a college actually do?", ["Teaching Assistants, Postsecondary"], WORK, False),
    (
        ["what does a pilot do?"],
        "what do the cabin crew get called on job boards?",
        ["Flight Attendants"],
        ["Aliases", "Reported Job Titles"],
        False,
    ),
    (
        ["what do nuclear engineers do all day?"],
        "how does that compare with what an aerospace engineer does day to day?",
        ["Nuclear Engineers", "Aerospace Engineers"],
        WORK,
        True,
    ),
    (
        ["what software do eligibility interviewers for government programs use?", "and tax examiners?"],
        "any more programs on that list?",
        ["Tax Examiners and Collectors, and Revenue Agents"],
        ["Technology Skills"],
        False,
    ),
    (
        ["陸上自衛官になるには？", "海上自衛官は？"],
        "陸のほうに戻るけど、入ってからの訓練はどのくらい？",
        ["陸上自衛官"],
        ["Training After Entry", "Career Path"],
        False,
    ),
    (["新聞記者のキャリアってどう進むの？"], "キャップのあとは？", ["新聞記者"], ["Career Path"], False),
    (
        [],
        "英語を使って空港で働きたいです。グランドスタッフになるには何が必要？",
        ["空港グランドスタッフ"],
        ["Career Path", "Education", "Required Skills"],
        False,
    ),
    (
        [],
        "消防官の採用試験ってどんな種類があるの？",
        ["消防官"],
        ["Career Path", "Related Qualifications", "Education"],
        False,
    ),
    ([], "タイル工の職人さんの最終学歴ってどんな感じ？", ["タイル工"], ["Education"], False),
    (
        [],
        "my son wants to be the guy in a restaurant who washes the pots and runs the dish machine. how much training "
        "does that take?",
        ["Dishwashers"],
        ZONE,
        False,
    ),
    (
        ["ヘルパーとして3年働いてます。サ責になるには何の資格がいる？"],
        "今の私みたいな訪問ヘルパーのほうは、どんな仕事内容？",
        ["訪問介護員/ホームヘルパー"],
        WORK_JA,
        False,
    ),
    (
        ["土木・建築工学研究者になるには？", "勤務先ってどういうところが多い？"],
        "建物の設計をする側の人だと、働く場所はどう違う？",
        ["建築設計技術者"],
        ["Work Style"],
        False,
    ),
    (  # "それぞれ" asks of both jobs talked of; "タイル" a word of one of their titles
        ["左官になるには？", "タイル工は？"],
        "左官とタイル、それぞれ取れる資格は何がある？",
        ["左官", "タイル工"],
        ["Related Qualifications"],
        True,
    ),
]

REFUSED: list[Refused] = [
    (["what do surgeons do?"], "is the Cleveland Clinic residency program better than Stanford's?"),
    ([], "rank the top 5 cities to work as a paramedic"),
    ([], "現場で転んでけがをした。労災の書類を代わりに書いてくれる？"),
    ([], "離婚調停中なんですが、裁判官ってどっちの味方？私のケースで勝てそう？"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize("remark", ["わかりました、家族とも相談してみます！", "got it, makes sense"])
def test_a_closing_remark_is_small_talk(corpus_bot: Chatbot, remark: str) -> None:
    check_small_talk(corpus_bot, remark)


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (  # "have that I don't" asks for the gap; "X here (…)" tells the person's job
            "Zookeeper here (feeding, cleaning, enrichment). I'd love to do field research instead. What do "
            "zoologists have that I don't?",
            "Animal Caretakers",
            "Zoologists and Wildlife Biologists",
        ),
        (  # "the difference in skills and education" after the person's job and the one wanted
            "I work as a case aide at a recovery nonprofit. I'd like to become a substance abuse counselor. What's the "
            "difference in skills and education?",
            "Social and Human Service Assistants",
            "Substance Abuse and Behavioral Disorder Counselors",
        ),
        (  # "MEMS design engineers": the word MEMS tells which page of the many with a design engineer alias
            "I run etch tools in a wafer fab. The MEMS design engineers we support seem to have the interesting job. "
            "What would it take for me to become one?",
            None,
            "Microsystems Engineers",
        ),
        (  # the job wanted told as what a friend does, then asked as "that job"
            "Server at a diner. A friend does in-store demos and product sampling for a snack brand and says I'd be "
            "good at it. What would I need to get better at to do that job?",
            None,
            "Demonstrators and Product Promoters",
        ),
        (
            "スーパーでレジをしてます。アパレルの販売員に転職したい。レジ係と比べてどんなスキルが必要？",
            "スーパーレジ係",
            "衣料品販売",
        ),
    ],
)
def test_the_gap_is_between_the_jobs_said(
    corpus_bot: Chatbot, request_text: str, origin: str | None, target: str
) -> None:
    check_gap(corpus_bot, request_text, origin, target)


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (
            "消防士になって5年です。救急救命士を目指したいのですが、どういう流れで目指せばいいですか？",
            "消防官",
            "救急救命士",
        ),
        (
            "倉庫でこん包をしています。フォークリフトに乗る仕事に移りたいんですが、どういうルートで行けますか",
            "こん包作業員",
            "フォークリフト運転作業員",
        ),
        (  # "X, N years" tells the person's job before "from the cab" does; "the office side" names none
            "Long-haul trucker, 9 years. I'm tired of being gone for weeks and want to get into the office side, "
            "eventually managing a distribution operation. How do I get from the cab to that?",
            "Heavy and Tractor-Trailer Truck Drivers",
            "Transportation, Storage, and Distribution Managers",
        ),
    ],
)
def test_the_route_is_between_the_jobs_said(corpus_bot: Chatbot, request_text: str, origin: str, target: str) -> None:
    check_route(corpus_bot, request_text, origin, target)


@pytest.mark.parametrize(
    "request_text",
    [  # the work wished for described, not named, after the person's own job: which jobs do that work
        "保育士として10年働いてきました。体力的にきつくなってきたので、現場を離れて子育ての相談にのったりする側の仕事に"
        "移りたいです。",
        # "…を活かせる…の仕事がしたい": suggestions, not a gap from the shop they worked at
        "本が大好きで、学生時代は古本屋でバイトしていました。自分の読書の知識を活かせる販売の仕事がしたいです。",
    ],
)
def test_a_described_wish_asks_for_suggestions(corpus_bot: Chatbot, request_text: str) -> None:
    answer = corpus_bot.ask(request_text, Conversation())
    assert answer.matches and answer.gap is None, answer.answer
