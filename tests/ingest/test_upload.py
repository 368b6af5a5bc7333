"""Uploads: safe names, validation as a job page, and saving without silent overwrites."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from chatbot.config import Settings
from chatbot.errors import PageError, UploadExistsError
from chatbot.ingest import check_upload, safe_name, save_upload
from tests.conftest import ONET, WARD_MAYOR

LEGISLATORS = ONET / "onet_11-1031.00_legislators.txt"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("legislators.txt", "legislators.txt"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\windows\\evil.TXT", "evil.txt"),
        (".hidden.txt", "hidden.txt"),
        ("Ward Mayor (Tokyo).txt", "Ward_Mayor_Tokyo.txt"),
        ("区長 (東京).txt", "区長_東京.txt"),
        ("a/b/-x-.txt", "x.txt"),
        ("ｆｕｌｌ.ｔｘｔ", "full.txt"),
        ("x" * 300 + ".txt", "x" * 96 + ".txt"),
    ],
)
def test_safe_name_stays_in_the_folder(name: str, safe: str) -> None:
    assert safe_name(name) == safe


@pytest.mark.parametrize("name", ["page.pdf", "page", "page.txt.exe", "/", "..", "notes.md", "%%%.txt", ".txt"])
def test_safe_name_refuses_other_files(name: str) -> None:
    with pytest.raises(PageError):
        safe_name(name)


def test_good_page_is_checked_and_saved(settings: Settings) -> None:
    data = LEGISLATORS.read_bytes()
    upload = check_upload("../Legislators page.txt", data, settings)
    assert (upload.name, upload.title, upload.exists) == ("Legislators_page.txt", "Legislators", False)
    assert upload.target == settings.seeds[0] / "Legislators_page.txt"
    path = save_upload(upload, data)
    assert path.read_bytes() == data
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xfe not utf-8 \x80", "not UTF-8"),
        (b"\x00\x01binary", "binary file"),
        (b"   \n", "empty file"),
        (b"Just a note\n\nno headings here\n", "no known section headings"),
        (b"x" * 3_000, "file too large"),
    ],
)
def test_bad_pages_are_refused_with_a_reason(settings: Settings, data: bytes, reason: str) -> None:
    small = settings.model_copy(update={"max_file_bytes": 2_000})
    with pytest.raises(PageError, match=reason):
        check_upload("page.txt", data, small)
    assert not (settings.seeds[0] / "page.txt").exists()


def test_title_of_another_file_is_refused(settings: Settings, page_text: Callable[[str], str]) -> None:
    data = page_text("003_e64862f5ff4c7e01.txt").encode()
    with pytest.raises(PageError, match="already indexed from 003_e64862f5ff4c7e01.txt"):
        check_upload("copy.txt", data, settings, {WARD_MAYOR: "003_e64862f5ff4c7e01.txt"})
    same_file = check_upload("003_e64862f5ff4c7e01.txt", data, settings, {WARD_MAYOR: "003_e64862f5ff4c7e01.txt"})
    assert same_file.exists and same_file.identical


def test_existing_file_is_replaced_only_when_asked(settings: Settings) -> None:
    target = settings.seeds[0] / "legislators.txt"
    target.write_text("Old page\n\nSummary\n\nOld text.\n", encoding="utf-8")
    data = LEGISLATORS.read_bytes()
    upload = check_upload("legislators.txt", data, settings)
    assert upload.exists and not upload.identical
    with pytest.raises(UploadExistsError, match="already exists"):
        save_upload(upload, data)
    assert target.read_text(encoding="utf-8").startswith("Old page")
    save_upload(upload, data, replace=True)
    assert target.read_bytes() == data
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == []


def test_save_refuses_bytes_that_were_not_checked(settings: Settings, tmp_path: Path) -> None:
    upload = check_upload("legislators.txt", LEGISLATORS.read_bytes(), settings)
    with pytest.raises(ValueError, match="not the ones that were checked"):
        save_upload(upload, b"Other\n\nSummary\n\nx\n")
    assert not upload.target.exists()
