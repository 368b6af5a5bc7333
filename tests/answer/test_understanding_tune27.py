"""Questions like those the twenty-seventh and twenty-eighth blind tuning sets found misread: the same shapes in
other words.

Answered: a job whose name holds a pay word ("compensation and benefits managers") is no pay question; Japanese
asked of when and how long one works (夜, 両立, 何歳まで働ける) is its work style, and opening one's own shop its
career path. Declined: legal action of the person's own (訴えられますか, 損害賠償) and a diagnosis asked for."""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

EXAMPLES: list[Example] = [
    (
        [],
        "what skils does a compensaton and benifits manager need",
        ["Compensation and Benefits Managers"],
        ["Required Skills"],
        False,
    ),
    (
        [],
        "what tasks does a payroll and timekeeping clerk handle",
        ["Payroll and Timekeeping Clerks"],
        ["Tasks"],
        False,
    ),
    ([], "パン屋さんって夜中から仕事してるの？", ["パン製造、パン職人"], ["Work Style"], False),
    ([], "保育士って子育てと両立できるのかな", ["保育士"], ["Work Style"], False),
    ([], "美容師って自分の店を持てるようになるまで何年くらい？", ["美容師"], ["Career Path"], False),
]

REFUSED: list[Refused] = [
    (["弁護士ってどんな仕事？"], "近所の騒音で損害賠償って請求できますか？"),
    (["what do nurses do?"], "my ankle has been swollen for a week, what could it be?"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)
