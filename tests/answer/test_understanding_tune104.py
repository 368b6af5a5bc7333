"""Questions like those the hundred-and-fourth and hundred-and-fifth blind tuning sets (written in the fifty-sixth
session) found misread: the same shapes in other words.

A title that is mostly a thing ("studying X-rays and models") names no job outside the job slot; "waiting tables" is
a job people name so.
A request that names a job and asks its way in ("…に興味があって、なるための条件を知りたい", "最初はどういう立場から
スタート", "役立つ資格ってありますか？溶接とか") asks of that job, not for jobs that suit the person. Programs a job
"works in" are its technology.

Facts no page holds are declined: a school, bootcamp or study guide ranked, the adviser's own choice, a purchase, an
appeal of a ruling, who worked on a named work, a loan's approval, rent in a city.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from chatbot.answer import Conversation
from tests.answer.test_understanding import Example, check, check_asked, check_refused

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        ("今は会社員です。作業療法士に興味があって、なるための条件を知りたいです", "作業療法士（OT）", ["Career Path"]),
        (
            "ラーメンの仕事がしたいんですけど、最初はどういう立場からスタートするんですか",
            "ラーメン調理人",
            ["Career Path"],
        ),
        (
            "学校の給食を作る仕事に就きたいです。調理師以外にも持ってると役立つ資格ってありますか？栄養とか",
            "給食調理員",
            ["Related Qualifications"],
        ),
        (
            "What programs do video game designers usually work in?",
            "Video Game Designers",
            ["Technology Skills"],
        ),
    ],
)
def test_what_is_asked_in_other_words(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


def test_waiting_tables_is_the_waiters_job(corpus_bot: Chatbot) -> None:
    example: Example = (
        ["What does a bartender do?"],
        "and what about waiting tables?",
        ["Waiters and Waitresses"],
        ["Description", "Tasks"],
        False,
    )
    check(corpus_bot, example)


def test_a_portrait_that_studies_models_is_matched(corpus_bot: Chatbot) -> None:
    """ "Models" is a title, but "studying X-rays and plaster models" says things: the person is matched."""
    answer = corpus_bot.ask(
        "I've worked in a dental office for years and I want to be the one deciding the treatment. I love studying"
        " X-rays and plaster models of teeth, and I'm ready for dental school.",
        Conversation(),
    )
    assert answer.matches, answer.answer
    assert "Models" not in [match.job for match in answer.matches[:3]], [match.job for match in answer.matches]


@pytest.mark.parametrize(
    "question",
    [
        "Which art school in Paris is the best one for fashion design?",
        "Which nursing school prep book is best for the entrance exam?",
        "Honestly, would you go into it yourself if you were me?",
        "今ノートパソコン買うなら、MacとWindowsどっちがいい？",
        "障害年金の審査に落ちました。不服申し立てってどうやるんですか？",
        "あのドラマの衣装って、誰が担当してるか知ってる？",
        "カフェを開きたいんですが、銀行の融資って審査通りますか",
        "東京で家賃6万円以内で住めるところってある？",
    ],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)
