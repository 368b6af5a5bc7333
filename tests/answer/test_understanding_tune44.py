"""Questions like those the forty-fourth blind tuning set (and guidance_tune28) found misread: the same shapes in other
words.

Answered: a job said by what someone close does with a verb ("my aunt drives a school bus") is the job that does it,
not the page whose title shares two of its words; a job named second as what the first may differ from ("…? is it
diffrent from a restaurant cook") is not the one asked about; a Japanese job said as working under another ("弁護士の
指示で…する仕事") is the assistant's, not the lawyer's; "広報の仕事…イベントで…" is no 広報コンサルタント (a loanword
completes a name only whole); how long until one "こなせるようになる", or whether one picks the work "up at
work", asks for the training. Declined: a new question about the person's own money opened as a follow-up ("じゃあ
今ドル買っといた方がいいと思う？"), and next year's exam marks. Advice: a job held told as "…を担当しています" or "Xを…
続けて5年", the job wanted as "Xとして…側になりたくなりました", and a gap asked as "との差" or "何を強化すべき" or
"what skills do I need to make that switch" start a gap, "どんな経歴をたどれば" a route (so does "end up
running" a department, from a job said with a slash); a job the person says they will not train to become ("I don't
want to spend eight years in school to become a veterinarian") is no job wanted.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation, Intent
from tests.answer.test_understanding import Example, Refused, check_case, check_gap, check_route, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (  # the job said as what someone close does, with a verb: its drivers, not its monitors
        [],
        "My aunt drives a school bus part time. What does the job involve besides driving?",
        ["Bus Drivers, School"],
        ["Description", "Tasks"],
        False,
    ),
    (  # the second cook named is what the first may differ from
        [],
        "what does a fast food cook do exactly? is it diffrent from a restaurant cook",
        ["Cooks, Fast Food"],
        ["Description", "Tasks"],
        False,
    ),
    (  # working under a lawyer: the lawyer's assistant
        [],
        "弁護士の指示で書類を作ったり判例を調べたりする仕事ってどんな感じ？",
        ["パラリーガル（弁護士補助職）"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
    (  # how long until the whole work is mastered: the training after entry
        [],
        "工場で旋盤を使う仕事、一通りこなせるようになるまで何年くらいかかりますか",
        ["汎用金属工作機械工（旋盤工、ボール盤工等）", "NC工作機械オペレーター"],
        ["Training After Entry", "Career Path"],
        False,
    ),
    (  # learnt at work: on-the-job training
        [],
        "Is glassblowing something you pick up at work, or do you need school first?",
        ["Glass Blowers, Molders, Benders, and Finishers"],
        ["On-the-Job Training"],
        False,
    ),
    (  # "イベント" ends like no コンサルタント: the PR person, not the PR consultant
        [],
        "広報の仕事ってイベントの準備もするんですか？",
        ["広報・PR担当"],
        ["Summary", "Description", "Tasks"],
        False,
    ),
]
REFUSED: list[Refused] = [
    (["脆弱性診断の仕事ってどんなことするんですか？"], "じゃあ今ドル買っといた方がいいと思う？"),
    ([], "来年の看護師国家試験の合格点って何点くらいになりそう？"),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (
            "ガソリンスタンドで給油を毎日続けて5年になります。次は整備士として働きたいです。何を身につければいいですか？",
            "ガソリンスタンド・スタッフ",
            "自動車整備士",
        ),
        (
            "病院で医療事務を担当しています。診療情報管理士の仕事をしてみたいと思っています。事務との差はどこにありますか？",
            "医療事務",
            "診療情報管理士",
        ),
        (
            "居酒屋でホールを担当しています。自分も板前として魚をさばく側になりたくなりました。何が必要ですか？",
            None,
            "日本料理調理人（板前）",
        ),
        (
            "スーパーでレジ打ちをしています。いつか店長になりたいです。今から何を強化すべきですか？",
            "スーパーレジ係",
            "スーパー店長",
        ),
        (
            "I run the dish machine in a hotel kitchen. I'd rather be the cook on the line making the food. What "
            "skills do I need to make that switch?",
            None,
            "Cooks, Restaurant",
        ),
    ],
)
def test_the_gap_runs_from_the_job_held_to_the_job_meant(
    corpus_bot: Chatbot, request_text: str, origin: str | None, target: str
) -> None:
    check_gap(corpus_bot, request_text, origin, target)


@pytest.mark.parametrize(
    ("request_text", "origin", "target"),
    [
        (  # the job held said with a slash, the one wanted as "end up running" a department
            "I'm a water/wastewater engineer designing treatment plants for a city. I'd like to end up running an "
            "engineering department. What roles could I move through?",
            "Water/Wastewater Engineers",
            "Architectural and Engineering Managers",
        ),
        (  # "どんな経歴をたどれば": a route, not a gap
            "保育園で保育士をしています。将来は児童相談所で働く児童福祉司になりたいのですが、どんな経歴をたどればいいですか？",
            "保育士",
            "児童相談所相談員",
        ),
    ],
)
def test_the_route_runs_from_the_job_held_to_the_job_meant(
    corpus_bot: Chatbot, request_text: str, origin: str, target: str
) -> None:
    check_route(corpus_bot, request_text, origin, target)


def test_a_job_the_person_will_not_train_for_is_no_job_wanted(corpus_bot: Chatbot) -> None:
    answer = corpus_bot.ask(
        "I volunteer at an animal shelter and love walking the dogs and calming the scared ones. I'm good with people "
        "too. I'm finishing high school and I don't want to spend eight years in school to become a veterinarian.",
        Conversation(),
    )
    assert answer.intent is Intent.MATCH and answer.gap is None, answer.answer[:200]
    assert "Veterinarians" not in [match.job for match in answer.matches[:1]]
