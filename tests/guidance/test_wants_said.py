"""Gaps and routes read from how people say where they are and where they want to be, not from job names alone,
on the real 1,574-page index: "I'd like to be the guy who drives the forklift", "thinking about going back to
school for accounting", "…をする側に回りたい", "いずれ自分のパン屋を経営したい", "Xとして12年", "go from that to",
"become X from here"."""

from __future__ import annotations

import pytest

from chatbot import Intent
from tests.guidance.test_corpus import Ask

GAPS = [
    (  # the CEO is named in the person's own words, not as where they want to go
        "I'm the personal assistant to our CEO. I sit in on the board meetings and I think I could be one of the "
        "consultants they hire every quarter. What skills would I need to add?",
        "Management Analysts",
    ),
    (
        "Warehouse picker for two years. I'd like to be the guy who drives the forklift and loads the trucks. "
        "What am I missing?",
        "Industrial Truck and Tractor Operators",
    ),
    (
        "Bank teller for five years. I keep thinking about going back to school for accounting. "
        "What would I need on top of what I have?",
        "Accountants and Auditors",
    ),
    (
        "スーパーのレジで働いてます。いずれ自分のパン屋を経営したいんですが、何が足りないでしょうか？",
        "パン製造、パン職人",
    ),
    ("大工として12年やってきました。住宅の設計をする側に回りたいんですが、何が足りない？", "建築設計技術者"),
]


@pytest.mark.parametrize(("question", "target"), GAPS)
def test_a_gap_to_the_work_described(ask: Ask, question: str, target: str) -> None:
    answer = ask(question)
    assert answer.intent is Intent.GAP and answer.gap is not None, answer.answer[:200]
    assert answer.gap.target == target


@pytest.mark.parametrize(
    ("question", "source", "target"),
    [
        (
            "I stock shelves at a grocery store right now. How would I go from that to working as a butcher?",
            "Stockers and Order Fillers",
            "Butchers and Meat Cutters",
        ),
        (
            "I'm a dental assistant and I like the cleaning part best. How do I become a licensed dental hygienist "
            "from here?",
            "Dental Assistants",
            "Dental Hygienists",
        ),
    ],
)
def test_a_route_asked_from_here(ask: Ask, question: str, source: str, target: str) -> None:
    answer = ask(question)
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:200]
    assert (answer.routes[0].jobs[0], answer.routes[0].jobs[-1]) == (source, target)
