"""Questions like those the fifty-ninth blind tuning sets found misread: the same shapes in other words.

A worker's name typed with the other ending ("editer", "auditer"); a Japanese name written with another word for
part of its title ("ホテル掃除": 客室清掃…); a name several pages share, none linked for sure, asks nothing with its
words ("the education administrator job": no schooling asked). Gaps and routes asked as people ask them: "where
would the big differences be?", "which skills am I weakest on…", "switching to…", "what jobs in between?" (no job
openings asked), "which jobs could bridge the two?", "…の方に行きたい"; the job named beside the person's own one
that the words naming the job wanted do not name ("…alongside the nurses… to become a physician assistant"); the one
job named, when the job wanted is said in other words, is the person's own ("Plumber, 12 yrs… Want to move into
construction management").
"""

from __future__ import annotations

import pytest

from chatbot import Chatbot
from tests.answer.test_understanding import Example, check, check_gap, check_route

pytestmark = pytest.mark.slow

WORK_EN = ["Summary", "Description", "Tasks"]
EXAMPLES: list[Example] = [
    (
        [],
        "what does an auditer actually do all day? i'm the friend who always checks the receipts",
        ["Accountants and Auditors"],
        WORK_EN,
        False,
    ),
    (
        [],
        "ホテル掃除の仕事って資格いる？",
        ["客室清掃・整備担当（ホテル・旅館）"],
        ["Career Path", "Related Qualifications"],
        False,
    ),
    ([], "鉄道車両掃除の仕事って資格いる？", ["鉄道車両清掃"], ["Career Path", "Related Qualifications"], False),
    (
        [],
        "Tell me about the education administrator job.",
        [
            f"Education Administrators, {kind}"
            for kind in ("Kindergarten through Secondary", "Postsecondary", "All Other")
        ],
        WORK_EN,
        False,
    ),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[example[1] for example in EXAMPLES])
def test_read_as_meant(corpus_bot: Chatbot, example: Example) -> None:
    check(corpus_bot, example)


@pytest.mark.parametrize(
    ("request_text", "source", "target"),
    [
        (
            "I'm a respiratory therapist, working alongside the nurses. I keep wondering what it would take to become"
            " a physician assistant. Where would the big differences be?",
            "Respiratory Therapists",
            "Physician Assistants",
        ),
        (
            "cost estimator at a homebuilder. thinking about switching to construction management. which skills am I"
            " weakest on compared to that role?",
            "Cost Estimators",
            "Construction Managers",
        ),
    ],
)
def test_a_gap_asked_in_other_words(corpus_bot: Chatbot, request_text: str, source: str, target: str) -> None:
    """The differences asked, the weakest skills, a switch: a gap, to the job the wanted words name."""
    check_gap(corpus_bot, request_text, source, target)


@pytest.mark.parametrize(
    ("request_text", "source", "target"),
    [
        (
            "Plumber, 12 yrs on commercial jobs. Want to move into construction management eventually. best route?"
            " what jobs in between?",
            "Plumbers, Pipefitters, and Steamfitters",
            "Construction Managers",
        ),
        (
            "Licensed electrician. I want to transition into electrical engineering over the next few years. Which"
            " jobs could bridge the two?",
            "Electricians",
            "Electrical Engineers",
        ),
        ("溶接工やって8年。そろそろ施工管理の方に行きたい。どういう流れで行けばいい？", "溶接工", "土木施工管理技術者"),
    ],
)
def test_a_route_asked_in_other_words(corpus_bot: Chatbot, request_text: str, source: str, target: str) -> None:
    """Jobs in between, a bridge, a way toward: a route from the one job named (the person's) to the one wanted."""
    check_route(corpus_bot, request_text, source, target)
