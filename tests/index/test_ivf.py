"""The IVF index stored with a large version: trained at a full build above the threshold, reused by updates,
checksummed with the rest; and nothing of it below the threshold."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from chatbot.config import Settings
from chatbot.errors import IndexCorruptError
from chatbot.index import current_version, load_index, update_index
from chatbot.index._ivf import assign, list_count
from chatbot.index._shards import CENTROIDS, SHARDS, shard_of
from tests.conftest import ONET, FakeEmbedder

PAGES = sorted(ONET.glob("onet_47-*.txt"))[:16]  # ~330 chunks, ~130 of them embedded
PLUMBER = ONET / "onet_47-2152.00_plumbers-pipefitters-and-steamfitters.txt"
LISTS = 3


@pytest.fixture
def ivf_settings(settings: Settings, seeds: Path) -> Settings:
    """The seed pages and 16 O*NET pages, with a threshold they pass: a full build trains an IVF index."""
    for page in PAGES:
        shutil.copy(page, seeds)
    return settings.model_copy(update={"ivf_threshold": 100, "ivf_lists": LISTS})


def build(settings: Settings, fake: FakeEmbedder, full: bool = False):  # type: ignore[no-untyped-def]
    return update_index(settings, lambda: fake, full=full)


def consistent(settings: Settings) -> np.ndarray:
    """The live version's IVF lists after checking that every row is in the list of its nearest centroid (-1 for
    zero vectors); returns its centroids."""
    index = load_index(settings.index_dir)
    assert index.centroids is not None and index.lists is not None
    assert index.centroids.shape == (index.manifest.ivf_lists, index.manifest.dimension)
    assert np.array_equal(index.lists, assign(index.vectors, index.centroids))
    assert np.array_equal(index.lists == -1, ~np.any(index.vectors, axis=1))
    return index.centroids


def test_a_full_build_above_the_threshold_stores_an_ivf_index(ivf_settings: Settings, fake: FakeEmbedder) -> None:
    report = build(ivf_settings, fake)
    assert report.chunks >= ivf_settings.ivf_threshold and report.ivf_trained == LISTS
    assert "IVF index trained (3 lists)" in report.summary()
    index = load_index(ivf_settings.index_dir)
    assert index.manifest.ivf_lists == LISTS
    centroids = consistent(ivf_settings)
    assert np.allclose(np.linalg.norm(centroids, axis=1), 1, atol=1e-5)  # spherical k-means for inner product
    assert len(set(index.lists[index.lists >= 0])) == LISTS  # every list holds vectors
    version = current_version(ivf_settings.index_dir)
    shards = {shard_of(name, SHARDS) for name in index.manifest.files}
    lists_files = {path.name for path in version.glob("lists-*.npy")}
    assert lists_files == {f"lists-{k:02d}.npy" for k in shards}
    assert {CENTROIDS, *lists_files} <= set(index.manifest.checksums)


def test_below_the_threshold_nothing_changes(ivf_settings: Settings, fake: FakeEmbedder) -> None:
    settings = ivf_settings.model_copy(update={"ivf_threshold": 10_000})
    report = build(settings, fake)
    index = load_index(settings.index_dir)
    assert report.ivf_trained == 0 and index.manifest.ivf_lists == 0
    assert index.centroids is None and index.lists is None
    version = current_version(settings.index_dir)
    assert not list(version.glob("lists-*")) and not (version / CENTROIDS).exists()


def inodes(version: Path) -> dict[str, int]:
    return {path.name: path.stat().st_ino for path in version.iterdir() if path.name != "manifest.json"}


@pytest.mark.parametrize("change", ["add", "change", "remove"])
def test_an_update_reuses_the_trained_centroids(
    ivf_settings: Settings, seeds: Path, fake: FakeEmbedder, change: str
) -> None:
    """One page added, changed or removed: the centroids are linked, not retrained; only the touched shard's files
    (its lists among them) are written; every row is still in the list of its nearest centroid."""
    if change != "add":
        shutil.copy(PLUMBER, seeds)
    build(ivf_settings, fake)
    trained, before = consistent(ivf_settings), current_version(ivf_settings.index_dir)
    page = seeds / PLUMBER.name
    if change == "add":
        shutil.copy(PLUMBER, seeds)
    elif change == "change":
        page.write_text(page.read_text(encoding="utf-8").replace(". ", ", welding pipes all day. ", 3), "utf-8")
    else:
        page.unlink()
    report = build(ivf_settings, fake)
    assert report.touched == [PLUMBER.name] and not report.full_rebuild and report.ivf_trained == 0
    after = current_version(ivf_settings.index_dir)
    old, new = inodes(before), inodes(after)
    assert new[CENTROIDS] == old[CENTROIDS]  # the same file: hard-linked from the previous version
    shard = f"{shard_of(PLUMBER.name, SHARDS):02d}"
    touched = {name for name in old.keys() | new.keys() if old.get(name) != new.get(name)}
    assert {f"lists-{shard}.npy", f"vectors-{shard}.faiss"} <= touched  # rewritten, or gone with the shard's pages
    assert all(f"-{shard}." in name for name in touched)
    assert np.array_equal(consistent(ivf_settings), trained)
    sources = {chunk.source for chunk in load_index(ivf_settings.index_dir).chunks}
    assert (PLUMBER.name in sources) == (change != "remove")


def test_an_index_grown_past_the_threshold_gets_its_ivf_at_the_next_run(
    ivf_settings: Settings, seeds: Path, fake: FakeEmbedder
) -> None:
    """The update that passes the threshold loads only the shards it touches, so it cannot train; the next run
    rebuilds, reusing every vector, and trains."""
    for page in PAGES[8:]:
        (seeds / page.name).unlink()
    settings = ivf_settings.model_copy(update={"ivf_threshold": 250})
    assert build(settings, fake).chunks < 250
    for page in PAGES[8:]:
        shutil.copy(page, seeds)
    report = build(settings, fake)
    assert report.chunks >= 250 and not report.full_rebuild
    assert load_index(settings.index_dir).manifest.ivf_lists == 0
    fake.embedded.clear()
    report = build(settings, fake)
    assert report.full_rebuild and "ivf_threshold" in (report.rebuild_reason or "")
    assert report.ivf_trained == LISTS and fake.embedded == []  # trained on the vectors it had: nothing re-embedded
    consistent(settings)
    assert not build(settings, fake).written  # and then nothing more to do


def test_a_damaged_lists_file_is_found_and_rebuilt(ivf_settings: Settings, fake: FakeEmbedder) -> None:
    build(ivf_settings, fake)
    version = current_version(ivf_settings.index_dir)
    damaged = next(version.glob("lists-*.npy"))
    damaged.write_bytes(damaged.read_bytes()[:-4] + b"\x00\x00\x00\x00")  # one row moved to list 0
    with pytest.raises(IndexCorruptError, match=damaged.name):
        load_index(ivf_settings.index_dir)
    report = build(ivf_settings, fake)
    assert report.full_rebuild and report.ivf_trained == LISTS
    consistent(ivf_settings)


@pytest.mark.parametrize(
    ("vectors", "setting", "lists"),
    [(1_000_000, 0, 4000), (300_000, 0, 2191), (200_000, 0, 1789), (100_000, 512, 512), (100, 8, 2), (10, 0, 1)],
)
def test_list_count(vectors: int, setting: int, lists: int) -> None:
    assert list_count(vectors, setting) == lists


def test_assign_agrees_with_faiss() -> None:
    import faiss

    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((500, 16)).astype(np.float32)
    vectors[::7] = 0
    centroids = rng.standard_normal((9, 16)).astype(np.float32)
    quantizer = faiss.IndexFlatIP(16)
    quantizer.add(centroids)
    nearest = quantizer.search(vectors, 1)[1][:, 0]
    assigned = assign(vectors, centroids)
    assert np.array_equal(assigned[::7], np.full(len(vectors[::7]), -1))
    nonzero = np.any(vectors, axis=1)
    assert np.array_equal(assigned[nonzero], nearest[nonzero])


def test_an_index_without_vectors_gets_an_empty_ivf_index_once(settings: Settings, fake: FakeEmbedder) -> None:
    """Nothing embedded (every chunk unreadable for the model): one empty list, and the next run has nothing to do
    (no rebuild at every run to train what cannot be trained)."""
    settings = settings.model_copy(update={"ivf_threshold": 10, "max_unknown_ratio": 0.0})
    fake.unknown_ratio = lambda text: 1.0  # type: ignore[method-assign]
    report = build(settings, fake)
    index = load_index(settings.index_dir)
    assert report.ivf_trained == 1 and not np.any(index.vectors)
    assert index.lists is not None and (index.lists == -1).all()
    assert not build(settings, fake).written
