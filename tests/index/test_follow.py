"""Several servers read one index folder that one indexer updates: a loaded Chatbot catches up with a version made
live by another process, in the background, answering from the old one until the new one is in."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from chatbot import Chatbot, build_index
from chatbot.config import Settings
from chatbot.index import update_index
from tests.conftest import ONET, FakeEmbedder

PAGE = ONET / "onet_11-1031.00_legislators.txt"


def test_a_server_follows_a_version_made_live_elsewhere(settings: Settings, fake: FakeEmbedder) -> None:
    build_index(settings, embedder=fake)
    server = Chatbot(settings, embedder=fake)
    before = server.index_version
    assert not server.follow(every=0)  # nothing new on disk
    shutil.copy(PAGE, settings.seeds[0] / PAGE.name)
    update_index(settings, lambda: fake)  # the indexer, as another process would
    assert "Legislators" not in server.titles()  # still the old version until it looks
    assert server.follow(every=0)
    deadline = time.monotonic() + 30
    while server.index_version == before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.index_version != before and "Legislators" in server.titles()
    assert not server.follow(every=0)  # caught up: nothing more to load


def test_follow_looks_at_most_once_a_period(settings: Settings, fake: FakeEmbedder) -> None:
    build_index(settings, embedder=fake)
    server = Chatbot(settings, embedder=fake)
    server.follow(every=0)
    shutil.copy(PAGE, settings.seeds[0] / PAGE.name)
    update_index(settings, lambda: fake)
    assert not server.follow(every=3600)  # it looked a moment ago
    assert server.follow(every=0)


def test_a_damaged_new_version_leaves_the_old_one_answering(settings: Settings, fake: FakeEmbedder) -> None:
    build_index(settings, embedder=fake)
    server = Chatbot(settings, embedder=fake)
    before = server.index_version
    shutil.copy(PAGE, settings.seeds[0] / PAGE.name)
    update_index(settings, lambda: fake)
    live = Path(settings.index_dir) / (Path(settings.index_dir) / "CURRENT").read_text().strip()
    victim = next(p for p in sorted(live.iterdir()) if p.name != "manifest.json" and p.stat().st_nlink == 1)
    victim.write_bytes(b"damaged")
    assert server.follow(every=0)
    time.sleep(1.0)
    assert server.index_version == before and server.ask("how do I become a ward mayor").answered
