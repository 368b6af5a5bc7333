"""Questions like those the fifty-first blind tuning set found misread: the same shapes in other words.

Answered: "キャリアってどういう流れ" asks the career path of the job in focus; キャリア is no part of a name
(キャリアカー運転手); "開業してる人が多いの？" asks how many of the focus job's workers do so, it describes no job;
"美用師" reads as 美容師 by its title, not by a bracket that reads the same; "保険会社のアクチュアリー" names the
actuary, the insurance company is where they work (not 代理店営業（保険会社） by its bracket); "I want to switch to
X" wants X, not "switch to X"; "…何が合いそうですか？" after a portrait asks which jobs suit the person, whatever
job the portrait names.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation, Intent
from chatbot.retrieval._slots import target_words
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        ["システムエンジニアになるには？"],
        "プログラマーの場合、キャリアってどういうふうに進んでいくの？",
        ["プログラマー"],
        ["Career Path"],
        False,
    ),
    (
        ["獣医師になるには大学で何年勉強するんですか？"],
        "やっぱり自分で開業してる人って多いんですか？",
        ["獣医師"],
        ["Employment Type", "Work Style"],
        False,
    ),
    ([], "美用師になるには専門学校に何年くらい通うの？", ["美容師"], ["Career Path", "Education"], False),
]
REFUSED: list[Refused] = []
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_career_is_no_part_of_a_name(corpus_bot: Chatbot) -> None:
    """キャリア begins the alias キャリアカー（トレーラー）運転手 but, said alone, is the career asked of."""
    answer = corpus_bot.ask("Webディレクターの場合、キャリアってどういう流れなんですか？", Conversation())
    assert answer.about == ["Webディレクター（Web制作会社）"], answer.about


def test_the_place_a_named_job_works_names_no_other_job(corpus_bot: Chatbot) -> None:
    check_gap(
        corpus_bot,
        "証券会社でファンドマネージャーをしています。いずれ保険会社のアクチュアリーに移りたいのですが、何が足りませんか？",
        "ファンドマネージャー",
        "アクチュアリー",
    )


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("i want to switch to dental hygiene", "dental hygiene"),
        ("i'd like to move to sales eventually", "sales"),
        ("i'm a cashier and want to switch to bookkeeping.", "bookkeeping"),
    ],
)
def test_the_job_wanted_is_said_after_the_move(said: str, wanted: str) -> None:
    assert target_words(said) == wanted


def test_which_suits_me_after_a_portrait_naming_a_job(corpus_bot: Chatbot) -> None:
    """The job named in the portrait ("フォークリフトの免許も取ってみたい") is one of its wishes; the question asks
    which jobs suit."""
    answer = corpus_bot.ask(
        "高卒で、今はスーパーの品出しをしています。体を動かすのは好きで、細かい作業もわりと得意です。"
        "フォークリフトの免許も取ってみたいです。学歴がなくてもできる仕事で、何が合いそうですか？",
        Conversation(),
    )
    assert answer.intent is Intent.MATCH and len(answer.matches) >= 3, (answer.intent, answer.answer[:200])
