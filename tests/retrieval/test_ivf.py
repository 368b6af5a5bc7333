"""Dense search through the IVF index above the threshold, exact below: recall, which path is taken, updates."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pytest

from chatbot.config import Settings
from chatbot.index import StoredIndex, load_index, update_index
from chatbot.index._ivf import assign, train
from chatbot.models import Retrieval
from chatbot.retrieval import Mode, Retriever
from chatbot.retrieval._ivf import IvfSearch
from tests.conftest import ONET, FakeEmbedder

PAGES = sorted(ONET.glob("onet_47-*.txt"))[:16]
PLUMBER = ONET / "onet_47-2152.00_plumbers-pipefitters-and-steamfitters.txt"
PLUMBERS = "Plumbers, Pipefitters, and Steamfitters"
QUESTIONS = ["what do plumbers do", "how do I become a ward mayor", "skills to lay pipes and install fixtures"]


def unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def clustered(n: int, topics: int, seed: int) -> np.ndarray:
    """(n, 64) unit vectors around `topics` random centres (text embeddings cluster; uniform ones would not)."""
    rng = np.random.default_rng(seed)
    centres = unit(np.random.default_rng(0).standard_normal((topics, 64)))
    return unit(centres[rng.integers(0, topics, n)] + 0.08 * rng.standard_normal((n, 64)))


class Synthetic(NamedTuple):
    vectors: np.ndarray  # (4000, 64)
    centroids: np.ndarray  # (lists, 64)
    lists: np.ndarray  # (4000,)
    ivf: IvfSearch  # 8 lists probed


@pytest.fixture(scope="module")
def synthetic() -> Synthetic:
    """4,000 clustered vectors in an IVF index of 100 lists, trained as a full build trains one."""
    vectors = clustered(4000, 40, seed=1)
    settings = Settings(ivf_lists=100, ivf_probes=8)
    centroids = train(vectors, settings)
    lists = assign(vectors, centroids)
    return Synthetic(vectors, centroids, lists, IvfSearch(vectors, lists, centroids, settings.ivf_probes))


def test_ivf_recall_against_exact_on_clustered_vectors(synthetic: Synthetic) -> None:
    vectors, centroids, _, ivf = synthetic
    assert len(centroids) == 100 and ivf.probes == 8  # a real IVF search: 8% of the vectors scanned
    recalls = []
    for query in clustered(100, 40, seed=2):
        rows, scores = ivf.search(query, 50, None)
        exact = np.argsort(-(vectors @ query))[:50]
        recalls.append(len(set(rows) & set(exact)) / 50)
        assert np.allclose(scores, vectors[rows] @ query, atol=1e-5)  # the lists hold the vectors: exact scores
    assert np.mean(recalls) >= 0.98


def test_ivf_search_scans_only_the_probed_lists(synthetic: Synthetic) -> None:
    vectors, centroids, lists, _ = synthetic
    one = IvfSearch(vectors, lists, centroids, probes=1)
    query = clustered(1, 40, seed=3)[0]
    rows, _ = one.search(query, 200, None)
    nearest = int(np.argmax(centroids @ query))
    assert len(rows) and set(lists[rows]) == {nearest}


def test_a_restricted_ivf_search_returns_only_allowed_rows(synthetic: Synthetic) -> None:
    vectors, centroids, lists, _ = synthetic
    every = IvfSearch(vectors, lists, centroids, probes=10_000)  # every list: exhaustive
    allowed = np.arange(1, len(vectors), 3)
    query = clustered(1, 40, seed=4)[0]
    rows, _ = every.search(query, 20, allowed)
    assert list(rows) == list(allowed[np.argsort(-(vectors[allowed] @ query))[:20]])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, FakeEmbedder]:
    """An index of the seed pages and 16 O*NET pages, built above a small threshold: it has an IVF index."""
    base = tmp_path_factory.mktemp("ivf")
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", base / "seeds")
    for page in [*PAGES, PLUMBER]:
        shutil.copy(page, base / "seeds")
    settings = Settings(seeds=[base / "seeds"], index_dir=base / "index", model="fake", ivf_threshold=100, ivf_lists=3)
    fake = FakeEmbedder()
    update_index(settings, lambda: fake)
    return settings, fake


def search(retriever: Retriever, text: str) -> Retrieval:
    return retriever.retrieve(retriever.understand(text))


def hits(result: Retrieval) -> list[tuple[str, float, float | None, float | None]]:
    return [(hit.chunk.id, hit.score, hit.dense, hit.lexical) for hit in result.hits]


def test_the_exact_path_below_the_threshold(settings: Settings, fake: FakeEmbedder) -> None:
    update_index(settings, lambda: fake)
    retriever = Retriever(load_index(settings.index_dir), fake, settings)
    assert retriever.dense.ivf is None
    query = fake.vector("how do I become a ward mayor")
    assert np.array_equal(retriever.dense.scores(query, None), retriever.index.vectors @ query)


def test_above_the_threshold_dense_search_goes_through_the_ivf(built: tuple[Settings, FakeEmbedder]) -> None:
    settings, fake = built
    index = load_index(settings.index_dir)
    retriever = Retriever(index, fake, settings.model_copy(update={"ivf_probes": 1}))
    assert retriever.dense.ivf is not None and retriever.dense.ivf.size == int(np.any(index.vectors, axis=1).sum())
    query = fake.vector("what do plumbers do")
    scored = np.flatnonzero(retriever.dense.scores(query, None))
    nearest = int(np.argmax(index.centroids @ query))  # type: ignore[operator]
    assert len(scored) and set(index.lists[scored]) == {nearest}  # type: ignore[index]  # only the probed list


def test_the_ivf_gives_fusion_what_exact_search_gives(built: tuple[Settings, FakeEmbedder]) -> None:
    """Every list probed, the IVF path ranks exactly as the exact path: same hits, scores and cosines."""
    settings, fake = built
    index = load_index(settings.index_dir)
    through_ivf = Retriever(index, fake, settings.model_copy(update={"ivf_probes": 3}))
    exact = Retriever(dataclasses.replace(index, centroids=None, lists=None), fake, settings)
    assert through_ivf.dense.ivf is not None and exact.dense.ivf is None
    for text in QUESTIONS:
        assert hits(search(through_ivf, text)) == hits(search(exact, text)), text
        assert through_ivf.relevance(text, [], 5) == exact.relevance(text, [], 5)


def test_hits_carry_exact_cosines_when_the_ivf_misses_their_rows(built: tuple[Settings, FakeEmbedder]) -> None:
    """One list probed: rows of the answer's job outside it still get their real cosine (the answer reads it)."""
    settings, fake = built
    index = load_index(settings.index_dir)
    retriever = Retriever(index, fake, settings.model_copy(update={"ivf_probes": 1}))
    question = "what tasks does a plumber do"
    query = fake.vector(question)
    result = search(retriever, question)
    rows = [next(row for row, chunk in enumerate(index.chunks) if chunk.id == hit.chunk.id) for hit in result.hits]
    assert result.hits and result.hits[0].chunk.job == PLUMBERS
    probed = int(np.argmax(index.centroids @ query))  # type: ignore[operator]
    assert any(index.lists[row] not in (-1, probed) for row in rows)  # type: ignore[index]  # the IVF missed some
    assert [hit.dense for hit in result.hits] == pytest.approx([float(index.vectors[row] @ query) for row in rows])


def plumbers_found(index: StoredIndex, fake: FakeEmbedder, settings: Settings) -> bool:
    """Whether dense search alone (through the IVF) ranks a Plumbers chunk among the top 5 for a plumbing question."""
    retriever = Retriever(index, fake, settings, mode=Mode.DENSE)
    assert retriever.dense.ivf is not None
    return any(hit.chunk.job == PLUMBERS for hit in search(retriever, "plumbers pipefitters steamfitters").hits)


def test_an_update_after_an_ivf_build_finds_new_pages_and_forgets_removed_ones(
    tmp_path: Path, built: tuple[Settings, FakeEmbedder]
) -> None:
    built_settings, fake = built
    seeds, index_dir = tmp_path / "seeds", tmp_path / "index"
    shutil.copytree(built_settings.seeds[0], seeds)
    shutil.copytree(built_settings.index_dir, index_dir)
    settings = built_settings.model_copy(update={"seeds": [seeds], "index_dir": index_dir})
    (seeds / PLUMBER.name).unlink()
    assert update_index(settings, lambda: fake).removed == [PLUMBER.name]
    assert not plumbers_found(load_index(index_dir), fake, settings)

    shutil.copy(PLUMBER, seeds)
    assert update_index(settings, lambda: fake).added == [PLUMBER.name]
    index = load_index(index_dir)
    assert index.manifest.ivf_lists == 3 and plumbers_found(index, fake, settings)

    page = seeds / PLUMBER.name
    page.write_text(page.read_text(encoding="utf-8").replace("Plumbers, Pipefitters", "Zymurgists, Pipefitters"))
    assert update_index(settings, lambda: fake).changed == [PLUMBER.name]
    retriever = Retriever(load_index(index_dir), fake, settings, mode=Mode.DENSE)
    found = search(retriever, "zymurgists pipefitters steamfitters").hits
    assert found and found[0].chunk.source == PLUMBER.name and "Zymurgists" in found[0].chunk.job


def test_an_ivf_index_without_vectors_searches_nothing(settings: Settings, fake: FakeEmbedder) -> None:
    settings = settings.model_copy(update={"ivf_threshold": 10, "max_unknown_ratio": 0.0})
    reader = FakeEmbedder()
    reader.unknown_ratio = lambda text: 1.0  # type: ignore[method-assign]  # nothing is embedded
    update_index(settings, lambda: reader)
    retriever = Retriever(load_index(settings.index_dir), fake, settings, mode=Mode.DENSE)
    assert retriever.dense.ivf is not None and retriever.dense.ivf.size == 0
    assert not retriever.dense.scores(fake.vector("ward mayor"), None).any()
