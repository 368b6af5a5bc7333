"""Index status: size, model, age, and which seed files changed since the index was built."""

from __future__ import annotations

import os
from pathlib import Path

from chatbot.config import Settings
from chatbot.index import index_status, update_index
from chatbot.ingest import seed_files
from tests.conftest import ONET, FakeEmbedder


def test_missing_index_says_what_to_do(settings: Settings) -> None:
    status = index_status(settings)
    assert not status.built and status.problem and "chatbot index" in status.problem
    assert len(status.seeds.added) == 2 and status.seeds.pending


def test_fresh_index_is_up_to_date(settings: Settings, fake: FakeEmbedder) -> None:
    report = update_index(settings, lambda: fake)
    status = index_status(settings)
    assert status.built and status.problem is None
    assert (status.pages, status.sections, status.model, status.dimension) == (2, report.chunks, "fake", 64)
    assert status.built_at and status.model_matches
    assert not status.seeds.pending and status.seeds.summary() == "0 new, 0 changed, 0 removed"


def test_new_changed_and_removed_seeds_are_seen(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    update_index(settings, lambda: fake)
    (seeds / "legislators.txt").write_bytes((ONET / "onet_11-1031.00_legislators.txt").read_bytes())
    ward = seeds / "003_e64862f5ff4c7e01.txt"
    text = ward.read_text(encoding="utf-8")
    ward.write_text(text.replace("Ward Mayor", "Ward Mayer", 1), encoding="utf-8")  # same size: only the hash tells
    assert len(ward.read_bytes()) == len(text.encode())
    (seeds / "000_9e63829615c61cc4.txt").unlink()
    (seeds / ".hidden.txt").write_text("x", encoding="utf-8")
    (seeds / "notes.md").write_text("x", encoding="utf-8")
    status = index_status(settings)
    assert status.seeds.added == ["legislators.txt"]
    assert status.seeds.changed == ["003_e64862f5ff4c7e01.txt"]
    assert status.seeds.removed == ["000_9e63829615c61cc4.txt"]
    assert status.seeds.summary() == "1 new, 1 changed, 1 removed"


def test_touching_a_file_is_not_a_change(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    update_index(settings, lambda: fake)
    for path in seeds.iterdir():
        os.utime(path, (1, 1))
    assert not index_status(settings).seeds.pending


def test_other_model_in_settings_is_reported(settings: Settings, fake: FakeEmbedder) -> None:
    update_index(settings, lambda: fake)
    status = index_status(settings.model_copy(update={"model": "all-MiniLM-L6-v2"}))
    assert status.built and not status.model_matches


def test_seed_files_first_folder_wins(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        (folder / "same.txt").write_text(folder.name, encoding="utf-8")
    (second / "sub.txt").mkdir()
    files, problems = seed_files([first, second, tmp_path / "missing"], skip_unreadable=True)
    assert files == {"same.txt": first / "same.txt"}
    assert [(p.file, p.reason) for p in problems] == [("same.txt", f"same file name already in {first}")]
