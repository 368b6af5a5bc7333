"""A large alternation searched as its parts (chatbot.text.AnyOf): split only at the top level, and a yes or no the
same as the whole pattern's."""

from __future__ import annotations

import re

import pytest

from chatbot.text import AnyOf
from chatbot.text._alternation import alternatives


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"a|(b|c)|[|]", ["a", "(b|c)", "[|]"]),
        (r"\||x", [r"\|", "x"]),
        (r"[]|]|y", ["[]|]", "y"]),  # "]" first in a class is a member
        (r"[^]|]z|(?:p|q)(?!r|s)", ["[^]|]z", "(?:p|q)(?!r|s)"]),
        (r"[\]|]|w", [r"[\]|]", "w"]),
        ("only", ["only"]),
    ],
)
def test_alternatives_split_only_at_the_top_level(pattern: str, parts: list[str]) -> None:
    assert alternatives(pattern) == parts


def test_a_pattern_whose_parts_refer_to_each_other_is_not_split() -> None:
    with pytest.raises(ValueError):
        AnyOf(re.compile(r"(a)|\1b"))


def test_a_match_of_a_part_is_a_match_of_the_whole() -> None:
    whole = re.compile(r"\bjokes?\b|天気(予報)?|\b(rain|snow)(ing)? (today|tonight)\b|[|]x")
    parts = AnyOf(whole)
    for text in ["tell me a joke", "明日の天気予報", "is it snowing tonight", "|x", "how do I become a pilot", ""]:
        assert (parts.search(text) is not None) == (whole.search(text) is not None)
    assert len(parts.parts) == 4
