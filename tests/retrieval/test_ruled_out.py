"""A job the question rules out is left out of it before it is read (retrieval._foreground.without_ruled_out): said
after "not" ("…, not a therapist"), as one the person will not train to become ("I don't want to … to become a
therapist"), before じゃなくて, or as the like of what the person will not do ("税理士みたいな
難しい資格の勉強まではするつもりはない"); words that name no job stay ("…, not an office person")."""

from __future__ import annotations

import pytest

from chatbot.models import JobLink
from chatbot.retrieval._ruled_out import without_ruled_out

PAGES = {
    "therapist": "Physical Therapists",
    "看護師": "看護師",
    "税理士": "税理士",
    "営業": "営業職",
    "big rigs": "Heavy and Tractor-Trailer Truck Drivers",
}


def link(text: str) -> list[JobLink]:
    """A stand-in for JobLinker.link over five names: a sure link for each name the words are or start with."""
    said = text.strip().casefold()
    title = PAGES.get(said) or next((PAGES[name] for name in PAGES if said.startswith(name)), None)
    return [JobLink(title=title, source=f"{title}.txt", score=1.0, matched=text)] if title else []


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("I want to help people move again, not a therapist", "I want to help people move again"),
        ("看護師じゃなくて介護の仕事がしたい", "介護の仕事がしたい"),
        (
            "数字が好きです。税理士みたいな難しい資格の勉強まではするつもりはないです。",
            "数字が好きです。難しい資格の勉強まではするつもりはないです。",
        ),
        ("営業みたいに外を回るのは絶対に嫌。", "外を回るのは絶対に嫌。"),
        (  # a job the person will not train to become: the job left out, the schooling they won't do kept
            "I love animals. I don't want to spend years in school to become a therapist.",
            "I love animals. I don't want to spend years in school.",
        ),
        (  # a sentence of jobs that do not interest the person, left out whole; what they would rather do kept
            "I fix small engines. Big rigs and airplanes don't really interest me. What fits?",
            "I fix small engines.  What fits?",
        ),
        ("I'd rather stick to small engines than work on big rigs. Jobs?", "I'd rather stick to small engines. Jobs?"),
    ],
)
def test_a_job_ruled_out_is_left_out(question: str, left: str) -> None:
    assert without_ruled_out(question, link) == left


@pytest.mark.parametrize(
    "question",
    [
        "I'd like hands-on work, not an office person",  # names no job
        "税理士みたいな仕事がしたいです",  # the like of it is wanted
        "事務員みたいな資格の勉強はするつもりはない",  # no page by that name here
        "I don't want to end up stuck in an office.",  # not a job to become
        "Sitting at a desk all day doesn't interest me.",  # names no job
        "I'd rather work outside than sit at a desk.",
    ],
)
def test_words_that_rule_out_no_job_stay(question: str) -> None:
    assert without_ruled_out(question, link) == question
