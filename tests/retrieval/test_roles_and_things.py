"""Fast checks of the small readers the ninth session added: a role beside a job, a field's things in the plural,
two kinds of person compared, and a decision no page can make."""

from __future__ import annotations

import pytest

from chatbot.retrieval._comparands import comparands
from chatbot.retrieval._cues import role_asked
from chatbot.retrieval._fields import agent_of, said_as_things
from chatbot.retrieval._jobs import akin
from chatbot.retrieval._scope import decides


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("dentist", "dental", True),
        ("veterinarian", "veterinary", True),
        ("therapist", "therapy", True),
        ("nurse", "nursing", True),
        ("pharmacist", "physicist", False),
        ("electrician", "electrical", True),
        ("chef", "cook", False),
    ],
)
def test_words_of_one_stem(a: str, b: str, same: bool) -> None:
    assert akin(a, b) is same


def test_a_field_thing_in_the_plural_names_no_worker() -> None:
    assert said_as_things("which computer programs would I use?", "computer program", "Computer Programmers")
    assert not said_as_things("what does a computer program do?", "computer program", "Computer Programmers")
    assert not said_as_things("what do vet techs do?", "vet tech", "Veterinary Technologists and Technicians")
    assert not said_as_things("what do LPNs do?", "LPN", "Licensed Practical and Licensed Vocational Nurses")
    assert agent_of("programmer", "program") and agent_of("controller", "control")
    assert not agent_of("technologist", "tech")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("and the assistants who help them?", "assistant"),
        ("what about their aides?", "aide"),
        ("and the techs?", "tech"),
        ("what do dental assistants do?", None),
        ("how do I become a nurse?", None),
    ],
)
def test_the_role_a_follow_up_asks_of(text: str, role: str | None) -> None:
    assert role_asked(text) == role


def test_two_kinds_of_person_are_no_comparands() -> None:
    assert comparands("which one suits someone who's more artsy vs someone who likes routine?") == []
    assert comparands("compare nurses vs pharmacists") == ["nurses", "pharmacists"]
    assert comparands("how do the skills compare between welders and machinists?")[1] == "machinists"


def test_a_decision_about_ones_life_is_read_from_every_sentence_that_asks() -> None:
    assert decides("Should I quit my office job to tutor full time? I have two kids.")
    assert not decides("Should I quit my job to become a nurse? What training would I need?")
    assert not decides("What training does a nurse need?")
