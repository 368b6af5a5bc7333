"""Questions like those the twenty-third blind tuning set (and guidance_tune12) found misread: the same shapes in
other words.

"I'm thinking about becoming X" names no job of the person's; a list title's one-word part shares the next job's
noun ("subway operators": Subway and Streetcar Operators); "what are people in that job into?" asks for interests;
words that point at a section ("what do they value") are no pay question even when a pay question came before;
"X もそう？" asks the last question of X; "向いてる性格は？" of a Japanese page leads with what its career path says
is needed; a katakana name with two letters swapped, or opening the question before って, is still read; "…の試験"
asks for the qualification; "what is that" after naming a job asks what the work is; "what jobs are similar" asks
of the job in focus, and an English question never answers from a Japanese page. Personal advice is declined:
whether the person has a condition, whether to take someone to court, whether to see a doctor, what their business
may deduct."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import WORK_ONET, Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

BECOME_ONET = [
    "Job Zone",
    "Education",
    "Related Work Experience",
    "On-Site or In-Plant Training",
    "On-the-Job Training",
]

EXAMPLES: list[Example] = [
    (
        [],
        "i'm thinking about becoming a plumber, what's the job like",
        ["Plumbers, Pipefitters, and Steamfitters"],
        WORK_ONET,
        False,
    ),
    (["what does a bus driver do?"], "and subway operators?", ["Subway and Streetcar Operators"], WORK_ONET, False),
    ([], "how do I become a tile setter?", ["Tile and Stone Setters"], BECOME_ONET, False),
    (
        ["what do zoologists do?"],
        "what are people in that job usually into?",
        ["Zoologists and Wildlife Biologists"],
        ["Interests"],
        False,
    ),
    (
        ["社会保険労務士ってどんな仕事？", "なるには試験に受からないとだめ？"],
        "行政書士もそう？",
        ["行政書士"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
    ([], "アニメーターに向いてるのはどんな人？", ["アニメーター"], ["Career Path"], False),
    ([], "社労士の試験ってどんな感じ？", ["社会保険労務士"], ["Related Qualifications", "Career Path"], False),
    ([], "ネイスリトって資格がないとなれないの？", ["ネイリスト"], ["Related Qualifications", "Career Path"], False),
    ([], "my cousin wants to become an orthoptist, what is that?", ["Orthoptists"], WORK_ONET, False),
    (["what do actuaries do?"], "what jobs are pretty similar?", ["Actuaries"], ["Related Jobs"], False),
]

REFUSED: list[Refused] = [
    (["what does a massage therapist do?"], "my shoulder has been aching for weeks, do i have tendinitis?"),
    (["what do paralegals do?"], "my landlord kept my deposit, should i take him to court?"),
    (["看護師ってどんな仕事？"], "最近ずっと頭痛がするんだけど病院行くべき？"),
    (["税理士ってどんな仕事？"], "うちの店の経費ってどこまで落とせる？"),
]


# Each example answered right, each personal question declined with nothing cited.
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_a_section_asked_after_a_pay_refusal_is_no_pay_question(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    corpus_bot.ask("what does a court reporter do?", conversation)
    assert not corpus_bot.ask("how much do they earn?", conversation).answered  # no page gives pay
    answer = corpus_bot.ask("forget the pay, what do they value in their work?", conversation)
    cited = [(c.job, c.section) for c in answer.citations[:3]]
    assert ("Court Reporters and Simultaneous Captioners", "Work Values") in cited, answer.answer


def test_an_english_question_is_answered_from_english_pages(corpus_bot: Chatbot) -> None:
    # "ok" is written in some Japanese pages' text: an English question that names no job still searches English
    answer = corpus_bot.ask("ok. which jobs have you got on fixing machines?", Conversation())
    assert answer.citations, answer.answer
    assert all(c.job.isascii() for c in answer.citations), [c.job for c in answer.citations]


def test_japanese_personality_leads_with_the_career_path_sentence(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("臨床検査技師に向いてる性格は？", Conversation())
    first = answer.citations[0]
    assert (first.job, first.section) == ("臨床検査技師", "Career Path"), answer.citations
    assert "冷静な判断力" in answer.answer  # the page's own words on who suits the work
