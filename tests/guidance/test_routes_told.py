"""Route questions whose jobs are told rather than named (from guidance_tune29/30's path cases, in other words): a
catch-all page named by part of its name, the work wanted said as "move into … for a living", the own job said with a
role, and two pages that nothing joins."""

from __future__ import annotations

import pytest

from chatbot import Intent
from tests.guidance.test_corpus import Ask, assert_honest


@pytest.mark.parametrize(
    ("question", "source", "target"),
    [
        (  # "community social services" names a catch-all page by part of its name: the words place the job wanted
            "I've been a school counselor for six years. How do I get to running a community social services "
            "program someday?",
            "Educational, Guidance, and Career Counselors and Advisors",
            "Social and Community Service Managers",
        ),
    ],
)
def test_a_route_to_the_job_the_words_describe(ask: Ask, question: str, source: str, target: str) -> None:
    """The route starts at the job held and ends at the one the words describe, not a catch-all page they name in
    part; every hop cited."""
    answer = ask(question)
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:300]
    first = answer.routes[0].jobs
    assert (first[0], first[-1]) == (source, target), first
    assert all(hop.cites for route in answer.routes for hop in route.hops)
    assert_honest(answer)


def test_a_story_about_someone_else_is_no_job_held(ask: Ask) -> None:
    """ "I'm writing a novel and my main character is a locksmith. What does that job involve, step by step?" asks
    what the work is: the novel is no job the person holds, and "step by step" no route."""
    answer = ask("I'm writing a novel and my main character is a locksmith. What does that job involve, step by step?")
    assert answer.intent is not Intent.PATH and not answer.routes
    assert answer.citations and answer.citations[0].job == "Locksmiths and Safe Repairers"


@pytest.mark.parametrize(
    ("question", "source", "target"),
    [
        (
            "建築設計技術者として働いています。ディスプレイデザイナーになるにはどういう順番で進めばいいですか？",
            "建築設計技術者",
            "ディスプレイデザイナー",
        ),
        (
            "ファッションデザイナーをしています。スタイリストを目指すにはどんな道がありますか？",
            "ファッションデザイナー",
            "スタイリスト",
        ),
    ],
)
def test_two_pages_nothing_joins_are_one_long_move(ask: Ask, question: str, source: str, target: str) -> None:
    """Where no link, career path or close profile joins two pages, the answer still goes from the job held: the
    move straight between them, said to be a long one, citing what the pages share or say of the work, then how
    people get into the job wanted, cited to its page."""
    answer = ask(question)
    assert answer.intent is Intent.PATH and answer.answered, answer.answer[:300]
    assert [route.jobs for route in answer.routes] == [[source, target]]
    hop = answer.routes[0].hops[0]
    assert hop.via == "distant_profile" and hop.cites and hop.similarity is not None
    assert "遠い移動" in answer.answer and "への入り方" in answer.answer
    entry = [c for c in answer.citations if c.job == target and c.section not in ("Summary", "Description")]
    assert entry, [f"{c.job} — {c.section}" for c in answer.citations]
    assert_honest(answer)


def test_a_route_asked_as_what_it_would_look_like(ask: Ask) -> None:
    """ "How would I move into … for a living? What would the route look like?" asks for a route, and "move into …
    for a living" is the work wanted, not the person's own (a van driver's move into logistics planning)."""
    answer = ask(
        "I drive a delivery van for a bakery and I keep noticing how badly the stops are planned. How would I move "
        "into planning logistics for a living? What would the route look like?"
    )
    assert answer.intent is Intent.PATH and answer.routes, answer.answer[:300]
    first = answer.routes[0].jobs
    assert first[0] in ("Driver/Sales Workers", "Light Truck Drivers") and "Logistic" in first[-1], first
    assert_honest(answer)


def test_the_job_wanted_is_not_the_own_job_said_with_a_role(ask: Ask) -> None:
    """ "I'm a vet assistant … become the vet": "vet" followed by "assistant" is the person's own job; the vet wanted
    is not turned into it (the gap runs from the assistants to the veterinarians)."""
    answer = ask(
        "I'm a vet assistant at an animal hospital, feeding and walking the boarders and cleaning kennels. I want to "
        "go back to school and become the vet one day. What would I be missing?"
    )
    assert answer.intent is Intent.GAP and answer.gap is not None, answer.answer[:300]
    assert answer.gap.target == "Veterinarians"
    assert answer.gap.source == "Veterinary Assistants and Laboratory Animal Caretakers"
    assert_honest(answer)
