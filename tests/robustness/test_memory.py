"""What a long-running server keeps in memory: a loaded version is set aside from the cycle collector after its
warm-up (a full collection had scanned its ~700,000 objects within one question), and a version replaced by an update
is still freed, at the next warm-up at the latest."""

from __future__ import annotations

import gc
import shutil
import weakref
from pathlib import Path

import pytest

from chatbot import Chatbot, build_index
from chatbot.config import Settings
from tests.conftest import SEEDS, FakeEmbedder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    return Settings(seeds=[seeds], index_dir=tmp_path / "index", model_cache=tmp_path / "cache", history=False)


def test_a_warm_version_is_frozen_and_a_replaced_one_freed(
    settings: Settings, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_index(settings, embedder=fake)
    bot = Chatbot(settings, fake)
    bot.warm(wait=True)
    assert gc.get_freeze_count() > 1000  # the index, its chunks and the caches built
    monkeypatch.setattr(bot, "warm", lambda wait=False: Chatbot.warm(bot, wait=True))  # the update's, not in a thread
    replaced = weakref.ref(bot._retriever)
    page = next(settings.seeds[0].glob("*.txt"))
    page.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # a change: a new version
    before = bot.index_version
    bot.reindex()
    assert bot.index_version != before
    assert replaced() is None  # not kept alive by the freeze (nor by the version that replaced it)
    answer = bot.ask("How do I become a ward mayor?")  # the new version answers
    assert answer.answered and answer.citations[0].job.startswith("Ward Mayor")
