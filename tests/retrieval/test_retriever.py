"""Retrieval with the fake embedder: job links, intent, Japanese lexical hits, restrictions, support, modes."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from chatbot.config import Settings
from chatbot.index import load_index, update_index
from chatbot.models import Intent, Retrieval
from chatbot.retrieval import Mode, Retriever, fuse, top_rows
from tests.conftest import DIRECTOR, JOBTAG, ONET, SEEDS, WARD_MAYOR, FakeEmbedder

PAGES = [
    ONET / "onet_47-2111.00_electricians.txt",
    ONET / "onet_47-2152.00_plumbers-pipefitters-and-steamfitters.txt",
    ONET / "onet_11-1011.00_chief-executives.txt",
    JOBTAG / "jobtag_0026.txt",  # 大工
    JOBTAG / "jobtag_0027.txt",  # 型枠大工
    JOBTAG / "jobtag_0046.txt",  # 電気工事士
]
PLUMBERS = "Plumbers, Pipefitters, and Steamfitters"


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    base = tmp_path_factory.mktemp("retrieve")
    shutil.copytree(SEEDS, base / "seeds")
    for page in PAGES:
        shutil.copy(page, base / "seeds")
    settings = Settings(seeds=[base / "seeds"], index_dir=base / "index", model="fake")
    fake = FakeEmbedder()
    update_index(settings, lambda: fake)
    return Retriever(load_index(settings.index_dir), fake, settings)


def search(
    retriever: Retriever, text: str, jobs: list[str] | None = None, intent: Intent | None = None, k: int | None = None
) -> Retrieval:
    """Retrieval for a question as understood, optionally about these jobs (a follow-up) or with this intent."""
    question = retriever.understand(text)
    update: dict[str, object] = {"jobs": jobs or []}
    if intent is not None:
        update["intent"] = intent
    return retriever.retrieve(question.model_copy(update=update), k=k)


def first(retriever: Retriever, question: str, **kwargs) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    hit = search(retriever, question, **kwargs).hits[0]
    return hit.chunk.job, hit.chunk.section


@pytest.mark.parametrize(
    ("question", "job", "sections"),
    [
        ("How do I become a ward mayor?", WARD_MAYOR, {"Career Path"}),
        ("how do I become an electrician", "Electricians", {"Job Zone", "Education", "On-the-Job Training"}),
        ("What does a CEO do?", "Chief Executives", {"Description", "Tasks"}),
        ("What skills does a plumber need?", PLUMBERS, {"Required Skills"}),
        ("What personality suits a Secretariat Director-General?", DIRECTOR, {"Personality Traits"}),
        ("What other names does a special ward mayor have?", WARD_MAYOR, {"Aliases"}),
        ("くちょうになるには", WARD_MAYOR, {"Career Path"}),
        ("かんぼうちょうの仕事内容は？", DIRECTOR, {"Summary", "Description"}),
        ("大工になるには", "大工", {"Career Path"}),
        ("宮大工の資格は？", "大工", {"Related Qualifications"}),
        ("型枠大工の働き方は？", "型枠大工", {"Work Style", "Employment Type"}),
    ],
)
def test_named_job_and_asked_section_come_first(
    retriever: Retriever, question: str, job: str, sections: set[str]
) -> None:
    found_job, section = first(retriever, question)
    assert found_job == job and section in sections


def test_japanese_lexical_hit_without_a_job_name(retriever: Retriever) -> None:
    result = search(retriever, "木造住宅の新築や増改築をする仕事に就くには")
    assert result.supported and result.hits[0].chunk.job == "大工"


def test_japanese_question_is_not_embedded(retriever: Retriever) -> None:
    fake = retriever.embedder
    assert isinstance(fake, FakeEmbedder)
    before = len(fake.embedded)
    result = search(retriever, "大工になるには")
    assert len(fake.embedded) == before
    assert all(hit.dense is None and hit.lexical is not None for hit in result.hits)


def test_lexical_only_sections_are_reachable(retriever: Retriever) -> None:
    result = search(retriever, "Which jobs are related to the ward mayor?", k=3)
    assert (result.hits[0].chunk.job, result.hits[0].chunk.section) == (WARD_MAYOR, "Related Jobs")
    assert not result.hits[0].chunk.embedded


def test_retrieval_reports_intent_and_linked_jobs(retriever: Retriever) -> None:
    result = search(retriever, "How do I become a plumber?")
    assert result.intent == Intent.BECOME and result.jobs == [PLUMBERS] and result.supported


def test_intent_override_wins(retriever: Retriever) -> None:
    result = search(retriever, "Tell me about ward mayors", intent=Intent.SKILLS)
    assert result.intent == Intent.SKILLS
    assert result.hits[0].chunk.section in {"Required Skills", "Recommended Skills"}


def test_jobs_restrict_a_follow_up(retriever: Retriever) -> None:
    result = search(retriever, "What skills do they need?", jobs=["Electricians"])
    assert result.hits and {hit.chunk.job for hit in result.hits} == {"Electricians"}
    assert result.hits[0].chunk.section == "Required Skills" and result.supported


def test_comparison_brings_both_jobs(retriever: Retriever) -> None:
    result = search(retriever, "Electrician vs plumber: which needs more training?", k=4)
    assert result.intent == Intent.COMPARE
    assert set(result.jobs) == {"Electricians", PLUMBERS}
    assert {hit.chunk.job for hit in result.hits} == {"Electricians", PLUMBERS}


@pytest.mark.parametrize(
    "question", ["How do I become an astronaut?", "宇宙飛行士になるには", "hello", "今日の天気はどうですか？"]
)
def test_unknown_job_or_small_talk_is_not_supported(retriever: Retriever, question: str) -> None:
    result = search(retriever, question)
    assert not result.supported and result.hits == []


def test_dense_mode_is_the_old_baseline(retriever: Retriever) -> None:
    dense = Retriever(retriever.index, retriever.embedder, retriever.settings, Mode.DENSE)
    result = search(dense, "How do I become an electrician?")
    assert result.hits and all(hit.chunk.embedded for hit in result.hits) and result.intent is None


def test_bm25_mode_ranks_by_words_only(retriever: Retriever) -> None:
    bm25 = Retriever(retriever.index, retriever.embedder, retriever.settings, Mode.BM25)
    assert search(bm25, "Special Ward Mayor").hits[0].chunk.section == "Aliases"


def test_fuse_ranks_by_reciprocal_rank() -> None:
    import numpy as np

    dense = np.array([0.9, 0.1, 0.0, 0.5], dtype=np.float32)
    lexical = np.array([0.0, 3.0, 2.0, 1.0], dtype=np.float32)
    fused = fuse([dense, lexical], None)
    assert list(top_rows(fused, 4)) == [1, 3, 0, 2]  # 3rd and 1st beat 2nd and 3rd, which beat a lone 1st
    assert fused[0] == pytest.approx(0.5)  # first in one of two rankings
    assert list(top_rows(fuse([dense, lexical], np.array([1, 2])), 4)) == [1, 2]


def reference_fuse(rankings: list, allowed: object, pool: int = 100) -> object:
    """Fusion as a plain loop over every row: the definition the fast version must keep."""
    import numpy as np

    fused = np.zeros(len(rankings[0]))
    for scores in rankings:
        rows = [r for r in range(len(scores)) if scores[r] > 0 and (allowed is None or r in set(allowed))]
        rows.sort(key=lambda r: (-scores[r], r))  # best first, ties by row
        for rank, row in enumerate(rows[:pool]):
            fused[row] += 1.0 / (10 + 1 + rank)
    return fused * 11 / len(rankings)


def test_fuse_equals_its_definition_on_many_ties_and_subsets() -> None:
    import numpy as np

    draw = np.random.default_rng(7)
    for _ in range(50):
        n = int(draw.integers(1, 400))
        # few distinct values: many ties, also at the pool's edge; some zero and negative scores never rank
        rankings = [draw.integers(-2, 6, n).astype(np.float32) for _ in range(2)]
        allowed = None if draw.random() < 0.3 else np.unique(draw.integers(0, n, int(draw.integers(0, n + 1))))
        fused = fuse(rankings, allowed)
        assert np.allclose(fused, reference_fuse(rankings, allowed), atol=1e-6)
        k = int(draw.integers(1, 30))
        expected = sorted((r for r in range(n) if fused[r] > 0), key=lambda r: (-fused[r], r))[:k]
        assert list(top_rows(fused, k)) == expected


def test_unknown_jobs_in_focus_find_nothing(retriever: Retriever) -> None:
    result = search(retriever, "What skills do they need?", jobs=["Astronauts"])
    assert not result.supported and result.hits == []


def test_an_empty_index_finds_nothing(settings: Settings, fake: FakeEmbedder) -> None:
    settings.seeds[0].joinpath("000_9e63829615c61cc4.txt").unlink()
    settings.seeds[0].joinpath("003_e64862f5ff4c7e01.txt").unlink()
    update_index(settings, lambda: fake)
    result = search(Retriever(load_index(settings.index_dir), fake, settings), "How do I become an electrician?")
    assert result.hits == [] and not result.supported


def test_exact_scores_are_the_allowed_rows_cosines_however_many(retriever: Retriever) -> None:
    """A few rows allowed are gathered first, most rows scored all then the others zeroed: either way each allowed
    row gets its cosine and every other row 0."""
    dense = retriever.dense
    query = dense.query("becoming a ward mayor")
    every = dense.vectors @ query
    for allowed in (np.arange(3), np.arange(len(dense.vectors) - 2), np.arange(1, len(dense.vectors), 2)):
        scores = dense.exact(query, allowed)
        outside = np.setdiff1d(np.arange(len(dense.vectors)), allowed)
        np.testing.assert_allclose(scores[allowed], every[allowed], atol=1e-6)
        assert not scores[outside].any()
