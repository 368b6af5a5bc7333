"""How much more schooling a person will do, as the highest job zone that fits (chatbot.guidance.schooling_limit)."""

from __future__ import annotations

import pytest

from chatbot.guidance import schooling_limit
from chatbot.guidance._schooling import schooling_floor


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("I can't do a four-year degree", 3),
        ("I cant do a 4-year degree", 3),
        ("I CAN'T DO A FOUR-YEAR DEGREE", 3),
        ("I'd rather learn on the job", 3),
        ("an apprenticeship would suit me", 3),
        ("maybe a two-year program at a community college", 3),
        ("I'm not going back to school", 2),
        ("no more schooling for me", 2),
        ("I want to work right after high school", 2),
        ("a bachelor's degree is my limit", 4),
        ("no grad school for me", 4),
        ("高校を出たらすぐ働きたい", 2),
        ("専門学校で学びたい", 3),
        ("大学院には行かない", 4),
        # from the guidance tuning sets: a degree turned down in other words, a short training said
        ("I'm 18, done with school, not going to college.", 3),
        ("no interest in college and I'd go nuts at a desk", 3),
        ("I don't have a degree and don't want one", 3),
        ("I won't do a four-year art degree", 3),
        ("I can't afford more than about a year of training", 3),
        ("a year or two of training at most", 3),
        ("I only have a high school diploma", 2),
        ("大学は行かないけど、専門学校なら2年くらい通ってもいい", 3),
        ("学校に通い直す余裕はないです", 2),
        ("i like plants and being outside. didn't finish high school.", 2),
        ("高校は中退してます", 2),
        # the strictest limit said wins
        ("I'd like a two-year program, though honestly I'm not going back to school", 2),
        ("a bachelor's degree at most, and I'd rather learn on the job", 3),
        # …but schooling already done stays within reach of "no more school"
        ("Finished an associate's in accounting years ago; I'm not going back to school.", 3),
        ("I have a bachelor's in biology and no more school for me", 4),
    ],
)
def test_a_stated_limit_is_read(text: str, limit: int) -> None:
    assert schooling_limit(text) == limit


@pytest.mark.parametrize(
    "text",
    [
        "I love animals and I'm good at science",
        "I want to be a doctor",
        "大学は法学部に進むつもり",
        "",
        "I'm still at school",
        "I don't mind a degree if it gets me there",
        "I'd do a 4-year degree",
    ],
)
def test_no_limit_is_read_where_none_is_stated(text: str) -> None:
    assert schooling_limit(text) is None


@pytest.mark.parametrize("text", ["I can\u2019t do a four-year degree", "I cannot do a four-year degree"])
def test_common_spellings_of_cant_are_read(text: str) -> None:
    assert schooling_limit(text) == 3


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("Final year of a math degree. I'd go on to a master's if I have to.", 4),
        ("I'm fine with several more years of professional school after my degree", 4),
        ("I did a history BA and I'm seriously thinking about grad school, even a PhD.", 4),
        ("大学院に進むつもりです", 4),
        ("I love animals and I'm good at science", None),
        ("I'm not going back to school", None),
    ],
)
def test_much_more_schooling_welcomed_is_read_as_an_aim(text: str, floor: int | None) -> None:
    assert schooling_floor(text) == floor
