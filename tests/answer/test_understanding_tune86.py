"""Questions like those the eighty-sixth and eighty-seventh blind tuning sets found misread: the same shapes in other
words.

A worker told by the verb of their work, then "のほうは" ("花を作って市場に出す農家のほうはどう？"), is another job;
"how's their work different?" compares the work; a tiler said as a craftsman ("タイル職人"), a consultant said short
("人事コンサル") and the head of a care home ("施設長") name their pages;
"…間だけ働けたりする？" asks how the work is done; how to apply is the way in, not openings.

Facts no page holds are declined: how to cook something, an employer that pays for one's training, a haircut to ask
for, two named firms weighed.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import Scope
from chatbot.retrieval._scope import scope_of
from chatbot.text import fold
from tests.answer.test_understanding import Example, check, check_asked, check_refused

pytestmark = pytest.mark.slow

FOLLOW_UPS: list[Example] = [
    (
        ["豆腐屋さんってどんな働き方？"],
        "花を作って市場に出す農家のほうはどう？忙しい時期って",
        ["花き栽培者"],
        ["Work Style"],
        False,
    ),
    (
        ["介護施設の生活相談員ってどんな仕事？"],
        "施設長になるにはどうすれば？",
        ["施設管理者（介護施設）"],
        ["Career Path"],
        False,
    ),
]


@pytest.mark.parametrize("example", FOLLOW_UPS)
def test_a_follow_up_read_as_it_is_asked(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


def test_their_work_compared_is_the_work(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    assert corpus_bot.ask("What do chemists need to get hired?", conversation).answered
    answer = corpus_bot.ask("and biochemists, how's their work different?", conversation)
    assert answer.comparison is not None, answer.answer[:200]
    assert {c.section for c in answer.citations[:2]} <= {"Description", "Tasks"}, answer.citations[:2]


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        ("タイル職人ってどんな資格がいる？", "タイル工", ["Related Qualifications", "Career Path"]),
        ("人事コンサルってどんな仕事？", "人事コンサルタント", ["Summary", "Description", "Tasks"]),
        ("ビル清掃って、子どもが学校にいる間だけ働けたりする？", "ビル清掃", ["Work Style", "Employment Type"]),
    ],
)
def test_the_job_and_topic_asked(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


def test_the_job_moved_to_is_asked_of(corpus_bot: Chatbot) -> None:
    """ "介護職" names no page: named as 施設介護員 (tried in session 53), this asked of the care worker, not 納棺師."""
    answer = corpus_bot.ask("介護職から納棺師への転職を考えています。未経験でもなれますか？", Conversation())
    assert answer.about[:1] == ["納棺師"], answer.about


def test_how_to_apply_is_no_opening() -> None:
    assert scope_of(fold("市役所で働きたいんだけど、どこに応募すればいいの？募集ってある？"), []) is Scope.JOBS
    assert scope_of(fold("市役所の求人ってある？"), []) is Scope.OPENINGS


@pytest.mark.parametrize(
    "question",
    [
        "what's the best way to grill salmon? asking as a future chef",
        "Do big firms like Deloitte pay for your training if you sign on with them?",
        "最近流行ってる女子の髪型って？美容院で何て頼めばいい？",
        "三菱重工と川崎重工だと、技術職の残業が少ないのはどっち？",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)
