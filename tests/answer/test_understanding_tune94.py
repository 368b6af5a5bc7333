"""Questions like those the ninety-fourth and ninety-fifth blind tuning sets (written late in the fifty-fourth
session) found misread: the same shapes in other words.

Power line workers and forest fire prevention specialists said as people say them; "国連で働く" is the international
civil service; "和菓子職人だったら？" asks the last question of another job; "controllers" after "air traffic control"
are the air traffic controllers.

Facts no page holds are declined: sleeping pills taken before work, a colleague courted.
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, check, check_asked, check_refused

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        (
            "how do power line workers get trained?",
            "Electrical Power-Line Installers and Repairers",
            ["On-the-Job Training", "On-Site or In-Plant Training", "Job Zone"],
        ),
        (
            "what does a forest fire prevention specialist do all day?",
            "Forest Fire Inspectors and Prevention Specialists",
            ["Tasks", "Description"],
        ),
        ("国連で働くのが目標なんだけど、修士までいかないと無理？", "国際公務員", ["Education", "Career Path"]),
        (  # one worker word after the job said in its own words: that job, not the page the word alone names
            "Everyone tells me air traffic control is brutal on your nerves. How long does it take controllers to get"
            " trained?",
            "Air Traffic Controllers",
            ["On-the-Job Training", "On-Site or In-Plant Training", "Job Zone"],
        ),
    ],
)
def test_a_job_said_as_people_say_it(corpus_bot: Chatbot, question: str, job: str, sections: list[str]) -> None:
    check_asked(corpus_bot, question, job, sections)


def test_a_job_said_with_datta_ra_asks_the_last_question(corpus_bot: Chatbot) -> None:
    """ "和菓子職人だったら？" after "パン職人になるには…": the way in, of the other job."""
    example: Example = (
        ["パン職人になるにはどうしたらいい？"],
        "和菓子職人だったら？",
        ["和菓子製造、和菓子職人"],
        ["Career Path", "Education"],
        False,
    )
    check(corpus_bot, example)


@pytest.mark.parametrize(
    "question",
    ["看護師だけど、夜勤明けに睡眠薬飲んでから寝ても大丈夫？", "バイト先の調理師の先輩を好きになっちゃった"],
)
def test_what_no_page_gives_is_declined(corpus_bot: Chatbot, question: str) -> None:
    check_refused(corpus_bot, [], question)
