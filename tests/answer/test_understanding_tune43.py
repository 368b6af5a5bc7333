"""Questions like those the forty-third blind tuning set (and guidance_tune27) found misread: the same shapes in other
words.

Answered: two ways of working said as verbs made nouns ("会社に雇われるのと個人で請け負うのと") ask of one job's
employment, not for a comparison with a job that has no page; a work and where it is done, said first ("商業施設の設備
点検だと…") is another job than the one in focus; so is the job of someone close ("ちなみに兄は塗装の仕事をしてる
んですが"); 飲み込み is the pages' 嚥下; "personal qualities" ask for the personality. Declined: the person's own choice
asked of the adviser in Japanese ("私は家を出て会社員になったほうがいいと思いますか？"). A Japanese name
mistyped twice in nine characters, a worker said with where and what they do ("…で…を開発する技術者"), and an English
title said with other commas ("a helper for pipelayers, plumbers, …") are named. Advice: a job held told as what
the person does with a verb ("I deal poker", "旋盤を回して15年") and a shop by its everyday name (花屋) start a gap;
the job wanted said as the side to move to ("…技術者の側に行くには") or as the role to be trusted with ("支配人と
して…任されたい") is read; of pages that fit the words wanted about as well, the one nearer the job held is meant
(a carpenter's 施工管理 is building's, not civil works').
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation, Intent
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, mixed_cases

pytestmark = pytest.mark.slow

BUS = "運転が好きなので路線バスの運転手を考えてます。資格は何が必要ですか"
EXAMPLES: list[Example] = [
    (  # two ways of working, not a job without a page
        [],
        "ハウスクリーニングって、会社に雇われるのと個人で請け負うのとどっちが多いの？",
        ["ハウスクリーニング"],
        ["Employment Type", "Work Style"],
        False,
    ),
    (  # a work and its place said first: another job than the bus driver's
        [BUS],
        "商業施設の設備点検だと資格は何が必要になる？",
        ["ビル施設管理"],
        ["Related Qualifications", "Career Path"],
        False,
    ),
    (  # the job of someone close, told in passing
        ["保育士の働き方ってどんな感じですか？"],
        "ちなみに兄は塗装の仕事をしてるんですが、一人前になるまでどのくらいかかるんですか",
        ["建築塗装工", "自動車板金塗装"],
        ["Training After Entry", "Career Path"],
        False,
    ),
    (  # a Japanese name mistyped twice, split by の: two edits in nine are still the name
        [],
        "ペットショッブの定員ってどんな仕事？",
        ["ペットショップ店員"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
    (  # the worker said with where and what they do: the food engineer, not the food maker's other pages
        [],
        "食品工場で新しい味の商品を開発する技術者になるには何を勉強すればいい？",
        ["食品技術者"],
        ["Career Path", "Education"],
        False,
    ),
    (  # a title said with other commas: its name is no cue ("no license" told before is no topic asked)
        [],
        "I'm 20, good with my hands but no license yet. What does a helper for pipelayers, plumbers, pipefitters "
        "and steamfitters do?",
        ["Helpers--Pipelayers, Plumbers, Pipefitters, and Steamfitters"],
        ["Description", "Tasks"],
        False,
    ),
    (  # 飲み込み: the pages' 嚥下
        [],
        "食べ物をうまく飲み込めない人の訓練をする仕事ってどんな仕事？",
        ["言語聴覚士"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
]
REFUSED: list[Refused] = [
    ([], "うちは農家なんですけど、私は家を出て会社員になったほうがいいと思いますか？"),
    ([], "で、結局私は大学院に行かずに家業を継いだほうがいいと思いますか？"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (
            "I deal poker at a card room. I want to move up to floor supervisor someday. What skills should I be "
            "building?",
            "Gambling Dealers",
            "First-Line Supervisors of Gambling Services Workers",
        ),
        (
            "花屋で働いています。フラワーデザイナーとして働いてみたい。何が必要ですか？",
            "フラワーショップ店員",
            "フラワーデザイナー",
        ),
        (
            "町工場で旋盤を回して12年です。図面を描く側、機械の設計をやってみたい。何が足りないか教えてください。",
            "汎用金属工作機械工（旋盤工、ボール盤工等）",
            "機械設計技術者",
        ),
        (
            "ホテルのフロントで5年働いています。いずれは支配人としてホテルを任されたいのですが、何を伸ばせばいいですか。",
            "フロント（ホテル・旅館）",
            "ホテル・旅館支配人",
        ),
        (
            "大工を10年やってます。現場を仕切る施工管理の仕事に移りたいんですが、何が足りないですか？",
            "大工",
            "建築施工管理技術者",
        ),
        (  # a part-time job said as "Xのバイト", and the one wanted pointed at ("…の方が…そっちやりたい")
            "スーパーで品出しのバイトしてる。段ボールから商品を出して棚に並べるやつ。配送ドライバーの方が稼げるから"
            "そっちやりたいんだけど、何が足りない？",
            None,
            "ルート配送ドライバー",
        ),
        (  # the civil works page fits the words a little better; the building one is the sibling nearer 内装工
            "内装の仕事を12年やってきました。現場全体を仕切る施工管理の仕事に移りたいんですが、何が足りないですか？",
            "内装工",
            "建築施工管理技術者",
        ),
    ],
)
def test_the_gap_runs_from_the_job_held_to_the_job_meant(
    corpus_bot: Chatbot, request_text: str, origin: str, target: str
) -> None:
    check_gap(corpus_bot, request_text, origin, target)


def test_a_japanese_portrait_with_no_question_is_a_request_for_jobs(corpus_bot: Chatbot) -> None:
    """What interests them, what would be fun and what they would hate, with nothing asked: which jobs suit them, not
    the one job whose work the first sentence describes."""
    answer = corpus_bot.ask(
        "商業高校に通っています。お店の棚に並ぶ商品を自分で選んで仕入れる仕事に興味があります。"
        "売れ筋を数字で追いかけるのも面白そう。ずっと同じレジに立っているのは嫌です。",
        Conversation(),
    )
    assert answer.intent is Intent.MATCH and len(answer.matches) >= 3, answer.answer[:200]
