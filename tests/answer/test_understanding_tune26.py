"""Questions like those the twenty-sixth blind tuning set (refusals inside dialogues) found misread: the same
shapes in other words.

Declined: an exam's date or fee, an opinion asked for ("would you recommend it?"), the person's pregnancy, a
subsidy for their house, two companies compared ("AとBだったらどっちの方が"). Answered: life on board (生活) is the
work of the job in focus, not a job's name; "二つ比べると…どっち" compares the two in focus; "alright thanks, that
helps" is small talk; a wish for one described job with a licence asked is its way in; a last sentence asked
without a question mark ("休みはちゃんとあるの") is what is asked."""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        [],
        "フォークリフトを倉庫で運転する仕事につきたいんだけど、どんな免許がいるの？",
        ["フォークリフト運転作業員"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
    (["消防官になるには？"], "非番ってどんな感じ？休みはちゃんとあるの", ["消防官"], ["Work Style"], False),
    # "Xのほうは？" where only another job's title holds X: that job, not back to the one whose page says X
    (["中華料理の調理人になるには？"], "日本料理のほうは？", ["日本料理調理人（板前）"], ["Career Path"], False),
    (["トラックドライバーになるには？"], "ダンプのほうは？", ["ダンプカー運転手"], ["Career Path"], False),
    (["航海士になるには？"], "船の上の暮らしってどんな感じ？", ["航海士"], ["Work Style", "Description"], False),
    (
        ["パイロットの働き方は？", "客室乗務員の働き方は？"],
        "二つ比べると不規則なのはどっち？",
        ["パイロット", "客室乗務員"],
        ["Work Style"],
        True,
    ),
]

REFUSED: list[Refused] = [
    (["how do I become an electrician?"], "when is the licensing exam date, and how much is the exam fee?"),
    (["what do actuaries do?"], "honestly, would you personally recommend it?"),
    (["看護師になるには？"], "妊娠中でも夜勤ってしたほうがいいですか？"),
    (["大工ってどんな仕事？"], "うちの家のリフォームって補助金いくら出る？"),
    (["ネット通販の企画開発ってどんな仕事？"], "楽天とアマゾンならどっちの方が働きやすい？"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_thanks_that_helps_is_small_talk(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    corpus_bot.ask("what do bioengineers do?", conversation)
    answer = corpus_bot.ask("alright thanks, that helps", conversation)
    assert answer.act is not None and answer.act.value == "small_talk" and not answer.citations
