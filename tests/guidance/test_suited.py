"""What suited people who described themselves alike (chatbot.guidance._suited): the nearest labelled requests vote
for their jobs, only jobs of the index count, nothing is read for an index whose jobs no request names; and on the
full index, a request worded like labelled ones brings their jobs into the suggestions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from chatbot import Answer
from chatbot.guidance._suited import NEIGHBOURS, Precedent, Precedents, load_precedents, said, voted
from chatbot.text import terms

AXES = {"drive": 0, "cook": 1, "code": 2}


class Reader:
    """Reads a text as a vector along the axes of the words it holds; counts what it was asked to read."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def statement(self, text: str) -> np.ndarray | None:
        found = axes(text)
        return found if found.any() else None

    def statements(self, texts: list[str], japanese: bool) -> np.ndarray | None:
        self.read += texts
        return np.stack([axes(text) for text in texts])

    def reader(self, japanese: bool) -> str | None:
        return None if japanese else "axes"


def axes(text: str) -> np.ndarray:
    """1 on the axis of each word of AXES the text holds."""
    return np.array([float(word in text) for word in AXES], dtype=np.float32)


BANK = [
    Precedent(lang="en", text="I love to drive all day", jobs=["Truck Drivers", "Taxi Drivers"]),
    Precedent(lang="en", text="I cook for my family and love to drive", jobs=["Cooks", "Truck Drivers"]),
    Precedent(lang="en", text="I code small apps", jobs=["Programmers"]),
    Precedent(lang="en", text="I cook every night", jobs=["Chefs"]),
]
TITLES = {"Truck Drivers", "Taxi Drivers", "Cooks", "Programmers", "Chefs"}


def test_the_nearest_requests_vote_for_their_jobs() -> None:
    votes = Precedents(Reader(), None, TITLES, BANK).votes("I drive for a living", TITLES)
    assert max(votes, key=lambda job: votes[job]) == "Truck Drivers"  # voted by both driving requests
    assert votes["Truck Drivers"] == 1.0
    assert 0 < votes["Taxi Drivers"] < 1.0
    assert "Programmers" not in votes  # orthogonal: no vote


def test_only_the_allowed_jobs_are_voted_for() -> None:
    votes = Precedents(Reader(), None, TITLES, BANK).votes("I drive for a living", {"Taxi Drivers", "Cooks"})
    assert set(votes) <= {"Taxi Drivers", "Cooks"}
    assert votes["Taxi Drivers"] == 1.0


def test_only_the_nearest_few_vote() -> None:
    bank = [Precedent(lang="en", text="I cook", jobs=[f"Cook {n}"]) for n in range(NEIGHBOURS + 3)]
    titles = {job for item in bank for job in item.jobs}
    assert len(Precedents(Reader(), None, titles, bank).votes("cook", titles)) == NEIGHBOURS


def test_nothing_is_read_for_an_index_without_the_banks_jobs() -> None:
    reader = Reader()
    precedents = Precedents(reader, None, {"Ward Mayor"}, BANK)
    assert precedents.votes("I love to drive", {"Ward Mayor"}) == {}
    assert reader.read == []


def test_a_text_nothing_reads_gets_no_votes() -> None:
    assert Precedents(Reader(), None, TITLES, BANK).votes("I garden", TITLES) == {}
    assert Precedents(Reader(), None, TITLES, BANK).votes("運転が好き", TITLES) == {}  # no Japanese reader


def test_the_job_closest_by_the_words_keeps_its_lead() -> None:
    """A question describing one job is answered by its first suggestion: the votes around it must not pass it."""
    words = {"Veterinarians": 1.0, "Animal Caretakers": 0.7}
    votes = {"Zookeepers": 1.0, "Animal Caretakers": 0.6}
    assert voted(votes, words) == {"Zookeepers": 1.0, "Animal Caretakers": 0.6, "Veterinarians": 1.0}
    assert voted({}, words) == {}
    assert voted(votes, {}) == votes


def test_the_shipped_bank_holds_only_tuning_requests(tmp_path: Path) -> None:
    """Held-out requests must never be learned from: no bank request is one of a held-out set's."""
    bank = load_precedents()
    assert len(bank) > 1000
    eval_dir = Path(__file__).resolve().parents[1] / "eval"
    held = {line for path in eval_dir.glob("guidance_heldout*.jsonl") for line in path.read_text().splitlines()}
    requests = " ".join(held)
    assert not [item.text for item in bank if item.text in requests]
    assert load_precedents(tmp_path / "none.jsonl") == []


def test_the_shipped_bank_stores_what_matching_reads_now() -> None:
    """The bank keeps each request's reading so no start reads it again; after a change to the reading, run
    bench/suited_bank.py."""
    stale = [item.text for item in load_precedents() if item.read != said(item.text)]
    assert not stale, f"{len(stale)} requests read otherwise now: run bench/suited_bank.py"


def test_the_shipped_bank_stores_the_words_of_each_request_now() -> None:
    """The words chatbot.guidance._worded hears are what chatbot.text.terms gives of each request today."""
    stale = [item.text for item in load_precedents() if item.words != terms(item.text)]
    assert not stale, f"{len(stale)} requests have other words now: run bench/suited_bank.py"


def test_a_request_worded_like_labelled_ones_gets_their_jobs(ask: Callable[[str], Answer]) -> None:
    """Said in other words than the bank's: the pages alone put a medical-device developer, researchers and doctors
    beside one technologist; people who said alike were suited by the hospital's technologists."""
    answer = ask(
        "理系の高校2年生です。病院で働きたいけど、患者さんのお世話をする看護よりも、検査の機械や医療機器を扱う技術職に"
        "興味があります。専門学校か大学で国家資格を取ってもいいと思っています。どんな仕事がありますか？"
    )
    got = [match.job for match in answer.matches[:5]]
    assert sum(job in TECHNOLOGISTS for job in got) >= 4, got


TECHNOLOGISTS = {"臨床工学技士", "臨床検査技師", "診療放射線技師", "視能訓練士", "細胞検査士"}
