"""Fixtures of the app tests: an index of the two seeds built with the fake embedder, and the app on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from chatbot import build_index
from chatbot.config import Settings
from tests.conftest import FakeEmbedder
from tests.ui.test_app import start, use_index


@pytest.fixture
def app_settings(settings: Settings, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """An index of the two seeds built with the fake embedder, which the app also uses to answer."""
    build_index(settings, embedder=fake)
    use_index(monkeypatch, settings, fake)
    yield settings
    st.cache_resource.clear()


@pytest.fixture
def at(app_settings: Settings) -> AppTest:
    return start()
