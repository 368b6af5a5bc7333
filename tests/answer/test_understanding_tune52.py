"""Questions like those the fifty-second blind tuning set found misread: the same shapes in other words.

Answered: a follow-up opening on a worker told of by their work ("エステやってる人は？", "what about the crew who
serve passengers…") asks of another job, not the one in focus, and "the two" are then the last two talked of, not
an earlier comparison's; "the inspectors who check grain…" describes a job, and "that kind of thing" points back
at none; "フリーでやってる人と会社勤めの人、どっちが多い？" compares two ways of one job's work;
社労士 and ヘルパー are names people say; "中学校の先生目指してる" names 中学校教員 (先生, not 先生目指); a licence
got for another job ("税理士とか取っといたほうが有利？") and the workers a job arranges ("ヘルパーさんの手配") are
not the job asked of; a gap's own job is the one the person's own sentence names ("惣菜工場で…ラインの仕事").
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from chatbot.models import Cue
from chatbot.retrieval._cues import cues_of
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, mixed_cases

pytestmark = pytest.mark.slow

PILOT, GROUND = "パイロット", "空港グランドスタッフ"
EXAMPLES: list[Example] = [
    (
        ["旅客機のパイロットになるにはどうすればいい？"],
        "空港のカウンターで案内してる人は？どうやってなるの？",
        [GROUND],
        ["Career Path", "Education"],
        False,
    ),
    (
        ["旅客機のパイロットになるにはどうすればいい？", "空港のカウンターで案内してる人は？どうやってなるの？"],
        "その2つで大卒の人が多いのはどっち？",
        [PILOT, GROUND],
        ["Education"],
        True,
    ),
    (
        ["What do airline pilots do?"],
        "what about the crew who serve passengers during the flight - how do they train?",
        ["Flight Attendants"],
        ["On-the-Job Training", "Job Zone", "Education"],
        False,
    ),
    (
        [],
        "ネイリストってフリーでやってる人と会社勤めの人、どっちが多い？",
        ["ネイリスト"],
        ["Employment Type", "Work Style"],
        False,
    ),
    ([], "社労士って独立できる？", ["社会保険労務士"], ["Employment Type", "Work Style"], False),
    (
        [],
        "母がヘルパーの仕事始めたいって言ってるんだけど、土日も勤務あるのかな？パートでもいける？",
        ["訪問介護員/ホームヘルパー"],
        ["Employment Type", "Work Style"],
        False,
    ),
    ([], "中学校の先生目指してる大学生です。採用試験ってどんな感じ？", ["中学校教員"], ["Career Path"], False),
    (
        ["美容師になるには？"],
        "エステやってる人は？資格いるの？",
        ["エステティシャン"],
        ["Related Qualifications"],
        False,
    ),
]
REFUSED: list[Refused] = []
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    ("text", "cue", "found"),
    [
        ("the inspectors who check grain and eggs for safety", Cue.WHICH_JOB, True),
        ("realistic, investigative, that kind of thing", Cue.BACK, False),
        ("back to the nursing one", Cue.BACK, True),
        ("空港のカウンターで案内してる人は？", Cue.ANOTHER, True),
        ("正社員で働いてる人って多いの？", Cue.ANOTHER, False),
    ],
)
def test_cues(text: str, cue: Cue, found: bool) -> None:
    """A plural worker said before what they do describes a job; "that kind of thing" points back at no job; a
    follow-up opening on a worker told of by their work tells of another job, unless it asks how many."""
    assert (cue in cues_of(text)) is found, cues_of(text)


def test_the_two_are_the_last_two_after_the_talk_moves_on(corpus_bot: Chatbot) -> None:
    """A comparison, then two other jobs: "which of the two" compares those two, not the first comparison's."""
    conversation = Conversation()
    for question in ["compare nurses and pharmacists", "how do I become an electrician?", "and plumbers?"]:
        corpus_bot.ask(question, conversation)
    answer = corpus_bot.ask("which of the two needs more schooling?", conversation)
    assert sorted(answer.about) == ["Electricians", "Plumbers, Pipefitters, and Steamfitters"], answer.about


def test_a_licence_got_for_another_job_is_not_the_job_asked_of(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("経理の仕事がしたいんだけど、税理士とか取っといたほうが有利？", Conversation())
    assert answer.about == ["経理事務"], answer.about


def test_a_job_arranged_by_the_one_asked_of_is_not_it(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask("ヘルパーさんの派遣や訪問の計画をまとめる責任者って、どんな資格がいるの？", Conversation())
    assert "訪問介護員/ホームヘルパー" not in answer.about[:1], answer.about


@pytest.mark.parametrize(
    ("said", "origin", "target"),
    [
        (
            "惣菜工場で盛り付けのラインの仕事をしています。商品の企画をする仕事に移りたいのですが、何が足りませんか？",
            "惣菜製造",
            "商品企画開発（チェーンストア）",
        ),
        (
            "家電メーカーで電子機器の設計をしています。医療機器メーカーに移って医療機器の開発をしたいです。何が足りない？",
            "電子機器技術者",
            "医療機器開発技術者",
        ),
    ],
)
def test_the_own_job_is_the_one_the_own_sentence_names(
    corpus_bot: Chatbot, said: str, origin: str, target: str
) -> None:
    check_gap(corpus_bot, said, origin, target)
