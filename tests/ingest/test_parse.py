"""Parser: the two seeds section by section, every page of both corpora, and bad files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from chatbot.errors import PageError
from chatbot.ingest import parse_page, read_page, render_page
from tests.conftest import DIRECTOR, HEADINGS, JOBTAG, ONET, SEEDS, WARD_MAYOR

WARD_FILE = "003_e64862f5ff4c7e01.txt"
DIRECTOR_FILE = "000_9e63829615c61cc4.txt"
SEED_HEADINGS = [
    "Industry & Occupation",
    "Classification",
    "Summary",
    "Description",
    "Future Outlook",
    "Personality Traits",
    "Work Style",
    "Career Path",
    "Required Skills",
    "Recommended Skills",
    "Aptitudes (Strengths Preferred)",
]


def parse_seed(name: str) -> object:
    return read_page(SEEDS / name, HEADINGS, 2_000_000)


def test_ward_mayor_title_reading_and_headings() -> None:
    page = parse_seed(WARD_FILE)
    assert page.title == WARD_MAYOR
    assert page.reading == "くちょう(とうきょうと の とくべつく)"
    assert page.code is None
    assert [s.heading for s in page.sections] == [
        *SEED_HEADINGS,
        "Aliases",
        "Related Jobs",
        "Tags",
        "Keywords",
    ]


def test_director_headings_include_weakness_table_and_qualifications() -> None:
    page = parse_seed(DIRECTOR_FILE)
    assert page.title == DIRECTOR
    assert page.reading == "かんぼうちょう"
    assert [s.heading for s in page.sections] == [
        *SEED_HEADINGS,
        "Aptitudes (Weaknesses Acceptable)",
        "Related Qualifications",
        "Related Jobs",
        "Tags",
        "Keywords",
    ]


def test_empty_sections_are_kept_empty() -> None:
    page = parse_seed(WARD_FILE)
    for heading in ("Classification", "Tags", "Keywords"):
        assert page.section(heading).text == ""


def test_section_text_is_the_raw_text() -> None:
    page = parse_seed(WARD_FILE)
    assert page.section("Summary").text.startswith("The position that oversees ward administration")
    assert page.section("Industry & Occupation").text == "Public Service, Legal & Administration"
    assert "Local Autonomy Law" in page.section("Description").text


def test_career_path_steps_in_order() -> None:
    ward = parse_seed(WARD_FILE).section("Career Path")
    assert ward.steps == [
        "General Administrative Staff",
        "Section Chief Level",
        "Department Head Level",
        "Deputy Ward Mayor",
        "Ward Mayor",
    ]
    director = parse_seed(DIRECTOR_FILE).section("Career Path")
    assert director.steps[0] == "Passed National Public Service Examination (Category I)"
    assert director.steps[3] == "Division Director · Deliberative Official"
    assert director.steps[-1] == "Administrative Vice-Minister"
    assert len(director.steps) == 6


def test_slash_and_bullet_lists() -> None:
    page = parse_seed(WARD_FILE)
    assert page.section("Personality Traits").items == [
        "Can respond flexibly",
        "Has a sense of public service",
        "Has high ethical standards",
        "Has leadership",
        "Has strong crisis management abilities",
    ]
    assert page.section("Required Skills").items[2] == "Knowledge of Administrative Laws and Regulations"
    assert page.section("Aliases").items == ["Special Ward Mayor"]
    assert page.section("Related Jobs").items == [
        "City Mayor",
        "Local Government Official",
        "Tokyo Governor",
        "Town/Village Mayor",
        "Ward Councilor",
    ]
    director = parse_seed(DIRECTOR_FILE)
    assert director.section("Related Qualifications").items == ["National Public Service Examination (Category I)"]


def test_aptitude_rows_split_item_from_reason() -> None:
    rows = parse_seed(DIRECTOR_FILE).section("Aptitudes (Strengths Preferred)").rows
    assert [r.item for r in rows] == [
        "Adaptability",
        "Analytical & Logical Thinking",
        "Attention to Detail & Accuracy",
        "Communication Skills",
        "Initiative & Leadership",
        "Planning & Organization",
        "Problem Solving",
        "Stress Tolerance",
        "Collaboration & Teamwork",
    ]
    assert rows[2].description == "Because accuracy in document and schedule management is required."
    weak = parse_seed(DIRECTOR_FILE).section("Aptitudes (Weaknesses Acceptable)").rows
    assert weak[0].item == "Physical Stamina & Endurance"
    assert weak[0].description.startswith("Primarily desk work")


def test_unknown_aptitude_items_split_by_shape() -> None:
    text = "Item Description\nSpatial Awareness & Visualisation Because plans are read daily."
    page = parse_page(f"Job\n\nSummary\n\nx\n\nAptitudes (Strengths Preferred)\n\n{text}\n", "a.txt", HEADINGS)
    row = page.section("Aptitudes (Strengths Preferred)").rows[0]
    assert (row.item, row.description) == ("Spatial Awareness & Visualisation", "Because plans are read daily.")


def test_prose_with_arrows_gives_no_steps() -> None:
    text = "Career Path\n\n入社後は助手→機長→現場責任者のステップを踏むが、年数は仕事の内容によって異なる。\n"
    page = parse_page("大工\n\n" + text, "j.txt", HEADINGS)
    assert page.section("Career Path").steps == []


@pytest.mark.parametrize("corpus", [ONET, JOBTAG], ids=["onet", "jobtag"])
def test_every_corpus_page_parses(corpus: Path) -> None:
    files = sorted(corpus.glob("*.txt"))
    assert len(files) in (1016, 556)
    for path in files:
        page = read_page(path, HEADINGS, 2_000_000)
        assert page.title and page.sections, path.name
        assert page.sections[0].heading in ("Description", "Classification"), path.name
        assert page.section("Source") is not None, path.name


def test_onet_code_line_and_jobtag_sections() -> None:
    onet = read_page(ONET / "onet_11-1011.00_chief-executives.txt", HEADINGS, 2_000_000)
    assert (onet.title, onet.code, onet.reading) == ("Chief Executives", "11-1011.00", None)
    assert "Job Zone" in [s.heading for s in onet.sections]
    assert len(onet.section("Tasks").items) > 10
    jobtag = read_page(JOBTAG / "jobtag_0100.txt", HEADINGS, 2_000_000)
    assert jobtag.title == "日本料理調理人（板前）"
    assert jobtag.section("Related Qualifications").items == ["調理師", "専門調理師", "調理技能士", "ふぐ調理師"]
    assert jobtag.section("Career Path").text.startswith("入職にあたって")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Café Owner\n\nSummary\n\nRuns a café.\n".encode("latin-1"), "not UTF-8"),
        (b"Summary\n\nNo title here.\n", "no title"),
        (b"Just a title\n\nand some prose without any headings.\n", "no known section headings"),
        (b"Heading Only Job\n\nSummary\n\nDescription\n\nCareer Path\n", "only headings"),
    ],
    ids=["empty", "blank", "binary", "latin-1", "no-title", "no-headings", "heading-only"],
)
def test_bad_files_get_clear_errors(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(PageError) as caught:
        read_page(path, HEADINGS, 2_000_000)
    assert caught.value.file == "bad.txt"
    assert reason in caught.value.reason
    assert str(caught.value).startswith("bad.txt: ")


def test_too_large_and_symlink_loop(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Job\n\nSummary\n\n" + b"x" * 3000)
    with pytest.raises(PageError, match="file too large"):
        read_page(big, HEADINGS, 1000)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(PageError) as caught:
        read_page(loop, HEADINGS, 1000)
    assert caught.value.file == "loop.txt"


def test_windows_line_endings_and_bom(tmp_path: Path, page_text: Callable[[str], str]) -> None:
    path = tmp_path / WARD_FILE
    path.write_bytes(b"\xef\xbb\xbf" + page_text(WARD_FILE).replace("\n", "\r\n").encode())
    page = read_page(path, HEADINGS, 2_000_000)
    assert page == parse_seed(WARD_FILE)


@pytest.mark.parametrize("name", [WARD_FILE, DIRECTOR_FILE])
def test_render_round_trip(name: str) -> None:
    page = parse_seed(name)
    assert parse_page(render_page(page), name, HEADINGS) == page
