"""How prose names a page's people, checked on every O*NET title: one noun changes number, the article fits."""

from __future__ import annotations

import pytest

from chatbot.answer._roles import article, plural_of, role, singular
from tests.conftest import ONET


def titles() -> list[str]:
    return [path.read_text(encoding="utf-8").split("\n", 1)[0].strip() for path in sorted(ONET.glob("*.txt"))]


def test_every_onet_title_reads_as_a_role() -> None:
    for title in titles():
        spoken = role(title)
        assert spoken.startswith(("a ", "an ")), title
        head = spoken.split(" ", 1)[1]
        assert head and not head.endswith(("ies", "sses")), (title, spoken)


def test_head_nouns_round_trip() -> None:
    heads = {title.split(",")[0].split(" (")[0].split()[-1] for title in titles()}
    plural = [word for word in heads if word.endswith("s") and singular(word) != word]
    assert len(plural) >= 250
    wrong = [word for word in plural if plural_of(singular(word)) != word]
    assert len(wrong) <= len(plural) // 50, wrong  # a handful of irregular nouns at most


@pytest.mark.parametrize(
    ("title", "spoken"),
    [
        ("Actuaries", "an actuary"),
        ("Attorneys", "an attorney"),
        ("Coaches and Scouts", "a coach and scout"),
        ("Hosts and Hostesses", "a host and hostess"),
        ("Ward Mayor (Tokyo Special Wards)", "a ward mayor"),
        ("First-Line Supervisors of Police and Detectives", "a first-line supervisor of police and detectives"),
        ("MRI Technologists", "an MRI technologist"),
        ("Urban Planners", "an urban planner"),
        ("Police and Sheriff's Patrol Officers", "a police and sheriff's patrol officer"),
        ("看護師", "看護師"),
    ],
)
def test_roles(title: str, spoken: str) -> None:
    assert role(title) == spoken


def test_articles_by_sound() -> None:
    assert [article(w) for w in ["university teacher", "hour-long job", "umpire", "FBI agent", "one-man band"]] == [
        "a",
        "an",
        "an",
        "an",
        "a",
    ]
