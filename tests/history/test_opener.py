"""The store a server holds: one that cannot be opened is said why, not tried again at every call, and taken up once
it can be opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot.history import StoreOpener


def blocked(tmp_path: Path) -> Path:
    """A conversation file that cannot be made: a file stands where its folder should be."""
    (tmp_path / "folder").write_text("a file where the folder should be")
    return tmp_path / "folder" / "history.sqlite3"


def test_an_unusable_location_says_why_and_waits_before_trying_again(tmp_path: Path) -> None:
    opener = StoreOpener(blocked(tmp_path))
    assert opener.store() is None and "history is off" in (opener.problem or "")
    (tmp_path / "folder").unlink()
    assert opener.store() is None  # not tried again at once: a page run asks several times


def test_a_location_that_becomes_usable_is_taken_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(StoreOpener, "RETRY", 0.0)
    opener = StoreOpener(blocked(tmp_path))
    assert opener.store() is None
    (tmp_path / "folder").unlink()
    store = opener.store()
    assert store is not None and opener.problem is None and opener.store() is store
