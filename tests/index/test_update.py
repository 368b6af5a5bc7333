"""Index on disk: round trip, incremental reindex, rebuild triggers, crash safety, bad files."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from chatbot.config import Settings
from chatbot.errors import IndexCorruptError, IndexMissingError
from chatbot.index import FORMAT_VERSION, current_version, load_index, update_index
from chatbot.index._shards import SHARDS, shard_of
from chatbot.retrieval import LexicalIndex
from tests.conftest import ONET, WARD_MAYOR, FakeEmbedder

PLUMBER = ONET / "onet_47-2152.00_plumbers-pipefitters-and-steamfitters.txt"


def build(settings: Settings, fake: FakeEmbedder, **kwargs):  # type: ignore[no-untyped-def]
    return update_index(settings, lambda: fake, **kwargs)


def test_round_trip(settings: Settings, fake: FakeEmbedder) -> None:
    report = build(settings, fake)
    assert report.added == ["000_9e63829615c61cc4.txt", "003_e64862f5ff4c7e01.txt"]
    index = load_index(settings.index_dir)
    assert len(index.chunks) == len(index.vectors) == report.chunks
    assert index.manifest.model == "fake" and index.manifest.dimension == fake.dimension
    assert set(index.manifest.files) == set(report.added)
    row = next(i for i, c in enumerate(index.chunks) if c.id.endswith("#Career Path#0") and c.job == WARD_MAYOR)
    stored = index.vectors[row]
    expected = fake.vector(f"{WARD_MAYOR} — Career Path\n{index.chunks[row].text}")
    assert np.allclose(stored, expected)
    ward = next(job for job in index.jobs if job.title == WARD_MAYOR)
    assert ward.aliases == ["Special Ward Mayor"] and "City Mayor" in ward.related_jobs


def test_chunk_table_is_human_readable(settings: Settings, fake: FakeEmbedder) -> None:
    build(settings, fake)
    version = current_version(settings.index_dir)
    first = json.loads(next(version.glob("chunks-*.jsonl")).read_text(encoding="utf-8").splitlines()[0])
    assert {"id", "job", "section", "source", "text"} <= set(first)
    manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format_version"] == FORMAT_VERSION and manifest["fingerprint"]
    assert all(len(record["sha256"]) == 64 for record in manifest["files"].values())


def test_nothing_changed_embeds_nothing_and_writes_nothing(settings: Settings, fake: FakeEmbedder) -> None:
    build(settings, fake)
    version = current_version(settings.index_dir)
    calls: list[int] = []
    report = update_index(settings, lambda: calls.append(1) or fake)  # type: ignore[func-returns-value]
    assert (report.unchanged, report.written, calls) == (2, False, [])
    assert current_version(settings.index_dir) == version


def test_add_change_remove_embeds_only_what_changed(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    build(settings, fake)
    shutil.copy(PLUMBER, seeds / PLUMBER.name)
    fake.embedded.clear()
    report = build(settings, fake)
    assert report.added == [PLUMBER.name] and report.unchanged == 2
    assert fake.embedded and all(t.startswith("Plumbers, Pipefitters, and Steamfitters — ") for t in fake.embedded)

    ward = seeds / "003_e64862f5ff4c7e01.txt"
    ward.write_text(ward.read_text(encoding="utf-8").replace("Ward Councilor", "Ward Councillor"), encoding="utf-8")
    fake.embedded.clear()
    report = build(settings, fake)
    assert report.changed == [ward.name]
    assert fake.embedded == []  # only a lexical-only section changed: nothing to embed
    (seeds / "000_9e63829615c61cc4.txt").write_text(
        (seeds / "000_9e63829615c61cc4.txt").read_text(encoding="utf-8").replace("Flexitime System", "Flextime"),
        encoding="utf-8",
    )
    report = build(settings, fake)
    assert fake.embedded == [
        "Secretariat Director-General (Each Ministry/Agency) — Work Style\n"
        "Flextime / Full-time / Indoor Work / Long Working Hours / Meeting Coordination Duties"
    ]
    assert report.reused > 0

    (seeds / PLUMBER.name).unlink()
    report = build(settings, fake)
    assert report.removed == [PLUMBER.name]
    index = load_index(settings.index_dir)
    assert not any(c.source == PLUMBER.name for c in index.chunks)
    assert PLUMBER.name not in index.manifest.files
    ward_text = " ".join(c.text for c in index.chunks if c.job == WARD_MAYOR)
    assert "Ward Councillor" in ward_text


def test_model_change_forces_full_rebuild(settings: Settings, fake: FakeEmbedder) -> None:
    build(settings, fake)
    other = FakeEmbedder(name="other", dimension=32)
    report = update_index(settings.model_copy(update={"model": "other"}), lambda: other)
    assert report.full_rebuild and "model changed" in (report.rebuild_reason or "")
    assert report.reused == 0 and len(other.embedded) == report.embedded > 0
    assert load_index(settings.index_dir).manifest.dimension == 32


def test_chunking_change_rebuilds_but_reuses_identical_text(settings: Settings, fake: FakeEmbedder) -> None:
    build(settings, fake)
    fake.embedded.clear()
    report = build(settings.model_copy(update={"lexical_only_sections": ["aliases"]}), fake)
    assert report.full_rebuild and report.rebuild_reason == "parsing or chunking settings changed"
    assert all(" — Related Jobs\n" in text for text in fake.embedded)  # only the newly embedded section


def test_full_flag_re_embeds_everything(settings: Settings, fake: FakeEmbedder) -> None:
    first = build(settings, fake)
    fake.embedded.clear()
    report = build(settings, fake, full=True)
    assert report.reused == 0 and report.embedded == first.embedded == len(fake.embedded)


def test_crash_midway_leaves_previous_index_usable(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    build(settings, fake)
    before = load_index(settings.index_dir)

    class Crash(FakeEmbedder):
        def embed(self, texts, progress=None):  # type: ignore[no-untyped-def]
            raise KeyboardInterrupt("killed midway")

    shutil.copy(PLUMBER, seeds / PLUMBER.name)
    with pytest.raises(KeyboardInterrupt):
        update_index(settings, lambda: Crash())
    after = load_index(settings.index_dir)
    assert after.version == before.version and len(after.chunks) == len(before.chunks)
    report = build(settings, fake)
    assert report.added == [PLUMBER.name]
    assert not list(settings.index_dir.glob(".tmp-*"))


def test_bad_files_are_reported_and_the_rest_indexed(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    (seeds / "binary.txt").write_bytes(b"\x00\x01\x02")
    (seeds / "latin1.txt").write_bytes("Café\n\nSummary\n\nCafé owner.\n".encode("latin-1"))
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "notes.md").write_text("not a page", encoding="utf-8")
    report = build(settings, fake)
    reasons = {p.file: p.reason for p in report.problems}
    assert set(reasons) == {"binary.txt", "latin1.txt", "empty.txt", "notes.md"}
    assert "binary" in reasons["binary.txt"] and "UTF-8" in reasons["latin1.txt"]
    assert len(report.added) == 2 and load_index(settings.index_dir).manifest.files.keys() == set(report.added)


def test_broken_update_of_a_known_page_keeps_its_last_version(
    settings: Settings, seeds: Path, fake: FakeEmbedder
) -> None:
    build(settings, fake)
    (seeds / "003_e64862f5ff4c7e01.txt").write_bytes(b"\xff\xfe garbage")
    report = build(settings, fake)
    assert "kept the last indexed version" in report.problems[0].reason
    assert any(c.job == WARD_MAYOR for c in load_index(settings.index_dir).chunks)


def test_duplicate_titles_are_reported(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    shutil.copy(seeds / "003_e64862f5ff4c7e01.txt", seeds / "copy.txt")
    report = build(settings, fake)
    assert [p.file for p in report.problems] == ["copy.txt"]
    assert "duplicate title" in report.problems[0].reason


def test_missing_and_corrupt_index_errors(settings: Settings, fake: FakeEmbedder) -> None:
    with pytest.raises(IndexMissingError, match="chatbot index"):
        load_index(settings.index_dir)
    build(settings, fake)
    faiss_file = next(current_version(settings.index_dir).glob("vectors-*.faiss"))
    faiss_file.write_bytes(faiss_file.read_bytes()[:100])
    with pytest.raises(IndexCorruptError, match="chatbot index --full"):
        load_index(settings.index_dir)
    report = build(settings, fake)
    assert report.full_rebuild and "unusable" in (report.rebuild_reason or "")
    assert len(load_index(settings.index_dir).chunks) == report.chunks


def test_touched_but_unchanged_file_is_not_reembedded(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    build(settings, fake)
    ward = seeds / "003_e64862f5ff4c7e01.txt"
    os.utime(ward, ns=(ward.stat().st_atime_ns, ward.stat().st_mtime_ns + 10**9))
    fake.embedded.clear()
    report = build(settings, fake)
    assert (report.unchanged, report.written, fake.embedded) == (2, False, [])


def test_rows_are_grouped_by_file_in_name_order(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    shutil.copy(PLUMBER, seeds / "zz-plumber.txt")
    build(settings, fake)
    shutil.copy(PLUMBER, seeds / "aa-plumber.txt")
    (seeds / "zz-plumber.txt").unlink()
    report = build(settings, fake)
    assert report.embedded == 0  # a renamed page reuses its vectors
    index = load_index(settings.index_dir)
    sources = [chunk.source for chunk in index.chunks]
    assert sources == sorted(sources)
    fresh = load_index(settings.index_dir)
    assert fresh.by_source == {name: rows for name, rows in index.by_source.items()}
    assert all(chunk is None for chunk in fresh.chunks.parsed)  # type: ignore[attr-defined]  # found without parsing
    matrix = index.vectors
    for row, chunk in enumerate(index.chunks):
        if chunk.embedded:
            assert np.allclose(matrix[row], fake.vector(f"{chunk.job} — {chunk.section}\n{chunk.text}"))


def test_app_reindex_updates_from_memory(
    settings: Settings, seeds: Path, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chatbot import Chatbot

    build(settings, fake)
    bot = Chatbot(settings, fake)
    shutil.copy(PLUMBER, seeds / PLUMBER.name)
    monkeypatch.setattr("chatbot.index._update.load_index", lambda *a, **k: pytest.fail("read the index from disk"))
    report = bot.reindex()
    assert report.added == [PLUMBER.name]
    assert bot.index.version == current_version(settings.index_dir).name
    assert any(chunk.source == PLUMBER.name for chunk in bot.index.chunks)
    monkeypatch.undo()
    on_disk = load_index(settings.index_dir)
    assert on_disk.lines == bot.index.lines
    assert np.array_equal(on_disk.vectors, bot.index.vectors)


def inodes(version: Path) -> dict[str, int]:
    """Data file name -> inode (the same inode in two versions: a hard link, not a copy)."""
    return {path.name: path.stat().st_ino for path in version.iterdir() if path.name != "manifest.json"}


def same_as_rebuild(settings: Settings, fake: FakeEmbedder, tmp_path: Path) -> None:
    """The live index holds what a full build of the same seeds into a fresh folder holds."""
    fresh = settings.model_copy(update={"index_dir": tmp_path / "rebuilt"})
    build(fresh, fake)
    updated, rebuilt = load_index(settings.index_dir), load_index(fresh.index_dir)
    assert updated.lines == rebuilt.lines and updated.jobs == rebuilt.jobs
    assert updated.manifest.files.keys() == rebuilt.manifest.files.keys()
    assert np.array_equal(updated.vectors, rebuilt.vectors)
    for query in ["ward mayor career", "plumber pipes", "大工"]:
        assert np.allclose(LexicalIndex(updated.counts).scores(query), LexicalIndex(rebuilt.counts).scores(query))  # type: ignore[arg-type]


def test_an_update_writes_only_the_shards_it_touches(
    settings: Settings, seeds: Path, fake: FakeEmbedder, tmp_path: Path
) -> None:
    for page in [PLUMBER, *sorted(ONET.glob("onet_47-*.txt"))[:12]]:
        shutil.copy(page, seeds)
    build(settings, fake)
    before = current_version(settings.index_dir)
    changed = seeds / PLUMBER.name
    changed.write_text(changed.read_text(encoding="utf-8").replace(". ", " (edited). ", 1), encoding="utf-8")
    report = build(settings, fake)
    after = current_version(settings.index_dir)
    shard = f"{shard_of(PLUMBER.name, SHARDS):02d}"
    old, new = inodes(before), inodes(after)
    rewritten = sorted(name for name in new if old.get(name) != new[name])
    assert len(old) > 8 and rewritten == sorted(name for name in new if f"-{shard}." in name)
    assert report.chunks == sum(record.chunks for record in load_index(settings.index_dir).manifest.files.values())
    same_as_rebuild(settings, fake, tmp_path)


def test_updates_through_partial_loads_equal_a_rebuild(
    settings: Settings, seeds: Path, fake: FakeEmbedder, tmp_path: Path
) -> None:
    pages = sorted(ONET.glob("onet_43-*.txt"))[:10]
    for page in pages[:8]:
        shutil.copy(page, seeds)
    build(settings, fake)
    shutil.copy(pages[8], seeds)  # added
    (seeds / pages[0].name).unlink()  # removed
    renamed = seeds / pages[1].name
    renamed.rename(seeds / ("renamed_" + pages[1].name))  # a rename re-embeds nothing
    fake.embedded.clear()
    report = build(settings, fake)
    assert report.added == sorted([pages[8].name, "renamed_" + pages[1].name])
    title = next(job.title for job in load_index(settings.index_dir).jobs if job.source == pages[8].name)
    assert fake.embedded and all(text.startswith(title + " — ") for text in fake.embedded)
    same_as_rebuild(settings, fake, tmp_path)


def test_an_update_copies_the_shards_it_cannot_link(
    settings: Settings, seeds: Path, fake: FakeEmbedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a file system without hard links, the untouched shards are copied and the index is the same."""
    for page in sorted(ONET.glob("onet_47-*.txt"))[:6]:
        shutil.copy(page, seeds)
    build(settings, fake)

    def no_links(source: object, target: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr("chatbot.index._versions.os.link", no_links)
    shutil.copy(PLUMBER, seeds)
    build(settings, fake)
    version = current_version(settings.index_dir)
    assert all(path.stat().st_nlink == 1 for path in version.iterdir())
    same_as_rebuild(settings, fake, tmp_path)
