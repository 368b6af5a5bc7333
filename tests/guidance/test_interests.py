"""Reading RIASEC interests from a person's words (English and Japanese) and how the reading is shown."""

from __future__ import annotations

import pytest

from chatbot.guidance import describe, read_interests


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("I love animals and I'm good at science", {"R", "I"}),
        ("I like drawing and music", {"A"}),
        ("I enjoy helping people and teaching kids", {"S"}),
        ("I want to run my own business and sell things", {"E"}),
        ("I'm organised and like spreadsheets and records", {"C"}),
        ("I like fixing engines and working outdoors", {"R"}),
        ("ＳＣＩＥＮＣＥ and EXPERIMENTS", {"I"}),  # full-width and capitals fold to the word list's form
        ("動物が好きで体力には自信があります", {"R"}),
        ("絵を描くのが好き", {"A"}),
        ("人を助ける仕事がしたい", {"S"}),
        ("数学と実験が好き", {"I"}),
        ("経営に興味があります", {"E"}),
        ("書類の整理が得意です", {"C"}),
    ],
)
def test_words_are_read_as_their_scales(text: str, codes: set[str]) -> None:
    scores = read_interests(text)
    assert set(scores) == codes
    assert max(scores.values()) == 1.0  # the strongest scale is scaled to 1


def test_the_weaker_scale_is_a_share_of_the_strongest() -> None:
    # science and research (two I words) against outdoors (one R word)
    assert read_interests("I love the outdoors and science and research") == {"I": 1.0, "R": 0.5}


@pytest.mark.parametrize("text", ["", "hello there", "what is the weather like?", "I like cartoons and parties"])
def test_no_interest_words_read_nothing(text: str) -> None:
    # "cartoons" holds "car" and "art", "parties" holds "art": English words count only whole
    assert read_interests(text) == {}


def test_every_scale_is_between_zero_and_one() -> None:
    scores = read_interests("I like building, fixing, drawing, helping people, selling and filing records")
    assert set(scores) == {"R", "A", "S", "E", "C"} and all(0 < s <= 1 for s in scores.values())


@pytest.mark.parametrize(
    ("scores", "english", "japanese"),
    [
        ({"I": 1.0, "R": 0.5}, "Investigative high, Realistic medium", "研究的：高、現実的：中"),
        ({"R": 1.0, "I": 1.0}, "Realistic high, Investigative high", "現実的：高、研究的：高"),
        ({"S": 0.3, "A": 1.0, "C": 0.29}, "Artistic high, Social medium", "芸術的：高、社会的：中"),
        ({"E": 0.6, "C": 0.59}, "Enterprising high, Conventional medium", "企業的：高、慣習的：中"),
        ({}, "", ""),
    ],
)
def test_describe_ranks_and_levels_the_scales(scores: dict[str, float], english: str, japanese: str) -> None:
    assert describe(scores, "en") == english
    assert describe(scores, "ja") == japanese


def test_describe_shows_what_was_read() -> None:
    reading = read_interests("I love the outdoors and science and research")
    assert describe(reading, "en") == "Investigative high, Realistic medium"
