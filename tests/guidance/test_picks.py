"""Positions a follow-up points at in the list just shown (chatbot.retrieval._picks.picks)."""

from __future__ import annotations

import pytest

from chatbot.retrieval._picks import picks


@pytest.mark.parametrize(
    ("text", "positions"),
    [
        ("tell me more about the second one", [1]),
        ("Tell me more about THE SECOND ONE", [1]),
        ("compare the top two", [0, 1]),
        ("compare the two best", [0, 1]),
        ("what about the top 3?", [0, 1, 2]),
        ("the first job", [0]),
        ("the 3rd option", [2]),
        ("number 4 sounds good", [3]),
        ("#2", [1]),
        ("what about option 5?", [4]),
        ("the last one", [-1]),
        ("2つ目について詳しく教えて", [1]),
        ("３番目の仕事は？", [2]),
        ("二つ目の仕事", [1]),
        ("1位の仕事", [0]),
        ("上位3つを比べて", [0, 1, 2]),
    ],
)
def test_positions_are_read(text: str, positions: list[int]) -> None:
    assert picks(text) == positions


@pytest.mark.parametrize(
    "text",
    [
        "what about the first one we discussed?",  # the talk's first job, not the list's
        "how do I become a nurse?",
        "what does a pharmacist do?",
        "top 6",  # no list is that long
        "I have two kids and one dog",
        "",
    ],
)
def test_no_positions_where_none_are_pointed_at(text: str) -> None:
    assert picks(text) == []


@pytest.mark.parametrize(
    ("text", "positions"), [("compare the first and the third one", [0, 2]), ("the second and fourth ones", [1, 3])]
)
def test_two_ordinals_joined_by_and_are_both_read(text: str, positions: list[int]) -> None:
    assert picks(text) == positions
