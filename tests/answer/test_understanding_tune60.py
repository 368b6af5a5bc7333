"""Questions like those the sixtieth and sixty-first blind tuning sets found misread: the same shapes in other words.

Japanese: a loanword name typed wrong where no job slot is read ("パテシエに必要なスキル") is the name it nearly
spells, as no page spells that word; an acronym closing a Japanese alias names its page ("CRC": 治験コーディネーター),
also after the person's own job ("看護師を10年やってます。CRCに転職したい…"); a worker said familiarly by their work
("ゴミ収集のおじさん") is that work's crew; a clause ending "…けど、" is the background of the job asked after it
("看護師の資格を持ってるんだけど、保健師って…"); a follow-up naming a sibling of the job in focus by its work ("設計
とか施工管理のほうは？" after 太陽光発電のメンテナンス) is that field's page; "訪販" shortens 訪問販売.

English: a crew's name said right before "supervisor" is their first-line supervisors' page; "how can I turn this
into a paycheck?" after what the person does asks which work suits them, not for pay; a schooling clause keeps the
work said beside it ("…working on cars right after school, no college").
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import Example, check

pytestmark = pytest.mark.slow

WORK_EN = ["Description", "Tasks"]
EXAMPLES: list[Example] = [
    ([], "パテシエに必要なスキルってなに？", ["洋菓子製造、パティシエ"], ["Required Skills", "Knowledge"], False),
    ([], "CRCになるにはどうすればいい？", ["治験コーディネーター"], ["Career Path", "Education"], False),
    (
        [],
        "看護師を10年やってます。CRCに転職したいんですが、未経験でもなれますか？",
        ["治験コーディネーター"],
        ["Career Path", "Experience Before Entry", "Education"],
        False,
    ),
    (
        [],
        "ゴミ収集のおじさんって公務員？",
        ["ごみ収集作業員"],
        ["Work Style", "Employment Type", "Career Path"],
        False,
    ),
    (
        ["風力発電のメンテナンスってどんな仕事？"],
        "企画とか調査のほうはどう？",
        ["風力発電の企画・調査"],
        ["Summary", "Description"],
        False,
    ),
    (
        ["太陽光発電のメンテナンスってどんなことするの？"],
        "設計とか施工管理のほうだとどう？",
        ["太陽光発電の設計・施工"],
        ["Summary", "Description"],
        False,
    ),
    ([], "化粧品の訪販って給料は歩合なの？", ["化粧品訪問販売"], ["Work Style", "Employment Type"], False),
    (
        [],
        "看護師の資格を持ってるんだけど、保健師ってどんな仕事？",
        ["保健師"],
        ["Summary", "Description"],
        False,
    ),
    (
        [],
        "tell me about the landscaping and groundskeeping supervisor job",
        ["First-Line Supervisors of Landscaping, Lawn Service, and Groundskeeping Workers"],
        WORK_EN,
        False,
    ),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[example[1] for example in EXAMPLES])
def test_a_question_of_the_shapes_found(corpus_bot: Chatbot, example: Example) -> None:
    """Each example answered with its job and section among the first citations."""
    check(corpus_bot, example)


def test_a_living_made_of_what_one_does_asks_which_work(corpus_bot: Chatbot) -> None:
    """ "How can I turn this into a paycheck?" after a hobby told is a request for suggestions, not a pay question."""
    answer = corpus_bot.ask(
        "My basement is full of old clocks I've brought back to life: cleaning gears, replacing springs. How can I"
        " turn this into a paycheck?",
        Conversation(),
    )
    assert answer.answered and answer.matches, answer.answer
    assert "Watch and Clock Repairers" in [match.job for match in answer.matches[:3]]
