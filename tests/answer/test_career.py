"""Career path pictures: steps from the Career Path section, preparation from O*NET, related jobs, DOT escaping."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from chatbot.answer._career import career_path, preparation_of, steps_of
from chatbot.answer._follow import is_this_job
from chatbot.config import Settings
from chatbot.index import Library, load_index, update_index
from chatbot.models import CareerPath
from chatbot.ui._diagram import career_dot, dot_label
from tests.conftest import DIRECTOR, JOBTAG, ONET, WARD_MAYOR, FakeEmbedder

LABEL = re.compile(r'label="((?:[^"\\]|\\.)*)"')


@pytest.fixture
def index(settings: Settings, seeds: Path, fake: FakeEmbedder):  # type: ignore[no-untyped-def]
    shutil.copy(ONET / "onet_11-1011.00_chief-executives.txt", seeds)
    shutil.copy(JOBTAG / "jobtag_0001.txt", seeds)
    update_index(settings, lambda: fake)
    return Library(load_index(settings.index_dir), settings.vocabulary)


def test_seed_page_has_steps_in_order_and_related_jobs(index) -> None:  # type: ignore[no-untyped-def]
    path = career_path(index, WARD_MAYOR)
    assert path is not None
    assert path.steps == [
        "General Administrative Staff",
        "Section Chief Level",
        "Department Head Level",
        "Deputy Ward Mayor",
        "Ward Mayor",
    ]
    assert path.related[:2] == ["City Mayor", "Local Government Official"] and path.preparation == []


def test_onet_page_has_preparation_instead_of_steps(index) -> None:  # type: ignore[no-untyped-def]
    path = career_path(index, "Chief Executives")
    assert path is not None and path.steps == []
    assert path.preparation == [
        "Job Zone Five: Extensive Preparation Needed",
        "Master's Degree (45.9%)",
        "Bachelor's Degree (32.3%)",
    ]
    assert "Legislators" in path.related
    dot = career_dot(path)
    # the notes one under the other, the last leading into the job: narrow enough for a phone
    assert dot and "p0 -> p1" in dot and "p2 -> s0" in dot and 's0 [label="Chief Executives"' in dot


def test_jobtag_prose_page_draws_nothing(index) -> None:  # type: ignore[no-untyped-def]
    title = next(job.title for job in index.jobs.values() if job.source == "jobtag_0001.txt")
    path = career_path(index, title)
    assert path is not None and path.steps == [] and not path.drawable
    assert career_dot(path) is None


def test_unknown_job_has_no_path(index) -> None:  # type: ignore[no-untyped-def]
    assert career_path(index, "Astronaut") is None


def test_dot_chains_steps_and_marks_the_job(index) -> None:  # type: ignore[no-untyped-def]
    path = career_path(index, DIRECTOR)
    assert path is not None
    dot = career_dot(path)
    assert dot is not None and dot.startswith("digraph career {") and dot.endswith("}")
    assert all(f"s{i} -> s{i + 1};" in dot for i in range(len(path.steps) - 1))
    filled = [line for line in dot.split("\n") if "filled" in line]
    assert len(filled) == 1 and "Secretariat Director-" in filled[0]
    related = next(line for line in dot.split("\n") if line.strip().startswith("related ["))
    assert all(f"• {job.split()[0]}" in related for job in path.related)  # one list box beside the job
    assert "s4 -> related" in dot


def test_job_missing_from_its_chain_stands_apart() -> None:
    # issue 17: appending it after the last step claimed an order the page does not state
    dot = career_dot(CareerPath(job="Pilot", steps=["Cadet", "First Officer"]))
    assert dot is not None and 'job [label="Pilot", style="rounded,filled"' in dot and "-> job" not in dot


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ward Mayor", '"Ward Mayor"'),
        ('Say "hi"', '"Say \\"hi\\""'),
        ("back\\slash \\N", '"back\\\\slash \\\\N"'),
        ("<b>html</b>", '"<b>html</b>"'),
        ("line\nbreak", '"line break"'),
        ("Director for Policy Planning and Coordination", '"Director for Policy\\nPlanning and\\nCoordination"'),
    ],
)
def test_dot_label_is_escaped_and_wrapped(text: str, label: str) -> None:
    assert dot_label(text) == label


def test_hostile_titles_stay_inside_their_labels() -> None:
    path = CareerPath(job='X"]; evil [label="boom', steps=['a"->b', "X"], related=['r"}; digraph z {'])
    dot = career_dot(path)
    assert dot is not None
    # Removing every well-formed label leaves only our own syntax: no injected node, edge or graph.
    skeleton = LABEL.sub('label=""', dot)
    assert "evil" not in skeleton and "digraph z" not in skeleton and skeleton.count("{") == skeleton.count("}")


@pytest.mark.parametrize(
    ("step", "job", "same"),
    [
        ("Ward Mayor", WARD_MAYOR, True),
        ("Secretariat Director-General", DIRECTOR, True),
        ("Deputy Ward Mayor", WARD_MAYOR, False),
        ("Administrative Vice-Minister", DIRECTOR, False),
    ],
)
def test_is_this_job(step: str, job: str, same: bool) -> None:
    assert is_this_job(step, job) is same


def test_steps_of_takes_the_first_chain_only() -> None:
    assert steps_of("Prose first.\nA → B → C\nD → E") == ["A", "B", "C"]
    assert steps_of("入職にあたって、特に学歴や資格は必要とされない。") == []


def test_preparation_picks_the_commonest_education() -> None:
    education = "  • Bachelor's Degree: 20.0%\n  • Master's Degree - long words here: 45.9%\n  • Doctoral Degree: 30.1%"
    assert preparation_of("Job Zone Five: Extensive\nExperience: lots", education) == [
        "Job Zone Five: Extensive",
        "Master's Degree (45.9%)",
        "Doctoral Degree (30.1%)",
    ]
    assert preparation_of("", "") == []
