"""The "Find jobs for me" panel under AppTest: sliders and schooling rank the jobs with cited reasons, a button asks
about a suggested job, follow-ups work on the list, the reading from a chat message lands on the sliders, and a path
answer draws its routes. A small index (seeds + scored O*NET pages) built with the fake embedder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from chatbot import Intent, build_index
from chatbot.config import Settings
from chatbot.ui._sources import MANY, listed
from tests.conftest import ONET, FakeEmbedder
from tests.ui.test_app import conversation, plain, start, use_index

PAGES = [
    "onet_15-2041.00_statisticians.txt",
    "onet_15-2051.00_data-scientists.txt",
    "onet_17-2071.00_electrical-engineers.txt",
    "onet_19-1011.00_animal-scientists.txt",
    "onet_19-1023.00_zoologists-and-wildlife-biologists.txt",
    "onet_29-1071.00_physician-assistants.txt",
    "onet_29-1131.00_veterinarians.txt",
    "onet_29-1141.00_registered-nurses.txt",
    "onet_35-1011.00_chefs-and-head-cooks.txt",
    "onet_35-2014.00_cooks-restaurant.txt",
    "onet_47-2111.00_electricians.txt",
]


@pytest.fixture
def scored(
    settings: Settings, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[Settings]:
    folder = tmp_path / "onet"
    folder.mkdir()
    for name in PAGES:
        shutil.copy(ONET / name, folder / name)
    with_onet = settings.model_copy(update={"seeds": [*settings.seeds, folder]})
    build_index(with_onet, embedder=fake)
    use_index(monkeypatch, with_onet, fake)
    yield with_onet
    st.cache_resource.clear()


def slider(at: AppTest, code: str):  # type: ignore[no-untyped-def]
    return next(s for s in at.slider if s.key == f"finder-{code}")


def find(at: AppTest) -> AppTest:
    next(b for b in at.button if b.key == "finder-go").click().run()
    assert not at.exception, at.exception
    return at


def test_sliders_rank_jobs_with_cited_reasons(scored: Settings) -> None:
    at = start()
    assert [s.key for s in at.slider] == [f"finder-{code}" for code in "RIASEC"]
    slider(at, "I").set_value(100)
    slider(at, "R").set_value(50)
    at = find(at)
    answer = conversation(at).turns[-1]
    assert answer.intent is Intent.MATCH and answer.reading is not None and answer.reading.explicit
    assert answer.reading.scores == {"I": 1.0, "R": 0.5}
    assert len(answer.matches) == 5
    numbers = {c.n for c in answer.citations}
    for match in answer.matches:
        interests = [r for r in match.reasons if r.kind == "interests"]
        assert interests and set(interests[0].cites) <= numbers
    fits = [m.interest_fit for m in answer.matches]
    assert all(fit is not None for fit in fits)
    assert "Cooks, Restaurant" not in [m.job for m in answer.matches]  # scored Realistic/Conventional, not I
    buttons = [plain(b.label) for b in at.button if (b.key or "").startswith("match-")]
    assert buttons == [f"Ask about {m.job}" for m in answer.matches]


def test_a_job_list_shows_its_sources_a_box_per_job(scored: Settings) -> None:
    at = start()
    slider(at, "I").set_value(100)
    at = find(at)
    answer = conversation(at).turns[-1]
    assert len(answer.citations) > MANY
    jobs = list(dict.fromkeys(c.job for c in answer.citations))
    numbers = {job: " ".join(f"[{c.n}]" for c in answer.citations if c.job == job) for job in jobs}
    boxes = [e for e in at.expander if plain(e.label).startswith("Sources on ")]
    assert [plain(e.label) for e in boxes] == [f"Sources on {job}: {numbers[job]}" for job in jobs]
    assert not [b for b in at.button if (b.key or "").startswith("wrong-")]  # "Tell us more" marks one wrong
    shown = "\n".join(t.value for box in boxes for t in box.text)
    for citation in answer.citations:
        assert f"[{citation.n}] {citation.section} · {citation.source}\n{listed(citation.text)}" in shown


def test_schooling_limit_leaves_out_longer_preparation(scored: Settings) -> None:
    at = start()
    slider(at, "I").set_value(100)
    at.selectbox(key="finder-school").set_value("A vocational course or two-year programme")
    at = find(at)
    answer = conversation(at).turns[-1]
    jobs = [m.job for m in answer.matches]
    assert answer.reading is not None and answer.reading.schooling == 3
    assert jobs and not {"Physician Assistants", "Veterinarians", "Data Scientists", "Statisticians"} & set(jobs)


def test_ask_about_button_and_follow_ups_on_the_list(scored: Settings) -> None:
    at = start()
    slider(at, "I").set_value(100)
    at = find(at)
    listed = [m.job for m in conversation(at).turns[-1].matches]
    next(b for b in at.button if b.key == "match-0-1").click().run()
    assert not at.exception, at.exception
    asked = conversation(at).turns[-1]
    assert asked.question == f"Tell me about {listed[1]}" and listed[1] in asked.about
    at.chat_input[0].set_value("tell me more about the third one").run()
    assert conversation(at).turns[-1].about == [listed[2]]
    at.chat_input[0].set_value("compare the top two").run()
    compared = conversation(at).turns[-1]
    assert compared.comparison is not None and compared.comparison.jobs == listed[:2]


def test_reading_from_the_chat_is_put_on_the_sliders(scored: Settings) -> None:
    at = start()
    at.chat_input[0].set_value("I love animals and I'm good at science. Which careers would suit me?").run()
    answer = conversation(at).turns[-1]
    assert answer.intent is Intent.MATCH and answer.reading is not None and answer.reading.scores
    for code, score in answer.reading.scores.items():  # in the same run: the panel is drawn after the answer
        assert slider(at, code).value == round(100 * score)
    assert "I read this as" in " ".join(md.value for md in at.chat_message[1].markdown)


def test_path_answer_draws_its_routes(scored: Settings) -> None:
    at = start()
    at.chat_input[0].set_value("how do I get from restaurant cook to head chef?").run()
    assert not at.exception, at.exception
    answer = conversation(at).turns[-1]
    assert answer.intent is Intent.PATH and answer.routes
    charts = [c.proto.spec for c in at.get("graphviz_chart") if c.proto.spec.startswith("digraph routes")]
    assert len(charts) == 1 and "Cooks, Restaurant" in charts[0] and "Chefs and Head Cooks" in charts[0]
    for hop in answer.routes[0].hops:
        assert hop.cites and f"[{hop.cites[0]}]" in charts[0]


def test_gap_table_is_shown(scored: Settings) -> None:
    at = start()
    at.chat_input[0].set_value("I'm a registered nurse. What would I need to become a physician assistant?").run()
    answer = conversation(at).turns[-1]
    assert answer.intent is Intent.GAP and answer.gap is not None and answer.gap.rows
    shown = " ".join(md.value for md in at.chat_message[1].markdown)
    assert "|" in shown and "Physician Assistants" in plain(shown)
