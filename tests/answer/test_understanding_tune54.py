"""Questions like those the fifty-fourth blind tuning sets found misread: the same shapes in other words.

Answered: a field the person studies ("I'm studying chemistry", "a computer science degree") is their schooling,
not the job asked about; "which of those two is more realistic for me?" after two jobs compares them, it asks for no
suggestions (while "数字と部下の両方に…" inside a portrait still does); "what kind of stuff would I be doing" asks
about the work; a one-word title said with a modifier is that title's page ("drywall tapers": Tapers); "that kind of
support" points back at the sentence before ("a boss who backs me up": Work Values).

Japanese: a follow-up naming the making of a thing ("パン作りのほうは？") names its maker's page;
"会社に雇われるの？個人でやる感じ？" asks the employment type; "看護師さんの補助をする仕事" is the helper's page
(看護助手), "タンクローリーの運転手" its 乗務員; "…ってどんな仕事？司法書士との違いを…" asks of the first;
"美容の仕事してて" is the person's own field; "その二つだと…どっち？" and "残業とか…どっち？" compare the two in
focus (no jobs called "その二つだ" or "かは"); a name of work no title has ("レコーディングの仕事") is the nearest page
that says it. Typos: 士 typed for 師, and one kanji of a name's first word typed as
another ("整型外科医": 整形外科医, not 外科医). Declined: the date of the next exam.

Routes: the own job said before "but want to…", a field moved into "as a" worker, and "what jobs could I do in
between?" asking for a route.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import BECOME_ONET, Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        [],
        "I'm studying chemistry but I'm curious about pharmacists. How do you become one?",
        ["Pharmacists"],
        BECOME_ONET,
        False,
    ),
    (
        [],
        "I'm halfway through a computer science degree and keep hearing about information security analysts. What "
        "software would I use?",
        ["Information Security Analysts"],
        ["Technology Skills"],
        False,
    ),
    (
        ["what do dental assistants do?", "and pharmacy technicians?"],
        "I dropped out of high school. Which of the two could I realistically get into?",
        ["Dental Assistants", "Pharmacy Technicians"],
        ["Education", "Job Zone"],
        True,
    ),
    (
        ["what do tile setters do?", "and drywall tapers?"],
        "Having a boss who backs me up matters to me. Which of them rates higher on that kind of support?",
        ["Tile and Stone Setters", "Tapers"],
        ["Work Values"],
        True,
    ),
    (["what do electricians need to learn?"], "and for drywall tapers?", ["Tapers"], ["Required Skills"], False),
    (
        ["みそ造りの仕事ってどんな感じ？"],
        "パン作りのほうは？朝は早いの？",
        ["パン製造、パン職人"],
        ["Work Style"],
        False,
    ),
    (
        [],
        "家を回って保険を売る仕事って、会社に雇われてるの？それとも個人でやってるの？",
        ["保険営業（生命保険、損害保険）"],
        ["Employment Type"],
        False,
    ),
    ([], "整型外科医に関係する資格って何がありますか？", ["整形外科医"], ["Related Qualifications"], False),
    ([], "従道整復士になるには何年かかる？", ["柔道整復師"], ["Career Path", "Education"], False),
    # one who helps a worker; a driver said as 運転手 where the title says 乗務員; a job likened after the one asked;
    # the person's own field said before the job asked of
    ([], "病院で看護師さんの補助をする仕事ってどんなことするの？", ["看護助手"], ["Summary", "Description"], False),
    ([], "保育士さんのお手伝いってどんな仕事？", ["保育補助者"], ["Summary", "Description"], False),
    ([], "タンクローリーの運転手って夜勤あるの？", ["タンクローリー乗務員"], ["Work Style"], False),
    ([], "行政書士ってどんな仕事？司法書士との違いを知りたい", ["行政書士"], ["Summary", "Description"], False),
    (
        [],
        "美容の仕事してて、ネイリストってのが気になってます。どうやったらなれますか",
        ["ネイリスト"],
        ["Career Path", "Education", "Related Qualifications"],
        False,
    ),
    # "だと" and "とか" join no two jobs compared: the two in focus are
    (
        ["酪農の仕事ってどんな感じ？", "漁師の仕事はどう？"],
        "その二つだと会社に雇われて働く人が多いのはどっち？",
        ["酪農従事者", "沿岸漁業従事者"],
        ["Employment Type"],
        True,
    ),
    (
        ["看護師の働き方ってどう？", "薬剤師は？"],
        "残業とか休日出勤とかはどっちのほうが多そう？",
        ["看護師", "薬剤師"],
        ["Work Style"],
        True,
    ),
    # a Japanese name of work no title has, said on the nearest pages: the first of them
    ([], "レコーディングの仕事って一日どんな流れ？", ["録音エンジニア"], ["Tasks", "Description", "Summary"], False),
    ([], "市場調査の仕事って、どんな知識が必要？", ["マーケティング・リサーチャー"], ["Knowledge"], False),
    # guards: a field in a job's own name; a name with no longer page it could be mistyped from; an exam asked of
    (
        [],
        "What do chemistry teachers need to know?",
        ["Chemistry Teachers, Postsecondary"],
        ["Required Skills", "Knowledge"],
        False,
    ),
    ([], "宮大工ってどんな仕事？", ["大工"], ["Summary", "Description"], False),
    ([], "看護師の国家試験ってどんな内容？", ["看護師"], ["Related Qualifications", "Career Path"], False),
    # the guards' everyday name (chatbot/retrieval/_said.py), not a page saying it in passing (犬訓練士)
    ([], "ガードマンってどんな仕事？", ["施設警備員"], ["Summary", "Description"], False),
]
REFUSED: list[Refused] = [
    ([], "宇宙飛行士ってどんな仕事？"),  # no page close enough says it
    ([], "how do I become an astronaut?"),  # an English page says it in passing (the aerospace engineers')
    ([], "次の介護福祉士の国家試験っていつですか？"),
    (["社会保険労務士ってどんな仕事？"], "今年の試験の日程を教えて"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_both_inside_a_portrait_still_asks_for_suggestions(corpus_bot: Chatbot) -> None:
    """ "両方" said of the person's own duties is no choice between two jobs: the portrait is still matched."""
    answer = corpus_bot.ask(
        "商社で12年、今は営業部で課長補佐をしています。売上と部下の両方に責任を持つ立場で、もっと上を目指したい。"
        "どんなポジションがありますか？",
        Conversation(),
    )
    assert len(answer.matches) >= 3, answer.answer


@pytest.mark.parametrize(
    ("said", "origin_part", "target"),
    [
        (
            "I work on an oil drilling crew but want to move into solar as an installer over the next couple of "
            "years. What's a realistic route?",
            "Oil and Gas",
            None,
        ),
        (
            "I drive a forklift in a warehouse but want to move into logistics as an analyst someday. What's a "
            "realistic route?",
            "Industrial Truck",
            "Logistics Analysts",
        ),
    ],
)
def test_a_route_from_the_work_said_before_the_wish(
    corpus_bot: Chatbot, said: str, origin_part: str, target: str | None
) -> None:
    """The own job is what is said before "but want to…", not the field moved into."""
    answer = corpus_bot.ask(said, Conversation())
    assert answer.routes, answer.answer
    route = answer.routes[0].jobs
    assert origin_part in route[0], route
    assert target is None or route[-1] == target, route


def test_jobs_in_between_ask_for_a_route(corpus_bot: Chatbot) -> None:
    """ "What jobs could I do in between?" after the own job and the one wanted asks for a route, not suggestions."""
    answer = corpus_bot.ask(
        "I run a packaging machine at a snack factory and I'd love to end up as a quality control analyst. "
        "What jobs could I do in between?",
        Conversation(),
    )
    assert answer.routes and not answer.matches, answer.answer
