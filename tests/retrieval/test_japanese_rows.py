"""Japanese identity rows read by word vectors: kept on disk per index version, and after an update only the rows
whose text changed are read again."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from chatbot import Chatbot, build_index
from chatbot.config import Settings
from chatbot.embed import JapaneseVectors
from tests.conftest import JOBTAG, FakeEmbedder

PAGES = ["jobtag_0001.txt", "jobtag_0002.txt", "jobtag_0003.txt"]


@pytest.fixture
def japanese_seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in PAGES:
        shutil.copy(JOBTAG / name, folder / name)
    return folder


def counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts JapaneseVectors reads from now on."""
    read: list[str] = []
    original = JapaneseVectors.embed_many

    def embed_many(self: JapaneseVectors, texts: list[str], skip: object = ()) -> np.ndarray:
        read.extend(texts)
        return original(self, texts, skip)  # type: ignore[arg-type]

    monkeypatch.setattr(JapaneseVectors, "embed_many", embed_many)
    return read


def test_an_update_reads_only_the_changed_rows(
    japanese_seeds: Path, tmp_path: Path, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(seeds=[japanese_seeds], index_dir=tmp_path / "index", model_cache=tmp_path / "cache")
    build_index(settings, embedder=fake)
    bot = Chatbot(settings, fake)
    read = counting(monkeypatch)
    _ = bot._retriever.suitability.japanese_rows  # what the warm-up reads (it also reads the graph's page texts)
    first = len(read)
    assert first > 10  # the three pages' summary, description and task rows
    assert list((tmp_path / "cache").glob("japanese-rows-*.npy"))  # kept for the next start

    page = japanese_seeds / PAGES[0]
    page.write_text(page.read_text(encoding="utf-8").replace("豆腐店やメーカーの工場で", "豆腐店の工房で", 1), "utf-8")
    bot.reindex()
    _ = bot._retriever.suitability.japanese_rows
    again = read[first:]
    assert again and len(again) < first / 2, (len(again), first)
    assert all("豆腐店の工房で" in text for text in again)  # only the changed page's changed rows

    answer = bot.ask("豆腐を作る人の仕事ってどんな感じ？")  # the rows serve the new version's questions
    assert answer.answered and answer.citations[0].job.startswith("豆腐")


def test_a_restart_reads_the_rows_from_the_cache(
    japanese_seeds: Path, tmp_path: Path, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(seeds=[japanese_seeds], index_dir=tmp_path / "index", model_cache=tmp_path / "cache")
    build_index(settings, embedder=fake)
    Chatbot(settings, fake).warm(wait=True)
    read = counting(monkeypatch)
    restarted = Chatbot(settings, fake)
    restarted.warm(wait=True)
    assert not read
    rows, matrix = restarted._retriever.suitability.japanese_rows
    assert len(rows) == len(matrix) > 10 and np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-5)
