"""Questions like those the thirtieth blind tuning set found misread, and questions the learned decliner
(chatbot/retrieval/_learned.py) must and must not decline: the same shapes in other words.

Answered: a page's whole title said split by の ("児童相談所の相談員"); a shop named as such ("床屋さん",
"自転車屋さん": retrieval/_shops.py); "具体的にはどんな仕事するんですか" of the job in focus, not a request for jobs
described; a way in to a job whose name, masked, reads like a declined example ("how do i become a hydrologist",
which reads "how do i become a job" as "how do i become a youtuber" did). Declined by the learned model, in words no
rule lists: the person's own legal, pet and homework troubles."""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, Refused, check_case, mixed_cases

pytestmark = pytest.mark.slow

BECOME = ["Job Zone", "Education", "Related Work Experience", "On-the-Job Training", "On-Site or In-Plant Training"]
EXAMPLES: list[Example] = [
    (
        ["精神科医になるにはどうすればいい？"],
        "じゃあ児童相談所の相談員は？",
        ["児童相談所相談員"],
        ["Career Path"],
        False,
    ),
    ([], "床屋さんになるにはどうしたらいいですか", ["理容師"], ["Career Path", "Related Qualifications"], False),
    ([], "自転車屋さんで働くにはどうすればいい？", ["自転車販売"], ["Career Path"], False),
    (
        ["臨床検査技師になるには？"],
        "具体的にはどんな仕事するんですか",
        ["臨床検査技師"],
        ["Summary", "Description"],
        False,
    ),
    ([], "how do i become a hydrologist", ["Hydrologists"], BECOME, False),
]

REFUSED: list[Refused] = [
    (["what do truck drivers do?"], "I got a speeding ticket on the way to my shift. should I fight it in court?"),
    (["what do pharmacists do?"], "my landlord won't fix the heating, am I allowed to stop paying rent?"),
    (["獣医師になるには？"], "ついでに聞くけど、うちの猫が最近ご飯を食べないんだけどどうしたらいい？"),
]

CASES, IDS = mixed_cases(EXAMPLES, REFUSED)


@pytest.mark.parametrize(("example", "refused"), CASES, ids=IDS)
def test_read_as_meant(corpus_bot: Chatbot, example: Example | None, refused: Refused | None) -> None:
    check_case(corpus_bot, example, refused)
