"""Questions like those a ninth blind tuning set found misread (the same shapes, other words where possible): a
comparison keeps the topic it refers back to, a Japanese comparison compares what its words name, a name people
say that no page lists, a topic word after 「〜に必要な」, a question no page answers (visas) refused."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import BECOME_ONET, WORK_ONET, Example, check

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        ["what does an electrician do?", "what are the working conditions like? any long hours?"],
        "how does that compare with plumbers?",
        ["Electricians", "Plumbers, Pipefitters, and Steamfitters"],
        ["Work Values"],
        True,
    ),
    (
        ["美容師ってカット以外に何するの？", "理容師は？"],
        "どっちが入ってからの修行長い？",
        ["美容師", "理容師"],
        ["Training After Entry"],
        True,
    ),
    (
        ["看護師になるにはどうすればいい？", "助産師は？"],
        "働き方はどう違う？",
        ["看護師", "助産師"],
        ["Work Style"],
        True,
    ),
    (["保育士の資格は？", "幼稚園の先生は？"], "どっちが短大卒多い？", ["保育士", "幼稚園教員"], ["Education"], True),
    (
        [],
        "my son says he wants to be a vet when he grows up. what do they actually do all day?",
        ["Veterinarians"],
        WORK_ONET,
        False,
    ),
    (
        ["what does a veterinarian do?"],
        "and vet techs?",
        ["Veterinary Technologists and Technicians"],
        WORK_ONET,
        False,
    ),
    ([], "左官に必要な能力って何？", ["左官"], ["Abilities"], False),
    (
        [],
        "寿司屋の職人って何年修行するの",
        ["すし職人"],
        ["Career Path", "Training After Entry", "Training Before Entry"],
        False,
    ),
    ([], "宅急便のドライバーってどんな仕事？", ["宅配便配達員"], ["Summary", "Description", "Tasks"], False),
    (
        [],
        "ネイリストに興味あるけど、専門学校に行かないとなれないのかな",
        ["ネイリスト"],
        ["Career Path", "Education"],
        False,
    ),
    ([], "how long does it take to become a trucker?", ["Heavy and Tractor-Trailer Truck Drivers"], BECOME_ONET, False),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_example_is_answered_right(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(
    "question",
    [
        "I'm moving to Canada next year. What visa do I need to work there as a plumber?",
        "日本で看護師として働くにはどのビザが必要？",
        "明日の天気はどう？",
    ],
)
def test_what_no_page_covers_is_refused(corpus_bot: Chatbot, question: str) -> None:
    assert not corpus_bot.ask(question, Conversation()).answered


def test_a_weather_forecaster_licence_is_a_job_question(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("天気予報の資格って誰でも受けられるの？", Conversation())
    assert answer.answered and answer.citations[0].job == "気象予報士", answer.answer
