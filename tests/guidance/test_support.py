"""The support a suggested job gets from the best-matching jobs its page is related to (chatbot.guidance._match):
a job related to several of the best rises above one as close by its words alone; a job related to none keeps
its score; the best by its words keeps its lead; the order is best first."""

from __future__ import annotations

from chatbot.guidance._anchor import FAMILY, NEAR_TOP, anchored, group
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


def test_a_job_close_to_the_best_fit_passes_one_alone_near_the_words() -> None:
    """ "…jacking up my friends' cars to swap wheels": after the automotive technicians, the tire changers close to
    them pass the mine loaders whose page says "jacks" and "cars" (scores: (score, zone factor, title, fit, far))."""
    found = [
        (1.0, 1.0, "Automotive Service Technicians and Mechanics", None, False),
        (0.9, 1.0, "Loading and Moving Machine Operators, Underground Mining", None, False),
        (0.86, 1.0, "Tire Repairers and Changers", None, False),
    ]
    close = {"Automotive Service Technicians and Mechanics": 2.0, "Tire Repairers and Changers": 1.0}
    ranked = anchored(found, lambda job, others: {o: close.get(o, 0.0) for o in others})
    assert [title for _, title, _, _ in ranked] == [found[0][2], found[2][2], found[1][2]]
    assert ranked[1][0] == (0.86 + NEAR_TOP * 1.0)


def test_without_closeness_the_order_is_the_scores_times_their_zone_factor() -> None:
    """No adviser (a bare retriever): best first by score times the zone factor (a job beyond the schooling limit
    weighed down), nothing added."""
    found = [(1.0, 0.7, "Beyond", 0.2, True), (0.8, 1.0, "Within", None, False)]
    ranked = anchored(found, None)
    assert [(round(score, 2), title) for score, title, _, _ in ranked] == [(0.8, "Within"), (0.7, "Beyond")]
    assert ranked[1][2:] == (0.2, True)


def test_the_closeness_is_read_from_the_first_after_its_zone_factor() -> None:
    """The anchor is the best after the zone factors: a job weighed down below another does not anchor."""
    asked: list[str] = []

    def near(job: str, others: list[str]) -> dict[str, float]:
        asked.append(job)
        return {}

    found = [(1.0, 0.49, "Far", None, True), (0.9, 1.0, "Near", None, False)]
    anchored(found, near)
    assert asked == ["Near"]


def test_a_job_of_the_best_fits_occupational_group_gains_family() -> None:
    """Of two jobs alike otherwise, the one of the first's O*NET-SOC group (47-30: the trades' helpers) comes first;
    a page with no code (a seed, a jobtag page) is of no group."""
    found = [
        (1.0, 1.0, "Helpers--Carpenters", None, False),
        (0.8, 1.0, "Carpenters", None, False),
        (0.79, 1.0, "Helpers--Roofers", None, False),
    ]
    codes = {"Helpers--Carpenters": "47-3012.00", "Carpenters": "47-2031.00", "Helpers--Roofers": "47-3016.00"}
    ranked = anchored(found, lambda job, others: {}, lambda title: group(codes.get(title)))
    assert [title for _, title, _, _ in ranked] == ["Helpers--Carpenters", "Helpers--Roofers", "Carpenters"]
    assert ranked[1][0] == 0.79 + FAMILY
    assert group("47-3012.00") == "47-30" and group(None) is None and group("区長") is None
