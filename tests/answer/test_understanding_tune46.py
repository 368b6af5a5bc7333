"""Questions like those the forty-sixth blind tuning set found misread: the same shapes in other words.

Answered: how long until a new hire works on their own, or what takes longer to learn "once you're really hired",
points at on-the-job training (in a comparison too, before the schooling verdict); "消防官だとそのへんどうなんだろう"
keeps the last topic for another job; "あるんでしたっけ" asks of the one job described, not for suggestions; a worker
said with where they work ("中学校で教員をしています") is that school's teacher, and 正規 asks how people are
employed; a field someone mentioned ("she mentioned surveying") names its workers after another job was talked of.
Declined: winning over a family member who opposes a job change, and which employer to join.
Small talk: thanks with a remark of some length.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot, Conversation
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

OJT = ["On-the-Job Training", "On-Site or In-Plant Training"]
EXAMPLES: list[Example] = [
    (
        [],
        "How long does it take before a new hire can run a printing press on their own?",
        ["Printing Press Operators"],
        OJT,
        False,
    ),
    (
        ["What do pharmacists do?", "What do surveyors do?"],
        "which of the two takes longer to learn once you're really hired?",
        ["Pharmacists", "Surveyors"],
        OJT,
        True,
    ),
    (["電車運転士の勤務時間って不規則？"], "消防官だとそのへんどうなんだろう", ["消防官"], ["Work Style"], False),
    ([], "動物の看護師になりたいんですけど、免許って要るんでしたっけ", ["動物看護"], ["Related Qualifications"], False),
    ([], "中学校で教員をしています。教員って正規の人が多いんですか？", ["中学校教員"], ["Employment Type"], False),
    (
        ["What does a pharmacist do all day?"],
        "My cousin loves maps and being outdoors. She mentioned surveying — what's that job like?",
        ["Surveyors"],
        ["Tasks", "Description", "Summary"],
        False,
    ),
]
REFUSED: list[Refused] = [
    ([], "妻が転職に反対してて…どうやって説得すればいいと思う？"),
    ([], "看護師として働くなら、どの病院に就職するのが一番いい？"),
    (
        [],
        "My parents are dead set against me becoming a chef. How do I convince my parents to let me try it?",
    ),
]
CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)


def test_the_comparison_leads_with_the_training_asked_of(corpus_bot: Chatbot) -> None:
    """ "Which takes longer to learn once you're hired?" is answered from on-the-job training first, not from the
    schooling verdict that "which needs more schooling?" leads with."""
    conversation = Conversation()
    for earlier in ("What do pharmacists do?", "What do surveyors do?"):
        corpus_bot.ask(earlier, conversation)
    answer = corpus_bot.ask("which of the two takes longer to learn once you're really hired?", conversation)
    assert answer.comparison is not None
    assert [c.section for c in answer.citations[:2]] == ["On-the-Job Training"] * 2, answer.citations[:2]


def test_thanks_with_a_longer_remark_is_small_talk(corpus_bot: Chatbot) -> None:
    conversation = Conversation()
    corpus_bot.ask("What do surveyors do?", conversation)
    answer = corpus_bot.ask("perfect, thank you, that gives me plenty to think about this weekend", conversation)
    assert answer.act == "small_talk" and not answer.citations, (answer.act, answer.answer[:200])
