"""Parser fuzzing: any text or bytes give a JobPage or a PageError, and valid pages round-trip their sections."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from chatbot.errors import PageError
from chatbot.ingest import decode, parse_page, read_page, render_page
from chatbot.ingest._parse import KANA_READING
from chatbot.ingest._structure import TABLE_HEADER
from chatbot.models import JobPage
from tests.conftest import HEADINGS as KNOWN

FUZZ = settings(max_examples=300, deadline=None, database=None)
HEADINGS = ["Summary", "Description", "Career Path", "Required Skills", "Aptitudes (Strengths Preferred)"]
# Pieces that reach every branch of the parser: headings, blank lines, lists, steps, tables, odd whitespace.
PIECES = [
    *HEADINGS,
    "",
    " ",
    "\n",
    "\r\n",
    "\t",
    "\u2028",
    "\x85",
    "\x00",
    "\x1b[31m",
    "\ufeff",
    "くちょう",
    "11-1011.00",
    "• Crisis Management",
    "・ 調理師",
    "- item",
    "* item",
    "•",
    "Calm / Cooperative",
    " / ",
    "Staff → Chief → Mayor",
    "→",
    "① Staff → ② Chief",
    TABLE_HEADER,
    "Stress Tolerance Because it is hard.",
    "Odd Item Name Because of reasons.",
    "Plain prose. Another sentence.",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
]
page_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("\n".join)
any_text = st.one_of(st.text(), page_like)
any_bytes = st.one_of(st.binary(), page_like.map(lambda text: text.encode("utf-8", "surrogatepass")))


def parse_or_error(text: str) -> JobPage | None:
    """The parsed page, or None when the parser refused it with its own error (anything else fails the test)."""
    try:
        page = parse_page(text, "fuzz.txt", KNOWN)
    except PageError as exc:
        assert exc.file == "fuzz.txt" and exc.reason and str(exc).startswith("fuzz.txt: ")
        return None
    assert page.title and page.title == page.title.strip() and page.title not in KNOWN
    assert page.sections and any(section.text for section in page.sections)
    return page


@FUZZ
@given(any_text)
@example("Title\n\nSummary\nDescription\n\nText.")  # a heading word as a section's first line stays text
@example("Title\n\nSummary\n\nText\n\n\u2028\nDescription\n\nMore.")
@example("0\n\u3040\nSummary\n\nSummary\n0")  # a heading word where the code line goes is no code
def test_any_text_parses_or_gives_a_page_error(text: str) -> None:
    page = parse_or_error(text)
    if page is not None:  # what was parsed renders to text that parses back to the same page
        assert parse_page(render_page(page), "fuzz.txt", KNOWN) == page


@FUZZ
@given(any_bytes)
def test_any_bytes_decode_and_parse_or_give_a_page_error(data: bytes) -> None:
    try:
        text = decode(data, "fuzz.txt")
    except PageError as exc:
        assert exc.file == "fuzz.txt" and exc.reason
        return
    assert "\r" not in text and not text.startswith("\ufeff")
    parse_or_error(text)


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(any_bytes)
def test_any_file_reads_or_gives_a_page_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.txt"  # one file, rewritten for each example
    path.write_bytes(data)
    try:
        read_page(path, KNOWN, 2_000)
    except PageError as exc:
        assert exc.file == "fuzz.txt" and exc.reason


# Valid pages: one-line titles and preamble lines, section texts whose lines cannot be read as headings.
line = st.text(st.characters(blacklist_categories=["Cc", "Cs", "Zl", "Zp"]), min_size=1, max_size=30).map(str.strip)
words = line.filter(lambda text: bool(text) and text not in KNOWN)
body_line = st.one_of(words, st.sampled_from([p for p in PIECES if p.strip() and p == p.rstrip() and p.isprintable()]))


def no_heading_paragraph(text: str) -> bool:
    """False when a line after a blank line is a heading word: the parser would start a section there."""
    lines = text.split("\n")
    return not any(lines[i] in KNOWN and not lines[i - 1].strip() for i in range(1, len(lines)))


body = (
    st.lists(st.one_of(body_line, st.just("")), min_size=1, max_size=8)
    .map(lambda lines: "\n".join(lines).strip("\n"))
    .filter(no_heading_paragraph)
)
reading = st.text(st.sampled_from("あいうえおかきくけこアイウエオー・"), min_size=1, max_size=10)


@st.composite
def job_pages(draw: st.DrawFn) -> JobPage:
    """A JobPage as the parser makes them: sections built from their text, a heading never inside a text."""
    from chatbot.ingest import build_section

    headings = draw(st.lists(st.sampled_from(KNOWN), min_size=1, max_size=6))
    texts = draw(st.lists(st.one_of(body, st.just("")), min_size=len(headings), max_size=len(headings)))
    if not any(texts):
        texts[0] = draw(words)
    code = draw(st.one_of(st.none(), words.filter(lambda text: not KANA_READING.match(text))))
    return JobPage(
        title=draw(words),
        source="page.txt",
        reading=draw(st.one_of(st.none(), reading)),
        code=code,
        sections=[build_section(heading, text) for heading, text in zip(headings, texts, strict=True)],
    )


@FUZZ
@given(job_pages())
def test_valid_pages_round_trip_their_sections(page: JobPage) -> None:
    assert parse_page(render_page(page), "page.txt", KNOWN) == page
