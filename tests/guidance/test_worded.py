"""The words of the people each job suited (chatbot.guidance._worded) and their place in matching
(chatbot.guidance._match.reworded): a job whose people used a request's words is closer than one whose people did
not; a job no request was suited to is neither helped nor hurt; each language hears its own requests."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

import pytest

from chatbot import Answer
from chatbot.guidance._match import reworded
from chatbot.guidance._worded import Worded, weighed
from chatbot.text import terms

REQUESTS = [
    ("en", "I love fixing cars and engines in my garage", ["Automotive Technicians", "Mechanics"]),
    ("en", "I rebuild car engines on weekends", ["Automotive Technicians"]),
    ("en", "I love animals and want to care for them", ["Animal Caretakers", "Veterinarians"]),
    ("en", "Numbers and spreadsheets are my thing", ["Accountants"]),
    ("ja", "動物の世話をするのが好きです", ["動物飼育員"]),
    ("ja", "車の修理が得意です", ["自動車整備士"]),
]


@pytest.fixture(scope="module")
def worded() -> Worded:
    return Worded((lang, terms(text), jobs) for lang, text, jobs in REQUESTS)


def test_the_job_whose_people_used_the_words_is_closest(worded: Worded) -> None:
    titles = ["Accountants", "Animal Caretakers", "Automotive Technicians"]
    close = worded.closeness("My hobby is fixing old cars", titles)
    assert max(close, key=lambda title: close[title]) == "Automotive Technicians"
    assert close["Accountants"] == 0.0  # no word in common


def test_a_job_no_request_suited_scores_the_middle(worded: Worded) -> None:
    titles = ["Automotive Technicians", "Animal Caretakers", "Accountants", "Astronomers"]
    close = worded.closeness("I care for animals and fix cars", titles)
    known = sorted(close[title] for title in titles[:3])
    assert close["Astronomers"] == known[1]  # the median of the three with a profile


def test_no_job_with_a_profile_gives_nothing(worded: Worded) -> None:
    assert worded.closeness("I fix cars", ["Astronomers", "Chefs"]) == {}


def test_each_language_hears_its_own_requests(worded: Worded) -> None:
    assert worded.closeness("動物が大好きです", ["動物飼育員", "自動車整備士"])["動物飼育員"] > 0
    assert worded.closeness("動物が大好きです", ["Animal Caretakers"]) == {}  # English jobs: no Japanese profile


def test_profiles_are_of_unit_length() -> None:
    profile = weighed(Counter({"car": 3, "engine": 1}), {"car": 1.0, "engine": 2.0})
    assert math.isclose(math.sqrt(sum(w * w for w in profile.values())), 1.0)
    assert profile["engine"] > profile["car"] / 3  # sublinear counts: three uses weigh less than three times one


def test_closeness_reorders_by_a_share_of_the_best_score() -> None:
    ranked = [(2.0, "A", None, False), (1.9, "B", None, False), (1.8, "C", None, False), (1.0, "D", None, False)]
    again = reworded(ranked, {"A": 0.0, "B": 0.1, "C": 0.2, "D": 0.1}, 3.0)
    assert [title for _, title, _, _ in again] == ["A", "C", "B", "D"]  # C: 1.8 + 3 * 2 * 0.2 = 3.0 > B: 2.5
    assert again[0][0] == pytest.approx(2.0 + 1.2)  # the first gains the most any job gains: it keeps its lead
    assert again[1][0] == pytest.approx(3.0)
    assert reworded(ranked, {}, 3.0) == ranked  # nothing heard: the ranking as it was


def test_on_the_full_index_the_people_of_the_jobs_are_heard(ask: Callable[[str], Answer]) -> None:
    """The issue's own example: the pages' words alone put robotics and electronics technicians beside the
    mathematicians; the people who were suited by the computing and numbers jobs used these words."""
    got = [match.job for match in ask("I'm great at math and enjoy computers. What jobs fit me?").matches[:5]]
    assert sum(job in NUMBERS_AND_COMPUTING for job in got) >= 3, got


NUMBERS_AND_COMPUTING = {
    "Mathematicians",
    "Statisticians",
    "Computer and Information Research Scientists",
    "Data Scientists",
    "Actuaries",
    "Operations Research Analysts",
    "Software Developers",
    "Computer Programmers",
    "Economists",
}
