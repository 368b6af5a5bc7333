"""The evaluation harness: cases, ranks, scores, the report, the development set and its acceptance thresholds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from chatbot.config import Settings
from chatbot.errors import ChatbotError
from chatbot.index import load_index, update_index
from chatbot.models import Chunk, Hit, Intent, Retrieval
from chatbot.retrieval import Case, Mode, Retriever, evaluate, format_misses, format_report, load_cases
from chatbot.retrieval._evaluate import Outcome, check_cases, ranks, scores
from chatbot.ui.cli import parser
from tests.conftest import JOBTAG, WARD_MAYOR, FakeEmbedder

DEV_SET = Path(__file__).parents[1] / "eval" / "dev.jsonl"


def hit(job: str, section: str) -> Hit:
    chunk = Chunk(id=f"x#{section}#0", source="x.txt", job=job, section=section, text="t", text_hash="h")
    return Hit(chunk=chunk, score=1.0)


def case(**fields) -> Case:  # type: ignore[no-untyped-def]
    return Case.model_validate({"id": "c", "category": "test", "question": "q", **fields})


def test_load_cases_reads_questions_and_turns(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    lines = [
        {"id": "a", "category": "x", "question": "How?", "jobs": ["J"], "sections": ["S"], "intent": "become"},
        {"id": "b", "category": "x", "turns": ["First?", "Then?"], "jobs": ["J"], "sections": ["S"]},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    first, second = load_cases(path)
    assert first.questions == ["How?"] and first.intent == Intent.BECOME
    assert second.questions == ["First?", "Then?"]


@pytest.mark.parametrize(
    "line",
    ['{"id": "a", "category": "x"}', '{"id": "a", "category": "x", "question": "q", "turns": ["t"]}', "not json"],
)
def test_a_bad_line_is_reported_with_its_number(tmp_path: Path, line: str) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "ok", "category": "x", "question": "q"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ChatbotError, match="line 2"):
        load_cases(path)


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(ChatbotError, match="Cannot read"):
        load_cases(tmp_path / "nope.jsonl")


@pytest.mark.parametrize(
    ("hits", "supported", "expected"),
    [
        ([hit("A", "Tasks"), hit("B", "Career Path")], True, (2, 2)),
        ([hit("B", "Tasks"), hit("B", "Career Path")], True, (1, 2)),
        ([hit("B", "Tasks"), hit("A", "Career Path"), hit("B", "Education")], True, (1, 3)),
        ([hit("A", "Tasks")], True, (None, None)),
        ([], False, (None, None)),
    ],
)
def test_ranks_of_job_and_section(hits: list[Hit], supported: bool, expected: tuple[int | None, int | None]) -> None:
    wanted = case(jobs=["B"], sections=["Career Path", "Education"])
    assert ranks(wanted, Retrieval(query="q", hits=hits, supported=supported)) == expected


@pytest.mark.parametrize(("supported", "expected"), [(False, (1, 1)), (True, (None, None))])
def test_a_question_without_answer_is_right_when_not_supported(
    supported: bool, expected: tuple[int | None, int | None]
) -> None:
    retrieval = Retrieval(query="q", hits=[hit("A", "Tasks")] if supported else [], supported=supported)
    assert ranks(case(), retrieval) == expected


def test_scores_hit_rates_and_mrr() -> None:
    outcomes = [
        Outcome(id="1", category="x", job_rank=1, section_rank=2, intent_ok=True),
        Outcome(id="2", category="x", job_rank=3, section_rank=None, intent_ok=False),
        Outcome(id="3", category="x", job_rank=None, section_rank=5),
    ]
    result = scores(outcomes)
    assert result.job_hits == {1: pytest.approx(1 / 3), 3: pytest.approx(2 / 3), 5: pytest.approx(2 / 3)}
    assert result.section_hits == {1: 0, 3: pytest.approx(1 / 3), 5: pytest.approx(2 / 3)}
    assert result.job_mrr == pytest.approx((1 + 1 / 3) / 3)
    assert result.section_mrr == pytest.approx((1 / 2 + 1 / 5) / 3)
    assert result.intent_accuracy == 0.5


@pytest.fixture
def small_retriever(settings: Settings, seeds: Path, fake: FakeEmbedder) -> Retriever:
    shutil.copy(JOBTAG / "jobtag_0026.txt", seeds)
    update_index(settings, lambda: fake)
    return Retriever(load_index(settings.index_dir), fake, settings)


def test_cases_must_fit_the_index(small_retriever: Retriever) -> None:
    check_cases([case(jobs=[WARD_MAYOR], sections=["Career Path"])], small_retriever.index)
    with pytest.raises(ChatbotError, match="'Astronauts' is not in the index"):
        check_cases([case(jobs=["Astronauts"], sections=["Career Path"])], small_retriever.index)
    with pytest.raises(ChatbotError, match="has none of its sections"):
        check_cases([case(jobs=[WARD_MAYOR], sections=["Job Zone"])], small_retriever.index)


def test_evaluate_scores_categories_and_follow_ups(small_retriever: Retriever) -> None:
    cases = [
        case(
            id="1", category="en", question="How do I become a ward mayor?", jobs=[WARD_MAYOR], sections=["Career Path"]
        ),
        case(
            id="2", category="ja", question="大工になるには", jobs=["大工"], sections=["Career Path"], intent="become"
        ),
        Case(
            id="3",
            category="turns",
            turns=["大工の仕事内容は？", "必要な資格は？"],
            jobs=["大工"],
            sections=["Related Qualifications"],
        ),
        case(id="4", category="none", question="How do I become an astronaut?"),
    ]
    report = evaluate(small_retriever, cases)
    assert set(report.categories) == {"en", "ja", "turns", "none"}
    assert report.overall.job_hits[1] == 1.0 and report.overall.section_hits[3] == 1.0
    assert report.overall.intent_accuracy == 1.0
    table = format_report(report)
    assert "overall" in table and "sec@1" in table and format_misses(report) == ""


def test_eval_command_line() -> None:
    args = parser().parse_args(["eval", "dev.jsonl", "--mode", "bm25", "--index", "idx", "--misses"])
    assert (args.command, args.file, args.mode, args.index, args.misses) == (
        "eval",
        Path("dev.jsonl"),
        "bm25",
        Path("idx"),
        True,
    )


def test_development_set_is_broad() -> None:
    cases = load_cases(DEV_SET)
    categories = {c.category for c in cases}
    assert len(cases) >= 80 and len({c.id for c in cases}) == len(cases)
    assert {"en_title", "en_alias", "en_paraphrase", "ja_title", "ja_alias", "ja_paraphrase", "no_answer"} <= categories
    assert sum(1 for c in cases if not c.jobs) >= 8 and sum(1 for c in cases if c.turns) >= 5
    sources = {title for c in cases for title in c.jobs}
    assert {WARD_MAYOR, "Electricians", "大工"} <= sources
    assert all(c.sections for c in cases if c.jobs) and all(not c.sections for c in cases if not c.jobs)


@pytest.mark.slow
def test_development_set_meets_the_acceptance_thresholds(corpus_index: Settings, model_embedder) -> None:  # type: ignore[no-untyped-def]
    index = load_index(corpus_index.index_dir)
    cases = load_cases(DEV_SET)
    full = evaluate(Retriever(index, model_embedder, corpus_index), cases)
    dense = evaluate(Retriever(index, model_embedder, corpus_index, Mode.DENSE), cases)
    assert full.overall.section_hits[3] >= 0.95, format_misses(full)
    assert full.overall.job_hits[1] >= 0.95, format_misses(full)
    for name, group in full.categories.items():
        baseline = dense.categories[name]
        assert (group.section_mrr, group.job_mrr) >= (baseline.section_mrr, baseline.job_mrr), name
        assert group.section_mrr + group.job_mrr > baseline.section_mrr + baseline.job_mrr, name
