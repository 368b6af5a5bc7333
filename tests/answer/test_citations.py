"""Citation checking: quotes in sections, markers in range, renumbering, the ledger and the marker stream."""

from __future__ import annotations

import pytest

from chatbot.answer._citations import (
    Ledger,
    MarkerStream,
    citation_problems,
    keep_citations,
    marker_numbers,
    out_of_range,
    quote_in_section,
    rewrite_markers,
    tidy_spaces,
)
from chatbot.models import Citation
from chatbot.text import squash_spaces

SECTIONS = {
    ("Ward Mayor", "Career Path"): "General Administrative Staff → Section Chief Level → Ward Mayor",
    ("Ward Mayor", "Related Jobs"): "  • City Mayor\n  • Tokyo Governor",
    ("豆腐職人", "Summary"): "豆腐店やメーカーの工場で、豆腐を作る。",
}


def cite(n: int, job: str = "Ward Mayor", section: str = "Career Path", text: str = "Section Chief Level") -> Citation:
    return Citation(n=n, job=job, section=section, source="wm.txt", text=text)


@pytest.mark.parametrize(
    ("quote", "section", "expected"),
    [
        ("Section Chief Level", "Staff → Section Chief Level → Mayor", True),
        ("Section  Chief\nLevel", "Staff → Section Chief Level → Mayor", True),
        ("Section Chief Level", "Staff → Section\n  Chief Level", True),
        ("Section Chef Level", "Staff → Section Chief Level", False),
        ("section chief level", "Staff → Section Chief Level", False),
        ("", "anything", False),
        ("   ", "anything", False),
        ("豆腐を作る", "豆腐店で、豆腐を作る。", True),
        ("豆腐を焼く", "豆腐店で、豆腐を作る。", False),
    ],
)
def test_quote_in_section(quote: str, section: str, expected: bool) -> None:
    assert quote_in_section(quote, section) is expected


def test_squash_spaces_collapses_whitespace() -> None:
    assert squash_spaces(" a\n\t b  c ") == "a b c"
    # every kind of Unicode space counts, as a regular expression's \s would: ideographic, no-break, line separator
    assert squash_spaces("\u3000a\u00a0\u2028 b\x1c") == "a b"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("a [2] b [1, 3]", [2, 1, 3]), ("no markers", []), ("[1,2][4]", [1, 2, 4]), ("[x] [ 1 ]", []), ("[12]", [12])],
)
def test_marker_numbers(text: str, numbers: list[int]) -> None:
    assert marker_numbers(text) == numbers


@pytest.mark.parametrize(("text", "count", "bad"), [("[1] [2]", 2, []), ("[1] [3]", 2, [3]), ("[0]", 2, [0])])
def test_out_of_range(text: str, count: int, bad: list[int]) -> None:
    assert out_of_range(text, count) == bad


def test_rewrite_markers_renumbers_and_drops() -> None:
    assert rewrite_markers("a [3] b [1, 9].", {3: 1, 1: 2}) == "a [1] b [2]."


def test_rewrite_markers_drops_an_emptied_marker_and_its_space() -> None:
    assert rewrite_markers("done [9].", {}) == "done."


def test_rewrite_markers_merges_duplicates() -> None:
    assert rewrite_markers("x [1, 2]", {1: 1, 2: 1}) == "x [1]"


def test_tidy_spaces_keeps_line_breaks() -> None:
    assert tidy_spaces("a  b .\n\nc") == "a b.\n\nc"


def test_valid_citations_have_no_problems() -> None:
    assert citation_problems("Steps [1].", [cite(1)], SECTIONS) == []


def test_marker_out_of_range_is_a_problem() -> None:
    assert citation_problems("Steps [2].", [cite(1)], SECTIONS) == ["marker [2] points at no citation"]


def test_quote_not_in_section_is_a_problem() -> None:
    problems = citation_problems("Steps [1].", [cite(1, text="Governor")], SECTIONS)
    assert problems == ["citation 1: the quote is not in Ward Mayor — Career Path"]


def test_unknown_section_is_a_problem() -> None:
    assert "has no section" in citation_problems("[1]", [cite(1, section="Salary")], SECTIONS)[0]


def test_citations_numbered_out_of_order_are_a_problem() -> None:
    assert citation_problems("[1] [2]", [cite(2), cite(1)], SECTIONS)[0] == "citation 2 is numbered out of order"


def test_quote_found_in_the_wrong_section_is_a_problem() -> None:
    assert citation_problems("[1]", [cite(1, section="Related Jobs")], SECTIONS) != []


def test_keep_citations_drops_failing_and_renumbers() -> None:
    citations = [cite(1, text="Governor"), cite(2)]
    text, kept = keep_citations("a [1] b [2].", citations, lambda c: c.text != "Governor")
    assert text == "a b [1]." and [(c.n, c.text) for c in kept] == [(1, "Section Chief Level")]


def test_ledger_numbers_in_order_and_reuses_numbers() -> None:
    ledger = Ledger(lambda job, section: SECTIONS.get((job, section)))
    assert ledger.cite("Ward Mayor", "Career Path", "wm.txt", "Ward Mayor") == 1
    assert ledger.cite("Ward Mayor", "Related Jobs", "wm.txt", "City Mayor") == 2
    assert ledger.cite("Ward Mayor", "Career Path", "wm.txt", "Ward Mayor") == 1
    assert [c.n for c in ledger.citations] == [1, 2]


def test_ledger_refuses_a_quote_not_in_its_section() -> None:
    ledger = Ledger(lambda job, section: SECTIONS.get((job, section)))
    assert ledger.cite("Ward Mayor", "Career Path", "wm.txt", "City Mayor") is None
    assert ledger.citations == []


def test_ledger_refuses_a_missing_section() -> None:
    assert Ledger(lambda job, section: None).cite("Ward Mayor", "Salary", "wm.txt", "high") is None


def feed_all(stream: MarkerStream, pieces: list[str]) -> str:
    return "".join(stream.feed(piece) for piece in pieces) + stream.flush()


def test_marker_stream_renumbers_by_first_use() -> None:
    stream = MarkerStream(3)
    assert feed_all(stream, ["a [3] b [1, 3]"]) == "a [1] b [2, 1]" and stream.mapping == {3: 1, 1: 2}


def test_marker_stream_joins_a_marker_split_across_pieces() -> None:
    stream = MarkerStream(3)
    assert stream.feed("a [") == "a " and stream.feed("2") == "" and stream.feed("] b") == "[1] b"


def test_marker_stream_drops_numbers_past_the_passages() -> None:
    stream = MarkerStream(2)
    assert feed_all(stream, ["a [7] b [2, 9]"]) == "a  b [1]" and stream.mapping == {2: 1}


def test_marker_stream_passes_brackets_that_are_not_markers() -> None:
    assert feed_all(MarkerStream(2), ["see [the page] and [", "x]"]) == "see [the page] and [x]"


def test_marker_stream_flushes_an_unfinished_marker() -> None:
    assert feed_all(MarkerStream(2), ["end [1"]) == "end [1"
