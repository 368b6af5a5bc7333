"""Questions like those the twenty-fourth blind tuning set found misread: the same shapes in other words.

Japanese questions about the working day ("朝何時から", "転勤", "どれくらい歩く") ask for the work style; "概要を
ざっくり" asks for the overview; what follows a described job ("…を作る人ってどんな勉強を") or a wish to become one
("…職人になりたい。学校は…") asks the way in, not what the job is, nor which jobs suit; "…を見たい" is no wish for
suggestions; "intrests" is read as interests; a skill "not required" asks for skills, not requirements. Requests
for an essay, or for a company to recommend, are declined."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (["パン職人ってどんな仕事？"], "朝は何時ごろから働くの？", ["パン製造、パン職人"], ["Work Style"], False),
    (["測量士ってどうやってなるの？"], "転勤とかってある？", ["測量士"], ["Work Style"], False),
    ([], "トラックドライバーってけっこう歩くの？", ["トラックドライバー"], ["Work Style"], False),
    ([], "測量士の概要をざっくり知りたい", ["測量士"], ["Summary", "Description"], False),
    (
        [],
        "ケーキや焼き菓子を作る人ってどんな勉強をしてきた人が多いの？",
        ["洋菓子製造、パティシエ"],
        ["Career Path", "Education"],
        False,
    ),
    ([], "家具職人になりたいです。専門学校は行ったほうがいいですか", ["家具製造"], ["Career Path", "Education"], False),
    ([], "トラックドライバーの雇用形態を見たい", ["トラックドライバー"], ["Employment Type", "Work Style"], False),
    ([], "what intrests do zoologists usually have?", ["Zoologists and Wildlife Biologists"], ["Interests"], False),
    (
        [],
        "which skills are nice to have, not required, for web developers",
        ["Web Developers"],
        ["Required Skills", "Technology Skills"],
        False,
    ),
]

REFUSED: list[Refused] = [
    (["what do teachers do?"], "write me a two page essay on why I want to teach"),
    (["システムエンジニアってどんな仕事？"], "おすすめのIT会社を教えて"),
]

# Each example answered right, each personal question declined with nothing cited.
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_a_wish_for_one_described_job_is_no_match_request(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("漆器を作る職人になりたいです。大学に行ったほうがいいですか", Conversation())
    assert not answer.matches, [m.job for m in answer.matches]  # the way into one job, not suggestions
    assert answer.citations and answer.citations[0].section in ("Career Path", "Education"), answer.citations
