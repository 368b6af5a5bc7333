"""Text file -> JobPage: title line, reading or code line, then sections under known headings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from chatbot.errors import PageError
from chatbot.ingest._structure import build_section
from chatbot.models import JobPage
from chatbot.text import strip_controls

PARSER_VERSION = 1
KANA_READING = re.compile(r"^[\u3040-\u30ff\u31f0-\u31ff\s()（）・ー]+$")
MAX_TITLE_CHARS = 200  # the longest title of the three sources has 105; a longer first line is not a title


def read_page(path: Path, headings: Iterable[str], max_bytes: int) -> JobPage:
    """Read and parse one job page file.

    Raises:
        PageError: the file is unreadable, too large, binary, not UTF-8, or not a job page.
    """
    data = read_bytes(path, max_bytes)
    return parse_page(decode(data, path.name), path.name, headings)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing anything that is not a regular, readable file within the size limit."""
    try:
        if not path.is_file():
            raise PageError(path.name, "not a regular file")
        check_size(path.name, path.stat().st_size, max_bytes)
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as exc:
        raise PageError(path.name, f"cannot read the file ({exc.strerror or exc})") from exc


def check_size(file: str, size: int, max_bytes: int) -> None:
    """The one size limit of a job page, for seed files and uploads alike.

    Raises:
        PageError: the page is larger than max_bytes.
    """
    if size > max_bytes:
        raise PageError(file, f"file too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB)")


def decode(data: bytes, file: str) -> str:
    """UTF-8 text with a BOM dropped and line ends normalised; binary or other encodings are refused."""
    if not data.strip():
        raise PageError(file, "empty file")
    if b"\x00" in data:
        raise PageError(file, "binary file (contains NUL bytes), not a text job page")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PageError(
            file, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_page(text: str, source: str, headings: Iterable[str]) -> JobPage:
    """Split a page into title, reading/code and sections.

    A heading is a line equal to a known heading that starts a paragraph (follows a blank line or the
    preamble). Example: "Ward Mayor\\n\\nくちょう\\n\\nSummary\\n\\nHeads the ward." gives title "Ward Mayor",
    reading "くちょう" and one section ("Summary", "Heads the ward.").
    """
    known = set(headings)
    lines = [strip_controls(line).rstrip() for line in text.split("\n")]
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        raise PageError(source, "empty file")
    title = lines[start].strip()
    if title in known:
        raise PageError(source, f"no title line: the page starts with the heading {title!r}")
    if len(title) > MAX_TITLE_CHARS:
        raise PageError(
            source, f"no title line: the first line has {len(title)} characters, a title at most {MAX_TITLE_CHARS}"
        )
    marks = heading_lines(lines, start + 1, known)
    if not marks:
        raise PageError(source, "no known section headings (such as Summary, Description or Career Path)")
    reading, code = preamble(lines[start + 1 : marks[0]], known)
    sections = [
        build_section(lines[at].strip(), body(lines[at + 1 : end]))
        for at, end in zip(marks, [*marks[1:], len(lines)], strict=True)
    ]
    if not any(section.text for section in sections):
        raise PageError(source, "only headings: no section has any text")
    return JobPage(title=title, source=source, reading=reading, code=code, sections=sections)


def heading_lines(lines: list[str], first: int, known: set[str]) -> list[int]:
    """Positions of heading lines: a known heading at the start of a paragraph."""
    return [
        i for i in range(first, len(lines)) if lines[i].strip() in known and (i == first or not lines[i - 1].strip())
    ]


def preamble(lines: list[str], known: set[str]) -> tuple[str | None, str | None]:
    """The kana reading and the code line between the title and the first heading, where present. A heading word
    there is no code: rendered in a paragraph of its own, it would read back as a heading (found by the fuzz test:
    "0\nぁ\nSummary\n\nSummary\n0")."""
    reading = code = None
    for line in (line.strip() for line in lines if line.strip()):
        if reading is None and KANA_READING.match(line):
            reading = line
        elif code is None and line not in known:
            code = line
    return reading, code


def body(lines: list[str]) -> str:
    """A section's raw text: its lines without the blank lines around them."""
    return "\n".join(lines).strip("\n")


def render_page(page: JobPage) -> str:
    """The page as text, each heading directly above its text; parse_page(render_page(p)) gives p back.

    The text starts on the heading's next line, not after a blank line, so a text whose first line is a
    heading word ("Summary" under "Description") is not read back as a heading of its own.
    """
    parts = [page.title, *(line for line in (page.reading, page.code) if line)]
    parts += [f"{section.heading}\n{section.text}" if section.text else section.heading for section in page.sections]
    return "\n\n".join(parts) + "\n"
