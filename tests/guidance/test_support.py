"""The support a suggested job gets from the best-matching jobs its page is related to (chatbot.guidance._match):
a job related to several of the best rises above one as close by its words alone; a job related to none keeps
its score; the best by its words keeps its lead; the order is best first."""

from __future__ import annotations

from chatbot.guidance._match import SUPPORT, SUPPORTERS, supported


def test_a_job_related_to_the_best_rises_above_a_lone_one() -> None:
    words = {"Painters": 1.0, "Illustrators": 0.9, "Paperhangers": 0.6, "Art Directors": 0.58}
    linked = {"Art Directors": frozenset({"Painters", "Illustrators"})}
    ranked = supported(words, lambda title: linked.get(title, frozenset()))
    assert list(ranked)[2] == "Art Directors"
    assert ranked["Art Directors"] == 0.58 + SUPPORT * (1.0 + 0.9) / SUPPORTERS
    assert ranked["Paperhangers"] == 0.6


def test_with_no_links_the_scores_and_order_stay() -> None:
    words = {"a": 1.0, "b": 0.5, "c": 0.25}
    assert supported(words, lambda _: frozenset()) == words
    assert list(supported(words, lambda _: frozenset())) == ["a", "b", "c"]


def test_only_the_best_support() -> None:
    """A job beyond the SUPPORTERS best lends nothing, however many it is related to."""
    words = {f"job{n}": 1.0 - n / 100 for n in range(SUPPORTERS + 2)}
    last = f"job{SUPPORTERS + 1}"
    linked = {"job1": frozenset({last}), last: frozenset({"job1"})}
    ranked = supported(words, lambda title: linked.get(title, frozenset()))
    assert ranked["job1"] == words["job1"]  # its one link is beyond the best: no support
    assert ranked[last] > words[last]


def test_the_best_by_its_words_keeps_its_lead() -> None:
    """ "ゲームを作る仕事がしたい": ゲームクリエーター, first by the words, is not passed by プログラマー, whose
    neighbours among the best lend it more."""
    words = {"ゲームクリエーター": 1.0, "プログラマー": 0.95, "システムエンジニア": 0.9, "Webデザイナー": 0.8}
    linked = {"プログラマー": frozenset({"システムエンジニア", "Webデザイナー"})}
    ranked = supported(words, lambda title: linked.get(title, frozenset()))
    assert list(ranked)[0] == "ゲームクリエーター"
    assert ranked["ゲームクリエーター"] - words["ゲームクリエーター"] == ranked["プログラマー"] - words["プログラマー"]
