"""The page reader the end-to-end tests check quotes with: it accepts a page's own lines and rejects altered ones
(so "every quote is on its page" can fail)."""

from __future__ import annotations

import pytest

from chatbot import Citation
from tests.guidance.pages import career_steps, job_zone, on_page, read_page

PA = "onet_29-1071.00_physician-assistants.txt"
DIRECTOR = "000_9e63829615c61cc4.txt"
TOFU = "jobtag_0001.txt"


def cite(job: str, section: str, source: str, text: str) -> Citation:
    return Citation(n=1, job=job, section=section, source=source, text=text)


@pytest.mark.parametrize(
    ("job", "section", "source", "text"),
    [
        ("Physician Assistants", "Education", PA, "Master's Degree: 81.1%"),
        ("Physician Assistants", "Job Zone", PA, "Job Zone Five: Extensive Preparation Needed"),
        ("Physician Assistants", "Related Jobs", PA, "Registered Nurses"),
        ("Physician Assistants", "Interests", PA, "Social (5.81)"),
        ("豆腐製造、豆腐職人", "Summary", TOFU, "豆腐店やメーカーの工場で、豆腐、油揚げ、生揚げ（厚揚げ）などを作る。"),
    ],
)
def test_a_line_of_the_page_is_on_it(job: str, section: str, source: str, text: str) -> None:
    assert on_page(cite(job, section, source, text))


@pytest.mark.parametrize(
    ("job", "section", "source", "text"),
    [
        ("Physician Assistants", "Education", PA, "Master's Degree: 18.1%"),  # a number changed
        ("Physician Assistants", "Job Zone", PA, "Master's Degree: 81.1%"),  # another section's line
        ("Registered Nurses", "Education", PA, "Master's Degree: 81.1%"),  # another job's name
        ("Physician Assistants", "Education", PA, ""),
        ("豆腐製造、豆腐職人", "Summary", TOFU, "豆腐を焼く。"),
    ],
)
def test_an_altered_line_is_not(job: str, section: str, source: str, text: str) -> None:
    assert not on_page(cite(job, section, source, text))


def test_page_facts() -> None:
    assert read_page(PA)[0] == "Physician Assistants"
    assert job_zone(PA) == 5 and job_zone(TOFU) is None
    assert career_steps(DIRECTOR)[1:3] == ["Assistant Section Chief (Ministry/Agency)", "Section Chief · Counsellor"]
