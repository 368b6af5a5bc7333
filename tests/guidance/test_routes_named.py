"""Routes over the jobs a career path names (jobtag pages list no related jobs) and the people who name their job
loosely ("I've been a roofer", "Long-haul truck driver here", a compound title's first job)."""

from __future__ import annotations

import pytest

from chatbot import Intent
from chatbot.guidance._mentions import names_of
from tests.guidance.test_corpus import Ask, assert_honest, cited

JAPANESE_ROUTES = [
    ("看護助手から保健師になるまでの道筋を教えてください。", "看護助手", "保健師"),
    ("パラリーガルから裁判官になるには、どんなルートがありますか？", "パラリーガル（弁護士補助職）", "裁判官"),
    ("ベビーシッターから幼稚園の先生へ。間にどんな仕事を経由できますか？", "ベビーシッター", "幼稚園教員"),
]


@pytest.mark.parametrize(("question", "source", "target"), JAPANESE_ROUTES)
def test_a_japanese_route_runs_over_career_paths(ask: Ask, question: str, source: str, target: str) -> None:
    answer = ask(question)
    assert answer.intent is Intent.PATH and answer.answered and answer.routes, answer.answer
    for route in answer.routes:
        assert (route.jobs[0], route.jobs[-1]) == (source, target)
        assert len(route.jobs) == len(set(route.jobs))  # no job twice, never from a job to itself
        for hop in route.hops:
            assert hop.cites, hop
            if hop.via == "career_mention":  # the cited career path is one end's, and names the other end
                (citation,) = cited(answer, hop.cites)
                assert citation.section == "Career Path" and citation.job in (hop.source, hop.target)
    assert any(hop.via == "career_mention" for route in answer.routes for hop in route.hops)
    assert_honest(answer)


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("I've been a roofer for eight years. How could I work my way over to being a cost estimator?", "Roofers"),
        ("I'm a veterinary assistant. Is there a route from there to becoming a zoologist?", "Veterinary Assistants"),
        ("Long-haul truck driver here. What path could take me to dispatching trucks?", "Heavy and Tractor-Trailer"),
    ],
)
def test_the_persons_own_job_starts_the_route(ask: Ask, question: str, source: str) -> None:
    answer = ask(question)
    assert answer.intent is Intent.PATH and answer.routes, answer.answer
    assert all(route.jobs[0].startswith(source) for route in answer.routes), [r.jobs for r in answer.routes]


def test_a_designer_moving_into_art_direction_asks_for_a_route(ask: Ask) -> None:
    answer = ask("How can a graphic designer move into art direction?")
    assert answer.intent is Intent.PATH
    assert answer.routes and answer.routes[0].jobs[0] == "Graphic Designers", answer.answer


def test_a_career_path_names_a_teacher_by_the_licence_word(titles: dict[str, str]) -> None:
    """教諭 (the licence's word) names the 教員 page; a fragment of two characters names nothing."""
    names = names_of([title for title, source in titles.items() if source.startswith("jobtag_")])
    assert names["幼稚園教諭"] == "幼稚園教員" and names["保育士"] == "保育士"
    assert all(len(name) >= 3 for name in names)
