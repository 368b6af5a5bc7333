"""The grounded composer: section blocks, comparisons, refusals and suggestions over real pages, no model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from chatbot.answer import Conversation, heading_label, join_names, question_for
from chatbot.answer._blocks import lead, one_line, section_block, span
from chatbot.answer._citations import citation_problems, marker_numbers
from chatbot.answer._compare import compare
from chatbot.answer._respond import checked, respond
from chatbot.answer._suggest import suggest
from chatbot.config import Settings
from chatbot.index import Library, StoredIndex
from chatbot.index._assemble import job_entry
from chatbot.ingest import chunk_page, read_page
from chatbot.models import Chunk, Citation, Hit, Intent, Manifest, Question, Retrieval, UnpagedMention
from chatbot.retrieval import is_small_talk
from chatbot.text import language_of
from tests.conftest import DIRECTOR, JOBTAG, ONET, SEEDS, WARD_MAYOR

LEGISLATORS, TOFU = "Legislators", "豆腐製造、豆腐職人"
PAGES = [*sorted(SEEDS.glob("*.txt")), ONET / "onet_11-1031.00_legislators.txt", JOBTAG / "jobtag_0001.txt"]


def library_of(paths: list[Path]) -> Library:
    settings = Settings()
    pages = [read_page(path, settings.vocabulary.texts, settings.max_file_bytes) for path in paths]
    chunks = [chunk for page in pages for chunk, _ in chunk_page(page, settings)]
    manifest = Manifest(format_version=1, model="none", dimension=1, fingerprint="", built_at="")
    jobs = [job_entry(page, settings.vocabulary) for page in pages]
    vectors = np.zeros((len(chunks), 1), np.float32)
    return Library(StoredIndex(manifest, chunks, jobs, vectors=vectors), settings.vocabulary)


@pytest.fixture(scope="module")
def library() -> Library:
    return library_of(PAGES)


def sections_of(library: Library) -> dict[tuple[str, str], str]:
    return {key: text for key in library._parts if (text := library.text(*key)) is not None}


def turn(question: str, intent: Intent | None, jobs: list[str], named: bool = True) -> Question:
    """A question as understand() and the dialogue leave it: about these jobs, named by it or not."""
    return Question(
        raw=question,
        text=question,
        lang=language_of(question),
        small_talk=is_small_talk(question),
        intent=intent,
        jobs=jobs,
        named=jobs if named else [],
        standalone=question,
    )


def hit(library: Library, job: str, section: str) -> Hit:
    return Hit(chunk=library.parts(job, section)[0], score=0.9)


def cited(answer_citations: list[Citation]) -> list[tuple[str, str]]:
    return [(c.job, c.section) for c in answer_citations]


def assert_trustworthy(answer_text: str, citations: list[Citation], library: Library) -> None:
    assert citation_problems(answer_text, citations, sections_of(library)) == []
    assert set(marker_numbers(answer_text)) == {c.n for c in citations}


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [("A / B / C", ["A", "B"], "A / B"), ("A / B", ["B", "A"], None), ("x", [], None), ("A → B", ["B"], "B")],
)
def test_span(text: str, pieces: list[str], expected: str | None) -> None:
    assert span(text, pieces) == expected


@pytest.mark.parametrize(
    ("text", "budget", "expected"),
    [
        ("One. Two. Three.", 9, "One. Two."),
        ("One. Two.", 1, "One."),
        ("一文目。二文目。", 4, "一文目。"),
        ("No end", 3, "No end"),
    ],
)
def test_lead(text: str, budget: int, expected: str) -> None:
    assert lead(text, budget) == expected


@pytest.mark.parametrize(
    ("text", "line"),
    [("a\n  b", "a b"), ("一文目。\n　二文目。", "一文目。二文目。"), ("x、 y", "x、y"), ("A. B", "A. B")],
)
def test_one_line(text: str, line: str) -> None:
    assert one_line(text) == line


@pytest.mark.parametrize(
    ("text", "lang"), [("how do I become a ward mayor?", "en"), ("区長になるには？", "ja"), ("くちょう", "ja")]
)
def test_language_of(text: str, lang: str) -> None:
    assert language_of(text) == lang


def test_heading_labels_and_names() -> None:
    vocabulary = Settings().vocabulary
    assert heading_label("Career Path", "en", vocabulary) == "Career path"
    assert heading_label("Career Path", "ja", vocabulary) == "就業するには"
    assert join_names(["A", "B", "C"], "en") == "A, B and C" and join_names(["A", "B"], "ja") == "A、B"
    assert question_for(Intent.SKILLS, "Nurse", "en") == "What skills does Nurse need?"


def test_career_path_becomes_numbered_steps_with_a_checked_quote(library: Library) -> None:
    from chatbot.answer._citations import Ledger

    ledger = Ledger(library.text)
    block = section_block(library, ledger, WARD_MAYOR, "Career Path", "en")
    assert block is not None and block.startswith("Career path, step by step [1]:")
    assert "\n1. General Administrative Staff\n" in block and block.endswith("5. Ward Mayor")
    assert ledger.citations[0].text in (library.text(WARD_MAYOR, "Career Path") or "")


def test_long_lists_are_cut_and_counted(library: Library) -> None:
    from chatbot.answer._citations import Ledger

    block = section_block(library, Ledger(library.text), LEGISLATORS, "Tasks", "en") or ""
    assert block.count("\n- ") == 9 and "and 22 more" in block  # 8 tasks and the count of the other 22


def test_aptitude_rows_become_a_list(library: Library) -> None:
    from chatbot.answer._citations import Ledger

    block = section_block(library, Ledger(library.text), DIRECTOR, "Aptitudes (Strengths Preferred)", "en") or ""
    assert "- **Adaptability**: Because it is necessary" in block


def test_japanese_prose_is_quoted_with_japanese_connectives(library: Library) -> None:
    from chatbot.answer._citations import Ledger

    ledger = Ledger(library.text)
    block = section_block(library, ledger, TOFU, "Career Path", "ja") or ""
    assert block.startswith("就業するには：入職にあたって、特に学歴や資格は必要とされない。") and block.endswith("[1]")
    assert_trustworthy(block, ledger.citations, library)


def test_missing_section_gives_no_block(library: Library) -> None:
    from chatbot.answer._citations import Ledger

    assert section_block(library, Ledger(library.text), LEGISLATORS, "Future Outlook", "en") is None


def test_become_answer_has_steps_and_skills_all_cited(library: Library) -> None:
    answer = respond(
        turn("How do I become a ward mayor?", Intent.BECOME, [WARD_MAYOR]), Retrieval(query=""), library, Conversation()
    )
    # the page's deciding sentence ("directly elected by residents") first, then the path and the skills
    assert answer.answered and cited(answer.citations) == [
        (WARD_MAYOR, "Description"),
        (WARD_MAYOR, "Career Path"),
        (WARD_MAYOR, "Required Skills"),
    ]
    assert_trustworthy(answer.answer, answer.citations, library)
    assert 2 <= len(answer.suggestions) <= 3


def test_japanese_question_gets_japanese_connectives(library: Library) -> None:
    answer = respond(turn("豆腐職人になるには？", Intent.BECOME, [TOFU]), Retrieval(query=""), library, Conversation())
    assert answer.answered and answer.answer.startswith(f"**{TOFU}**になるには：")
    assert (TOFU, "Career Path") in cited(answer.citations) and (TOFU, "Related Qualifications") in cited(
        answer.citations
    )


def test_english_question_on_a_japanese_page_keeps_the_quote_japanese(library: Library) -> None:
    answer = respond(
        turn("How do I become a tofu maker?", Intent.BECOME, [TOFU]), Retrieval(query=""), library, Conversation()
    )
    assert (
        answer.answer.startswith(f"How to become {TOFU}, from the **{TOFU}** page")
        and "入職にあたって" in answer.answer
    )


def test_topic_missing_from_the_page_is_refused_with_suggestions(library: Library) -> None:
    answer = respond(
        turn("What is the outlook for legislators?", Intent.OUTLOOK, [LEGISLATORS]),
        Retrieval(query=""),
        library,
        Conversation(),
    )
    assert not answer.answered and answer.citations == [] and "does not cover the outlook" in answer.answer
    assert answer.suggestions and all("a legislator" in s for s in answer.suggestions)  # the role, as people ask


def test_comparison_table_is_cited_cell_by_cell(library: Library) -> None:
    answer = respond(
        turn("compare the two", Intent.COMPARE, [WARD_MAYOR, DIRECTOR]), Retrieval(query=""), library, Conversation()
    )
    assert answer.answered and answer.comparison is not None and answer.comparison.jobs == [WARD_MAYOR, DIRECTOR]
    rows = {row.section: row.cells for row in answer.comparison.rows}
    assert {"Description", "Career Path", "Required Skills", "Future Outlook"} <= set(rows)
    assert rows["Related Qualifications"][0] == "not on its page" and rows["Related Qualifications"][1].endswith("[5]")
    table = [line for line in answer.answer.splitlines() if line.startswith("|")]
    assert len(table) == len(answer.comparison.rows) + 2
    assert_trustworthy(answer.answer, answer.citations, library)


def test_comparison_never_shows_one_section_twice(library: Library) -> None:
    from chatbot.answer._citations import Ledger

    comparison, _ = compare(library, Ledger(library.text), [WARD_MAYOR, LEGISLATORS], "en")
    legislator_cells = [row.cells[1] for row in comparison.rows if row.cells[1] != "not on its page"]
    assert len(legislator_cells) == len(set(legislator_cells))


def test_comparison_across_sources_marks_the_other_heading(library: Library) -> None:
    answer = respond(
        turn("compare", Intent.COMPARE, [WARD_MAYOR, LEGISLATORS]), Retrieval(query=""), library, Conversation()
    )
    assert answer.comparison is not None
    work = next(row for row in answer.comparison.rows if row.section == "Description")
    assert work.cells[1].startswith("Develop, introduce, or enact laws")  # the same heading: no marker
    path = next(row for row in answer.comparison.rows if row.section == "Career Path")
    assert path.cells[1].startswith("*Job zone:* Job Zone Four")  # the legislators' page has no career path


def test_compare_with_one_job_asks_which(library: Library) -> None:
    answer = respond(
        turn("compare the two", Intent.COMPARE, [WARD_MAYOR]), Retrieval(query=""), library, Conversation()
    )
    assert not answer.answered and "which jobs to compare" in answer.answer


def test_small_talk_is_not_answered_from_pages(library: Library) -> None:
    answer = respond(turn("thanks!", None, []), Retrieval(query="thanks!"), library, Conversation())
    assert not answer.answered and answer.citations == [] and answer.suggestions


def test_unsupported_question_names_the_closest_jobs(library: Library) -> None:
    retrieval = Retrieval(
        query="q", supported=False, hits=[hit(library, LEGISLATORS, "Tasks"), hit(library, WARD_MAYOR, "Summary")]
    )
    answer = respond(turn("How do I become an astronaut?", Intent.BECOME, []), retrieval, library, Conversation())
    assert not answer.answered and answer.citations == []
    assert f"The closest jobs I do cover: {LEGISLATORS} and {WARD_MAYOR}." in answer.answer


def test_open_question_quotes_the_hits_naming_job_and_section(library: Library) -> None:
    retrieval = Retrieval(query="q", hits=[hit(library, WARD_MAYOR, "Summary"), hit(library, DIRECTOR, "Summary")])
    answer = respond(
        turn("which jobs run a government office?", None, [], named=False), retrieval, library, Conversation()
    )
    assert answer.answered and cited(answer.citations) == [(WARD_MAYOR, "Summary"), (DIRECTOR, "Summary")]
    assert f"**{WARD_MAYOR}** — Summary:" in answer.answer


def test_follow_up_without_intent_quotes_the_hits_of_the_job_in_focus(library: Library) -> None:
    retrieval = Retrieval(query="q", hits=[hit(library, WARD_MAYOR, "Work Style")])
    answer = respond(
        turn("can it be done remotely?", None, [WARD_MAYOR], named=False), retrieval, library, Conversation()
    )
    assert cited(answer.citations) == [(WARD_MAYOR, "Work Style")]


def test_follow_up_about_something_the_page_never_mentions_is_refused(library: Library) -> None:
    retrieval = Retrieval(query="q", hits=[hit(library, WARD_MAYOR, "Recommended Skills")])
    answer = respond(turn("does it pay well?", None, [WARD_MAYOR], named=False), retrieval, library, Conversation())
    assert not answer.answered and answer.citations == [] and "does not mention that" in answer.answer


def test_follow_up_quotes_only_hits_sharing_a_word_with_the_question(library: Library) -> None:
    hits = [hit(library, WARD_MAYOR, "Recommended Skills"), hit(library, WARD_MAYOR, "Aptitudes (Strengths Preferred)")]
    answer = respond(
        turn("is it stressful?", None, [WARD_MAYOR], named=False),
        Retrieval(query="q", hits=hits),
        library,
        Conversation(),
    )
    assert cited(answer.citations) == [(WARD_MAYOR, "Aptitudes (Strengths Preferred)")]


def test_named_job_without_a_question_gets_an_overview(library: Library) -> None:
    retrieval = Retrieval(query="q", hits=[hit(library, WARD_MAYOR, "Work Style")])
    answer = respond(turn("Tell me about the ward mayor", None, [WARD_MAYOR]), retrieval, library, Conversation())
    assert cited(answer.citations) == [(WARD_MAYOR, "Summary"), (WARD_MAYOR, "Work Style")]


def test_named_job_with_a_question_its_page_never_answers_is_refused(library: Library) -> None:
    retrieval = Retrieval(query="q", hits=[hit(library, WARD_MAYOR, "Work Style")])
    answer = respond(turn("What does a ward mayor earn?", None, [WARD_MAYOR]), retrieval, library, Conversation())
    assert not answer.answered and "does not mention that" in answer.answer


def test_unpaged_related_jobs_are_known(library: Library) -> None:
    assert library.unpaged["city mayor"] == [WARD_MAYOR]
    assert library.unpaged["chief executives"] == [LEGISLATORS]
    assert library.unpaged_in("and a City Mayor?") == [
        UnpagedMention(name="City Mayor", matched="City Mayor", listed_by=[WARD_MAYOR])
    ]
    assert library.unpaged_in("the ward mayor") == []


def test_related_jobs_with_a_page_are_not_unpaged() -> None:
    library = library_of([ONET / "onet_11-1031.00_legislators.txt", ONET / "onet_11-1011.00_chief-executives.txt"])
    assert "chief executives" not in library.unpaged and "lawyers" in library.unpaged


def test_checked_drops_a_citation_whose_quote_is_not_in_its_section(library: Library) -> None:
    answer = respond(turn("skills?", Intent.SKILLS, [WARD_MAYOR]), Retrieval(query=""), library, Conversation())
    forged = answer.citations[0].model_copy(update={"text": "Salaries are high"})
    fixed = checked(answer.model_copy(update={"citations": [forged, *answer.citations[1:]]}), library)
    assert [c.n for c in fixed.citations] == [1] and fixed.citations[0].section == "Recommended Skills"
    assert_trustworthy(fixed.answer, fixed.citations, library)


def test_suggestions_skip_what_was_discussed(library: Library) -> None:
    questions = suggest(library, [WARD_MAYOR], {WARD_MAYOR: ["Career Path", "Future Outlook"]}, Intent.BECOME, "en")
    assert len(questions) == 3 and not any("outlook" in q or "become" in q for q in questions)


def test_suggestions_offer_a_comparison_when_two_jobs_are_in_focus(library: Library) -> None:
    questions = suggest(library, [DIRECTOR, WARD_MAYOR], {}, Intent.SKILLS, "en")
    assert questions[-1] == "Compare secretariat directors-general and ward mayors." and len(questions) == 3


def test_chunk_text_is_what_citations_quote(library: Library) -> None:
    chunk: Chunk = library.parts(WARD_MAYOR, "Summary")[0]
    assert (library.text(WARD_MAYOR, "Summary") or "").startswith(chunk.text)
